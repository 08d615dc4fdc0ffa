package dev.roadmap.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.core.validate.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The JSON importer resolves {@code requires} entries as it reads them and hands the resolution to
 * the prerequisite graph ({@link PrerequisiteGraph#ofResolved}). On random documents with forward
 * and backward references, unknown ids, self-references, repeats, duplicate skill ids and pace
 * after the skills, the imported roadmap's graph and validation equal those of the same roadmap
 * rebuilt (whose graph resolves every entry by id).
 */
class JsonResolvedGraphTest {
    private static final int CASES = 400;

    @Test
    void theImportersResolutionGivesTheGraphAndReportOfAFreshResolution() {
        Random random = new Random(31);
        int edges = 0;
        for (int c = 0; c < CASES; c++) {
            Roadmap imported = new JsonImporter().read(document(random), "random.json").roadmap();
            Roadmap rebuilt = imported.toBuilder().build();
            PrerequisiteGraph fast = PrerequisiteGraph.of(imported);
            PrerequisiteGraph usual = PrerequisiteGraph.of(rebuilt);
            assertThat(fast).as("case %d: a graph of its own", c).isNotSameAs(usual);
            assertThat(fast.requiresRows()).as("case %d", c).isDeepEqualTo(usual.requiresRows());
            assertThat(fast.skillsWithDanglingPrerequisites()).as("case %d", c).isEqualTo(usual.skillsWithDanglingPrerequisites());
            for (int i = 0; i < imported.size(); i++) {
                assertThat(fast.dependentsOf(i)).as("case %d skill %d", c, i).isEqualTo(usual.dependentsOf(i));
            }
            assertThat(fast.isAcyclic()).isEqualTo(usual.isAcyclic());
            assertThat(Validator.standard().validate(imported)).as("case %d", c).isEqualTo(Validator.standard().validate(rebuilt));
            edges += fast.edgeCount();
        }
        assertThat(edges).as("the documents have edges").isGreaterThan(CASES);
    }

    /** Up to 25 skills, each requiring up to 4 ids: known (either direction), unknown, its own, repeated. */
    private static String document(Random random) {
        int n = 1 + random.nextInt(25);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(random.nextInt(15) == 0 && i > 0 ? ids.get(random.nextInt(i)) : "s" + i);
        }
        StringBuilder doc = new StringBuilder("{\"format\": \"roadmap/1\", \"id\": \"r\", \"skills\": [");
        for (int i = 0; i < n; i++) {
            doc.append(i == 0 ? "" : ",").append("\n{\"id\": \"").append(ids.get(i)).append("\", \"effort\": \"")
                    .append(1 + random.nextInt(3)).append(" weeks\", \"requires\": [");
            int entries = random.nextInt(5);
            for (int k = 0; k < entries; k++) {
                int kind = random.nextInt(12);
                String id = kind == 0 ? "ghost" : kind == 1 ? ids.get(i) : ids.get(random.nextInt(n));
                doc.append(k == 0 ? "" : ", ").append('"').append(id).append('"');
            }
            doc.append("]}");
        }
        doc.append("]");
        if (random.nextBoolean()) {
            doc.append(", \"pace\": {\"hoursPerWeek\": ").append(1 + random.nextInt(20)).append('}');
        }
        return doc.append("}").toString();
    }
}
