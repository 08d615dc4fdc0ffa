package dev.roadmap.plugins.casejson;

import static dev.roadmap.plugins.testkit.Skills.ids;
import static dev.roadmap.plugins.testkit.Skills.skill;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Group;
import dev.roadmap.core.Resource;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.Topic;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Severity;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.plugins.testkit.Resources;
import dev.roadmap.spi.ImportResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseImporterTest {
    static final String FRAMEWORK = Resources.text("/case/framework.json");

    private final ImportResult result = new CaseImporter().read(FRAMEWORK, "framework.json");
    private final Roadmap roadmap = result.roadmap();

    @Test
    void hierarchyGivesGroupsAndSkillsInSequenceOrder() {
        assertThat(roadmap.title()).isEqualTo("Data literacy (fixture framework)");
        assertThat(roadmap.description()).startsWith("A small framework");
        assertThat(roadmap.language()).isEqualTo("en");
        assertThat(roadmap.groups()).extracting(Group::id, Group::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DL.1", "Foundations"),
                org.assertj.core.groups.Tuple.tuple("DL.2", "Working with charts"));
        assertThat(roadmap.skills()).extracting(s -> s.id().value())
                .containsExactly("DL.1.1", "DL.1.2", "describe-spread", "DL.2.1", "DL.2.2");
        assertThat(skill(roadmap, "DL.2.1").group()).isEqualTo("DL.2");
        assertThat(skill(roadmap, "describe-spread").group()).isEqualTo("DL.1");
        assertThat(skill(roadmap, "DL.2.1").description()).isEqualTo("Describe what a bar or line chart shows.");
    }

    @Test
    void topicTypedChildrenBecomeTheChecklistOfTheirSkillInSequenceOrder() {
        assertThat(skill(roadmap, "DL.2.2").topics()).extracting(Topic::title).containsExactly("Label the axes", "Choose a scale");
    }

    @Test
    void precedesGivesPrerequisitesAndRelatedOrPeerGiveSoftLinks() {
        assertThat(skill(roadmap, "DL.1.2").requires()).isEqualTo(ids("DL.1.1"));
        assertThat(skill(roadmap, "describe-spread").requires()).isEqualTo(ids("DL.1.2"));
        assertThat(skill(roadmap, "DL.2.2").requires()).isEqualTo(ids("DL.1.1", "DL.2.1"));
        assertThat(skill(roadmap, "DL.2.1").recommends()).isEqualTo(ids("DL.1.1"));
        assertThat(skill(roadmap, "describe-spread").recommends()).isEqualTo(ids("DL.1.2"));
        assertThat(Validator.standard().validate(roadmap).diagnostics()).noneMatch(Diagnostic::isError);
    }

    @Test
    void exemplarGivesAResource() {
        assertThat(skill(roadmap, "DL.2.2").resources()).extracting(Resource::title, Resource::url).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Chart-making worked example", "https://example.org/worked-example"));
    }

    @Test
    void associationsPointingOutsideThePackageAreKeptWithANoticeNotAFailure() {
        assertThat(skill(roadmap, "DL.1.1").requires()).isEmpty();
        List<Diagnostic> external = result.diagnostics().stream().filter(d -> d.code().equals("case-external-reference")).toList();
        assertThat(external).hasSize(2).allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.NOTICE));
        assertThat(external.get(0).message()).startsWith("CFAssociations[16] (precedes) points outside the package to "
                + "'Counting to 100 (another framework)'");
        assertThat(external.get(0).location().line()).isGreaterThan(1);
        assertThat(roadmap.extensions().get("x-case-associations")).hasValueSatisfying(v -> assertThat(v)
                .contains("Counting to 100 (another framework)").contains("Measures of centre (state standard)")
                .contains("hasSkillLevel"));
        assertThat(result.diagnostics()).noneMatch(d -> d.severity() == Severity.WARNING || d.isError());
    }

    @Test
    void keptAssociationsAndIdentifiersSurviveExportAndImport() {
        String exported = new CaseExporter().writeToString(roadmap);
        Roadmap back = new CaseImporter().read(exported, "back.json").roadmap();
        assertThat(back.extensions().get("x-case-associations")).isEqualTo(roadmap.extensions().get("x-case-associations"));
        assertThat(CaseFormatContractTest.carry(back)).isEqualTo(CaseFormatContractTest.carry(roadmap).withId(back.id()));
        assertThat(exported).contains("\"identifier\" : \"" + identifierOf("DL.1.1") + "\"");
    }

    @Test
    void packageWrappedInCFPackageIsReadAndAParentOutsideItIsAnExternalReference() {
        ImportResult wrapped = new CaseImporter().read(Resources.text("/case/wrapped.json"), "wrapped.json");
        assertThat(wrapped.roadmap().skills()).extracting(Skill::title).containsExactly("Read a chart");
        assertThat(wrapped.roadmap().skill(0).group()).isEmpty();
        assertThat(wrapped.diagnostics()).extracting(Diagnostic::code).containsExactly("case-external-reference");
    }

    private String identifierOf(String skill) {
        String ext = skill(roadmap, skill).extensions().get("x-case").orElseThrow();
        return ext.replaceAll(".*\"identifier\":\"([^\"]+)\".*", "$1");
    }
}
