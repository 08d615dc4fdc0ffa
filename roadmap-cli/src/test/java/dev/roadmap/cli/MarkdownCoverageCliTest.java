package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown importer is never silent on the command line: a document without learnable units
 * fails {@code validate}, {@code plan} and {@code info} with exit code 1, and {@code info --explain}
 * shows which lines became skills and which blocks were left out. Also reads the outline documents
 * of {@code ../shared/corpus/markdown} when present.
 */
class MarkdownCoverageCliTest {
    private static final String PROSE = "# Thoughts on learning\n\nPractice a little every day.\n\nExplain what you learned.\n";
    private static final String OUTLINE = "# Plan\n\n- [Intro](#intro)\n- [Core](#core)\n\n## Core\n\n- ### Arrays\n"
            + "    - [ ] resizing\n- ### Lists\n    - [ ] linking\n\n## Reading\n\n- [Book](https://example.org/book)\n";

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(err.toString()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
        return new Run(code, out.toString(), err.toString());
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void proseOnlyDocumentFailsValidatePlanAndInfoWithTheNoUnitsError(@TempDir Path dir) throws IOException {
        String file = write(dir, "notes.md", PROSE).toString();

        for (String[] args : new String[][] {{"validate", file}, {"plan", file}, {"info", file}}) {
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.err()).contains(file + ":1:1: error: no learnable units found", "[no-learnable-units]");
        }
        assertThat(run("validate", file).out()).contains("invalid (0 skills, 1 error");
    }

    @Test
    void infoExplainShowsWhichLinesBecameSkillsAndWhatWasLeftOut(@TempDir Path dir) throws IOException {
        String file = write(dir, "plan.md", OUTLINE).toString();

        Run r = run("info", "--explain", file);

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("arrays  " + file + ":8:3  list-item-heading", "lists  " + file + ":10:3  list-item-heading",
                "left out (line, block, why): 2 blocks", "contents   a table of contents (2 links");
        assertThat(r.err()).contains(file + ":15:1: notice: this list became no skills");
    }

    @Test
    void corpusOutlineDocumentsValidateAndPlan() {
        Path dir = Path.of("../../shared/corpus/markdown");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("../shared/corpus/markdown");
        }
        assumeTrue(Files.isDirectory(dir), "../shared/corpus/markdown is not present");
        for (String name : new String[] {"coding-interview-university.md", "cs-self-learning-plan-zh.md", "ml-100-days-zh.md"}) {
            Path file = dir.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            Run validate = run("validate", file.toString());
            assertThat(validate.code()).as(name + ": " + validate.err()).isZero();
            assertThat(validate.out()).doesNotContain("(0 skills");
            Run plan = run("plan", file.toString(), "--hours-per-week", "10");
            assertThat(plan.code()).as(name + ": " + plan.err()).isZero();
        }
    }
}
