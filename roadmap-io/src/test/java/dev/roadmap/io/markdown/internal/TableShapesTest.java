package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.io.markdown.MarkdownImport;
import dev.roadmap.io.markdown.PrerequisiteMode;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Table reading details: located tables after paragraphs, prerequisites by name, efforts. */
class TableShapesTest {
    private static MarkdownImport read(String md) {
        try {
            return MarkdownReading.read(new ByteArrayInputStream(md.getBytes(StandardCharsets.UTF_8)), "t.md",
                    ReadLimits.defaults(), PrerequisiteMode.EXPLICIT_OR_CHAIN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aTableRightAfterAParagraphLineIsReadAndLocatedOnItsOwnLines() {
        MarkdownImport mi = read("# Plan\n\nIntro line one\nPick these:\n| Topic | Time |\n|---|---|\n| Alpha | 2 h |\n"
                + "| Beta | 3 h |\n\nAfter.\n");
        Roadmap r = mi.roadmap();
        assertThat(r.skills()).extracting(s -> s.title()).containsExactly("Alpha", "Beta");
        assertThat(r.sourceMap().locate(SourceMap.keySkill(1)).line()).isEqualTo(8);
        assertThat(r.sourceMap().locate(SourceMap.keySkillField(0, "effort")).column()).isEqualTo(11);
        assertThat(r.description()).isEqualTo("Intro line one Pick these:");
    }

    @Test
    void prerequisitesAreNamedNotSplitOnCommasInsideANameAndUnresolvedOnesAreWarnings() {
        MarkdownImport mi = read("| Course | Prerequisites |\n|---|---|\n"
                + "| Requirements, Design, and Reuse | none |\n| Implementation | Requirements, Design, and Reuse |\n"
                + "| Verification | implementation; Metaphysics |\n| Review | Requirements, Design, and Reuse / Verification |\n"
                + "| Retro | corequisite: Review |\n");
        Roadmap r = mi.roadmap();
        assertThat(r.skills().get(1).requires()).containsExactly(r.skills().get(0).id());
        assertThat(r.skills().get(2).requires()).containsExactly(r.skills().get(1).id());
        assertThat(r.skills().get(3).requires()).containsExactly(r.skills().get(0).id(), r.skills().get(2).id());
        assertThat(r.skills().get(4).requires()).isEmpty();
        assertThat(r.skills().get(4).recommends()).containsExactly(SkillId.of("review"));
        assertThat(mi.result().diagnostics()).filteredOn(d -> d.code().equals("unresolved-prerequisite"))
                .singleElement().satisfies(d -> {
                    assertThat(d.message()).contains("'Metaphysics'");
                    assertThat(d.location().line()).isEqualTo(5);
                    assertThat(d.location().column()).isEqualTo(34);
                });
    }

    @Test
    void aTableWithoutEffortsStillGivesSkillsAndOneThatIsNotASkillTableSaysWhy() {
        MarkdownImport mi = read("| Ejercicio | Vídeo |\n|---|---|\n| Variables | [▶️](https://v.example/1) |\n"
                + "| Bucles | [▶️](https://v.example/2) |\n\n| Week | Hours |\n|---|---|\n| 1 | 3 |\n| 2 | 4 |\n");
        assertThat(mi.roadmap().skills()).extracting(s -> s.title()).containsExactly("Variables", "Bucles");
        assertThat(mi.roadmap().skills().get(0).resources()).extracting(x -> x.url()).containsExactly("https://v.example/1");
        assertThat(mi.result().diagnostics()).extracting(Diagnostic::code).contains("table-not-read");
    }
}
