package dev.roadmap.spi;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import java.util.Objects;

/**
 * Whether two roadmaps differ at most in skill statuses and topic ticks: everything the validation
 * rules and the prerequisite graph read is equal (ids, prerequisites, efforts and their notation,
 * fixed paces, tracks, groups, optional flags, choices, the pace). Equal parts shared by
 * {@code toBuilder()} compare by identity first, so the check is one cheap comparison per skill.
 */
final class SameStructure {
    private SameStructure() {
    }

    static boolean of(Roadmap a, Roadmap b) {
        return changedSkills(a, b) != null;
    }

    /**
     * @return the indices of the skills whose objects differ (ascending), when the roadmaps have the same
     *         structure; null when they do not
     */
    static int[] changedSkills(Roadmap a, Roadmap b) {
        if (a == b) {
            return new int[0];
        }
        if (a.size() != b.size() || !a.id().equals(b.id()) || !Objects.equals(a.pace(), b.pace())
                || !a.tracks().equals(b.tracks()) || !a.groups().equals(b.groups()) || !a.choices().equals(b.choices())) {
            return null;
        }
        int[] changed = new int[8];
        int count = 0;
        for (int i = 0; i < a.size(); i++) {
            Skill x = a.skill(i);
            Skill y = b.skill(i);
            if (x == y) {
                continue;
            }
            if (!sameSkill(x, y)) {
                return null;
            }
            if (count == changed.length) {
                changed = java.util.Arrays.copyOf(changed, count * 2);
            }
            changed[count++] = i;
        }
        return java.util.Arrays.copyOf(changed, count);
    }

    private static boolean sameSkill(Skill x, Skill y) {
        return x == y || (x.id().equals(y.id()) && x.requires().equals(y.requires())
                && x.effort().equals(y.effort()) && x.effortNotation().equals(y.effortNotation())
                && x.rigidPace().equals(y.rigidPace()) && x.track().equals(y.track()) && x.group().equals(y.group())
                && x.optional() == y.optional() && sameTopicTitles(x, y));
    }

    /** Topic ticks may differ, not the topics themselves (a progress log names them by title). */
    private static boolean sameTopicTitles(Skill x, Skill y) {
        if (x.topics() == y.topics()) {
            return true;
        }
        if (x.topics().size() != y.topics().size()) {
            return false;
        }
        for (int t = 0; t < x.topics().size(); t++) {
            if (!x.topics().get(t).title().equals(y.topics().get(t).title())) {
                return false;
            }
        }
        return true;
    }
}
