package dev.roadmap.plugins.psplib;

import dev.roadmap.core.Pace;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.Track;
import dev.roadmap.core.text.Slugs;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.spi.AbstractRoadmapImporter;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports a PSPLIB single-mode resource-constrained project scheduling instance ({@code .sm}, Kolisch
 * and Sprecher 1996) as a roadmap, so the standard benchmark of the scheduling field can be planned
 * and its plans judged against published optima.
 *
 * <ul>
 *   <li>Each job with a duration {@code d > 0} becomes a rigid skill {@code j<N>} (its job number) that
 *       runs {@code d} weeks at {@code r_k} hours a week on track {@code r<k>} for every resource
 *       {@code k} it requests. Its {@code track} is the resource it requests most (the first on ties).
 *       A job that requests nothing still needs a track for its fixed pace: it gets 0 h a week on
 *       track {@code r1}, so it takes its weeks without using hours.</li>
 *   <li>Resources {@code R 1..R K} become tracks {@code r1..rK}; their availabilities become the
 *       roadmap's suggested weekly hours ({@code pace.trackHours}), which {@code plan} uses when the
 *       user gives no capacity. A resource whose availability or a request exceeds the 168 hours of a
 *       week is scaled down by a whole factor (all its numbers divided alike), which keeps every plan
 *       the same; a notice says so.</li>
 *   <li>Precedence becomes {@code requires}. Jobs of zero duration (the dummy source and sink, and any
 *       other milestone) are dropped and bridged: a job after a milestone requires the jobs before it.
 *       This keeps every plan's weeks: a zero-duration job occupies no period.</li>
 * </ul>
 *
 * <p>With these rules a PSPLIB schedule of makespan {@code M} maps to a plan of {@code M} weeks: a
 * rigid skill starts the week after its prerequisites finish, as a job starts when its predecessors
 * end. Malformed files fail with an {@link ImportException} naming the line and column;
 * {@link ReadLimits} (document bytes, skills, prerequisites, line length) are enforced. Multi-mode
 * ({@code .mm}) files are refused.
 *
 * <p>Does not close the stream. Stateless and thread-safe.
 *
 * <pre>{@code
 * Roadmap r = new PsplibImporter().read(Path.of("j301_1.sm")).roadmap();
 * Plan plan = new WeekPackingScheduler().schedule(r, PlanOptions.defaults());
 * }</pre>
 */
public final class PsplibImporter extends AbstractRoadmapImporter {
    /** The format id. */
    public static final String ID = "psplib";

    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of(ID, "PSPLIB single-mode RCPSP instance", "sm");

    /** Creates the importer. */
    public PsplibImporter() {
        super(DESCRIPTOR);
    }

