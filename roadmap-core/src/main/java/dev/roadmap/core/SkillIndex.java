package dev.roadmap.core;

import java.util.List;

/**
 * The id-to-document-index table of a roadmap: open addressing over one {@code int} array holding
 * document indices, probing linearly by the id's hash. About 8 bytes per skill where a
 * {@code HashMap<SkillId, Integer>} costs about 56 (a node and a boxed index each). Below 2<sup>24</sup>
 * skills the top byte of a slot holds 8 bits of the id's hash, so that a probe passing another id's
 * slot rarely reads that skill (a cache miss each in a large roadmap). The first skill with an id
 * wins, as documented on {@link Roadmap#indexOf(SkillId)}. Immutable once built.
 */
final class SkillIndex {
    /** The largest roadmap whose slots carry hash bits: indices plus one must fit in 24 bits. */
    static final int TAGGED_SIZE = (1 << 24) - 1;
    private static final int TAG = 0xFF000000;

    private final List<Skill> skills;
    /** Hash bits (see {@link #tagMask}) above the document index plus one; 0 marks an empty slot. */
    private final int[] slots;
    private final int mask;
    /** The slot bits holding hash bits: {@link #TAG}, or none in a roadmap too large for them. */
    private final int tagMask;
    /** Whether some skill's id is also an earlier skill's (seen while the table was built). */
    private final boolean duplicates;

    SkillIndex(List<Skill> skills) {
        this(skills, skills.size() <= TAGGED_SIZE);
    }

    /** @param tagged whether slots carry hash bits (false only for tests of large roadmaps' layout) */
    SkillIndex(List<Skill> skills, boolean tagged) {
        this.skills = skills;
        int capacity = Integer.highestOneBit(Math.max(4, skills.size()) * 2 - 1) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        this.tagMask = tagged ? TAG : 0;
        boolean repeated = false;
        for (int i = 0; i < skills.size(); i++) {
            SkillId id = skills.get(i).id();
            int h = spread(id.hashCode());
            int tag = h & tagMask;
            int s = h & mask;
            while (true) {
                int held = slots[s];
                if (held == 0) {
                    slots[s] = tag | (i + 1);
                    break;
                }
                if ((held & tagMask) == tag && skills.get((held & ~tagMask) - 1).id().equals(id)) {
                    repeated = true;
                    break;
                }
                s = (s + 1) & mask;
            }
        }
        this.duplicates = repeated;
    }

    private SkillIndex(List<Skill> skills, SkillIndex same) {
        this.skills = skills;
        this.slots = same.slots;
        this.mask = same.mask;
        this.tagMask = same.tagMask;
        this.duplicates = same.duplicates;
    }

    /**
     * @param same the skills of a roadmap with the same id at every index
     * @return this table over those skills, sharing the slots (no rehashing)
     */
    SkillIndex over(List<Skill> same) {
        return new SkillIndex(same, this);
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
        int h = spread(id.hashCode());
        int tag = h & tagMask;
        int s = h & mask;
        while (true) {
            int held = slots[s];
            if (held == 0) {
                return -1;
            }
            if ((held & tagMask) == tag) {
                int index = (held & ~tagMask) - 1;
                if (skills.get(index).id().equals(id)) {
                    return index;
                }
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
