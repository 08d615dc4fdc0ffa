package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.io.json.tree.Json;
import dev.roadmap.io.json.tree.JsonTreeReader;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers of every plan output add up as printed: each output is parsed back, in hundredths of
 * an hour, and a skill's weekly hours must sum to its hours, a week's to its total and the plan's
 * total to the sum of its weeks. The roadmap has awkward hours on purpose: 65.22 h, a month at the
 * author's pace (43.48... h), thirds of hours, a fixed-pace block, and a week override that two
 * tracks share in proportion.
 */
class PlanNumbersAddUpTest {
    private static final String ROADMAP = """
            {"format": "roadmap/1", "id": "sums", "title": "Sums", "pace": {"hoursPerWeek": 10},
             "tracks": [{"id": "math", "title": "Math"}, {"id": "coding", "title": "Coding"}],
             "skills": [
               {"id": "big", "title": "Big", "effort": "65.22h", "track": "coding"},
               {"id": "month", "title": "Month", "effort": "1 month", "track": "math"},
               {"id": "third", "title": "Third", "effort": "7.333h", "track": "math", "requires": ["month"]},
               {"id": "block", "title": "Block", "pace": {"weeks": 2, "hoursPerWeek": {"math": 1.25}}},
               {"id": "after", "title": "After", "effort": "5.555h", "track": "coding", "requires": ["big", "block"]}
             ]}
            """;
    private static final Pattern HOURS = Pattern.compile("(.+?) (\\d+(?:\\.\\d+)?) h$");
    private static Path file;
    /** Per skill title its hours in hundredths, from the JSON plan (which the first test checks). */
    private static final Map<String, Long> SKILL_CENTS = new HashMap<>();
    private static long totalCents;

    @BeforeAll
    static void plan(@TempDir Path dir) throws IOException {
        file = dir.resolve("sums.json");
        Files.writeString(file, ROADMAP);
        Json plan = json(plan("json"));
        Map<String, String> titles = Map.of("big", "Big", "month", "Month", "third", "Third", "block", "Block", "after", "After");
        for (Json s : plan.array("skills")) {
            SKILL_CENTS.put(titles.get(s.text("id").orElseThrow()), cents(s.get("hours").orElseThrow().scalar()));
        }
        totalCents = cents(plan.get("totalHours").orElseThrow().scalar());
        assertThat(SKILL_CENTS.get("Big")).isEqualTo(6522);
    }

    private static String plan(String format) {
        CliTest.Run run = CliTest.run("plan", file.toString(), "--track-hours", "math=4.5,coding=6", "--week-hours", "3=7",
                "--start", "2026-12-07", "--to", format);
        assertThat(run.code()).as(run.err()).isZero();
        return run.out();
    }