    @Override
    public double sniff(String fileName, byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        boolean named = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".sm");
        int marks = 0;
        for (String mark : new String[] {"PRECEDENCE RELATIONS:", "REQUESTS/DURATIONS:", "jobs (incl. supersource/sink",
                "RESOURCEAVAILABILITIES:"}) {
            if (text.contains(mark)) {
                marks++;
            }
        }
        if (marks >= 2) {
            return 0.95;
        }
        if (marks == 1) {
            return named ? 0.9 : 0.6;
        }
        return named ? 0.5 : 0.0;
    }

    @Override
    protected ImportResult readRoadmap(InputStream in, String sourceName, ReadLimits limits) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limits.maxDocumentBytes() + 1));
        if (bytes.length > limits.maxDocumentBytes()) {
            throw new LimitExceededException("maxDocumentBytes", limits.maxDocumentBytes(), "the document has more bytes",
                    SourceLocation.of(sourceName, 1, 1));
        }
        SmInstance sm = new SmParser(sourceName, new String(bytes, StandardCharsets.ISO_8859_1), limits).parse();
        return build(sm, sourceName, limits);
    }

    private static ImportResult build(SmInstance sm, String sourceName, ReadLimits limits) {
        int n = sm.jobs();
        int k = sm.resources();
        List<Diagnostic> diagnostics = new ArrayList<>();
        double[] scale = scales(sm, diagnostics);
        Roadmap.Builder b = Roadmap.builder(slug(sourceName)).title("PSPLIB instance " + baseName(sourceName))
                .description("Imported from a PSPLIB single-mode RCPSP instance: " + (n - countZero(sm)) + " jobs, " + k
                        + " resources.");
        Map<String, Double> trackHours = new LinkedHashMap<>();
        double total = 0;
        for (int r = 0; r < k; r++) {
            double h = sm.availability(r) / scale[r];
            trackHours.put(track(r), h);
            total += h;
            b.addTrack(Track.of(track(r), "Resource R " + (r + 1)));
        }
        b.pace(new Pace(Math.max(1, Math.min(168, total)), trackHours));
        RealPredecessors predecessors = new RealPredecessors(sm);
        SourceMap.Builder locations = new SourceMap.Builder(sourceName);
        int index = 0;
        long edges = 0;
        for (int j = 0; j < n; j++) {
            if (sm.duration(j) == 0) {
                continue;
            }
            if (index >= limits.maxSkills()) {
                throw new LimitExceededException("maxSkills", limits.maxSkills(), "the instance has more jobs of non-zero duration", sm.jobLocation(j));
            }
            List<SkillId> requires = predecessors.of(j);
            edges += requires.size();
            if (edges > limits.maxPrerequisites()) {
                throw new LimitExceededException("maxPrerequisites", limits.maxPrerequisites(), "the roadmap has more prerequisites",
                        sm.jobLocation(j));
            }
            b.addSkill(skill(sm, j, scale).setRequires(requires).build());
            SourceLocation at = sm.jobLocation(j);
            locations.put(SourceMap.keySkill(index++), at.line(), at.column());
        }
        b.sourceMap(locations.build());
        return new ImportResult(b.build(), diagnostics);
    }

    /** @return per resource, the divisor that brings its units within the 168 hours of a week (noticed when above 1) */
    private static double[] scales(SmInstance sm, List<Diagnostic> diagnostics) {
        double[] scale = new double[sm.resources()];
        for (int r = 0; r < scale.length; r++) {
            long max = sm.availability(r);
            for (int j = 0; j < sm.jobs(); j++) {
                max = Math.max(max, sm.request(j, r));
            }
            scale[r] = max > 168 ? Math.ceil(max / 168.0) : 1;
            if (scale[r] > 1) {
                diagnostics.add(Diagnostic.notice("psplib-scaled", "resource R " + (r + 1) + " has up to " + max
                        + " units a period, more than the 168 hours of a week; its units are divided by " + (long) scale[r]
                        + " (every plan stays the same)", sm.availabilityLocation(r)));
            }
        }
        return scale;
    }

    /** @return the job as a skill on its main resource's track, with a rigid pace of its requests (prerequisites not set) */
    private static Skill.Builder skill(SmInstance sm, int j, double[] scale) {
        Skill.Builder s = Skill.builder(skillId(sm, j), "Job " + sm.number(j));
        Map<String, Double> load = new LinkedHashMap<>();
        int main = -1;
        double mainHours = 0;
        for (int r = 0; r < scale.length; r++) {
            long units = sm.request(j, r);
            if (units > 0) {
                double h = units / scale[r];
                load.put(track(r), h);
                if (h > mainHours) {
                    mainHours = h;
                    main = r;
                }
            }
        }
        if (load.isEmpty()) {
            load.put(track(0), 0.0);
            main = 0;
        }
        s.track(track(main));
        s.rigidPace(new RigidPace(sm.duration(j), load));
        return s;
    }

    /** The real predecessors of each job: zero-duration jobs are bridged, not kept. */
    private static final class RealPredecessors {
        private final SmInstance sm;
        private final List<List<Integer>> preds;
        private final int[] stamp;
        private final int[] stack;

        RealPredecessors(SmInstance sm) {
            this.sm = sm;
            int n = sm.jobs();
            preds = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                preds.add(new ArrayList<>());
            }
            for (int j = 0; j < n; j++) {
                for (int s : sm.successors(j)) {
                    preds.get(s).add(j);
                }
            }
            stamp = new int[n];
            stack = new int[n];
        }

        /** @return the ids of job j's nearest predecessors of non-zero duration, shortest id first */
        List<SkillId> of(int j) {
            List<SkillId> requires = new ArrayList<>();
            int sp = 0;
            int mark = j + 1;
            for (int q : preds.get(j)) {
                if (stamp[q] != mark) {
                    stamp[q] = mark;
                    stack[sp++] = q;
                }
            }
            while (sp > 0) {
                int q = stack[--sp];
                if (sm.duration(q) > 0) {
                    requires.add(SkillId.of(skillId(sm, q)));
                    continue;
                }
                for (int pq : preds.get(q)) {
                    if (stamp[pq] != mark) {
                        stamp[pq] = mark;
                        stack[sp++] = pq;
                    }
                }
            }
            requires.sort(java.util.Comparator.comparing(SkillId::value, java.util.Comparator
                    .comparingInt(String::length).thenComparing(java.util.Comparator.naturalOrder())));
            return requires;
        }
    }

    private static int countZero(SmInstance sm) {
        int c = 0;
        for (int j = 0; j < sm.jobs(); j++) {
            if (sm.duration(j) == 0) {
                c++;
            }
        }
        return c;
    }

    private static String skillId(SmInstance sm, int j) {
        return "j" + sm.number(j);
    }

    private static String track(int r) {
        return "r" + (r + 1);
    }

    private static String baseName(String sourceName) {
        String name = sourceName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** A roadmap id from the file name, by the shared slug rule ({@link Slugs#ofFileName}). */
    static String slug(String sourceName) {
        return Slugs.ofFileName(sourceName, "psplib");
    }
}
