package dev.roadmap.plugins.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.Status;
import dev.roadmap.core.Track;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import dev.roadmap.scheduler.WeekPackingScheduler;
import java.time.LocalDate;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class MermaidGanttExporterTest {
    private final MermaidGanttExporter exporter = new MermaidGanttExporter();

    @Test
    void everyTaskSpansItsPlannedWeeksWithRealDates() {
        Roadmap r = SampleRoadmaps.sample();
        Plan plan = SampleRoadmaps.plan(r);
        String out = exporter.writeToString(plan, r);
        assertThat(out).startsWith("gantt\n    title Sample roadmap\n    dateFormat YYYY-MM-DD\n");
        plan.skills().forEach(s -> {
            String line = out.lines().filter(l -> l.contains(":t" + r.indexOf(s.id()) + ",") || l.contains(" t" + r.indexOf(s.id()) + ","))
                    .findFirst().orElseThrow();
            Matcher m = MermaidSyntax.task(line);
            assertThat(Integer.parseInt(m.group(6))).isEqualTo((s.finishWeek() - s.startWeek() + 1) * 7);
            if (m.group(4).startsWith("after")) {
                int latestFinish = r.skill(s.id()).orElseThrow().requires().stream().map(plan::skill)
                        .flatMap(java.util.Optional::stream).mapToInt(p -> p.finishWeek()).max().orElseThrow();
                assertThat(latestFinish + 1).as(line).isEqualTo(s.startWeek());
            } else {
                assertThat(LocalDate.parse(m.group(4))).isEqualTo(plan.start().plusWeeks(s.startWeek() - 1L));
            }
        });
    }

    @Test
    void writesAfterWhenASkillStartsTheWeekAfterItsPrerequisitesAndADateOtherwise() {
        Roadmap r = Roadmap.builder("r")
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(7)).track("x").build())
                .addSkill(Skill.builder("b", "B").effort(Effort.ofHours(5)).track("y").requires("a").build())
                .addSkill(Skill.builder("c", "C").effort(Effort.ofHours(5)).track("x").requires("a").build())
                .build();
        Plan plan = new WeekPackingScheduler().schedule(r, PlanOptions.builder().start(LocalDate.of(2027, 1, 4))
                .capacity(Capacity.perTrack(java.util.Map.of("x", 5.0, "y", 5.0))).build());
        String out = exporter.writeToString(plan, r);
        // a fills weeks 1-2 with 2 h left over in week 2; c (same track) uses them, so it starts while a finishes;
        // b (another track) starts the week after
        assertThat(out).contains("    A :t0, 2027-01-04, 14d\n", "    B :t1, after t0, 7d\n", "    C :t2, 2027-01-11, 14d\n");
    }

    @Test
    void groupsTasksIntoSectionsByTrackWhenTheRoadmapHasNoGroups() {
        Roadmap r = Roadmap.builder("r").addTrack(Track.of("m", "Maths: core"))
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(2)).track("m").build())
                .addSkill(Skill.builder("b", "B").effort(Effort.ofHours(2)).build())
                .build();
        Plan plan = new WeekPackingScheduler().schedule(r, PlanOptions.builder().start(LocalDate.of(2027, 1, 4))
                .capacity(Capacity.pool(10)).build());
        assertThat(exporter.writeToString(plan, r)).contains("    section Maths#58; core\n    A :t0, 2027-01-04, 7d\n",
                "    section Other skills\n    B :t1, 2027-01-04, 7d\n");
    }

    @Test
    void marksSkillsInProgressActive() {
        Roadmap r = Roadmap.builder("r")
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(2)).status(Status.DOING).build()).build();
        Plan plan = new WeekPackingScheduler().schedule(r, PlanOptions.builder().start(LocalDate.of(2027, 1, 4))
                .capacity(Capacity.pool(10)).build());
        assertThat(exporter.writeToString(plan, r)).contains("    A :active, t0, 2027-01-04, 7d\n");
    }

    @Test
    void guardsTaskNamesThatWouldReadAsGanttStatements() {
        assertThat(MermaidText.gantt("Click here")).isEqualTo("#67;lick here");
        assertThat(MermaidText.gantt("section two")).isEqualTo("#115;ection two");
        assertThat(MermaidText.gantt("2027-01-04 kickoff")).isEqualTo("#50;027-01-04 kickoff");
        assertThat(MermaidText.gantt("Call mom")).isEqualTo("#67;all mom");
        assertThat(MermaidText.gantt("Recall")).isEqualTo("Recall");
    }

    @Test
    void writesNoLiteralColonHashOrSemicolonInTaskNames() {
        assertThat(MermaidText.gantt("a: b # c ; d\ne % f")).isEqualTo("a#58; b #35; c #59; d e #37; f");
    }
}
