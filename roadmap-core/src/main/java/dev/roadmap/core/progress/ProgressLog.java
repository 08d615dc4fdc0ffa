package dev.roadmap.core.progress;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.validate.Diagnostic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A learner's progress log ({@code roadmap-progress/1}): dated entries in the order they were
 * logged. The log itself is only a record; {@link #check(Roadmap, LocalDate)} says what is wrong
 * with it for a roadmap and {@link Progress#of(Roadmap, ProgressLog)} what it amounts to.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ProgressLog progress = ProgressLog.empty("ml-basics")
 *         .append(ProgressEntry.of(LocalDate.of(2026, 12, 9), SkillId.of("python"), 2.5));
 * List<Diagnostic> problems = progress.check(roadmap, LocalDate.now());
 * }</pre>
 *
 * <p>Diagnostic codes of {@link #check}: {@value #UNKNOWN_SKILL}, {@value #UNKNOWN_TOPIC},
 * {@value #WEEK_OVER_168H} (errors) and {@value #FUTURE_DATE} (warning).
 *
 * @param roadmap id of the roadmap the log is about ({@code ""} when unknown)
 * @param entries the entries in the order logged
 */
public record ProgressLog(String roadmap, List<ProgressEntry> entries) {
    /** An entry names a skill the roadmap lacks. */
    public static final String UNKNOWN_SKILL = "progress-unknown-skill";
    /** An entry ticks a topic its skill lacks. */
    public static final String UNKNOWN_TOPIC = "progress-unknown-topic";
    /** The entries of one week add up to more than 168 hours. */
    public static final String WEEK_OVER_168H = "progress-week-over-168h";
    /** An entry is dated after today. */
    public static final String FUTURE_DATE = "progress-future-date";

    /**
     * Checks and copies the components; {@link #of} and {@link #empty} name what they make.
     *
     * @param roadmap id of the roadmap the log is about ({@code ""} when unknown)
     * @param entries entries in the order logged
     */
    public ProgressLog {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        entries = List.copyOf(Objects.requireNonNull(entries, "entries must not be null"));
    }

    /**
     * @param roadmap id of the roadmap the log is about ({@code ""} when unknown)
     * @param entries entries in the order logged
     * @return the log
     */
    public static ProgressLog of(String roadmap, List<ProgressEntry> entries) {
        return new ProgressLog(roadmap, entries);
    }

    /**
     * @param roadmap id of the roadmap the log is about
     * @return a log without entries
     */
    public static ProgressLog empty(String roadmap) {
        return new ProgressLog(roadmap, List.of());
    }

    /**
     * @param entry an entry
     * @return a new log with the entry logged last
     */
    public ProgressLog append(ProgressEntry entry) {
        List<ProgressEntry> copy = new ArrayList<>(entries);
        copy.add(Objects.requireNonNull(entry, "entry must not be null"));
        return new ProgressLog(roadmap, copy);
    }

    /** @return whether the log has no entries */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Checks the log against a roadmap: unknown skills and topics, weeks with more than 168 hours
     * (errors, at the entry that crosses the limit) and entries dated after {@code today} (warnings).
     * Linear in the number of entries and topics.
     *
     * @param roadmap the roadmap
     * @param today   the current day
     * @return the diagnostics, located at the entries, in log order
     */
    public List<Diagnostic> check(Roadmap roadmap, LocalDate today) {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(today, "today must not be null");
        List<Diagnostic> out = new ArrayList<>();
        EntryCheck check = new EntryCheck();
        for (ProgressEntry e : entries) {
            check.check(roadmap, e, today, out);
        }
        return out;
    }

    /** @return the roadmap id and the number of entries (not the entries: a log may hold many) */
    @Override
    public String toString() {
        return "ProgressLog[" + roadmap + ", " + entries.size() + " entries]";
    }
}
