package dev.roadmap.plugins.psplib;

import static dev.roadmap.plugins.psplib.PsplibFormatContractTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.plugins.testkit.PlanContract;
import dev.roadmap.scheduler.WeekPackingScheduler;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PsplibImporterTest {
    private final PsplibImporter importer = new PsplibImporter();

    private Roadmap tiny() {
        return importer.read(resource("tiny.sm"), "tiny.sm").roadmap();
    }

    @Test
    void jobsBecomeRigidSkillsAndResourcesTracksWithTheirAvailability() {
        Roadmap r = tiny();
        assertThat(r.id()).isEqualTo("tiny");
        assertThat(r.skills()).extracting(s -> s.id().value()).containsExactly("j2", "j3", "j5", "j6");
        assertThat(r.tracks()).extracting(t -> t.id()).containsExactly("r1", "r2");
        assertThat(r.pace().orElseThrow().trackHours()).containsExactly(Map.entry("r1", 4.0), Map.entry("r2", 3.0));
        Skill j2 = r.skill(SkillId.of("j2")).orElseThrow();
        assertThat(j2.rigidPace()).contains(new RigidPace(3, Map.of("r1", 2.0)));
        assertThat(j2.track()).isEqualTo("r1");
        assertThat(j2.requires()).isEmpty();
        assertThat(r.skill(SkillId.of("j5")).orElseThrow().requires()).containsExactly(SkillId.of("j2"));
    }

    @Test
    void zeroDurationJobsAreDroppedAndBridged() {
        Roadmap r = tiny();
        // job 4 is a milestone between the source and job 6; job 6 keeps only the real job 3 before it
        assertThat(r.skill(SkillId.of("j4"))).isEmpty();
        assertThat(r.skill(SkillId.of("j6")).orElseThrow().requires()).containsExactly(SkillId.of("j3"));
    }

    @Test
    void aJobWithoutRequestsTakesItsWeeksOnTheFirstTrackAtZeroHours() {
        Skill j6 = tiny().skill(SkillId.of("j6")).orElseThrow();
        assertThat(j6.rigidPace()).contains(new RigidPace(1, Map.of("r1", 0.0)));
        assertThat(j6.track()).isEqualTo("r1");
    }

    @Test
    void aMilestoneChainBridgesToEveryRealPredecessor() {
        String text = resource("tiny.sm")
                .replace("   2        1          1           5", "   2        1          2           4   5")
                .replace("   3        1          1           6", "   3        1          1           4");
        Roadmap r = importer.read(text, "bridged.sm").roadmap();
        assertThat(r.skill(SkillId.of("j6")).orElseThrow().requires()).containsExactly(SkillId.of("j2"), SkillId.of("j3"));
    }

    @Test
    void theTinyInstancePlansAtItsOptimumOfSixWeeksUsingTheSuggestedTrackHours() {
        Roadmap r = tiny();
        PlanOptions options = PlanOptions.builder().start(LocalDate.of(2026, 12, 7)).build();
        Plan plan = new WeekPackingScheduler().schedule(r, options);
        PlanContract.verifyComplete(r, options, plan);
        assertThat(plan.capacity().weekly()).containsExactly(Map.entry("r1", 4.0), Map.entry("r2", 3.0));
        assertThat(plan.totalWeeks()).isEqualTo(6);
        assertThat(plan.lowerBoundWeeks()).isBetween(5, 6);
    }

    @Test
    void errorsNameTheLineAndColumn() {
        String text = resource("tiny.sm").replace("  2      1     3       2    0", "  2      1     x       2    0");
        assertThatThrownBy(() -> importer.read(text, "bad.sm"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.location()).isPresent();
                    assertThat(e.location().get().line()).isEqualTo(31);
                    assertThat(e.location().get().column()).isEqualTo(16);
                    assertThat(e.getMessage()).contains("duration");
                });
    }

    @Test
    void multiModeInstancesAreRefused() {
        String text = resource("tiny.sm").replace("   6        1          1           7", "   6        2          1           7");
        assertThatThrownBy(() -> importer.read(text, "mm.sm")).isInstanceOf(ImportException.class)
                .hasMessageContaining("single-mode");
    }

    @Test
    void limitsAreEnforced() throws Exception {
        byte[] bytes = resource("tiny.sm").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer.read(new ByteArrayInputStream(bytes), "tiny.sm",
                ReadLimits.defaults().toBuilder().maxDocumentBytes(100).build()))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.limitName()).isEqualTo("maxDocumentBytes"));
        assertThatThrownBy(() -> importer.read(new ByteArrayInputStream(bytes), "tiny.sm",
                ReadLimits.defaults().toBuilder().maxSkills(3).build()))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.limitName()).isEqualTo("maxSkills"));
        assertThatThrownBy(() -> importer.read(new ByteArrayInputStream(bytes), "tiny.sm",
                ReadLimits.defaults().toBuilder().maxPrerequisites(3).build()))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.limitName()).isEqualTo("maxPrerequisites"));
        ImportResult ok = importer.read(new ByteArrayInputStream(bytes), "tiny.sm", ReadLimits.defaults().toBuilder().maxSkills(4).build());
        assertThat(ok.roadmap().size()).isEqualTo(4);
    }

    @Test
    void availabilitiesAboveAWeeksHoursAreScaledAlike() {
        String text = resource("tiny.sm").replace("    4    3\n", "  400    3\n")
                .replace("  2      1     3       2    0", "  2      1     3     200    0");
        ImportResult result = importer.read(text, "big.sm");
        assertThat(result.roadmap().pace().orElseThrow().trackHours().get("r1")).isEqualTo(400 / 3.0);
        assertThat(result.roadmap().skill(SkillId.of("j2")).orElseThrow().rigidPace().orElseThrow().hoursPerWeek().get("r1"))
                .isEqualTo(200 / 3.0);
        assertThat(result.diagnostics()).extracting(d -> d.code()).containsExactly("psplib-scaled");
    }

    @Test
    void sniffsByContentAndName() {
        byte[] head = resource("tiny.sm").getBytes(StandardCharsets.UTF_8);
        assertThat(importer.sniff("x.txt", head)).isGreaterThan(0.9);
        assertThat(importer.sniff("x.sm", new byte[0])).isEqualTo(0.5);
        assertThat(importer.sniff("x.md", "# Roadmap".getBytes(StandardCharsets.UTF_8))).isZero();
    }
}
