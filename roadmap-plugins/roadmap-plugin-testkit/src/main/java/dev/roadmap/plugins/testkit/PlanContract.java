package dev.roadmap.plugins.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Pace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.core.plan.Unscheduled;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;

/**
 * The contract every plan meets, whichever scheduler made it: a checker that recomputes everything
 * from the roadmap and the options, independently of any scheduler's code. Scheduler tests run it on
 * every plan they make (the week-packing scheduler's property tests, a plugin scheduler's tests);
 * plan exporter tests get plans that pass it from {@link SampleRoadmaps#plan}.
 *
 * <p>A plan passes when
 * <ul>
 *   <li>its capacity is the options' capacity, else the roadmap's pace;</li>
 *   <li>every skill is planned at most once, with its full hours (its effort at the options' estimate,
 *       scaled to the topics left while in progress, to within half a hundredth of an hour, as a plan in
 *       hundredths rounds it; a rigid skill at its weekly load for its weeks, back to back), all given on
 *       the skill's track between its start and finish weeks, its allocations adding up to its hours;</li>
 *   <li>no week gives any track more hours than the capacity of that week;</li>
 *   <li>every prerequisite finishes before its dependent starts (in the same week only when both are
 *       flexible and share a track), or is reported unscheduled;</li>
 *   <li>done, closed and unchosen skills are left out, everything else in scope is planned or reported
 *       unscheduled, and nothing outside the targets' prerequisites is planned;</li>
 *   <li>no more than {@code maxParallel} skills run over a week boundary, skills are listed by start
 *       week, the plan is as long as its last skill and never shorter than its lower bound, and every
 *       planned skill has an explanation.</li>
 * </ul>
 * A broken plan fails with an {@link AssertionError} that names the skill or week. Stateless.
 */
public final class PlanContract {
    /** Hours are compared with this tolerance (sums of doubles). */
    public static final double TOLERANCE = 1e-6;
    /** How far a skill's planned hours may be from its effort: a plan in hundredths of an hour rounds it. */
    public static final double ROUNDING = 0.005 + TOLERANCE;

    private PlanContract() {
    }

    /**
     * Checks a plan and also that every skill in scope was planned (none reported unscheduled), for
     * roadmaps the scheduler must be able to plan in full.
     *
     * @param r    the roadmap planned
     * @param o    the options it was planned with
     * @param plan the plan to check
     * @throws AssertionError naming the first broken rule
     */
    public static void verifyComplete(Roadmap r, PlanOptions o, Plan plan) {
        verify(r, o, plan);
        assertThat(plan.unscheduled()).as("skills left unscheduled").isEmpty();
    }

    /**
     * Checks a plan against the contract (see the class comment).
     *
     * @param r    the roadmap planned
     * @param o    the options it was planned with
     * @param plan the plan to check
     * @throws AssertionError naming the first broken rule
     */
    public static void verify(Roadmap r, PlanOptions o, Plan plan) {
        assertThat(plan.capacity()).as("the plan's capacity: the options', else the roadmap's pace")
                .isEqualTo(expectedCapacity(r, o));
        Check check = new Check(r, o, plan);
        check.weeks();
        check.hours();
        check.precedence();
        check.scope();
        check.order();
    }

    /** One run of the contract over one plan: the plan indexed once, then one method per group of rules. */
    private static final class Check {
        private final Roadmap r;
        private final PlanOptions o;
        private final Plan plan;
        private final Capacity cap;
        private final Map<SkillId, ScheduledSkill> scheduled = new HashMap<>();
        private final Set<SkillId> unscheduled = new HashSet<>();
        private final Map<SkillId, Double> given = new HashMap<>();
        private final Map<SkillId, Map<Integer, Map<String, Double>>> byWeek = new HashMap<>();

        Check(Roadmap r, PlanOptions o, Plan plan) {
            this.r = r;
            this.o = o;
            this.plan = plan;
            this.cap = plan.capacity();
            plan.skills().forEach(s -> scheduled.put(s.id(), s));
            plan.unscheduled().forEach(u -> unscheduled.add(u.skill()));
            assertThat(scheduled).as("each skill planned once").hasSize(plan.skills().size());
        }

