package dev.roadmap.core.progress;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.validate.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A progress log checked against a roadmap and applied to it, that grows with the log: a log with
 * entries appended is checked and applied by going on from the state of its first part
 * ({@link #append}), at the cost of the appended entries, not of the whole log. This is what a
 * re-planner needs when a learner logs hours on every tick of a long log. Immutable and thread-safe.
 *
 * <pre>{@code
 * CheckedProgress checked = CheckedProgress.of(roadmap, ProgressLog.empty(roadmap.id()));
 * checked = checked.append(roadmap, List.of(ProgressEntry.of(LocalDate.of(2026, 12, 9), SkillId.of("python"), 2)));
 * if (checked.errors().isEmpty()) {
 *     double left = checked.progress().remainingHours(roadmap.skill(0), Effort.Estimate.MID);
 * }
 * }</pre>
 */
public final class CheckedProgress {
    private final Progress progress;
    private final List<Diagnostic> errors;
    /** The check's state after the last entry; copied before it goes on. */
    private final EntryCheck check;
    private final int entries;

    private CheckedProgress(Progress progress, List<Diagnostic> errors, EntryCheck check, int entries) {
        this.progress = progress;
        this.errors = errors;
        this.check = check;
        this.entries = entries;
    }

    /**
     * @param roadmap the roadmap
     * @param log     the log
     * @return the log checked against the roadmap and applied to it
     */
    public static CheckedProgress of(Roadmap roadmap, ProgressLog log) {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(log, "log must not be null");
        EntryCheck check = new EntryCheck();
        return new CheckedProgress(Progress.of(roadmap, ProgressLog.empty(log.roadmap())), List.of(), check, 0)
                .goOn(roadmap, log.entries(), check);
    }

    /**
     * The log with more entries, on a roadmap of the same structure (the same skills, topics and
     * ids; statuses and ticks may differ): equal to {@code of(roadmap, log)} for the log this one was
     * made from followed by {@code added}. Only the added entries are checked and applied (plus a
     * copy of the per-week and per-skill sums and a status comparison per skill the log names when
     * the roadmap is another object).
     *
     * @param roadmap the roadmap, of the same structure as the one this was made for
     * @param added   entries logged after this one's, in order
     * @return the longer log checked and applied
     */
    public CheckedProgress append(Roadmap roadmap, List<ProgressEntry> added) {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(added, "added must not be null");
        if (added.isEmpty() && roadmap == progress.roadmap()) {
            return this;
        }
        return goOn(roadmap, added, check.copy());
    }

    private CheckedProgress goOn(Roadmap roadmap, List<ProgressEntry> added, EntryCheck next) {
        List<Diagnostic> all = new ArrayList<>(errors);
        for (ProgressEntry e : added) {
            next.check(roadmap, e, null, all);
        }
        return new CheckedProgress(progress.append(roadmap, added), all.size() == errors.size() ? errors : List.copyOf(all), next,
                entries + added.size());
    }

    /** @return the log applied to the roadmap (entries naming unknown skills ignored, as {@link Progress#of} does) */
    public Progress progress() {
        return progress;
    }

    /**
     * @return the errors {@link ProgressLog#check} gives for the whole log on this roadmap, in log
     *         order (its warnings, which depend on the day, are left out)
     */
    public List<Diagnostic> errors() {
        return errors;
    }

    /** @return how many entries the log has */
    public int entries() {
        return entries;
    }

    /** @return how many entries were checked to make this from the one it was appended to (for tests of the cost) */
    int checkedHere() {
        return check.checked();
    }
}
