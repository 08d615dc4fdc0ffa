package dev.roadmap.scheduler.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The window (a track and a tail threshold) that set the last lower bound of a re-planner chain's
 * plans, which the next plan's bound tries first ({@link LowerBound#compute(Problem, int)}): a re-plan
 * after a small change usually has its bound set by the same window, and once a plan of that length
 * is known, one window reaching it proves the bound without the others.
 *
 * <p>Thread-safe: plans on several threads may read and write it at once; a hint only decides which
 * window is tried first, never the bound, so any value it holds gives the same plans. A hint belongs
 * to the object that holds it (a re-planner chain's shared state), never to a static field.
 */
final class BoundHint {
    /** No window: the last bound was the critical path's, or none was recorded. */
    static final long NONE = -1;
    /** The last window, {@code track << 32 | threshold}, or {@link #NONE}. */
    private volatile long window = NONE;
    /** Bounds proven by the hint's window alone, for the complexity tests. */
    final AtomicLong proofs = new AtomicLong();

    long window() {
        return window;
    }

    void window(long w) {
        window = w;
    }

    static long of(int track, int threshold) {
        return ((long) track << 32) | (threshold & 0xffffffffL);
    }
}
