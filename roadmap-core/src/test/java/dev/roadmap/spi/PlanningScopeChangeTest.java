package dev.roadmap.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Pace;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.progress.ProgressLog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A re-scope after a chain of small changes (statuses, topic ticks, progress entries, capacity, and
 * option changes that make it apply the rules whole) equals a fresh {@link PlanningScope#of} in every
 * per-skill field a scheduler reads, the unscheduled skills, the notices and the capacity, refusals
 * included; and it runs the rules for the changed skills only.
 */
class PlanningScopeChangeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 16);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final Status[] STATUSES = Status.values();

    @Test
    void chainsOfChangesRescopeAsFreshScopes() {
        int compared = 0;
        for (long seed = 0; seed < 600; seed++) {
            Random rnd = new Random(seed);
            Roadmap roadmap = randomRoadmap(rnd);
            PlanOptions options = randomOptions(rnd, roadmap);
            PlanningScope base;
            try {
                base = PlanningScope.of(roadmap, options, CLOCK);
            } catch (PlanningException e) {
                continue;
            }
            PlanningScope previous = base;
            for (int step = 0; step < 10; step++) {
                Object[] next = change(rnd, roadmap, options);
                roadmap = (Roadmap) next[0];
                options = (PlanOptions) next[1];
                PlanningScope fresh;
                try {
                    fresh = PlanningScope.of(roadmap, options, CLOCK);
                } catch (PlanningException e) {
                    assertRefused(previous, roadmap, options, e);
                    assertRefused(base, roadmap, options, e);
                    break;
                }
                String at = "seed " + seed + " step " + step;
                PlanningScope chained = previous.rescope(roadmap, options, CLOCK);
                assertSameScope(chained, fresh, at + " (from the previous scope)");
                assertSameScope(base.rescope(roadmap, options, CLOCK), fresh, at + " (from the first scope)");
                previous = chained;
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(3_000);
    }

    @Test
    void aChangedSkillIsTheOnlyOneTheRulesVisit() {
        int n = 20_000;
        Roadmap.Builder b = Roadmap.builder("chain").pace(Pace.of(10));
        for (int i = 0; i < n; i++) {
            Skill.Builder s = Skill.builder("s" + i, "S" + i).effort(Effort.ofHours(3)).addTopic(Topic.of("t", false));
            b.addSkill((i == 0 ? s : s.requires("s" + (i - 1))).build());
        }
        Roadmap roadmap = b.build();
        PlanOptions options = PlanOptions.builder().start(TODAY).build();
        PlanningScope base = PlanningScope.of(roadmap, options, CLOCK);
        assertThat(base.ruleVisits()).as("applied whole").isGreaterThanOrEqualTo(n);

        Roadmap done = roadmap.withSkill(n / 2, roadmap.skill(n / 2).toBuilder().status(Status.DONE).build());
        PlanningScope afterDone = base.rescope(done, options, CLOCK);
        assertThat(afterDone.ruleVisits()).isEqualTo(1);
        assertThat(afterDone.unscheduled()).isEqualTo(PlanningScope.of(done, options, CLOCK).unscheduled());

        Roadmap ticked = done.withSkill(7, done.skill(7).toBuilder().status(Status.DOING)
                .setTopics(List.of(Topic.of("t", true))).build());
        PlanningScope afterTick = afterDone.rescope(ticked, options, CLOCK);
        assertThat(afterTick.ruleVisits()).isEqualTo(1);
        assertThat(afterTick.diagnostics()).isEqualTo(PlanningScope.of(ticked, options, CLOCK).diagnostics());

        PlanOptions logged = options.toBuilder().today(TODAY).start(null)
                .progress(ProgressLog.empty("chain").append(ProgressEntry.of(TODAY, SkillId.of("s9"), 2))).build();
        assertThat(afterTick.rescope(ticked, logged, CLOCK).ruleVisits()).as("the skill the new entry names").isEqualTo(1);
        PlanOptions capacity = options.toBuilder().capacity(Capacity.pool(4)).build();
        assertThat(afterTick.rescope(ticked, capacity, CLOCK).ruleVisits()).as("a capacity change").isZero();

        // with a target, a skill that leaves play changes reach; one that stays in play does not
        PlanOptions target = options.toBuilder().target(SkillId.of("s" + (n - 1))).build();
        PlanningScope targeted = PlanningScope.of(roadmap, target, CLOCK);
        Roadmap doing = roadmap.withSkill(5, roadmap.skill(5).toBuilder().status(Status.DOING).build());
        assertThat(targeted.rescope(doing, target, CLOCK).ruleVisits()).isEqualTo(1);
    }

    /**
     * Along a chain of re-scopes each appending one entry to a long progress log, only the appended
     * entry is checked (not the log), and the scope equals a fresh one; a status change of a logged
     * skill checks none and re-derives its status.
     */
    @Test
    void anAppendedEntryIsTheOnlyOneChecked() {
        int n = 300;
        Roadmap.Builder b = Roadmap.builder("log").pace(Pace.of(40));
        for (int i = 0; i < n; i++) {
            b.addSkill(Skill.builder("s" + i, "S" + i).effort(Effort.ofHours(30)).addTopic(Topic.of("t", false)).build());
        }
        Roadmap roadmap = b.build();
        ProgressLog log = ProgressLog.empty("log");
        for (int k = 0; k < 2_000; k++) {
            log = log.append(ProgressEntry.of(TODAY.minusDays(k / 4), SkillId.of("s" + k % n), 0.5));
        }
        PlanOptions options = PlanOptions.builder().today(TODAY).progress(log).build();
        PlanningScope scope = PlanningScope.of(roadmap, options, CLOCK);
        assertThat(scope.logEntriesChecked()).as("applied whole").isEqualTo(2_000);
        for (int k = 0; k < 20; k++) {
            ProgressEntry e = ProgressEntry.of(TODAY, SkillId.of("s" + (7 * k) % n), 1.5);
            options = options.toBuilder().progress(options.progress().orElseThrow().append(k % 3 == 0 ? e.withTicked(List.of("t")) : e))
                    .build();
            scope = scope.rescope(roadmap, options, CLOCK);
            assertThat(scope.logEntriesChecked()).as("step " + k).isEqualTo(1);
            assertSameScope(scope, PlanningScope.of(roadmap, options, CLOCK), "step " + k);
        }
        roadmap = roadmap.withSkill(0, roadmap.skill(0).toBuilder().status(Status.DOING).build());
        scope = scope.rescope(roadmap, options, CLOCK);
        assertThat(scope.logEntriesChecked()).as("a status change").isZero();
        assertSameScope(scope, PlanningScope.of(roadmap, options, CLOCK), "a logged skill's status changed");

        PlanOptions started = PlanOptions.builder().today(TODAY).build();
        PlanningScope unlogged = PlanningScope.of(roadmap, started, CLOCK);
        PlanOptions firstEntry = started.toBuilder().progress(ProgressLog.empty("log").append(ProgressEntry.of(TODAY,
                SkillId.of("s3"), 2))).build();
        PlanningScope logged = unlogged.rescope(roadmap, firstEntry, CLOCK);
        assertThat(logged.logEntriesChecked()).as("the parent had no log").isEqualTo(1);
        assertSameScope(logged, PlanningScope.of(roadmap, firstEntry, CLOCK), "the first entry");
    }

    /** A left-out, not done skill's dependents are visited again for their dropped-prerequisite warnings: those only. */
    @Test
    void aSkillLeftOutRevisitsItsDependentsOnly() {
        int n = 5_000;
        Roadmap.Builder b = Roadmap.builder("star").pace(Pace.of(10));
        b.addSkill(Skill.builder("hub", "Hub").effort(Effort.ofHours(3)).optional(true).build());
        for (int i = 1; i < n; i++) {
            b.addSkill(Skill.builder("s" + i, "S" + i).effort(Effort.ofHours(3)).requires(i % 100 == 0 || i == 1 ? "hub" : "s" + (i - 1))
                    .build());
        }
        Roadmap roadmap = b.build();
        PlanOptions options = PlanOptions.builder().start(TODAY).skipOptional(true).build();
        PlanningScope base = PlanningScope.of(roadmap, options, CLOCK);
        Roadmap hubDone = roadmap.withSkill(0, roadmap.skill(0).toBuilder().status(Status.DONE).build());
        PlanningScope after = base.rescope(hubDone, options, CLOCK);
        assertSameScope(after, PlanningScope.of(hubDone, options, CLOCK), "hub done");
        assertThat(after.ruleVisits()).as("the hub, then itself and its %d dependents", n / 100)
                .isEqualTo(1 + 1 + n / 100);
    }

    private static void assertRefused(PlanningScope from, Roadmap roadmap, PlanOptions options, PlanningException fresh) {
        try {
            from.rescope(roadmap, options, CLOCK);
        } catch (PlanningException e) {
            assertThat(e.code()).isEqualTo(fresh.code());
            assertThat(e.getMessage()).isEqualTo(fresh.getMessage());
            return;
        }
        throw new AssertionError("the re-scope accepted what a fresh scope refuses: " + fresh.getMessage());
    }

    static void assertSameScope(PlanningScope actual, PlanningScope fresh, String at) {
        int n = fresh.roadmap().size();
        assertThat(actual.roadmap()).as(at).isSameAs(fresh.roadmap());
        for (int i = 0; i < n; i++) {
            assertThat(actual.isPlanned(i)).as(at + " planned " + i).isEqualTo(fresh.isPlanned(i));
            assertThat(actual.isInReach(i)).as(at + " in reach " + i).isEqualTo(fresh.isInReach(i));
            assertThat(actual.leftOutReason(i)).as(at + " left out " + i).isEqualTo(fresh.leftOutReason(i));
            assertThat(actual.isClosed(i)).as(at + " closed " + i).isEqualTo(fresh.isClosed(i));
            assertThat(actual.isOpenEnded(i)).as(at + " open-ended " + i).isEqualTo(fresh.isOpenEnded(i));
            assertThat(Double.doubleToLongBits(actual.hours(i))).as(at + " hours " + i)
                    .isEqualTo(Double.doubleToLongBits(fresh.hours(i)));
            assertThat(actual.rigidWeeks(i)).as(at + " weeks " + i).isEqualTo(fresh.rigidWeeks(i));
        }
        assertThat(actual.plannedCount()).as(at).isEqualTo(fresh.plannedCount());
        assertThat(actual.unscheduled()).as(at).isEqualTo(fresh.unscheduled());
        assertThat(actual.diagnostics()).as(at).isEqualTo(fresh.diagnostics());
        assertThat(actual.capacity()).as(at).isEqualTo(fresh.capacity());
        assertThat(actual.options()).as(at).isEqualTo(fresh.options());
    }

    private static Roadmap randomRoadmap(Random rnd) {
        int n = 1 + rnd.nextInt(24);
        Roadmap.Builder b = Roadmap.builder("random").pace(Pace.of(8));
        for (int i = 0; i < n; i++) {
            Skill.Builder s = Skill.builder("s" + i, "S" + i);
            switch (rnd.nextInt(7)) {
                case 0 -> s.effort(Effort.ofHours(1 + rnd.nextInt(20), 21 + rnd.nextInt(20)));
                case 1 -> s.effort(Effort.openEnded(rnd.nextInt(5)));
                case 2 -> s.rigidPace(new RigidPace(1 + rnd.nextInt(4), Map.of("*", 0.5 + rnd.nextInt(4))));
                case 3 -> { } // no effort
                default -> s.effort(Effort.ofHours(0.25 * (1 + rnd.nextInt(60))));
            }
            int topics = rnd.nextInt(4);
            for (int t = 0; t < topics; t++) {
                s.addTopic(Topic.of("t" + t, rnd.nextInt(3) == 0));
            }
            s.status(rnd.nextInt(3) == 0 ? STATUSES[rnd.nextInt(STATUSES.length)] : Status.TODO);
            s.optional(rnd.nextInt(5) == 0);
            List<String> requires = new ArrayList<>();
            for (int p = 0; p < i; p++) {
                if (rnd.nextInt(Math.max(2, i / 2)) == 0 && requires.size() < 3) {
                    requires.add("s" + p);
                }
            }
            b.addSkill(s.requires(requires.toArray(new String[0])).build());
        }
        if (n >= 4 && rnd.nextBoolean()) {
            b.addChoice(Choice.of("path", "Path", "a", List.of(
                    ChoiceOption.of("a", "A", List.of(SkillId.of("s" + (n - 1)), SkillId.of("s" + (n - 3)))),
                    ChoiceOption.of("b", "B", List.of(SkillId.of("s" + (n - 2)), SkillId.of("s" + (n - 3)))))));
        }
        return b.build();
    }

    private static PlanOptions randomOptions(Random rnd, Roadmap roadmap) {
        PlanOptions.Builder o = PlanOptions.builder().start(TODAY).skipOptional(rnd.nextInt(3) == 0)
                .estimate(Effort.Estimate.values()[rnd.nextInt(3)]);
        int n = roadmap.size();
        if (rnd.nextInt(3) == 0) {
            o.target(roadmap.skill(rnd.nextInt(n)).id());
        }
        if (rnd.nextInt(4) == 0) {
            o.done(List.of(roadmap.skill(rnd.nextInt(n)).id()));
        }
        if (!roadmap.choices().isEmpty() && rnd.nextBoolean()) {
            o.choose("path", rnd.nextBoolean() ? "a" : "b");
        }
        if (rnd.nextBoolean()) {
            o.start(null).today(TODAY).progress(ProgressLog.empty(roadmap.id()));
        }
        return o.build();
    }

    /** @return the roadmap and options after one random change */
    private static Object[] change(Random rnd, Roadmap roadmap, PlanOptions options) {
        int i = rnd.nextInt(roadmap.size());
        Skill s = roadmap.skill(i);
        switch (rnd.nextInt(9)) {
            case 0, 1 -> {
                return new Object[] {roadmap.withSkill(i, s.toBuilder().status(STATUSES[rnd.nextInt(STATUSES.length)]).build()), options};
            }
            case 2, 3 -> {
                List<Topic> topics = new ArrayList<>(s.topics());
                if (!topics.isEmpty()) {
                    int t = rnd.nextInt(topics.size());
                    topics.set(t, Topic.of(topics.get(t).title(), !topics.get(t).done()));
                }
                return new Object[] {roadmap.withSkill(i, s.toBuilder().status(Status.DOING).setTopics(topics).build()), options};
            }
            case 4, 5 -> {
                if (options.progress().isEmpty()) {
                    return new Object[] {roadmap, options.toBuilder().capacity(Capacity.pool(1 + rnd.nextInt(12))).build()};
                }
                ProgressEntry e = ProgressEntry.of(TODAY.minusDays(rnd.nextInt(20)), s.id(), rnd.nextInt(9) * 0.5);
                if (!s.topics().isEmpty() && rnd.nextBoolean()) {
                    e = e.withTicked(List.of(s.topics().get(0).title()));
                }
                if (rnd.nextInt(4) == 0) {
                    e = e.withStatus(STATUSES[rnd.nextInt(STATUSES.length)]);
                }
                if (rnd.nextInt(30) == 0) {
                    e = ProgressEntry.of(TODAY, s.id(), 100); // two of them overfill a week: refused
                }
                return new Object[] {roadmap, options.toBuilder().progress(options.progress().get().append(e)).build()};
            }
            case 6 -> {
                return new Object[] {roadmap, options.toBuilder().capacity(Capacity.pool(1 + rnd.nextInt(12))
                        .withWeekOverride(1 + rnd.nextInt(4), rnd.nextInt(6))).build()};
            }
            case 7 -> {
                return new Object[] {roadmap, options.toBuilder().estimate(Effort.Estimate.values()[rnd.nextInt(3)]).build()};
            }
            default -> {
                PlanOptions.Builder o = options.toBuilder().skipOptional(rnd.nextBoolean());
                return new Object[] {roadmap, rnd.nextBoolean() ? o.build() : o.target(s.id()).build()};
            }
        }
    }
}
