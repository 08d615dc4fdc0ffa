package dev.roadmap.core;

import java.util.List;

/**
 * The id-to-document-index table of a roadmap: open addressing over one {@code int} array holding
 * document indices, probing linearly by the id's hash. About 8 bytes per skill where a
 * {@code HashMap<SkillId, Integer>} costs about 56 (a node and a boxed index each). The first
 * skill with an id wins, as documented on {@link Roadmap#indexOf(SkillId)}. Immutable once built.
 */
final class SkillIndex {
    private final List<Skill> skills;
    /** Document index plus one; 0 marks an empty slot. */
    private final int[] slots;
    private final int mask;
    /** Whether some skill's id is also an earlier skill's (seen while the table was built). */
    private final boolean duplicates;

    SkillIndex(List<Skill> skills) {
        this.skills = skills;
        int capacity = Integer.highestOneBit(Math.max(4, skills.size()) * 2 - 1) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        boolean duplicates = false;
        for (int i = 0; i < skills.size(); i++) {
            SkillId id = skills.get(i).id();
            int s = spread(id.hashCode()) & mask;
            while (true) {
                int held = slots[s];
                if (held == 0) {
                    slots[s] = i + 1;
                    break;
                }
                if (skills.get(held - 1).id().equals(id)) {
                    duplicates = true;
                    break;
                }
                s = (s + 1) & mask;
            }
        }
        this.duplicates = duplicates;
    }

    private SkillIndex(List<Skill> skills, int[] slots, boolean duplicates) {
        this.skills = skills;
        this.slots = slots;
        this.mask = slots.length - 1;
        this.duplicates = duplicates;
    }

    /**
     * @param same the skills of a roadmap with the same id at every index
     * @return this table over those skills, sharing the slots (no rehashing)
     */
    SkillIndex over(List<Skill> same) {
        return new SkillIndex(same, slots, duplicates);
    }

    /** @return whether the two tables share their slots (for tests: {@link #over} rehashes nothing) */
    boolean sharesSlots(SkillIndex other) {
        return slots == other.slots;
    }

    /** @return whether some skill's id is also an earlier skill's */
    boolean hasDuplicates() {
        return duplicates;
    }

    /** @return the document index of the first skill with the id, or -1 */
    int indexOf(SkillId id) {
        int s = spread(id.hashCode()) & mask;
        while (true) {
            int held = slots[s];
            if (held == 0) {
                return -1;
            }
            if (skills.get(held - 1).id().equals(id)) {
                return held - 1;
            }
            s = (s + 1) & mask;
        }
    }

    /** Mixes the high bits in, since string hashes of similar ids differ mostly in low bits. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