        /** Numbering, dates, allocations inside their skill's weeks, capacity never exceeded. */
        void weeks() {
            assertThat(plan.weeks()).hasSize(plan.totalWeeks());
            for (PlanWeek w : plan.weeks()) {
                assertThat(w.start()).isEqualTo(plan.start().plusWeeks(w.week() - 1L));
                Map<String, Double> used = new HashMap<>();
                for (Allocation a : w.allocations()) {
                    assertThat(a.hours()).isPositive();
                    assertThat(cap.weekly()).containsKey(a.track());
                    used.merge(a.track(), a.hours(), Double::sum);
                    given.merge(a.skill(), a.hours(), Double::sum);
                    byWeek.computeIfAbsent(a.skill(), k -> new HashMap<>()).computeIfAbsent(w.week(), k -> new HashMap<>())
                            .merge(a.track(), a.hours(), Double::sum);
                    ScheduledSkill s = scheduled.get(a.skill());
                    assertThat(s).as("allocated skill %s is planned", a.skill()).isNotNull();
                    assertThat(w.week()).as("week of %s", a.skill()).isBetween(s.startWeek(), s.finishWeek());
                }
                used.forEach((t, h) -> assertThat(h).as("week %d track %s", w.week(), t)
                        .isLessThanOrEqualTo(cap.hours(w.week(), t) + TOLERANCE));
            }
            int maxFinish = plan.skills().stream().mapToInt(ScheduledSkill::finishWeek).max().orElse(0);
            assertThat(plan.totalWeeks()).as("plan length is its last skill's finish").isEqualTo(maxFinish);
            assertThat(plan.totalWeeks()).as("plan length vs lower bound").isGreaterThanOrEqualTo(plan.lowerBoundWeeks());
        }

        /** Each planned skill gets exactly its hours; rigid ones at their load, back to back. */
        void hours() {
            for (ScheduledSkill s : plan.skills()) {
                Skill skill = r.skill(s.id()).orElseThrow();
                if (skill.isRigid()) {
                    rigidHours(s, skill);
                } else {
                    flexibleHours(s, skill);
                }
            }
        }

        private void rigidHours(ScheduledSkill s, Skill skill) {
            int weeks = (int) Math.ceil(skill.rigidPace().get().weeks() * fraction(skill) - 1e-9);
            assertThat(s.finishWeek() - s.startWeek() + 1).as("weeks of rigid %s", s.id()).isEqualTo(weeks);
            Map<String, Double> load = new LinkedHashMap<>();
            skill.rigidPace().get().hoursPerWeek().forEach((t, h) -> {
                if (h > 0) {
                    load.merge(cap.isPool() ? Capacity.POOL : t, h, Double::sum);
                }
            });
            for (int w = s.startWeek(); w <= s.finishWeek(); w++) {
                Map<String, Double> got = byWeek.getOrDefault(s.id(), Map.of()).getOrDefault(w, Map.of());
                assertThat(got.keySet()).as("tracks of rigid %s in week %d", s.id(), w).isEqualTo(load.keySet());
                load.forEach((t, h) -> assertThat(got.get(t)).isCloseTo(h, Offset.offset(TOLERANCE)));
            }
            assertThat(s.hours()).as("hours of rigid %s", s.id())
                    .isCloseTo(weeks * load.values().stream().mapToDouble(Double::doubleValue).sum(), Offset.offset(TOLERANCE));
        }

        private void flexibleHours(ScheduledSkill s, Skill skill) {
            double expected = skill.effort().map(e -> e.hours(o.estimate())).orElse(0.0) * fraction(skill);
            assertThat(s.hours()).as("planned hours of %s", s.id()).isCloseTo(expected, Offset.offset(ROUNDING));
            assertThat(given.getOrDefault(s.id(), 0.0)).as("hours of %s", s.id()).isCloseTo(s.hours(), Offset.offset(TOLERANCE));
            if (expected > TOLERANCE) {
                Map<Integer, Map<String, Double>> weeks = byWeek.get(s.id());
                assertThat(weeks).as("weeks of %s", s.id()).containsKeys(s.startWeek(), s.finishWeek());
                String track = track(cap, skill);
                weeks.values().forEach(m -> assertThat(m.keySet()).as("track of %s", s.id()).containsExactly(track));
            }
        }

