package dev.roadmap.scheduler.internal;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A spare {@link PackerScratch} that the plan calls of one re-planner chain hand on to each other, so
 * that a re-plan reuses the arrays of the last one instead of allocating its own (its remaining hours,
 * release records, queues and allocation log: some 20 KB for a roadmap of 200 skills).
 *
 * <p>Thread-safe: a problem takes the spare (leaving the slot empty, so no other problem can use it
 * at the same time) when its first packing pass starts, and gives it back once its search has ended
 * ({@link PackerScratch#recycle}); plan calls that overlap on several threads each take the spare or,
 * finding the slot empty, allocate their own. Nothing of a plan stays in a spare: every schedule owns
 * its arrays. A slot belongs to the object that holds it (a re-planner chain's shared state), never
 * to a static field.
 */
final class ScratchSlot {
    private final AtomicReference<PackerScratch> spare = new AtomicReference<>();

    /** @return the spare scratch, now owned by the caller alone, or null when there is none */
    PackerScratch take() {
        return spare.getAndSet(null);
    }

    /** Leaves a scratch its owner no longer uses as the spare (replacing any other). */
    void give(PackerScratch scratch) {
        spare.set(scratch);
    }
}
