package dev.roadmap.core.progress;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A progress log applied to a roadmap: per skill the hours spent, topics ticked, status and
 * remaining effort, and per week the hours logged. Entries naming skills the roadmap lacks are
 * ignored here ({@link ProgressLog#check} reports them). Apart from the status (the latest status
 * entry wins) the result does not depend on the order of the entries. Linear in the log and the
 * roadmap; immutable and thread-safe.
 *
 * <pre>{@code
 * Progress p = Progress.of(roadmap, ProgressLog.empty(roadmap.id()));
 * double left = p.remainingHours(roadmap.skill(0), Effort.Estimate.MID);
 * }</pre>
 */
public final class Progress {
    private final Roadmap roadmap;
    private final Map<SkillId, SkillProgress> skills;
    private final NavigableMap<LocalDate, Map<SkillId, Double>> weeks;
    /** The latest status entry per skill that has one (what {@link #append} needs besides {@link #skills}). */
    private final Map<SkillId, Status> stated;

    private Progress(Roadmap roadmap, Map<SkillId, SkillProgress> skills, NavigableMap<LocalDate, Map<SkillId, Double>> weeks,
                     Map<SkillId, Status> stated) {
        this.roadmap = roadmap;
        this.skills = Collections.unmodifiableMap(skills);
        this.weeks = Collections.unmodifiableNavigableMap(weeks);
        this.stated = stated;
    }

    /**
     * @param roadmap the roadmap
     * @param log     the log
     * @return the log applied to the roadmap
     */
    public static Progress of(Roadmap roadmap, ProgressLog log) {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(log, "log must not be null");
        return new Progress(roadmap, new LinkedHashMap<>(), new TreeMap<>(), Map.of()).append(roadmap, log.entries());
    }

    /**
     * This progress with more entries logged, on a roadmap of the same structure as this one's (the
     * same skills and topics; statuses may differ): {@code Progress.of(roadmap, log)} for a log of this
     * progress's entries followed by {@code added}. Costs the added entries, plus copies of the
     * per-skill and per-week maps and a status comparison per skill the log names, not the whole log.
     * Hours are summed in log order as {@link #of} sums them.
     */
    Progress append(Roadmap on, List<ProgressEntry> added) {
        Map<SkillId, Acc> acc = new LinkedHashMap<>();
        NavigableMap<LocalDate, Map<SkillId, Double>> w = new TreeMap<>(weeks);
        Map<SkillId, Status> st = stated;
        Map<LocalDate, Map<SkillId, Double>> touched = new HashMap<>();
        for (ProgressEntry e : added) {
            if (on.indexOf(e.skill()) < 0) {
                continue;
            }
            acc.computeIfAbsent(e.skill(), this::accOf).add(e);
            if (e.status().isPresent()) {
                st = st == stated ? new HashMap<>(stated) : st;
                st.put(e.skill(), e.status().get());
            }
            if (e.hours() > 0) {
                touched.computeIfAbsent(e.week(), k -> {
                    Map<SkillId, Double> had = weeks.get(k);
                    return had == null ? new LinkedHashMap<>() : new LinkedHashMap<>(had);
                }).merge(e.skill(), e.hours(), Double::sum);
            }
        }
        Map<SkillId, SkillProgress> out = new LinkedHashMap<>(skills);
        if (on != roadmap) {
            // a status the roadmap changed decides the status of a skill without a status entry
            for (SkillProgress p : skills.values()) {
                int i = on.indexOf(p.skill());
                if (!acc.containsKey(p.skill()) && on.skill(i).status() != roadmap.skill(i).status()) {
                    out.put(p.skill(), accOf(p.skill()).result(p.skill(), on.skill(i).status()));
                }
            }
        }
        acc.forEach((id, a) -> out.put(id, a.result(id, on.skill(on.indexOf(id)).status())));
        touched.forEach((monday, week) -> w.put(monday, Collections.unmodifiableMap(week)));
        return new Progress(on, out, w, st);
    }

    /** @return the sums of the entries applied so far for the skill, to go on with */
    private Acc accOf(SkillId id) {
        Acc a = new Acc();
        SkillProgress p = skills.get(id);
        if (p != null) {
            a.hours = p.hours();
            a.ticked.addAll(p.ticked());
            a.status = stated.get(id);
            a.first = p.firstDate();
            a.last = p.lastDate();
        }
        return a;
    }

    /** @return the roadmap the log was applied to */
    public Roadmap roadmap() {
        return roadmap;
    }

    /** @return per skill named by the log, what it says, in the order skills first appear */
    public Map<SkillId, SkillProgress> skills() {
        return skills;
    }

    /**
     * @param id a skill id
     * @return what the log says about the skill; empty when no entry names it
     */
    public Optional<SkillProgress> skill(SkillId id) {
        return Optional.ofNullable(skills.get(id));
    }

    /** @return hours logged in all */
    public double totalHours() {
        return skills.values().stream().mapToDouble(SkillProgress::hours).sum();
    }

    /**
     * @return hours logged per week (by the Monday that starts it) and skill, weeks in date order,
     *         skills in the order first logged in the week; only weeks with hours
     */
    public NavigableMap<LocalDate, Map<SkillId, Double>> weeks() {
        return weeks;
    }

    /**
     * @param monday the Monday that starts a week
     * @return hours logged in that week
     */
    public double hoursInWeek(LocalDate monday) {
        Map<SkillId, Double> week = weeks.get(monday);
        if (week == null) {
            return 0;
        }
        if (week.size() == 1) {
            return week.values().iterator().next(); // what the compensated sum of one value gives
        }
        return week.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * @param skill a skill of the roadmap
     * @return its status after the log: the latest status entry, else {@code doing} for a
     *         {@code todo} skill with logged hours, else the roadmap's
     */
    public Status status(Skill skill) {
        SkillProgress p = skills.get(skill.id());
        return p == null ? skill.status() : p.status();
    }

    /**
     * The remaining effort of a skill. Its hours before the log are its effort at {@code estimate}
     * (a rigid skill's weeks times its weekly load), times the unticked share of its topics when the
     * roadmap has it {@code doing} ({@link #roadmapFraction(Skill)}, the rule plans use without a
     * log). The remaining effort is those hours minus the hours logged, never below zero, and at most
     * the unticked share of the whole effort when the log ticks topics. Done and skipped skills have
     * none left.
     *
     * @param skill    a skill of the roadmap
     * @param estimate the point of effort ranges
     * @return the hours left, {@code >= 0}
     */
    public double remainingHours(Skill skill, Effort.Estimate estimate) {
        if (status(skill).isClosed()) {
            return 0;
        }
        double full = fullHours(skill, estimate);
        SkillProgress p = skills.get(skill.id());
        double left = Math.max(0, full * roadmapFraction(skill) - (p == null ? 0 : p.hours()));
        if (p != null && !p.ticked().isEmpty() && !skill.topics().isEmpty()) {
            Set<String> ticked = new LinkedHashSet<>(p.ticked());
            long open = skill.topics().stream().filter(t -> !t.done() && !ticked.contains(t.title())).count();
            left = Math.min(left, full * open / skill.topics().size());
        }
        return left;
    }

    /**
     * The share of a skill's effort a plan has left without any log: a {@code doing} skill with
     * topics has the unticked share left; any other skill all of it.
     *
     * @param skill a skill
     * @return from 0 (nothing left) to 1
     */
    public static double roadmapFraction(Skill skill) {
        if (skill.status() != Status.DOING || skill.topics().isEmpty()) {
            return 1;
        }
        long open = skill.topics().stream().filter(t -> !t.done()).count();
        return (double) open / skill.topics().size();
    }

    /**
     * @param skill    a skill
     * @param estimate the point of effort ranges
     * @return its whole effort in hours (0 for open-ended efforts and skills without effort)
     */
    public static double fullHours(Skill skill, Effort.Estimate estimate) {
        if (skill.rigidPace().isPresent()) {
            return skill.rigidPace().get().totalHours();
        }
        return skill.effort().filter(e -> !e.openEnded()).map(e -> e.hours(estimate)).orElse(0.0);
    }

    /** Sums one skill's entries; hours and ticks commute, the status is the latest given. */
    private static final class Acc {
        private double hours;
        private final Set<String> ticked = new LinkedHashSet<>();
        private Status status;
        private LocalDate first;
        private LocalDate last;

        void add(ProgressEntry e) {
            hours += e.hours();
            ticked.addAll(e.ticked());
            e.status().ifPresent(s -> status = s);
            first = first == null || e.date().isBefore(first) ? e.date() : first;
            last = last == null || e.date().isAfter(last) ? e.date() : last;
        }

        SkillProgress result(SkillId id, Status inRoadmap) {
            Status s = status != null ? status : hours > 0 && inRoadmap == Status.TODO ? Status.DOING : inRoadmap;
            return new SkillProgress(id, hours, new ArrayList<>(ticked), s, first, last);
        }
    }
}
