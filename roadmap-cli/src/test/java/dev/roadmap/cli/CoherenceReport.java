package dev.roadmap.cli;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanCoherence;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.plugins.roadmapsh.RoadmapShImporter;
import dev.roadmap.scheduler.WeekPackingScheduler;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The default plan against the reading-order plan on roadmap.sh roadmaps at 10 h a week, one pool:
 * total weeks, mean prerequisite lag, out-of-order share, and the worst per-roadmap differences.
 * Then the same on two tracks: topics and subtopics on "a" (6 h), todos on "b" (4 h); and with
 * topics (with their subtopics) alternating between "a" and "b" (5 h each), where the order decides
 * the length. Runs only when asked: {@code -Dcoherence.report=fixtures} for the project's fixtures, or
 * {@code -Dcoherence.report=DIR} for every {@code *.json} under DIR (real roadmap.sh files, which
 * must not be committed):
 * <pre>
 * mvn -B -ntp -o -pl roadmap-cli -am test -Dtest=CoherenceReport -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcoherence.report=fixtures
 * </pre>
 */
class CoherenceReport {

    @Test
    void printsTheReport() throws IOException {
        String what = System.getProperty("coherence.report");
        Assumptions.assumeTrue(what != null && !what.isBlank(), "-Dcoherence.report not given");
        Map<String, Roadmap> roadmaps = new LinkedHashMap<>();
        if (what.equals("fixtures")) {
            for (String name : CoherentPlansTest.FIXTURES) {
                roadmaps.put(name, CoherentPlansTest.fixture(name));
            }
        } else {
            List<Path> files;
            try (Stream<Path> s = Files.walk(Path.of(what))) {
                files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path f : files) {
                try {
                    roadmaps.put(f.getFileName().toString(), new RoadmapShImporter().read(f).roadmap());
                } catch (RuntimeException | IOException e) {
                    System.out.println("skipped " + f + ": " + e.getMessage());
                }
            }
        }
        report(roadmaps, Capacity.pool(10), System.out);
        Map<String, Roadmap> tracks = new LinkedHashMap<>();
        roadmaps.forEach((n, r) -> tracks.put(n, CoherentPlansTest.onTwoTracks(r)));
        report(tracks, Capacity.perTrack(new java.util.TreeMap<>(Map.of("a", 6.0, "b", 4.0))), System.out);
        Map<String, Roadmap> alternating = new LinkedHashMap<>();
        roadmaps.forEach((n, r) -> alternating.put(n, alternating(r)));
        report(alternating, Capacity.perTrack(new java.util.TreeMap<>(Map.of("a", 5.0, "b", 5.0))), System.out);
    }

    /** Topics with their subtopics alternate between tracks a and b: the order then decides the length. */
    static Roadmap alternating(Roadmap r) {
        List<String> topics = r.groups().stream().map(g -> g.id()).toList();
        List<dev.roadmap.core.Skill> skills = new ArrayList<>();
        for (dev.roadmap.core.Skill s : r.skills()) {
            skills.add(s.toBuilder().track(Math.max(0, topics.indexOf(s.group())) % 2 == 0 ? "a" : "b").build());
        }
        return r.toBuilder().setSkills(skills).addTrack(dev.roadmap.core.Track.of("a", "A"))
                .addTrack(dev.roadmap.core.Track.of("b", "B")).build();
    }

    static void report(Map<String, Roadmap> roadmaps, Capacity capacity, PrintStream out) {
        WeekPackingScheduler scheduler = new WeekPackingScheduler();
        out.printf(Locale.ROOT, "%-32s %6s %6s %6s %7s %7s %7s %7s %7s%n", "roadmap (" + capacity.weekly() + ")", "weeks",
                "doc", "lp", "lag", "doc lag", "lp lag", "order%", "doc %");
        int weeks = 0;
        int docWeeks = 0;
        double lagSum = 0;
        double docLagSum = 0;
        int worstWeeks = Integer.MIN_VALUE;
        double worstLag = Double.NEGATIVE_INFINITY;
        List<String> names = new ArrayList<>(roadmaps.keySet());
        for (String name : names) {
            Roadmap r = roadmaps.get(name);
            Plan c = scheduler.schedule(r, PlanOptions.builder().capacity(capacity).start(java.time.LocalDate.of(2026, 12, 7)).build());
            Plan d = scheduler.schedule(r, PlanOptions.builder().capacity(capacity).start(java.time.LocalDate.of(2026, 12, 7))
                    .priority(PlanOptions.Priority.DOCUMENT_ORDER).build());
            Plan l = scheduler.schedule(r, PlanOptions.builder().capacity(capacity).start(java.time.LocalDate.of(2026, 12, 7))
                    .priority(PlanOptions.Priority.LONGEST_PATH).build());
            PlanCoherence cc = PlanCoherence.of(c, r);
            PlanCoherence dc = PlanCoherence.of(d, r);
            out.printf(Locale.ROOT, "%-32s %6d %6d %6d %7.2f %7.2f %7.2f %7.1f %7.1f%n", name, c.totalWeeks(), d.totalWeeks(),
                    l.totalWeeks(), cc.meanLagWeeks(), dc.meanLagWeeks(), PlanCoherence.of(l, r).meanLagWeeks(),
                    100 * cc.outOfOrderShare(), 100 * dc.outOfOrderShare());
            weeks += c.totalWeeks();
            docWeeks += d.totalWeeks();
            lagSum += cc.meanLagWeeks();
            docLagSum += dc.meanLagWeeks();
            worstWeeks = Math.max(worstWeeks, c.totalWeeks() - d.totalWeeks());
            worstLag = Math.max(worstLag, cc.meanLagWeeks() - dc.meanLagWeeks());
        }
        int n = Math.max(1, names.size());
        out.printf(Locale.ROOT, "%d roadmaps: weeks %d (reading order %d), mean lag %.2f (reading order %.2f); worst roadmap: "
                + "%+d weeks, %+.2f weeks of lag%n", names.size(), weeks, docWeeks, lagSum / n, docLagSum / n, worstWeeks, worstLag);
    }
}
