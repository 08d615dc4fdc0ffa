package dev.roadmap.core.plan;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How well a plan reads as a syllabus: whether dependents follow their prerequisites soon, whether
 * the roadmap's reading order is kept, and how many skills are open at once. Any scheduler's plan
 * can be measured with {@link #of(Plan, Roadmap)}; the plan JSON carries it as {@code coherence}.
 *
 * <ul>
 *   <li><b>Lag</b> of a prerequisite edge whose two skills are both planned: the dependent's start
 *       week minus the prerequisite's finish week (0 when it starts in the week the prerequisite
 *       finishes, 1 the week after). {@code meanLagWeeks} is their mean, {@code p90LagWeeks} the
 *       90th percentile (nearest rank); both 0 without such edges.</li>
 *   <li><b>Out of order</b>: a pair of planned skills {@code a} before {@code b} in reading order
 *       (the roadmap's skill order) with {@code start(a) > start(b)}. Pairs starting in the same
 *       week are <em>not</em> out of order. {@code outOfOrderShare} is their number over all
 *       {@code n(n-1)/2} pairs, counted in {@code O(n log W)} with a Fenwick tree over start weeks.</li>
 *   <li><b>Open skills</b> in a week: planned skills with {@code start <= week <= finish};
 *       {@code meanOpenSkills} is their mean over the plan's weeks.</li>
 * </ul>
 *
 * <p>"More coherent" is one scalar order ({@link #compareTo(PlanCoherence)}): lower mean lag first,
 * then fewer pairs out of order, then fewer open skills. Immutable and thread-safe.
 *
 * @param meanLagWeeks    mean weeks from a prerequisite's finish to its dependent's start
 * @param p90LagWeeks     90th percentile of those weeks
 * @param outOfOrderShare share of skill pairs started against reading order, {@code 0..1}
 * @param meanOpenSkills  mean number of skills in progress per week
 */
public record PlanCoherence(double meanLagWeeks, int p90LagWeeks, double outOfOrderShare, double meanOpenSkills)
        implements Comparable<PlanCoherence> {

    /** The coherence of an empty plan. */
    public static final PlanCoherence EMPTY = new PlanCoherence(0, 0, 0, 0);

    /**
     * Validates the components.
     * @param meanLagWeeks mean weeks from a prerequisite's finish to its dependent's start
     * @param p90LagWeeks 90th percentile of those weeks
     * @param outOfOrderShare share of skill pairs started against reading order
     * @param meanOpenSkills mean number of skills in progress per week
     */
    public PlanCoherence {
        if (!(meanLagWeeks >= 0) || p90LagWeeks < 0 || !(outOfOrderShare >= 0 && outOfOrderShare <= 1)
                || !(meanOpenSkills >= 0)) {
            throw new IllegalArgumentException("coherence figures out of range");
        }
    }

    /**
     * Measures a plan against the roadmap it was made from. Skills of the plan that the roadmap
     * lacks are ignored. {@code O((n + e) log n)} for n planned skills and e prerequisites.
     *
     * @param plan    the plan
     * @param roadmap its roadmap (for reading order and prerequisites)
     * @return the plan's coherence
     */
    public static PlanCoherence of(Plan plan, Roadmap roadmap) {
        Objects.requireNonNull(plan, "plan must not be null");
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        int size = roadmap.size();
        int[] local = new int[size];
        Arrays.fill(local, -1);
        int n = 0;
        for (ScheduledSkill s : plan.skills()) {
            int i = roadmap.indexOf(s.id());
            if (i >= 0 && local[i] < 0) {
                local[i] = 0;
                n++;
            }
        }
        int[] start = new int[n];
        int[] finish = new int[n];
        int next = 0;
        for (int i = 0; i < size; i++) {
            if (local[i] == 0) {
                local[i] = next++;
            }
        }
        for (ScheduledSkill s : plan.skills()) {
            int i = roadmap.indexOf(s.id());
            if (i >= 0) {
                start[local[i]] = s.startWeek();
                finish[local[i]] = s.finishWeek();
            }
        }
        int[] reqOff = new int[n + 1];
        int[] reqTgt = requires(roadmap, local, reqOff);
        return measure(start, finish, reqOff, reqTgt, plan.totalWeeks());
    }

    private static int[] requires(Roadmap roadmap, int[] local, int[] reqOff) {
        int[] tgt = new int[16];
        int e = 0;
        for (int i = 0; i < roadmap.size(); i++) {
            if (local[i] < 0) {
                continue;
            }
            List<SkillId> req = roadmap.skill(i).requires();
            for (SkillId r : req) {
                int j = roadmap.indexOf(r);
                if (j >= 0 && local[j] >= 0) {
                    if (e == tgt.length) {
                        tgt = Arrays.copyOf(tgt, e * 2);
                    }
                    tgt[e++] = local[j];
                }
            }
            reqOff[local[i] + 1] = e;
        }
        return Arrays.copyOf(tgt, e);
    }

    /**
     * Measures a plan given as arrays, skills indexed in reading order: the primitive form that
     * schedulers use to compare candidate plans. {@code O((n + e) log n)}.
     *
     * @param start      1-based start week of each skill
     * @param finish     1-based finish week of each skill
     * @param reqOff     prerequisites of skill v are {@code reqTgt[reqOff[v] .. reqOff[v+1]-1]}
     * @param reqTgt     prerequisite indices
     * @param totalWeeks the plan's length
     * @return the coherence
     */
    public static PlanCoherence measure(int[] start, int[] finish, int[] reqOff, int[] reqTgt, int totalWeeks) {
        int n = start.length;
        if (n == 0) {
            return EMPTY;
        }
        int edges = reqOff[n];
        long lagSum = 0;
        int maxLag = 0;
        for (int v = 0; v < n; v++) {
            for (int k = reqOff[v]; k < reqOff[v + 1]; k++) {
                int lag = Math.max(0, start[v] - finish[reqTgt[k]]);
                lagSum += lag;
                maxLag = Math.max(maxLag, lag);
            }
        }
        double meanLag = edges == 0 ? 0 : (double) lagSum / edges;
        int p90 = edges == 0 ? 0 : nearestRank(start, finish, reqOff, reqTgt, maxLag, (int) Math.ceil(0.9 * edges));
        long pairs = (long) n * (n - 1) / 2;
        double share = pairs == 0 ? 0 : (double) inversions(start) / pairs;
        long open = 0;
        int weeks = totalWeeks;
        for (int v = 0; v < n; v++) {
            open += finish[v] - start[v] + 1L;
            weeks = Math.max(weeks, finish[v]);
        }
        return new PlanCoherence(meanLag, p90, share, weeks == 0 ? 0 : (double) open / weeks);
    }

    /**
     * The lag of the given nearest rank (1-based) among all edges' lags, by counting: lags are weeks,
     * at most {@code maxLag}, so this is linear where a sort of the lags is not.
     */
    private static int nearestRank(int[] start, int[] finish, int[] reqOff, int[] reqTgt, int maxLag, int rank) {
        int[] count = new int[maxLag + 1];
        for (int v = 0; v < start.length; v++) {
            for (int k = reqOff[v]; k < reqOff[v + 1]; k++) {
                count[Math.max(0, start[v] - finish[reqTgt[k]])]++;
            }
        }
        int seen = 0;
        for (int lag = 0; lag <= maxLag; lag++) {
            seen += count[lag];
            if (seen >= rank) {
                return lag;
            }
        }
        return maxLag;
    }

    /** Pairs {@code i < j} with {@code start[i] > start[j]}, with a Fenwick tree over the weeks. */
    static long inversions(int[] start) {
        int maxWeek = 1;
        for (int s : start) {
            maxWeek = Math.max(maxWeek, s);
        }
        int[] tree = new int[maxWeek + 1];
        long count = 0;
        for (int j = 0; j < start.length; j++) {
            int atMost = 0;
            for (int x = start[j]; x > 0; x -= x & -x) {
                atMost += tree[x];
            }
            count += j - atMost;
            for (int x = start[j]; x <= maxWeek; x += x & -x) {
                tree[x]++;
            }
        }
        return count;
    }

    /**
     * The scalar "more coherent" order: negative when this plan is more coherent.
     *
     * @param other another plan's coherence
     * @return lower mean lag first, then smaller out-of-order share, then fewer open skills
     */
    @Override
    public int compareTo(PlanCoherence other) {
        int c = Double.compare(meanLagWeeks, other.meanLagWeeks);
        if (c == 0) {
            c = Double.compare(outOfOrderShare, other.outOfOrderShare);
        }
        return c != 0 ? c : Double.compare(meanOpenSkills, other.meanOpenSkills);
    }

    /**
     * @param other another plan's coherence
     * @return whether this plan is at least as coherent in the scalar order
     */
    public boolean atLeastAsCoherentAs(PlanCoherence other) {
        return compareTo(other) <= 0;
    }
}
