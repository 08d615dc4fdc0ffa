package dev.roadmap.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Choice;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
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

/**
 * Checks a plan against the scheduling rules, recomputing everything from the roadmap and options
 * independently of the scheduler's code.
 */
final class PlanInvariants {
    static final double TOLERANCE = 1e-6;

    private PlanInvariants() {
    }

    static void verify(Roadmap r, PlanOptions o, Plan plan) {
        Capacity cap = plan.capacity();
        Map<SkillId, ScheduledSkill> scheduled = new HashMap<>();
        plan.skills().forEach(s -> scheduled.put(s.id(), s));
        assertThat(scheduled).as("each skill planned once").hasSize(plan.skills().size());

        // weeks: numbering, dates, capacity never exceeded
        assertThat(plan.weeks()).hasSize(plan.totalWeeks());
        Map<SkillId, Double> given = new HashMap<>();
        Map<SkillId, Map<Integer, Map<String, Double>>> byWeek = new HashMap<>();
        for (PlanWeek w : plan.weeks()) {
            assertThat(w.start()).isEqualTo(plan.start().plusWeeks(w.week() - 1L));
            Map<String, Double> used = new HashMap<>();
            for (Allocation a : w.allocations()) {
                assertThat(a.hours()).isPositive();
                assertThat(a.hours() * 100).as("allocation in hundredths").isCloseTo(Math.rint(a.hours() * 100),
                        org.assertj.core.data.Offset.offset(1e-6));
                assertThat(cap.weekly()).containsKey(a.track());
                used.merge(a.track(), a.hours(), Double::sum);
                given.merge(a.skill(), a.hours(), Double::sum);
                byWeek.computeIfAbsent(a.skill(), k -> new HashMap<>()).computeIfAbsent(w.week(), k -> new HashMap<>())
                        .merge(a.track(), a.hours(), Double::sum);
                ScheduledSkill s = scheduled.get(a.skill());
                assertThat(s).as("allocated skill is planned").isNotNull();
                assertThat(w.week()).isBetween(s.startWeek(), s.finishWeek());
            }
            used.forEach((t, h) -> assertThat(h).as("week %d track %s", w.week(), t)
                    .isLessThanOrEqualTo(cap.hours(w.week(), t) + TOLERANCE));
        }
        int maxFinish = plan.skills().stream().mapToInt(ScheduledSkill::finishWeek).max().orElse(0);
        assertThat(plan.totalWeeks()).isEqualTo(maxFinish);
        assertThat(plan.totalWeeks()).as("plan length vs lower bound").isGreaterThanOrEqualTo(plan.lowerBoundWeeks());

        // hours: each planned skill gets exactly its hours; rigid ones at their load, back to back
        for (ScheduledSkill s : plan.skills()) {
            Skill skill = r.skill(s.id()).orElseThrow();
            double fraction = fraction(skill);
            if (skill.isRigid()) {
                int weeks = (int) Math.ceil(skill.rigidPace().get().weeks() * fraction - 1e-9);
                assertThat(s.finishWeek() - s.startWeek() + 1).isEqualTo(weeks);
                Map<String, Double> load = new LinkedHashMap<>();
                skill.rigidPace().get().hoursPerWeek().forEach((t, h) -> {
                    if (h > 0) {
                        load.merge(cap.isPool() ? Capacity.POOL : t, h, Double::sum);
                    }
                });
                for (int w = s.startWeek(); w <= s.finishWeek(); w++) {
                    Map<String, Double> got = byWeek.getOrDefault(s.id(), Map.of()).getOrDefault(w, Map.of());
                    assertThat(got.keySet()).isEqualTo(load.keySet());
                    load.forEach((t, h) -> assertThat(got.get(t)).isCloseTo(h, org.assertj.core.data.Offset.offset(TOLERANCE)));
                }
                assertThat(s.hours()).isCloseTo(weeks * load.values().stream().mapToDouble(Double::doubleValue).sum(),
                        org.assertj.core.data.Offset.offset(TOLERANCE));
            } else {
                double expected = Math.round(skill.effort().map(e -> e.hours(o.estimate())).orElse(0.0) * fraction * 100) / 100.0;
                assertThat(s.hours()).isCloseTo(expected, org.assertj.core.data.Offset.offset(TOLERANCE));
                assertThat(given.getOrDefault(s.id(), 0.0)).as("hours of %s", s.id())
                        .isCloseTo(expected, org.assertj.core.data.Offset.offset(TOLERANCE));
                if (expected > TOLERANCE) {
                    Map<Integer, Map<String, Double>> weeks = byWeek.get(s.id());
                    assertThat(weeks).containsKeys(s.startWeek(), s.finishWeek());
                    String track = track(cap, skill);
                    weeks.values().forEach(m -> assertThat(m.keySet()).containsExactly(track));
                }
            }
        }

        // precedence with the week rule
        Set<SkillId> unscheduled = new HashSet<>();
        plan.unscheduled().forEach(u -> unscheduled.add(u.skill()));
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

        // left out: done, skipped, unchosen; everything else in scope is planned or reported
        Set<SkillId> unchosen = unchosen(r, o);
        for (Skill skill : r.skills()) {
            boolean closed = skill.status().isClosed() || o.done().contains(skill.id());
            if (closed || unchosen.contains(skill.id())) {
                assertThat(scheduled).doesNotContainKey(skill.id());
            }
        }
        Set<SkillId> scope = o.targets().isEmpty() ? null : ancestors(r, o.targets());
        for (Skill skill : r.skills()) {
            if (scope == null) {
                assertThat(scheduled.containsKey(skill.id()) || unscheduled.contains(skill.id()))
                        .as("%s planned or reported", skill.id()).isTrue();
            } else if (scheduled.containsKey(skill.id())) {
                assertThat(scope).contains(skill.id());
            }
        }
        for (Unscheduled u : plan.unscheduled()) {
            assertThat(scheduled).doesNotContainKey(u.skill());
        }

        // at most maxParallel skills carried over any week boundary
        if (o.maxParallel() > 0) {
            for (int w = 2; w <= plan.totalWeeks(); w++) {
                int week = w;
                long carried = plan.skills().stream().filter(s -> s.startWeek() < week && s.finishWeek() >= week).count();
                assertThat(carried).as("in progress into week %d", w).isLessThanOrEqualTo(o.maxParallel());
            }
        }
        for (int i = 1; i < plan.skills().size(); i++) {
            assertThat(plan.skills().get(i).startWeek()).isGreaterThanOrEqualTo(plan.skills().get(i - 1).startWeek());
        }
        assertThat(plan.explanations().keySet()).containsExactlyElementsOf(scheduled.keySet().stream()
                .sorted((a, b) -> Integer.compare(plan.skills().indexOf(scheduled.get(a)), plan.skills().indexOf(scheduled.get(b))))
                .toList());
    }

    static double fraction(Skill s) {
        if (s.status() != Status.DOING || s.topics().isEmpty()) {
            return 1;
        }
        return (double) s.topics().stream().filter(t -> !t.done()).count() / s.topics().size();
    }

    static String track(Capacity cap, Skill s) {
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

    @SuppressWarnings("unused")
    private static boolean ticked(Topic t) {
        return t.done();
    }
}
