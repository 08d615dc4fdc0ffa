package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CliTest {

    /** Output of one CLI run. */
    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        Run r = new Run(code, out.toString(), err.toString());
        assertThat(r.err()).as("no stack trace on stderr").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.out()).as("no stack trace on stdout").doesNotContain("\tat ");
        return r;
    }

    static String fixture(String name) {
        try {
            return Path.of(CliTest.class.getResource("/cli/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void validRoadmapValidatesWithExitZero() {
        Run r = run("validate", fixture("valid.json"));
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("valid.json: valid (3 skills, 0 errors, 0 warnings)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void cycleExitsOneWithOneErrorNamingTheSkillsInOrderAtTheClosingLine() {
        Run r = run("validate", fixture("cycle.json"));
        assertThat(r.code()).isEqualTo(1);
        List<String> errors = r.errLines().stream().filter(l -> l.contains(": error: ")).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).matches(".*cycle\\.json:8:\\d+: error: prerequisite cycle: a -> b -> c -> a .*\\[cycle]");
    }

    static Stream<Arguments> invalidRoadmaps() {
        return Stream.of(
                arguments("an unknown prerequisite, named", "unknown-prerequisite.json",
                        List.of("unknown-prerequisite\\.json:7:\\d+: error: .*'quantum-physics'.*\\[unknown-prerequisite]"), ""),
                arguments("malformed JSON: one located error, no stack trace", "malformed.json",
                        List.of("malformed\\.json:6:\\d+: error: .*\\[malformed-json]"), "unreadable"),
                arguments("an unreadable effort is an error, a missing one a warning", "bad-effort.json",
                        List.of("bad-effort\\.json:5:\\d+: error: cannot read effort 'a few weeks'.*\\[unparseable-effort]",
                                "bad-effort\\.json:6:\\d+: warning: .*\\[missing-effort]"), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRoadmaps")
    void anInvalidRoadmapExitsOneWithLocatedDiagnostics(String what, String file, List<String> errPatterns, String out) {
        Run r = run("validate", fixture(file));
        assertThat(r.code()).isEqualTo(1);
        errPatterns.forEach(pattern -> assertThat(r.err()).containsPattern(pattern));
        assertThat(r.out()).contains(out);
    }

    @Test
    void aMisspeltFieldIsALocatedWarningWithASuggestionThatFailsOnlyWhenAsked() {
        Run r = run("validate", fixture("misspelt-field.json"));
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("misspelt-field.json:6:47: warning: skills[1] has unknown field \"requries\"; "
                + "did you mean \"requires\"?").contains("[unknown-field]");
        assertThat(r.out()).contains("1 warning");
        assertThat(run("validate", "--fail-on", "warning", fixture("misspelt-field.json")).code()).isEqualTo(1);
    }

    @Test
    void validateSeveralFilesFailsWhenAnyIsInvalid() {
        Run r = run("validate", fixture("valid.json"), fixture("cycle.json"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("valid.json: valid").contains("cycle.json: invalid");
    }

    @Test
    void validateAsJsonReportsEveryDiagnosticWithItsLocation() {
        Run r = run("validate", "--format", "json", fixture("unknown-prerequisite.json"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("\"valid\" : false").contains("\"code\" : \"unknown-prerequisite\"")
                .contains("\"line\" : 7");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validateForCiNamesFileLineAndRule() {
        Run github = run("validate", "--format", "github", fixture("cycle.json"));
        assertThat(github.code()).isEqualTo(1);
        assertThat(github.out()).containsPattern("::error file=.*cycle\\.json,line=8,col=\\d+,title=cycle::prerequisite cycle");
        Run sarif = run("validate", "--format", "sarif", fixture("unknown-prerequisite.json"));
        assertThat(sarif.out()).contains("\"version\" : \"2.1.0\"").contains("\"ruleId\" : \"unknown-prerequisite\"")
                .contains("\"startLine\" : 7");
        Run junit = run("validate", "--format", "junit", fixture("valid.json"), fixture("cycle.json"));
        assertThat(junit.out()).contains("tests=\"2\" failures=\"1\"");
    }

    @Test
    void failOnWarningTurnsWarningsIntoAFailingExit() {
        Path dir = Path.of(fixture("valid.json")).getParent();
        String warningsOnly = dir.resolve("warnings-only.json").toString();
        assertThat(run("validate", warningsOnly).code()).isZero();
        assertThat(run("validate", "--fail-on", "warning", warningsOnly).code()).isEqualTo(1);
        assertThat(run("validate", "--fail-on", "warning", fixture("valid.json")).code()).isZero();
    }

    @Test
    void missingFileIsAnInputError() {
        Run r = run("validate", "no/such/file.json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no/such/file.json:1:1: error: no such file [io-error]");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("validate").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("validate", "--format", "xml", fixture("valid.json")).code()).isEqualTo(2);
        Run r = run("plan", fixture("valid.json"), "--hours-per-week", "5", "--track-hours", "a=1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("mutually exclusive");
        assertThat(run("plan", fixture("valid.json"), "--hours-per-week", "-3").code()).isEqualTo(2);
        assertThat(run("plan", fixture("valid.json"), "--start", "tomorrow").code()).isEqualTo(2);
        assertThat(run("convert", fixture("valid.json"), "--to", "nonsense").code()).isEqualTo(2);
        assertThat(run("path", fixture("valid.json")).code()).isEqualTo(2);
    }

    @Test
    void debugShowsTheStackTraceForBugReports() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"--debug", "validate", fixture("malformed.json")},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("malformed-json");
        Run plain = run("info", fixture("malformed.json"));
        assertThat(plain.code()).isEqualTo(1);
        assertThat(plain.err()).contains("[malformed-json]");
        StringWriter debugErr = new StringWriter();
        Main.run(new String[] {"--debug", "info", fixture("malformed.json")}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(debugErr, true));
        assertThat(debugErr.toString()).contains("ImportException").contains("\tat ");
    }

    @Test
    void directoryInsteadOfFileIsAnInputError(@TempDir Path dir) {
        Run r = run("info", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("is a directory");
    }

    @Test
    void helpExitsZero() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("validate").contains("plan").contains("demo");
    }

    @Test
    void infoSummarisesCountsEffortCriticalPathAndLayers() {
        Run r = run("info", fixture("valid.json"));
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Skills:        3 (3 flexible")
                .contains("Total effort:  25-35 h")
                .contains("Critical path: a -> b -> c")
                .contains("Layers:        3");
    }

    @Test
    void infoOnCyclicRoadmapExitsOneButStillSummarises() {
        Run r = run("info", fixture("cycle.json"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Critical path: unavailable (prerequisite cycle)");
    }

    @Test
    void pathListsEverythingNeededInOrder() {
        Run r = run("path", fixture("valid.json"), "--target", "c");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().toList()).first().asString().contains("a").contains("Alpha");
        assertThat(r.out()).contains("3 skills");
        Run unknown = run("path", fixture("valid.json"), "--target", "zeta");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown skill 'zeta'");
    }

    @Test
    void convertToJsonWritesAReimportableDocument(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.json");
        Run r = run("convert", fixture("valid.json"), "--to", "json", "-o", out.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(out)).contains("\"format\": \"roadmap/1\"").contains("\"id\": \"small\"");
        assertThat(run("validate", out.toString()).code()).isZero();
        Run stdout = run("convert", fixture("valid.json"), "--to", "json");
        assertThat(stdout.out()).isEqualTo(Files.readString(out));
    }

    @Test
    void batchConversionOfADirectoryConvertsTheGoodFilesAndReportsTheBadOne(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of(fixture("valid.json")), in.resolve("valid.json"));
        Files.copy(Path.of(fixture("cycle.json")), in.resolve("cycle.json"));
        Files.copy(Path.of(fixture("malformed.json")), in.resolve("malformed.json"));
        Path out = dir.resolve("out");
        Run r = run("convert", in.toString(), "--to", "markdown", "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("malformed.json:6:").contains("converted 2, failed 1, 0 warnings");
        assertThat(out.resolve("valid.md")).exists();
        assertThat(out.resolve("cycle.md")).exists();
        assertThat(out.resolve("malformed.md")).doesNotExist();
        assertThat(run("convert", in.toString(), "--to", "json").code()).as("-o is required").isEqualTo(2);
    }

    @Test
    void failedConversionLeavesThePreviousOutputUntouched(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.json");
        Files.writeString(out, "previous");
        assertThat(run("convert", fixture("malformed.json"), "--to", "json", "-o", out.toString()).code()).isEqualTo(1);
        assertThat(Files.readString(out)).isEqualTo("previous");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void formatsListsProvidersWithOrigin() {
        Run r = run("formats");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Importers:").containsPattern("\\s+json\\s+")
                .contains("Schedulers:").contains("week-packing").contains("Validation rules:").contains("cycle");
    }

    @Test
    void planWritesPlanJson() {
        Run r = run("plan", fixture("valid.json"), "--hours-per-week", "10", "--start", "2026-12-07", "--to", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"format\"").contains("roadmap-plan/1").contains("2026-12-07");
    }

    @Test
    void planRefusesCyclesAndUnknownTargets() {
        assertThat(run("plan", fixture("cycle.json"), "--hours-per-week", "10").code()).isEqualTo(1);
        Run r = run("plan", fixture("valid.json"), "--hours-per-week", "10", "--target", "zeta");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("zeta");
    }

    @Test
    void demoPlansTheBundledRoadmap() {
        Run r = run("demo", "--start", "2026-12-07");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("2026-12-07");
    }

    @Test
    void plansAPsplibInstanceAtEveryEffortLevelWithItsResourceAvailabilities() {
        for (String effort : new String[] {"fast", "balanced", "thorough"}) {
            Run r = run("plan", fixture("tiny.sm"), "--start", "2026-12-07", "--effort", effort, "--seed", "7", "--to", "json");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("\"totalWeeks\": 6").contains("\"r1\": 4");
        }
        assertThat(run("plan", fixture("tiny.sm"), "--effort", "exhaustive").code()).isEqualTo(2);
    }
}
