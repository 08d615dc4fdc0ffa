package dev.roadmap.cli;

import static dev.roadmap.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.io.json.tree.Json;
import dev.roadmap.io.json.tree.JsonTreeReader;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code roadmap log}, {@code plan --progress} and {@code status} (issue 15, points 5 and 6). */
class ProgressCliTest {
    private static final LocalDate START = LocalDate.of(2026, 12, 7);

    private static Json parse(String text) throws IOException {
        return JsonTreeReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "out", ReadLimits.defaults());
    }

    private static Json parse(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    private static Json at(Json node, Object... path) {
        Json n = node;
        for (Object p : path) {
            n = p instanceof Integer i ? n.elements().get(i) : n.get((String) p).orElseThrow(() -> new AssertionError("no " + p));
        }
        return n;
    }

    private static double num(Json node, Object... path) {
        return Double.parseDouble(at(node, path).scalar());
    }

    private static String str(Json node, Object... path) {
        return at(node, path).scalar();
    }

    @TempDir
    Path dir;
    private Path roadmap;
    private Path log;

    @BeforeEach
    void writeRoadmap() throws IOException {
        StringBuilder skills = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            skills.append(i > 1 ? ",\n" : "").append("  {\"id\": \"s").append(i).append("\", \"title\": \"Skill ").append(i)
                    .append("\", \"effort\": \"20h\"").append(i > 1 ? ", \"requires\": [\"s" + (i - 1) + "\"]" : "")
                    .append(i == 1 ? ", \"topics\": [{\"title\": \"Basics\", \"done\": false}]" : "").append("}");
        }
        roadmap = dir.resolve("course.json");
        Files.writeString(roadmap, "{\"format\": \"roadmap/1\", \"id\": \"course\", \"title\": \"Course\",\n"
                + " \"pace\": {\"hoursPerWeek\": 10},\n \"skills\": [\n" + skills + "\n ]}\n");
        log = dir.resolve("progress.json");
    }

    /** Logs a week's hours on the chain s1..s5 in order, one entry per skill touched, on the week's Wednesday. */
    private double logWeek(int week, double hours, double alreadyLogged) {
        double done = alreadyLogged;
        double left = hours;
        while (left > 1e-9) {
            int skill = (int) (done / 20) + 1;
            double take = Math.min(left, 20 * skill - done);
            List<String> args = new ArrayList<>(List.of("log", log.toString(), "--skill", "s" + skill, "--hours", Double.toString(take),
                    "--date", START.plusWeeks(week - 1).plusDays(2).toString(), "--roadmap", roadmap.toString()));
            if (done + take >= 20 * skill - 1e-9) {
                args.addAll(List.of("--status", "done"));
            }
            CliTest.Run r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(r.err()).isZero();
            done += take;
            left -= take;
        }
        return done;
    }

    private Json status(LocalDate today, Path baseline) throws IOException {
        CliTest.Run r = run("status", roadmap.toString(), "--progress", log.toString(), "--baseline", baseline.toString(),
                "--today", today.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        return parse(r.out());
    }

    @Test
    void tenWeekScenarioLogPlanAndStatusBehindThenAhead() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        assertThat(run("plan", roadmap.toString(), "--start", START.toString(), "--to", "json", "-o", baseline.toString()).code()).isZero();
        assertThat(num(parse(baseline), "totalWeeks")).isEqualTo(10);

        double logged = logWeek(1, 10, 0);
        logged = logWeek(2, 5, logged);
        logged = logWeek(3, 5, logged);
        Json behind = status(START.plusWeeks(3), baseline);
        assertThat(str(behind, "format")).isEqualTo("roadmap-status/1");
        assertThat(num(behind, "hoursLogged")).isEqualTo(20);
        assertThat(num(behind, "hoursRemaining")).isEqualTo(80);
        assertThat(num(behind, "percentDone")).isEqualTo(20);
        assertThat((int) num(behind, "skillsDone")).isEqualTo(1);
        assertThat((int) num(behind, "skillsTotal")).isEqualTo(5);
        assertThat(str(behind, "baselineFinish")).isEqualTo("2027-02-14");
        assertThat(str(behind, "projectedFinish")).isEqualTo("2027-02-21");
        assertThat((int) num(behind, "weeksBehind")).isEqualTo(1);

        CliTest.Run plan = run("plan", roadmap.toString(), "--progress", log.toString(), "--today", START.plusWeeks(3).toString(),
                "--to", "json");
        assertThat(plan.code()).as(plan.err()).isZero();
        Json weeks = at(parse(plan.out()), "weeks");
        assertThat(weeks.elements()).hasSize(11);
        for (int w = 0; w < 3; w++) {
            assertThat(str(weeks, w, "actual")).isEqualTo("true");
        }
        assertThat(num(weeks, 1, "allocations", 0, "hours")).isEqualTo(5.0);
        assertThat(at(weeks, 3).get("actual")).isEmpty();
        assertThat(str(weeks, 3, "start")).isEqualTo("2026-12-28");

        CliTest.Run textPlan = run("plan", roadmap.toString(), "--progress", log.toString(), "--today", START.plusWeeks(3).toString());
        assertThat(textPlan.out().lines().filter(l -> l.endsWith("[logged]"))).hasSize(3);

        logged = logWeek(4, 30, logged);
        Json ahead = status(START.plusWeeks(4), baseline);
        assertThat(num(ahead, "hoursLogged")).isEqualTo(50);
        assertThat((int) num(ahead, "weeksBehind")).isEqualTo(-1);
        assertThat(str(ahead, "projectedFinish")).isEqualTo("2027-02-07");
        assertThat(str(ahead, "skills", 2, "status")).isEqualTo("doing");
        assertThat(num(ahead, "skills", 2, "loggedHours")).isEqualTo(10);

        CliTest.Run text = run("status", roadmap.toString(), "--progress", log.toString(), "--baseline", baseline.toString(),
                "--today", START.plusWeeks(4).toString());
        assertThat(text.out()).contains("1 week ahead").contains("50 h logged");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown skill|--skill ghost --hours 1 --date 2026-12-08|1|progress-unknown-skill
            unknown topic|--skill s1 --tick Nope --date 2026-12-08|1|progress-unknown-topic
            week over 168 h|--skill s1 --hours 100 --date 2026-12-09|1|progress-week-over-168h
            negative hours|--skill s1 --hours -1 --date 2026-12-08|2|--hours
            non-numeric hours|--skill s1 --hours two --date 2026-12-08|2|--hours
            hours over a week|--skill s1 --hours 169 --date 2026-12-08|2|--hours
            malformed date|--skill s1 --hours 1 --date 2026-12-32|2|--date
            date without dashes|--skill s1 --hours 1 --date 20261208|2|--date
            bad status|--skill s1 --status finished --date 2026-12-08|2|--status
            bad skill id|--skill 'a b' --date 2026-12-08|2|--skill
            """)
    void badEntriesAreRefusedAndTheFileIsLeftAsItWas(String what, String options, int code, String message) throws IOException {
        assertThat(run("log", log.toString(), "--skill", "s1", "--hours", "70", "--date", "2026-12-08", "--roadmap",
                roadmap.toString()).code()).isZero();
        String before = Files.readString(log);
        List<String> args = new ArrayList<>(List.of("log", log.toString(), "--roadmap", roadmap.toString()));
        for (String o : options.split(" ")) {
            args.add(o.equals("'a") ? "a" : o.equals("b'") ? "b" : o);
        }
        if (options.contains("'a b'")) {
            args.remove("a");
            args.remove("b");
            args.add(args.indexOf("--skill") + 1, "a b");
        }
        CliTest.Run r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(what + ": " + r.err()).isEqualTo(code);
        assertThat(r.err()).contains(message);
        if (code == 1) {
            assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith(log + ":1:1: error: ").endsWith("[" + message + "]"));
        }
        assertThat(Files.readString(log)).isEqualTo(before);
    }

    @Test
    void missingSkillIsAUsageError() {
        assertThat(run("log", log.toString(), "--hours", "1").code()).isEqualTo(2);
        assertThat(Files.exists(log)).isFalse();
    }

    @Test
    void aMalformedOrForeignLogIsNotAppendedTo() throws IOException {
        Files.writeString(log, "{\"format\": \"roadmap-progress/1\", \"entries\": [\n  {\"date\": \"2026-12-08\", \"skill\": \"s1\", \"hours\": \"x\"}]}");
        String before = Files.readString(log);
        CliTest.Run r = run("log", log.toString(), "--skill", "s1", "--hours", "1", "--date", "2026-12-08");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith(log + ":2:50: error: ").contains("[progress-bad-hours]");
        assertThat(Files.readString(log)).isEqualTo(before);
        Files.writeString(log, "{\"done\": [\"s1\"]}");
        CliTest.Run foreign = run("log", log.toString(), "--skill", "s1", "--hours", "1", "--date", "2026-12-08");
        assertThat(foreign.code()).isEqualTo(1);
        assertThat(foreign.err()).contains("[progress-wrong-format]");
    }

    @Test
    void futureDatesAreWarningsAndTheEntryIsKept() throws IOException {
        CliTest.Run r = run("log", log.toString(), "--skill", "s1", "--hours", "1", "--date", "2999-01-01", "--roadmap", roadmap.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("warning:").contains("[progress-future-date]");
        assertThat(Files.readString(log)).contains("2999-01-01");
    }

    @Test
    void createsTheLogWithTheRoadmapsIdAndNormalPermissions() throws IOException {
        assertThat(run("log", log.toString(), "--skill", "s1", "--hours", "2.5", "--date", "2026-12-08", "--tick", "Basics",
                "--status", "doing", "--note", "first session", "--roadmap", roadmap.toString()).code()).isZero();
        Json doc = parse(log);
        assertThat(str(doc, "format")).isEqualTo("roadmap-progress/1");
        assertThat(str(doc, "roadmap")).isEqualTo("course");
        Json e = at(doc, "entries", 0);
        assertThat(num(e, "hours")).isEqualTo(2.5);
        assertThat(str(e, "ticked", 0)).isEqualTo("Basics");
        assertThat(str(e, "status")).isEqualTo("doing");
        assertThat(str(e, "note")).isEqualTo("first session");
        if (Files.getFileStore(log).supportsFileAttributeView("posix")) {
            Path plain = Files.createFile(dir.resolve("plain"));
            assertThat(Files.getPosixFilePermissions(log)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void planAndStatusRefuseALogWithErrorsAndPlanRefusesStartWithProgress() throws IOException {
        Files.writeString(log, "{\"format\": \"roadmap-progress/1\", \"entries\": [\n  {\"date\": \"2026-12-08\", \"skill\": \"ghost\"}]}");
        CliTest.Run plan = run("plan", roadmap.toString(), "--progress", log.toString(), "--today", "2026-12-14");
        assertThat(plan.code()).isEqualTo(1);
        assertThat(plan.err()).contains(log + ":2:3: error: unknown skill 'ghost'").contains("[progress-unknown-skill]");
        assertThat(run("status", roadmap.toString(), "--progress", log.toString(), "--today", "2026-12-14").code()).isEqualTo(1);
        assertThat(run("plan", roadmap.toString(), "--progress", log.toString(), "--start", "2026-12-07").code()).isEqualTo(2);
        assertThat(run("plan", roadmap.toString(), "--today", "2026-12-07").code()).isEqualTo(2);
        Path badBaseline = Files.writeString(dir.resolve("b.json"), "{\"format\": \"roadmap/1\"}");
        Files.writeString(log, "{\"format\": \"roadmap-progress/1\", \"entries\": []}");
        CliTest.Run status = run("status", roadmap.toString(), "--progress", log.toString(), "--baseline", badBaseline.toString(),
                "--today", "2026-12-14");
        assertThat(status.code()).isEqualTo(1);
        assertThat(status.err()).contains("[plan-wrong-format]");
        assertThat(run("status", roadmap.toString(), "--progress", log.toString(), "--format", "xml").code()).isEqualTo(2);
    }
}
