package dev.roadmap.core.progress;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Topic;
import dev.roadmap.core.validate.Diagnostic;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks of {@link ProgressLog#check} one entry at a time, in log order: the only state they
 * carry from entry to entry is the hours logged per week so far (summed in log order), so a log with
 * entries appended is checked by going on from the state of its first part. Not thread-safe; a copy
 * ({@link #copy()}) goes on independently.
 */
final class EntryCheck {
    /** Most ticked titles of one entry looked up in the skill's topic list (more: in a set of the titles, linear). */
    private static final int FEW = 4;
    /** Hours logged so far per week (by its Monday), every entry counted, in log order. */
    private final Map<LocalDate, Double> perWeek;
    /** How many entries this check has looked at (for tests of what an appended log costs). */
    private int checked;

    EntryCheck() {
        this(new HashMap<>());
    }

    private EntryCheck(Map<LocalDate, Double> perWeek) {
        this.perWeek = perWeek;
    }

    /** @return a check going on from this one's state, which stays as it is */
    EntryCheck copy() {
        return new EntryCheck(new HashMap<>(perWeek));
    }

    /** @return how many entries this check has looked at, its copies' not counted */
    int checked() {
        return checked;
    }

    /**
     * Checks the next entry of the log.
     *
     * @param today the current day for the future-date warning; null for errors only
     * @param out   where the entry's diagnostics are added, in order
     */
    void check(Roadmap roadmap, ProgressEntry e, LocalDate today, List<Diagnostic> out) {
        checked++;
        int i = roadmap.indexOf(e.skill());
        if (i < 0) {
            out.add(Diagnostic.error(ProgressLog.UNKNOWN_SKILL, "unknown skill '" + e.skill() + "' (not in roadmap '"
                    + roadmap.id() + "')", e.location()).about(e.skill()));
        } else {
            Set<String> titles = e.ticked().size() > FEW ? titles(roadmap, i) : null;
            for (String t : e.ticked()) {
                if (titles != null ? !titles.contains(t) : !hasTopic(roadmap, i, t)) {
                    out.add(Diagnostic.error(ProgressLog.UNKNOWN_TOPIC, "skill '" + e.skill() + "' has no topic '" + t + "'",
                            e.location()).about(e.skill()));
                }
            }
        }
        double before = perWeek.getOrDefault(e.week(), 0.0);
        double after = before + e.hours();
        perWeek.put(e.week(), after);
        if (before <= ProgressEntry.HOURS_PER_WEEK && after > ProgressEntry.HOURS_PER_WEEK) {
            out.add(Diagnostic.error(ProgressLog.WEEK_OVER_168H, String.format(Locale.ROOT,
                    "the week of %s has %.1f logged hours; a week has only 168", e.week(), after), e.location()));
        }
        if (today != null && e.date().isAfter(today)) {
            out.add(Diagnostic.warning(ProgressLog.FUTURE_DATE, "entry dated " + e.date() + " is after today (" + today + ")",
                    e.location()).about(e.skill()));
        }
    }

    private static Set<String> titles(Roadmap roadmap, int skill) {
        Set<String> out = new HashSet<>();
        for (Topic topic : roadmap.skill(skill).topics()) {
            out.add(topic.title());
        }
        return out;
    }

    private static boolean hasTopic(Roadmap roadmap, int skill, String title) {
        for (Topic topic : roadmap.skill(skill).topics()) {
            if (topic.title().equals(title)) {
                return true;
            }
        }
        return false;
    }
}
