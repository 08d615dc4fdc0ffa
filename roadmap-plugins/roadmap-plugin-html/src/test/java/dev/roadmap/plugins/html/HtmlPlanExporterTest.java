package dev.roadmap.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.Status;
import dev.roadmap.core.Track;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.plugins.testkit.Golden;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import dev.roadmap.scheduler.WeekPackingScheduler;
import java.time.Clock;
import dev.roadmap.spi.FormatOptions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HtmlPlanExporterTest {
    private static final LocalDate TODAY = SampleRoadmaps.START.plusDays(10);
    private final Roadmap sample = SampleRoadmaps.sample();
    private final Plan plan = SampleRoadmaps.plan(sample);
    private final String html = new HtmlPlanExporter(TODAY).writeToString(plan, sample);
    private final Document doc = HtmlTesting.parse(html);

    @Test
    void isOneSelfContainedPageThatFetchesNothing() {
        HtmlTesting.assertFetchesNothing(html);
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.title()).isEqualTo("Study plan: Sample roadmap");
        assertThat(doc.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
    }

    @Test
    void everySvgIsWellFormedXml() {
        List<String> svgs = HtmlTesting.svgFragments(html);

        assertThat(svgs).hasSize(3);
        assertThat(svgs).allSatisfy(svg -> assertThat(HtmlTesting.xml(svg).getDocumentElement().getTagName()).isEqualTo("svg"));
    }

    @Test
    void ganttHasARowPerPlannedSkillAndABlockPerWeekStudied() {
        Set<String> skillWeeks = new HashSet<>();
        for (PlanWeek week : plan.weeks()) {
            for (Allocation a : week.allocations()) {
                skillWeeks.add(a.skill() + "@" + week.week());
            }
        }

        Element gantt = doc.selectFirst("svg.gantt");
        assertThat(gantt).isNotNull();
        assertThat(gantt.select("g.row")).hasSize(plan.skills().size());
        assertThat(gantt.select("rect.week")).hasSize(skillWeeks.size());
        assertThat(doc.select("svg.gantt-labels text.label").stream().map(Element::ownText))
                .hasSize(plan.skills().size()).startsWith("Linear algebra").contains("NumPy", "Classic models");
        assertThat(gantt.select("text.weekno")).hasSize(plan.totalWeeks());
    }

    @Test
    void barsAreColouredByTrackWithALegend() {
        String linalg = rowFill(doc, "Linear algebra");
        String numpy = rowFill(doc, "NumPy");
        String models = rowFill(doc, "Classic models");

        assertThat(linalg).isNotEqualTo(numpy);
        assertThat(numpy).isEqualTo(models);
        assertThat(doc.select("#timeline .legend span").eachText()).containsExactly("Mathematics", "Programming");
    }

    private static String rowFill(Document doc, String label) {
        for (Element text : doc.select("svg.gantt-labels text.label")) {
            if (text.ownText().equals(label)) {
                return doc.selectFirst("svg.gantt g.row[data-skill=" + text.attr("data-skill") + "] rect.week").attr("fill");
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    void drawsTodayOnlyWhenTodayFallsWithinThePlan() {
        Element line = doc.selectFirst("svg.gantt g.today line");
        assertThat(line).isNotNull();
        // the middle of day 10 (week 2's fourth day) at 24 px a week: 10.5 * 24 / 7
        assertThat(Double.parseDouble(line.attr("x1"))).isCloseTo(36.0, org.assertj.core.data.Offset.offset(0.1));

        assertThat(todayLines(new HtmlPlanExporter(SampleRoadmaps.START.minusDays(1)))).isZero();
        assertThat(todayLines(new HtmlPlanExporter(plan.end().plusDays(1)))).isZero();
        assertThat(todayLines(new HtmlPlanExporter(plan.end()))).isOne();
        assertThat(todayLines(HtmlPlanExporter.withoutToday())).isZero();
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        assertThat(new HtmlPlanExporter(clock).writeToString(plan, sample)).isEqualTo(html);
    }

    private int todayLines(HtmlPlanExporter exporter) {
        return HtmlTesting.parse(exporter.writeToString(plan, sample)).select("svg.gantt g.today").size();
    }

    @Test
    void todayIsAPerCallOptionOfTheServiceLoaderConstructor() {
        HtmlPlanExporter exporter = new HtmlPlanExporter();
        assertThat(exporter.writeToString(plan, sample, FormatOptions.builder().set(HtmlPlanExporter.TODAY, TODAY).build()))
                .isEqualTo(html);
        assertThat(exporter.writeToString(plan, sample, FormatOptions.builder().setText("html.today", TODAY.toString()).build()))
                .as("set by id from text, as the command line does").isEqualTo(html);
        String without = exporter.writeToString(plan, sample, FormatOptions.builder().setText("html.today-line", "false").build());
        assertThat(HtmlTesting.parse(without).select("svg.gantt g.today")).isEmpty();
        assertThat(without).isEqualTo(HtmlPlanExporter.withoutToday().writeToString(plan, sample));
        assertThatThrownBy(() -> exporter.writeToString(plan, sample, FormatOptions.builder().setText("html.today", "soon").build()))
                .isInstanceOf(dev.roadmap.spi.InvalidOptionException.class).hasMessageContaining("html.today=soon");
    }

    @Test
    void prerequisiteDrawingHasEverySkillAndEveryHardPrerequisite() {
        Element dag = doc.selectFirst("svg.dag");
        assertThat(dag).isNotNull();
        int requires = sample.skills().stream().mapToInt(s -> s.requires().size()).sum();

        assertThat(dag.select("g.node")).hasSize(sample.size());
        assertThat(dag.select("path.edge")).hasSize(requires);
        assertThat(dag.select("path.edge title").eachText()).contains("Python basics \u2192 NumPy", "Classic models \u2192 Serve a model");
        assertThat(dag.select("g.node.done text").eachText()).containsExactly("\u2713 Python basics");
        // the unchosen option of the choice is not in the plan and drawn faded
        assertThat(dag.select("g.node.out text").eachText()).containsExactly("On-device model");
    }

    @Test
    void prerequisitesAreDrawnLeftOfTheSkillsThatNeedThem() {
        Element dag = doc.selectFirst("svg.dag");
        double python = nodeX(dag, "python");
        double numpy = nodeX(dag, "numpy");
        double course = nodeX(dag, "course");
        double models = nodeX(dag, "models");

        assertThat(python).isLessThan(numpy);
        assertThat(numpy).isLessThan(course);
        assertThat(course).isLessThan(models);
        // linalg has no prerequisites; it sits just before its first dependent, not necessarily in the first layer
        assertThat(nodeX(dag, "linalg")).isLessThan(course);
    }

    private static double nodeX(Element dag, String id) {
        for (Element node : dag.select("g.node")) {
            if (node.selectFirst("title").text().contains("(" + id + ",")) {
                return Double.parseDouble(node.selectFirst("rect").attr("x"));
            }
        }
        throw new AssertionError("no node " + id);
    }

    @Test
    void summaryGivesFinishWeeksLowerBoundAndQuality() {
        Elements facts = doc.select("#summary dl div");
        assertThat(facts.eachText()).contains(
                "Finishes " + plan.end(),
                "Weeks " + plan.totalWeeks(),
                "Lower bound " + plan.lowerBoundWeeks() + " weeks",
                "Hours " + (long) plan.totalHours() + " h");
        assertThat(facts.select("dt:contains(Quality) + dd").first().ownText())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", plan.quality()));
    }

    @Test
    void progressCountsDoneSkillsAndTickedTopics() {
        Elements bars = doc.select("#progress .progress");

        assertThat(bars.get(0).text()).isEqualTo("Skills done 1 of 8 (13%)");
        assertThat(bars.get(1).text()).isEqualTo("Topics ticked 3 of 4 (75%)");
        assertThat(doc.select("#progress details li").eachText()).containsExactly("Python basics 2 of 2 topics");
        assertThat(doc.select("#progress > ul li").eachText()).containsExactly("Linear algebra 1 of 2 topics");
    }

    @Test
    void weekTableHasARowPerWeekWithSkillsAndHours() {
        Elements rows = doc.select("#weeks tbody tr");

        assertThat(rows).hasSize(plan.weeks().size());
        assertThat(rows.get(0).select("td").eachText())
                .containsExactly("1", "2027-01-04 \u2013 2027-01-10", "Linear algebra 4 h, NumPy 6 h", "10", "100%");
    }

    @Test
    void unscheduledSkillsAreListedWithTheReason() {
        Roadmap open = Roadmap.builder("open")
                .addSkill(Skill.builder("a", "Always learning").effort(Effort.openEnded(0)).build())
                .addSkill(Skill.builder("b", "Bounded").effort(Effort.ofHours(4)).build()).build();
        Plan p = new WeekPackingScheduler().schedule(open, PlanOptions.builder()
                .start(SampleRoadmaps.START).capacity(Capacity.pool(5)).build());

        Document d = HtmlTesting.parse(HtmlPlanExporter.withoutToday().writeToString(p, open));

        assertThat(d.select("#unscheduled li").eachText()).singleElement().asString().startsWith("Always learning a:");
    }

    @Test
    void anEmptyPlanStillMakesAPage() {
        Roadmap done = SampleRoadmaps.allDone();
        Plan empty = SampleRoadmaps.plan(done);

        String page = new HtmlPlanExporter(SampleRoadmaps.START).writeToString(empty, done);

        assertThat(HtmlTesting.parse(page).select("#timeline").text()).contains("Nothing left to schedule.");
        assertThat(HtmlTesting.parse(page).select("#progress .progress").first().text()).isEqualTo("Skills done 1 of 1 (100%)");
        HtmlTesting.svgFragments(page).forEach(HtmlTesting::xml);
    }

    @Test
    void aRoadmapWithoutSkillsMakesAValidPage() {
        Roadmap none = Roadmap.builder("none").title("Nothing yet").build();
        Plan empty = new WeekPackingScheduler().schedule(none, PlanOptions.builder()
                .start(SampleRoadmaps.START).capacity(Capacity.pool(5)).build());

        String page = HtmlPlanExporter.withoutToday().writeToString(empty, none);

        HtmlTesting.svgFragments(page).forEach(HtmlTesting::xml);
        HtmlTesting.assertFetchesNothing(page);
        assertThat(HtmlTesting.parse(page).select("svg.dag g.node")).isEmpty();
    }

    @Test
    void hostileTitlesAreEscapedEverywhere() {
        Roadmap hostile = SampleRoadmaps.hostile();
        String page = new HtmlPlanExporter(TODAY).writeToString(SampleRoadmaps.plan(hostile), hostile);
        Document d = HtmlTesting.parse(page);

        assertThat(d.select("script")).isEmpty();
        assertThat(d.select("b")).as("the roadmap title's <b> is text").isEmpty();
        assertThat(d.title()).isEqualTo("Study plan: Hostile: \"titles\" <b>#1</b> 数据 🤖");
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &amp;amp;");
        assertThat(d.select("svg.dag g.node > title").eachText())
                .anySatisfy(t -> assertThat(t).startsWith("<script>alert('x')</script> & &amp; (s3,"));
        HtmlTesting.svgFragments(page).forEach(HtmlTesting::xml);
    }

    @Test
    void matchesTheGoldenFile() {
        Golden.assertMatches("html/sample-plan.html", HtmlTesting.withStylesheetMarked(html));
    }

    @Test
    @Timeout(20)
    void staysReadableForThreeHundredSkills() {
        Roadmap big = generated(300);
        Plan p = new WeekPackingScheduler().schedule(big, PlanOptions.builder()
                .start(SampleRoadmaps.START).capacity(Capacity.pool(20)).build());

        String page = new HtmlPlanExporter(SampleRoadmaps.START.plusWeeks(3)).writeToString(p, big);
        Document d = HtmlTesting.parse(page);

        HtmlTesting.svgFragments(page).forEach(HtmlTesting::xml);
        assertThat(d.select("svg.dag g.node")).hasSize(300);
        assertThat(d.select("svg.gantt g.row")).hasSize(p.skills().size());
        assertThat(d.select("div.scroll svg")).hasSize(3);
        for (Element label : d.select("svg.gantt-labels text.label")) {
            String shown = label.ownText();
            String full = label.selectFirst("title").text();
            assertThat(shown.codePointCount(0, shown.length())).isLessThanOrEqualTo(34);
            if (shown.endsWith("\u2026")) {
                assertThat(full).startsWith(shown.substring(0, shown.length() - 1).strip());
            }
        }
        assertThat(d.select("svg.gantt-labels text.label").stream().map(Element::ownText)).anySatisfy(t -> assertThat(t).endsWith("\u2026"));
        assertThat(page.length()).isLessThan(3_000_000);
    }

    private static Roadmap generated(int n) {
        Random random = new Random(3);
        List<String> titles = List.of("Linear algebra", "A rather long title about distributed systems in practice",
                "Probability", "<b>bold</b> & co", "数据结构与算法");
        Roadmap.Builder b = Roadmap.builder("big").title("Generated")
                .addTrack(Track.of("a", "Track A")).addTrack(Track.of("b", "Track B")).addTrack(Track.of("c", "Track C"));
        for (int i = 0; i < n; i++) {
            Skill.Builder s = Skill.builder("s" + i, "Skill " + i + ": " + titles.get(i % titles.size()))
                    .effort(Effort.ofHours(3 + random.nextInt(15))).track(List.of("a", "b", "c").get(random.nextInt(3)));
            if (i > 0) {
                Set<String> req = new java.util.TreeSet<>();
                for (int k = random.nextInt(3); k > 0; k--) {
                    req.add("s" + (Math.max(0, i - 30) + random.nextInt(Math.min(i, 30))));
                }
                s.requires(req.toArray(String[]::new));
            }
            if (i < 15) {
                s.status(Status.DONE);
            }
            b.addSkill(s.build());
        }
        return b.build();
    }
}
