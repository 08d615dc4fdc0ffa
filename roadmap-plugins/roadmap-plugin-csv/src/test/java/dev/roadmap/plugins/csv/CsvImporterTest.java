package dev.roadmap.plugins.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.Status;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvImporterTest {
    private final CsvImporter importer = new CsvImporter();

    private ImportResult read(String csv, ReadLimits limits) {
        try {
            return importer.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "skills.csv", limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportException refusal(String csv) {
        return refusal(csv, ReadLimits.defaults());
    }

    private ImportException refusal(String csv, ReadLimits limits) {
        return catchThrowableOfType(ImportException.class, () -> read(csv, limits));
    }

    @Test
    void readsASpreadsheetWithColumnsInAnyOrder() {
        ImportResult result = read(CsvFormatContractTest.SPREADSHEET, ReadLimits.defaults());
        Roadmap r = result.roadmap();
        assertThat(r.id()).isEqualTo("skills");
        assertThat(r.skills()).extracting(s -> s.id().value()).containsExactly("python", "numpy", "models");
        Skill numpy = r.skill(SkillId.of("numpy")).orElseThrow();
        assertThat(numpy.title()).isEqualTo("NumPy, arrays");
        assertThat(numpy.effort()).contains(Effort.ofHours(8, 12));
        Skill models = r.skill(SkillId.of("models")).orElseThrow();
        assertThat(models.requires()).containsExactly(SkillId.of("python"), SkillId.of("numpy"));
        assertThat(models.status()).isEqualTo(Status.DOING);
        assertThat(models.optional()).isTrue();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("unknown-column");
            assertThat(d.location()).isEqualTo(SourceLocation.of("skills.csv", 1, 69));
        });
    }

    static Stream<Arguments> cellRefusals() {
        return Stream.of(
                arguments("a bad number at its cell", "id,title,effort_min_hours\na,A,1\nb,\"B, quoted\",twelve\n",
                        "invalid-number", 3, 15, List.of("twelve")),
                arguments("cells after quoted line breaks", "id,title,status\na,\"two\nlines\",todo\nb,B,finished\n",
                        "invalid-status", 4, 5, List.of("finished", "todo, doing, done or skipped")),
                arguments("an unbalanced quote at its opening quote", "id,title\na,A\nb,\"never closed\nc,C\n",
                        "malformed-csv", 3, 3, List.of()),
                arguments("text after a closing quote", "id,title\na,\"A\"x,more\n", "malformed-csv", 2, 6, List.of()));
    }

    @ParameterizedTest(name = "locates {0}")
    @MethodSource("cellRefusals")
    void locatesTheRefusedCell(String what, String csv, String code, int line, int column, List<String> message) {
        ImportException e = refusal(csv);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.location()).contains(SourceLocation.of("skills.csv", line, column));
        message.forEach(part -> assertThat(e.getMessage()).contains(part));
    }

    @Test
    void refusesASheetWithoutAColumnOfNames() {
        assertThat(refusal("effort_min_hours,status\n1,todo\n2,done\n")).satisfies(e -> {
            assertThat(e.code()).isEqualTo("missing-column");
            assertThat(e.location()).contains(SourceLocation.of("skills.csv", 1, 1));
            assertThat(e.getMessage()).contains("nor a column of skill names");
        });
        assertThat(refusal("\n\nid\n").location()).contains(SourceLocation.of("skills.csv", 3, 1));
        assertThat(refusal("").code()).isEqualTo("missing-column");
    }

    @Test
    void refusesDuplicateColumnsAndInvalidIds() {
        assertThat(refusal("id,title,Title\n").location()).contains(SourceLocation.of("skills.csv", 1, 10));
        ImportException e = refusal("id,title\n\"a b\",A\n");
        assertThat(e.code()).isEqualTo("invalid-id");
        assertThat(e.location()).contains(SourceLocation.of("skills.csv", 2, 1));
    }

    @Test
    void readsEffortBoundsAsRangesOpenEndedOrNone() {
        Roadmap r = read("id,title,effort_min_hours,effort_max_hours\na,A,2,3.5\nb,B,4,\nc,C,,6\nd,D,,\n",
                ReadLimits.defaults()).roadmap();
        assertThat(r.skills()).extracting(Skill::effort).containsExactly(java.util.Optional.of(Effort.ofHours(2, 3.5)),
                java.util.Optional.of(Effort.openEnded(4)), java.util.Optional.of(Effort.ofHours(0, 6)),
                java.util.Optional.empty());
        assertThat(refusal("id,title,effort_min_hours,effort_max_hours\na,A,5,2\n").location())
                .contains(SourceLocation.of("skills.csv", 2, 7));
    }

    @Test
    void recordsWhereSkillsEffortsAndPrerequisitesAre() {
        Roadmap r = read("id,title,effort_min_hours,requires\na,A,1,\nb,B,2,a\n", ReadLimits.defaults()).roadmap();
        assertThat(r.sourceMap().locate(SourceMap.keySkill(1))).isEqualTo(SourceLocation.of("skills.csv", 3, 1));
        assertThat(r.sourceMap().locate(SourceMap.keySkillField(1, "effort"))).isEqualTo(SourceLocation.of("skills.csv", 3, 5));
        assertThat(r.sourceMap().locate(SourceMap.keySkillEntry(1, "requires", 0)))
                .isEqualTo(SourceLocation.of("skills.csv", 3, 7));
    }

    @Test
    void removesTheFormulaGuardTheExporterAdds() {
        Roadmap r = read("id,title\na,'=SUM(1)\nb,'-->\nc,'plain\n", ReadLimits.defaults()).roadmap();
        assertThat(r.skills()).extracting(Skill::title).containsExactly("=SUM(1)", "-->", "'plain");
    }

    @Test
    void enforcesTheReadLimits() {
        String csv = "id,title\na,A\nb,B\nc,C\n";
        assertThat(refusal(csv, ReadLimits.defaults().toBuilder().maxSkills(2).build()))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.limitName()).isEqualTo("maxSkills");
                    assertThat(e.location()).contains(SourceLocation.of("skills.csv", 4, 1));
                });
        assertThat(refusal(csv, ReadLimits.defaults().toBuilder().maxDocumentBytes(10).build()))
                .isInstanceOfSatisfying(LimitExceededException.class,
                        e -> assertThat(e.limitName()).isEqualTo("maxDocumentBytes"));
        assertThat(refusal("id,title\na,\"long title\"\n", ReadLimits.defaults().toBuilder().maxStringLength(5).build()))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.limitName()).isEqualTo("maxStringLength");
                    assertThat(e.location()).contains(SourceLocation.of("skills.csv", 2, 3));
                });
        assertThat(refusal(csv, ReadLimits.defaults().toBuilder().maxTableCells(5).build()))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.limitName()).isEqualTo("maxTableCells"));
        assertThat(refusal("id,title,requires\na,A,\nb,B,a a a\n", ReadLimits.defaults().toBuilder().maxPrerequisites(2).build()))
                .isInstanceOfSatisfying(LimitExceededException.class,
                        e -> assertThat(e.limitName()).isEqualTo("maxPrerequisites"));
    }

    @Test
    void reportsInvalidUtf8WithItsPosition() {
        byte[] bytes = {'i', 'd', ',', 't', 'i', 't', 'l', 'e', '\n', 'a', ',', (byte) 0xC3, '(', '\n'};
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> importer.read(new ByteArrayInputStream(bytes), "skills.csv", ReadLimits.defaults()));
        assertThat(e.code()).isEqualTo("invalid-encoding");
        assertThat(e.location()).contains(SourceLocation.of("skills.csv", 2, 3));
    }

    @Test
    @Timeout(30)
    void readsTwentyThousandRowsInLinearTime() {
        StringBuilder b = new StringBuilder("id,title,effort_min_hours,requires\n");
        for (int i = 0; i < 20_000; i++) {
            b.append('s').append(i).append(",Skill ").append(i).append(",2,").append(i > 0 ? "s" + (i - 1) : "").append('\n');
        }
        assertThat(read(b.toString(), ReadLimits.defaults()).roadmap().size()).isEqualTo(20_000);
    }

    @Test
    void sniffsHeadersWithIdAndTitle() {
        byte[] head = "\uFEFF\"ID\", Title ,effort_min_hours\n".getBytes(StandardCharsets.UTF_8);
        assertThat(importer.sniff("skills.csv", head)).isEqualTo(0.9);
        assertThat(importer.sniff("skills.txt", head)).isEqualTo(0.6);
        assertThat(importer.sniff("other.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))).isLessThan(0.5);
        assertThat(importer.sniff("x.json", "{\"id\": \"title\"}".getBytes(StandardCharsets.UTF_8))).isZero();
    }

    @Test
    void skipsBlankRows() {
        assertThat(read("id,title\n\na,A\n,\n\nb,B\n", ReadLimits.defaults()).roadmap().skills())
                .extracting(s -> s.id().value()).isEqualTo(List.of("a", "b"));
    }
}