        /** Prerequisites finish first (the same week only for flexible skills on one track) or are reported. */
        void precedence() {
            for (ScheduledSkill s : plan.skills()) {
                Skill skill = r.skill(s.id()).orElseThrow();
                for (SkillId p : skill.requires()) {
                    ScheduledSkill before = scheduled.get(p);
                    if (before == null) {
                        assertThat(unscheduled).as("prerequisite %s of %s is accounted for", p, s.id()).contains(p);
                        continue;
                    }
                    Skill pre = r.skill(p).orElseThrow();
                    boolean sameWeek = !skill.isRigid() && !pre.isRigid() && track(cap, skill).equals(track(cap, pre));
                    assertThat(s.startWeek()).as("%s after %s", s.id(), p)
                            .isGreaterThanOrEqualTo(before.finishWeek() + (sameWeek ? 0 : 1));
                }
            }
        }

        /** Done, closed and unchosen skills left out; everything else in scope planned or reported. */
        void scope() {
            Set<SkillId> unchosen = unchosen(r, o);
            Set<SkillId> targets = o.targets().isEmpty() ? null : ancestors(r, o.targets());
            for (Skill skill : r.skills()) {
                boolean closed = skill.status().isClosed() || o.done().contains(skill.id());
                if (closed || unchosen.contains(skill.id())) {
                    assertThat(scheduled).as("closed or unchosen").doesNotContainKey(skill.id());
                }
                if (targets == null) {
                    assertThat(scheduled.containsKey(skill.id()) || unscheduled.contains(skill.id()))
                            .as("%s planned or reported", skill.id()).isTrue();
                } else if (scheduled.containsKey(skill.id())) {
                    assertThat(targets).as("planned %s leads to a target", skill.id()).contains(skill.id());
                }
            }
            for (Unscheduled u : plan.unscheduled()) {
                assertThat(scheduled).as("reported unscheduled").doesNotContainKey(u.skill());
            }
        }

        /** At most maxParallel skills over any week boundary; skills by start week; one explanation each. */
        void order() {
            if (o.maxParallel() > 0) {
                int[] carried = new int[plan.totalWeeks() + 2];
                for (ScheduledSkill s : plan.skills()) {
                    for (int w = s.startWeek() + 1; w <= s.finishWeek(); w++) {
                        carried[w]++;
                    }
                }
                for (int w = 2; w <= plan.totalWeeks(); w++) {
                    assertThat(carried[w]).as("in progress into week %d", w).isLessThanOrEqualTo(o.maxParallel());
                }
            }
            for (int i = 1; i < plan.skills().size(); i++) {
                assertThat(plan.skills().get(i).startWeek()).as("skills listed by start week")
                        .isGreaterThanOrEqualTo(plan.skills().get(i - 1).startWeek());
            }
            assertThat(plan.explanations().keySet()).as("one explanation per planned skill, in plan order")
                    .containsExactlyElementsOf(plan.skills().stream().map(ScheduledSkill::id).toList());
        }
    }

    private static Capacity expectedCapacity(Roadmap r, PlanOptions o) {
        return o.capacity().orElseGet(() -> {
            Pace pace = r.effectivePace();
            return pace.trackHours().isEmpty() ? Capacity.pool(pace.hoursPerWeek()) : Capacity.perTrack(pace.trackHours());
        });
    }

    private static double fraction(Skill s) {
        if (s.status() != Status.DOING || s.topics().isEmpty()) {
            return 1;
        }
        return (double) s.topics().stream().filter(t -> !t.done()).count() / s.topics().size();
    }

    private static String track(Capacity cap, Skill s) {
        return cap.isPool() || s.track().isEmpty() ? Capacity.POOL : s.track();
    }

    private static Set<SkillId> unchosen(Roadmap r, PlanOptions o) {
        Set<SkillId> out = new HashSet<>();
        for (Choice c : r.choices()) {
            String picked = o.choose().get(c.id());
            if (picked == null) {
                for (ChoiceOption opt : c.options()) {
                    if (o.targets().stream().anyMatch(opt.skills()::contains)) {
                        picked = opt.id();
                    }
                }
            }
            if (picked == null) {
                picked = c.effectiveDefault().map(ChoiceOption::id).orElse("");
            }
            for (ChoiceOption opt : c.options()) {
                if (!opt.id().equals(picked)) {
                    out.addAll(opt.skills());
                }
            }
        }
        return out;
    }

    private static Set<SkillId> ancestors(Roadmap r, Set<SkillId> targets) {
        Set<SkillId> seen = new HashSet<>(targets);
        ArrayDeque<SkillId> queue = new ArrayDeque<>(targets);
        while (!queue.isEmpty()) {
            for (SkillId p : r.skill(queue.poll()).orElseThrow().requires()) {
                if (seen.add(p)) {
                    queue.add(p);
                }
            }
        }
        return seen;
    }
}
