package dev.roadmap.io.json.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.io.ProgressLogReader;
import dev.roadmap.io.schema.Schemas;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProgressJsonImporterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 20);

    private static String golden() throws IOException {
        try (InputStream in = ProgressJsonImporterTest.class.getResourceAsStream("/progress/log.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ProgressLog read(String json) throws IOException {
        return new ProgressJsonImporter().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "p.json",
                Optional.empty(), TODAY, ReadLimits.defaults());
    }

    @Test
    void readsTheGoldenLogAndWritesItBackByteForByte() throws IOException {
        ProgressLog log = read(golden());
        assertThat(log.roadmap()).isEqualTo("study");
        assertThat(log.entries()).hasSize(3);
        ProgressEntry second = log.entries().get(1);
        assertThat(second.date()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(second.skill()).isEqualTo(SkillId.of("basics"));
        assertThat(second.hours()).isEqualTo(3.0);
        assertThat(second.ticked()).containsExactly("Variables", "Loops");
        assertThat(second.status()).contains(Status.DOING);
        assertThat(second.note()).contains("chapter 2 done");
        assertThat(second.location().line()).isEqualTo(11);
        assertThat(log.entries().get(0).status()).isEmpty();
        assertThat(ProgressJsonWriter.writeToString(log)).isEqualTo(golden());
    }

    @Test
    void writtenLogsMatchTheSchema() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Schemas.progress());
        String written = ProgressJsonWriter.writeToString(ProgressLog.empty("x")
                .append(ProgressEntry.of(TODAY, SkillId.of("a"), 1.25).withStatus(Status.DONE).withNote("n")));
        assertThat(schema.validate(new ObjectMapper().readTree(written))).isEmpty();
        assertThat(schema.validate(new ObjectMapper().readTree(golden()))).isEmpty();
        assertThat(read(written).entries().get(0).hours()).isEqualTo(1.25);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"format": "roadmap/1", "entries": []}|progress-wrong-format|1|12
            [1]|progress-wrong-format|1|1
            {"format": "roadmap-progress/1"}|progress-missing-field|1|1
            {"format": "roadmap-progress/1", "entries": {}}|progress-wrong-type|1|45
            {"format": "roadmap-progress/1", "entries": [\\n {"skill": "a"}]}|progress-missing-field|2|2
            {"format": "roadmap-progress/1", "entries": [\\n {"date": "2026-13-01", "skill": "a"}]}|progress-bad-date|2|11
            {"format": "roadmap-progress/1", "entries": [\\n {"date": "9 Dec", "skill": "a"}]}|progress-bad-date|2|11
            {"format": "roadmap-progress/1", "entries": [\\n {"date": 20261209, "skill": "a"}]}|progress-bad-date|2|11
            {"format": "roadmap-progress/1", "entries": [\\n {"date": "2026-12-09", "skill": "a", "hours": -1}]}|progress-negative-hours|2|48
            {"format": "roadmap-progress/1", "entries": [\\n {"date": "2026-12-09", "skill": "a", "hours": "2h"}]}|progress-bad-hours|2|48
            {"format": "roadmap-progress/1", "entries": [\\n {"date": "2026-12-09", "skill": "a b"}]}|progress-bad-skill|2|34
            {"format": "roadmap-progress/1", "entries": [\\n {"date": "2026-12-09", "skill": "a", "status": "finished"}]}|progress-bad-status|2|49
            {"format": "roadmap-progress/1", "entries": [\\n {"date": "2026-12-09", "skill": "a", "ticked": "x"}]}|progress-wrong-type|2|49
            {"format": "roadmap-progress/1", "entries": [\\n 3]}|progress-wrong-type|2|2
            """)
    void malformedLogsAreLocatedErrorsWithACode(String json, String code, int line, int column) {
        assertThatThrownBy(() -> read(json.replace("\\n", "\n"))).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.location()).hasValueSatisfying(l -> {
                assertThat(l.source()).isEqualTo("p.json");
                assertThat(l.line()).isEqualTo(line);
                assertThat(l.column()).isEqualTo(column);
            });
        });
    }

    @Test
    void sniffsTheNativeFormatOnlyAndTheReaderRefusesOthersLocated() {
        ProgressJsonImporter importer = new ProgressJsonImporter();
        assertThat(importer.sniff("x.json", "{\"format\": \"roadmap-progress/1\"}".getBytes(StandardCharsets.UTF_8))).isGreaterThan(0.9);
        assertThat(importer.sniff("x.json", "{\"format\": \"roadmap/1\"}".getBytes(StandardCharsets.UTF_8))).isZero();
        assertThat(importer.sniff("x.json", "# title".getBytes(StandardCharsets.UTF_8))).isZero();
        assertThatThrownBy(() -> ProgressLogReader.nativeOnly().read("{\"done\": []}".getBytes(StandardCharsets.UTF_8), "p.json",
                Optional.empty(), TODAY, ReadLimits.defaults())).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.code()).isEqualTo(ProgressLogReader.UNKNOWN_FORMAT));
    }

    @Test
    void theReaderFindsTheNativeImporterThroughTheServiceLoaderOnce() throws IOException {
        ProgressLogReader reader = ProgressLogReader.load(getClass().getClassLoader());
        assertThat(reader.importers()).filteredOn(i -> i instanceof ProgressJsonImporter).hasSize(1);
        assertThat(reader.read(golden().getBytes(StandardCharsets.UTF_8), "dir/log.json", Optional.empty(), TODAY,
                ReadLimits.defaults()).entries()).hasSize(3);
        assertThat(List.of(ProgressJsonImporter.FORMAT)).containsExactly("roadmap-progress/1");
    }
}
