package dev.roadmap.core.progress;

import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.Status;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a {@link ProgressLog}: on a date, hours studied on a skill, topics ticked, and
 * optionally a status change and a note. Immutable and thread-safe.
 *
 * <pre>{@code
 * ProgressEntry e = ProgressEntry.of(LocalDate.of(2026, 12, 9), SkillId.of("sql"), 2.5)
 *         .withTicked(List.of("SELECT and JOIN")).withStatus(Status.DOING);
 * }</pre>
 */
public final class ProgressEntry {
    /** Most hours one week can hold. */
    public static final double HOURS_PER_WEEK = 168;

    private final LocalDate date;
    private final SkillId skill;
    private final double hours;
    private final List<String> ticked;
    private final Status status;
    private final String note;
    private final SourceLocation location;

    private ProgressEntry(LocalDate date, SkillId skill, double hours, List<String> ticked, Status status, String note,
                          SourceLocation location) {
        this.date = Objects.requireNonNull(date, "date must not be null");
        this.skill = Objects.requireNonNull(skill, "skill must not be null");
        if (!(hours >= 0) || Double.isInfinite(hours)) {
            throw new IllegalArgumentException("hours must be a finite number >= 0, got " + hours);
        }
        this.hours = hours;
        this.ticked = List.copyOf(Objects.requireNonNull(ticked, "ticked must not be null"));
        this.status = status;
        this.note = note;
        this.location = Objects.requireNonNull(location, "location must not be null");
    }

    /**
     * @param date  the day studied
     * @param skill the skill
     * @param hours hours studied, {@code >= 0}
     * @return an entry without ticks, status or note, located at {@link SourceLocation#API_SOURCE}
     */
    public static ProgressEntry of(LocalDate date, SkillId skill, double hours) {
        return new ProgressEntry(date, skill, hours, List.of(), null, null, SourceLocation.unknown(SourceLocation.API_SOURCE));
    }

    /**
     * @param values topic titles ticked with this entry
     * @return a copy with these ticks
     */
    public ProgressEntry withTicked(List<String> values) {
        return new ProgressEntry(date, skill, hours, values, status, note, location);
    }

    /**
     * @param value the new status of the skill, or null for none
     * @return a copy with this status change
     */
    public ProgressEntry withStatus(Status value) {
        return new ProgressEntry(date, skill, hours, ticked, value, note, location);
    }

    /**
     * @param value a free note, or null for none
     * @return a copy with this note
     */
    public ProgressEntry withNote(String value) {
        return new ProgressEntry(date, skill, hours, ticked, status, value, location);
    }

    /**
     * @param value where the entry was read, for diagnostics
     * @return a copy located there
     */
    public ProgressEntry withLocation(SourceLocation value) {
        return new ProgressEntry(date, skill, hours, ticked, status, note, value);
    }

    /** @return the day studied */
    public LocalDate date() {
        return date;
    }

    /** @return the Monday of the entry's week (weeks run Monday to Sunday) */
    public LocalDate week() {
        return weekOf(date);
    }

    /**
     * @param day a day
     * @return the Monday of its week
     */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** @return the skill */
    public SkillId skill() {
        return skill;
    }

    /** @return hours studied ({@code 0} when the entry only ticks or changes status) */
    public double hours() {
        return hours;
    }

    /** @return topic titles ticked, in the order given */
    public List<String> ticked() {
        return ticked;
    }

    /** @return the status change, if any */
    public Optional<Status> status() {
        return Optional.ofNullable(status);
    }

    /** @return the note, if any */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** @return where the entry was read ({@link SourceLocation#API_SOURCE} when built in code) */
    public SourceLocation location() {
        return location;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ProgressEntry e && date.equals(e.date) && skill.equals(e.skill)
                && Double.compare(hours, e.hours) == 0 && ticked.equals(e.ticked) && status == e.status
                && Objects.equals(note, e.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, skill, hours, ticked, status, note);
    }

    @Override
    public String toString() {
        return date + " " + skill + " " + hours + "h" + (ticked.isEmpty() ? "" : " ticked " + ticked)
                + (status == null ? "" : " " + status.id());
    }
}
