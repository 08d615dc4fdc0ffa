package dev.roadmap.plugins.mspdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.reader.UniversalProjectReader;

class MspdiPlanExporterTest {
    private final Roadmap roadmap = SampleRoadmaps.sample();
    private final Plan plan = SampleRoadmaps.plan(roadmap);
    private final String xml = new MspdiPlanExporter().writeToString(plan, roadmap);

    private static ProjectFile readBack(String xml) throws Exception {
        return new UniversalProjectReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Task> skillTasks(ProjectFile file) {
        return file.getTasks().stream().filter(t -> !t.getSummary() && t.getText(1) != null)
                .collect(Collectors.toMap(t -> t.getText(1), Function.identity()));
    }

    @Test
    void everyScheduledSkillComesBackAsATaskWithItsDatesAndWork() throws Exception {
        Map<String, Task> tasks = skillTasks(readBack(xml));
        assertThat(tasks.keySet()).containsExactlyInAnyOrderElementsOf(
                plan.skills().stream().map(s -> s.id().value()).toList());
        for (ScheduledSkill s : plan.skills()) {
            Task t = tasks.get(s.id().value());
            Skill skill = roadmap.skill(s.id()).orElseThrow();
            assertThat(t.getName()).isEqualTo(skill.title());
            assertThat(t.getStart()).as(s.id().value())
                    .isEqualTo(SampleRoadmaps.START.plusDays(7L * (s.startWeek() - 1)).atTime(8, 0));
            assertThat(t.getFinish()).as(s.id().value())
                    .isEqualTo(SampleRoadmaps.START.plusDays(7L * s.finishWeek() - 1).atTime(17, 0));
            assertThat(t.getWork().convertUnits(TimeUnit.HOURS, readBack(xml).getProjectProperties()).getDuration())
                    .as(s.id().value()).isCloseTo(s.hours(), org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void requiresBecomeFinishToStartPredecessorsAmongScheduledSkills() throws Exception {
        Map<String, Task> tasks = skillTasks(readBack(xml));
        for (ScheduledSkill s : plan.skills()) {
            List<String> expected = roadmap.skill(s.id()).orElseThrow().requires().stream()
                    .filter(r -> plan.skill(r).isPresent()).map(SkillId::value).toList();
            List<Relation> predecessors = tasks.get(s.id().value()).getPredecessors();
            assertThat(predecessors).extracting(r -> r.getPredecessorTask().getText(1)).as(s.id().value())
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(predecessors).allSatisfy(r -> assertThat(r.getType()).isEqualTo(RelationType.FINISH_START));
        }
        // python is done, so numpy's prerequisite is no task and no predecessor
        assertThat(plan.skill(SkillId.of("python"))).isEmpty();
        assertThat(tasks.get("numpy").getPredecessors()).isEmpty();
        assertThat(tasks.get("course").getPredecessors()).extracting(r -> r.getPredecessorTask().getText(1))
                .containsExactlyInAnyOrder("linalg", "numpy");
    }

    @Test
    void eachGroupIsASummaryTaskSpanningItsSkills() throws Exception {
        ProjectFile file = readBack(xml);
        List<Task> summaries = file.getTasks().stream().filter(Task::getSummary).filter(t -> t.getParentTask() == null
                || t.getParentTask().getUniqueID() == 0).toList();
        assertThat(summaries).extracting(Task::getName).containsExactly("Basics", "Advanced");
        Task basics = summaries.get(0);
        assertThat(basics.getChildTasks()).extracting(t -> t.getText(1)).containsExactlyInAnyOrder("linalg", "numpy");
        LocalDateTime earliest = basics.getChildTasks().stream().map(Task::getStart).min(LocalDateTime::compareTo).orElseThrow();
        LocalDateTime latest = basics.getChildTasks().stream().map(Task::getFinish).max(LocalDateTime::compareTo).orElseThrow();
        assertThat(basics.getStart()).isEqualTo(earliest);
        assertThat(basics.getFinish()).isEqualTo(latest);
    }

    @Test
    void skillsWithoutAGroupAreTopLevelTasks() throws Exception {
        Roadmap flat = Roadmap.builder("flat").title("Flat")
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(5)).build())
                .addSkill(Skill.builder("b", "B").effort(Effort.ofHours(15)).requires("a").build())
                .build();
        ProjectFile file = readBack(new MspdiPlanExporter().writeToString(SampleRoadmaps.plan(flat), flat));
        assertThat(file.getTasks().stream().filter(Task::getSummary).filter(t -> t.getUniqueID() != 0)).isEmpty();
        assertThat(skillTasks(file).get("b").getPredecessors()).extracting(r -> r.getPredecessorTask().getName())
                .containsExactly("A");
        assertThat(file.getProjectProperties().getProjectTitle()).isEqualTo("Flat");
    }

    @Test
    void nestedGroupsBecomeNestedSummaryTasks() throws Exception {
        Roadmap nested = Roadmap.builder("nested").title("Nested")
                .addGroup(dev.roadmap.core.Group.of("phase", "Phase 1"))
                .addGroup(new dev.roadmap.core.Group("part", "Part A", "phase", dev.roadmap.core.Extensions.empty()))
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(5)).group("phase").build())
                .addSkill(Skill.builder("b", "B").effort(Effort.ofHours(5)).group("part").requires("a").build())
                .build();
        ProjectFile file = readBack(new MspdiPlanExporter().writeToString(SampleRoadmaps.plan(nested), nested));
        Task b = skillTasks(file).get("b");
        assertThat(b.getParentTask().getName()).isEqualTo("Part A");
        assertThat(b.getParentTask().getParentTask().getName()).isEqualTo("Phase 1");
        assertThat(skillTasks(file).get("a").getParentTask().getName()).isEqualTo("Phase 1");
    }

    @Test
    void outputIsFixedByThePlanNotByTheClock() {
        assertThat(xml).contains("<CreationDate>2027-01-04T00:00:00</CreationDate>");
        assertThat(xml).doesNotContain(java.time.LocalDate.now().toString() + "T");
        assertThat(new MspdiPlanExporter().writeToString(SampleRoadmaps.plan(roadmap), roadmap)).isEqualTo(xml);
    }

    @Test
    void writesWithoutTheExcludedOptionalDependencies() {
        for (String absent : List.of("org.apache.poi.poifs.filesystem.POIFSFileSystem",
                "com.healthmarketscience.jackcess.Database", "org.sqlite.JDBC", "com.github.rtfparserkit.parser.IRtfParser",
                "org.jsoup.Jsoup")) {
            assertThatThrownBy(() -> Class.forName(absent)).as(absent).isInstanceOf(ClassNotFoundException.class);
        }
        assertThat(xml).startsWith("<?xml").contains("<Project xmlns=\"http://schemas.microsoft.com/project\"");
    }
}
