package dev.roadmap.plugins.roadmapsh;

import static dev.roadmap.plugins.testkit.Skills.skill;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Severity;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.plugins.testkit.Resources;
import dev.roadmap.spi.ImportResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyShapeTest {
    private final ImportResult result = new RoadmapShImporter(RoadmapShOptions.defaults())
            .read(Resources.text("/roadmapsh/legacy.json"), "legacy.json");
    private final Roadmap roadmap = result.roadmap();

    @Test
    void makesOneSkillPerNamedGroupControlLabelledByItsText() {
        assertThat(roadmap.skills()).extracting(Skill::title).containsExactly("Introduction", "Need for Containers",
                "Bare Metal vs VMs vs Containers", "Networking", "Docker Basics", "Images", "Running Containers",
                "Lifecycle", "Orchestration", "Volumes");
        assertThat(roadmap.title()).isEqualTo("Containers (legacy fixture)");
        assertThat(Validator.standard().validate(roadmap).diagnostics()).noneMatch(Diagnostic::isError);
    }

    @Test
    void numbersInControlNamesOrderTheTopicsAndColonsMakeChildren() {
        assertThat(skill(roadmap, "introduction").requires()).isEmpty();
        assertThat(skill(roadmap, "docker-basics").requires()).containsExactly(SkillId.of("introduction"));
        assertThat(skill(roadmap, "networking").requires()).containsExactly(SkillId.of("docker-basics"));
        assertThat(skill(roadmap, "orchestration").requires()).containsExactly(SkillId.of("networking"));
        assertThat(skill(roadmap, "need-for-containers").requires()).containsExactly(SkillId.of("introduction"));
        assertThat(skill(roadmap, "images").requires()).containsExactly(SkillId.of("docker-basics"));
        assertThat(skill(roadmap, "lifecycle").requires()).containsExactly(SkillId.of("running-containers"));
        assertThat(skill(roadmap, "lifecycle").group()).isEqualTo("docker-basics");
    }

    @Test
    void childOfAMissingParentIsPlacedByPositionWithAWarning() {
        assertThat(skill(roadmap, "volumes").requires()).containsExactly(SkillId.of("networking"));
        assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.WARNING).extracting(Diagnostic::code)
                .containsExactly("roadmapsh-duplicate-node", "roadmapsh-missing-parent");
        Diagnostic missing = result.diagnostics().stream().filter(d -> d.code().equals("roadmapsh-missing-parent"))
                .findFirst().orElseThrow();
        assertThat(missing.message()).startsWith("mockup.controls.control[10] names parent 'ghost-topic'");
        assertThat(missing.location().line()).isGreaterThan(1);
    }

    @Test
    void arrowsWithoutEndsAreNotedOnce() {
        List<Diagnostic> arrows = result.diagnostics().stream().filter(d -> d.code().equals("roadmapsh-legacy-arrows")).toList();
        assertThat(arrows).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.NOTICE);
            assertThat(d.message()).startsWith("2 arrow control(s)");
        });
    }
}