    private static Json json(String text) throws IOException {
        return JsonTreeReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "plan.json",
                ReadLimits.defaults());
    }

    static long cents(String hours) {
        return new java.math.BigDecimal(hours).movePointRight(2).longValueExact();
    }

    @Test
    void jsonAllocationsAddUpToEachSkillAndToTheTotal() throws IOException {
        Json plan = json(plan("json"));
        Map<String, Long> bySkill = new HashMap<>();
        long sum = 0;
        for (Json w : plan.array("weeks")) {
            for (Json a : w.array("allocations")) {
                long c = cents(a.get("hours").orElseThrow().scalar());
                bySkill.merge(a.text("skill").orElseThrow(), c, Long::sum);
                sum += c;
            }
        }
        for (Json s : plan.array("skills")) {
            String id = s.text("id").orElseThrow();
            assertThat(bySkill.get(id)).as(id).isEqualTo(cents(s.get("hours").orElseThrow().scalar()));
        }
        assertThat(sum).isEqualTo(totalCents);
        assertThat(SKILL_CENTS.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(totalCents);
    }

    @Test
    void textTableAddsUp() {
        List<String[]> rows = new ArrayList<>();
        Pattern line = Pattern.compile("^\\s*\\d+\\s+\\S+ to \\S+\\s+(\\S+)\\s+\\S+\\s+(.*)$");
        String out = plan("text");
        for (String l : out.lines().toList()) {
            Matcher m = line.matcher(l);
            if (m.matches()) {
                rows.add(new String[] {m.group(1), m.group(2)});
            }
        }
        checkWeeks(rows, ", ");
        Matcher total = Pattern.compile("Total: \\d+ weeks \\(.*\\), (\\S+) h,").matcher(out);
        assertThat(total.find()).isTrue();
        assertThat(cents(total.group(1))).isEqualTo(totalCents);
    }

    @Test
    void markdownTableAddsUp() {
        List<String[]> rows = new ArrayList<>();
        for (String l : plan("markdown").lines().toList()) {
            String[] cells = l.split(" \\| ");
            if (l.startsWith("| ") && cells.length == 5 && cells[0].matches("\\| \\d+")) {
                rows.add(new String[] {cells[3], cells[2]});
            }
        }
        checkWeeks(rows, "<br>");
    }

    @Test
    void htmlWeekListAddsUp() {
        List<String[]> rows = new ArrayList<>();
        Matcher m = Pattern.compile("<td class=\"dates\">[^<]*</td><td>(.*?)</td><td class=\"n\">([^<]*)</td>").matcher(plan("html"));
        while (m.find()) {
            rows.add(new String[] {m.group(2), m.group(1).replaceAll("<span class=\"muted\">[^<]*</span>", "")
                    .replace(" <span class=\"h\">", " ").replace("</span>", "")});
        }
        checkWeeks(rows, ", ");
    }

    @Test
    void csvRowsAddUp() {
        Map<String, Long> bySkill = new HashMap<>();
        long sum = 0;
        for (String l : plan("csv").lines().skip(1).toList()) {
            String[] c = l.split(",");
            long cents = cents(c[c.length - 1]);
            bySkill.merge(c[4], cents, Long::sum);
            sum += cents;
        }
        assertThat(bySkill).isEqualTo(SKILL_CENTS);
        assertThat(sum).isEqualTo(totalCents);
    }

    @Test
    void icsEventsAddUpToEachSkill() {
        String ics = plan("ics").replace("\r\n ", "").replace("\\,", ",");
        Map<String, Long> bySkill = new HashMap<>();
        Map<String, Long> inAll = new HashMap<>();
        String summary = null;
        for (String l : ics.split("\r\n")) {
            Matcher s = Pattern.compile("^SUMMARY:(.*) \\((\\S+) h\\)$").matcher(l);
            if (s.matches()) {
                summary = s.group(1);
                bySkill.merge(summary, cents(s.group(2)), Long::sum);
            }
            Matcher d = Pattern.compile("^DESCRIPTION:.*, (\\S+) h in all\\..*").matcher(l);
            if (d.matches() && summary != null) {
                inAll.put(summary, cents(d.group(1)));
            }
        }
        assertThat(bySkill).isEqualTo(SKILL_CENTS);
        assertThat(inAll).isEqualTo(SKILL_CENTS);
    }

    /** rows: {week total, skills "name X h" joined by the separator}. */
    private static void checkWeeks(List<String[]> rows, String separator) {
        assertThat(rows).isNotEmpty();
        Map<String, Long> bySkill = new HashMap<>();
        long sum = 0;
        for (String[] row : rows) {
            long week = 0;
            for (String part : row[1].split(java.util.regex.Pattern.quote(separator))) {
                Matcher m = HOURS.matcher(part.trim());
                if (m.matches()) {
                    week += cents(m.group(2));
                    bySkill.merge(m.group(1), cents(m.group(2)), Long::sum);
                }
            }
            assertThat(week).as("week total %s", row[0]).isEqualTo(cents(row[0]));
            sum += week;
        }
        assertThat(bySkill).isEqualTo(SKILL_CENTS);
        assertThat(sum).isEqualTo(totalCents);
    }
}
