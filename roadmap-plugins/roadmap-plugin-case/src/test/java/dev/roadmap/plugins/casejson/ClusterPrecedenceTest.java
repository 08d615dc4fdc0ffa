package dev.roadmap.plugins.casejson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Group;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.io.json.tree.Json;
import dev.roadmap.io.json.tree.JsonTreeReader;
import dev.roadmap.plugins.casejson.internal.CasePackageReader;
import dev.roadmap.plugins.casejson.internal.ClusterPrecedence;
import dev.roadmap.plugins.testkit.Resources;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code precedes} between clusters (items with children): every later skill requires the earlier cluster. */
class ClusterPrecedenceTest {
    static final String CLUSTERS = Resources.text("/case/clusters.json");

    private final ImportResult result = new CaseImporter().read(CLUSTERS, "clusters.json");
    private final Roadmap roadmap = result.roadmap();

    private List<String> requires(String id) {
        return roadmap.skill(SkillId.of(id)).orElseThrow().requires().stream().map(SkillId::value).toList();
    }

    @Test
    void entrySkillsOfTheLaterClusterRequireTheTerminalSkillsOfTheEarlierOne() {
        assertThat(roadmap.groups()).extracting(Group::title).containsExactly("Basics", "Advanced", "Projects", "Small projects");
        // Basics: B1 -> B2, B3 alone: terminals B2 and B3. Advanced: A1 -> A2: entry A1.
        assertThat(requires("A1")).containsExactly("B2", "B3");
        assertThat(requires("A2")).containsExactly("A1");
        // a cluster holding a subcluster: its skills are those of the subcluster too
        assertThat(requires("P1")).containsExactly("A2");
        // a skill preceding a cluster: the cluster's entry skills require it
        assertThat(requires("B1")).containsExactly("S0");
        assertThat(requires("B3")).containsExactly("S0");
        assertThat(requires("B2")).containsExactly("B1");
    }

    @Test
    void everyLaterSkillTransitivelyRequiresEveryEarlierOne() {
        assertThat(Validator.standard().validate(roadmap).errors()).isEmpty();
        PrerequisiteGraph graph = PrerequisiteGraph.of(roadmap);
        for (String later : List.of("A1", "A2", "P1")) {
            for (String earlier : List.of("B1", "B2", "B3")) {
                assertThat(graph.ancestorsOf(SkillId.of(later))).as(later + " needs " + earlier).contains(SkillId.of(earlier));
            }
        }
    }

    @Test
    void eachClusterAssociationIsANoticeAndAnOverlappingOneIsStillKept() {
        List<Diagnostic> read = result.diagnostics().stream().filter(d -> d.code().equals("case-cluster-precedes")).toList();
        assertThat(read).extracting(Diagnostic::message).containsExactly(
                "precedes from cluster 'Basics' to cluster 'Advanced': every skill of the second requires the first (2 prerequisites added)",
                "precedes from cluster 'Advanced' to cluster 'Projects': every skill of the second requires the first (1 prerequisite added)",
                "precedes from skill 'S0' to cluster 'Basics': every skill of the second requires the first (2 prerequisites added)");
        assertThat(read).allSatisfy(d -> assertThat(d.location().line()).isGreaterThan(1));
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("case-association-kept")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("(precedes)"));
    }

    @Test
    void exportAndImportAgainGivesTheSamePrerequisites() {
        Roadmap back = new CaseImporter().read(new CaseExporter().writeToString(roadmap), "back.json").roadmap();
        assertThat(back.skills()).extracting(s -> s.id() + " <- " + s.requires())
                .containsExactlyElementsOf(roadmap.skills().stream().map(s -> s.id() + " <- " + s.requires()).toList());
    }

    @Test
    void theAddedPrerequisitesCountAgainstTheLimit() throws java.io.IOException {
        Json root = JsonTreeReader.read(new java.io.ByteArrayInputStream(CLUSTERS.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "clusters.json", ReadLimits.defaults());
        ImportResult read = new CasePackageReader(ReadLimits.defaults(), "clusters.json").read(root);
        assertThat(read.roadmap().skills()).extracting(s -> s.requires().size()).containsOnly(0, 1); // 2 in all

        assertThat(ClusterPrecedence.apply(root, read, ReadLimits.defaults().toBuilder().maxPrerequisites(7).build())
                .roadmap().skills().stream().mapToInt(s -> s.requires().size()).sum()).isEqualTo(7);
        assertThatThrownBy(() -> ClusterPrecedence.apply(root, read, ReadLimits.defaults().toBuilder().maxPrerequisites(6).build()))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("maxPrerequisites");
    }

    @Test
    void aPackageWithoutClusterAssociationsReadsAsTheReaderReadsIt() throws java.io.IOException {
        Json root = JsonTreeReader.read(new java.io.ByteArrayInputStream(
                CaseImporterTest.FRAMEWORK.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "framework.json", ReadLimits.defaults());
        ImportResult read = new CasePackageReader(ReadLimits.defaults(), "framework.json").read(root);
        ImportResult applied = ClusterPrecedence.apply(root, read, ReadLimits.defaults());
        assertThat(applied.roadmap()).isEqualTo(read.roadmap());
        assertThat(applied.diagnostics()).isEqualTo(read.diagnostics());
    }
}
