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
        if (a == b) {
            return true;
        }
        if (a.size() != b.size() || !a.id().equals(b.id()) || !Objects.equals(a.pace(), b.pace())
                || !a.tracks().equals(b.tracks()) || !a.groups().equals(b.groups()) || !a.choices().equals(b.choices())) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameSkill(a.skill(i), b.skill(i))) {
                return false;
            }
        }
        return true;
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
