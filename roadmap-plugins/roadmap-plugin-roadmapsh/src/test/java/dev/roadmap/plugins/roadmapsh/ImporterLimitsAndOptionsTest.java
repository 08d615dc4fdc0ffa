package dev.roadmap.plugins.roadmapsh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.plugins.testkit.Resources;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import dev.roadmap.spi.FormatOptions;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ImporterLimitsAndOptionsTest {

    private static ImportException refusal(String json, ReadLimits limits) {
        try {
            new RoadmapShImporter(RoadmapShOptions.defaults())
                    .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json", limits);
        } catch (ImportException e) {
            return e;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void moreLearnableNodesThanMaxSkillsIsRefusedNamingTheLimit() {
        ImportException e = refusal(EditorShapeTest.FIXTURE, ReadLimits.defaults().toBuilder().maxSkills(3).build());
        assertThat(e).isInstanceOfSatisfying(LimitExceededException.class, l -> assertThat(l.limitName()).isEqualTo("maxSkills"));
        assertThat(e.location()).hasValueSatisfying(l -> assertThat(l.line()).isGreaterThan(1));
    }

    @Test
    void deepNestingAndLongStringsAreRefusedNamingTheLimit() {
        String deep = "{\"nodes\":" + "[".repeat(300) + "]".repeat(300) + "}";
        assertThat(refusal(deep, ReadLimits.defaults())).isInstanceOfSatisfying(LimitExceededException.class,
                l -> assertThat(l.limitName()).isEqualTo("maxNestingDepth"));
        String longLabel = "{\"nodes\": [{\"id\": \"a\", \"data\": {\"label\": \"" + "x".repeat(2000) + "\"}}]}";
        assertThat(refusal(longLabel, ReadLimits.defaults().toBuilder().maxStringLength(1000).build()))
                .isInstanceOfSatisfying(LimitExceededException.class, l -> assertThat(l.limitName()).isEqualTo("maxStringLength"));
        assertThat(refusal(EditorShapeTest.FIXTURE, ReadLimits.defaults().toBuilder().maxDocumentBytes(1000).build()))
                .isInstanceOfSatisfying(LimitExceededException.class, l -> assertThat(l.limitName()).isEqualTo("maxDocumentBytes"));
    }

    @Test
    void malformedJsonIsRefusedAtTheOffendingToken() {
        ImportException e = refusal("{\n  \"nodes\": [\n    {\"id\": \"a\",, }\n  ]\n}", ReadLimits.defaults());
        assertThat(e.code()).isEqualTo("malformed-json");
        assertThat(e.location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(3));
    }

    @Test
    void sniffsBothShapesAndLeavesNativeJsonAlone() {
        RoadmapShImporter importer = new RoadmapShImporter();
        assertThat(importer.sniff("x.json", EditorShapeTest.FIXTURE.getBytes(StandardCharsets.UTF_8))).isGreaterThanOrEqualTo(0.9);
        assertThat(importer.sniff("x", "{\"nodes\": [{\"id\": \"a\", \"position\": {}, \"data\": {}}"
                .getBytes(StandardCharsets.UTF_8))).isGreaterThanOrEqualTo(0.8);
        assertThat(importer.sniff("x.json", "{\"mockup\": {\"controls\": {}}}".getBytes(StandardCharsets.UTF_8))).isGreaterThanOrEqualTo(0.9);
        assertThat(importer.sniff("x.json", "{\"format\": \"roadmap/1\", \"nodes\": [], \"edges\": []}"
                .getBytes(StandardCharsets.UTF_8))).isZero();
        assertThat(importer.sniff("x.md", "# nodes and edges".getBytes(StandardCharsets.UTF_8))).isZero();
    }

    @Test
    void noArgumentImporterTakesEffortsPerCall() throws java.io.IOException {
        RoadmapShImporter importer = new RoadmapShImporter();
        Roadmap r = read(importer, FormatOptions.builder().setText("roadmapsh.efforts", "topic=10h").build());
        assertThat(r.skill(SkillId.of("css")).orElseThrow().effort()).contains(Effort.ofHours(10));
        Roadmap typed = read(importer, FormatOptions.builder().set(RoadmapShImporter.OPTIONS, RoadmapShOptions.defaults()
                .toBuilder().effort(NodeKind.TOPIC, Effort.ofHours(12)).build()).build());
        assertThat(typed.skill(SkillId.of("css")).orElseThrow().effort()).contains(Effort.ofHours(12));
        assertThat(read(importer, FormatOptions.none()).skill(SkillId.of("css")).orElseThrow().effort())
                .as("options of one call do not leak into the next").contains(Effort.ofHours(RoadmapShOptions.DEFAULT_TOPIC_HOURS));
        assertThatThrownBy(() -> read(importer, FormatOptions.builder().set(RoadmapShImporter.EFFORTS, "chapter=10h").build()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid-option");
                    assertThat(e.getMessage()).contains("unknown node kind 'chapter'");
                });
    }

    private static Roadmap read(RoadmapShImporter importer, FormatOptions options) throws java.io.IOException {
        return importer.read(new java.io.ByteArrayInputStream(EditorShapeTest.FIXTURE.getBytes(StandardCharsets.UTF_8)),
                "webdev.json", ReadLimits.defaults(), options).roadmap();
    }

    @Test
    void effortOverridesRejectUnknownKindsAndOpenEndedEfforts() {
        assertThatThrownBy(() -> RoadmapShOptions.defaults().toBuilder().efforts("topic"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind=effort");
        assertThatThrownBy(() -> RoadmapShOptions.defaults().toBuilder().efforts("topic=ongoing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("open-ended");
        assertThatThrownBy(() -> RoadmapShOptions.defaults().toBuilder().efforts("topic=lots"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("effort of topic");
    }

    @Test
    @Timeout(20)
    void importedRoadmapsPlanAtTenHoursAWeek() {
        for (String name : new String[] {"/roadmapsh/webdev/webdev.json", "/roadmapsh/legacy.json"}) {
            Roadmap r = new RoadmapShImporter(RoadmapShOptions.defaults())
                    .read(Resources.text(name), name).roadmap();
            Plan plan = SampleRoadmaps.plan(r);
            int optionsLeftOut = r.choices().stream().mapToInt(c -> c.options().size() - 1).sum();
            assertThat(plan.skills()).as(name).hasSize(r.size() - optionsLeftOut);
            assertThat(plan.skills()).extracting(ScheduledSkill::id).doesNotContain(SkillId.of("tailwind"), SkillId.of("bootstrap"));
            assertThat(plan.totalWeeks()).isPositive();
        }
    }
}
