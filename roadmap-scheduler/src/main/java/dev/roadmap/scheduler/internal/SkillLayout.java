package dev.roadmap.scheduler.internal;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.primitive.Csr;
import java.util.Arrays;

/**
 * What the problem build reads of every skill that a re-plan's changes (statuses, topic ticks,
 * options) cannot change, by document index: its id, whether it has a fixed pace, and a flexible
 * skill's track as an index into a capacity's tracks. It depends on the roadmap's structure and the
 * capacity's track ids only (not their hours), so a re-planner makes it once ({@link Cache}) and
 * its plans read arrays instead of every skill. Immutable. Not part of the public API.
 */
public final class SkillLayout {
    private final String[] trackIds;
    private final boolean pool;
    final SkillId[] ids;
    final boolean[] rigid;
    /** The track index of a flexible skill ({@code -1}: the capacity has no such track); 0 for a rigid one. */
    final int[] track;
    /** The capacity key of a flexible skill's track ({@link Capacity#POOL} for a skill without one); null for a rigid one. */
    final String[] trackKey;

    private SkillLayout(Roadmap roadmap, CapacityTable cap) {
        int n = roadmap.size();
        this.trackIds = cap.ids;
        this.pool = cap.pool;
        this.ids = new SkillId[n];
        this.rigid = new boolean[n];
        this.track = new int[n];
        this.trackKey = new String[n];
        for (int i = 0; i < n; i++) {
            Skill s = roadmap.skill(i);
            ids[i] = s.id();
            rigid[i] = s.rigidPace().isPresent();
            if (!rigid[i]) {
                trackKey[i] = s.track().isEmpty() ? Capacity.POOL : s.track();
                track[i] = cap.pool ? 0 : cap.index(trackKey[i]);
            }
        }
    }

    /**
     * @param roadmap the roadmap
     * @param cap     the capacity table a problem is built against
     * @return the layout of the roadmap's skills for the capacity's tracks
     */
    static SkillLayout of(Roadmap roadmap, CapacityTable cap) {
        return new SkillLayout(roadmap, cap);
    }

    /** @return whether this layout was made for a capacity with the same tracks */
    boolean fits(CapacityTable cap) {
        return cap.pool == pool && Arrays.equals(cap.ids, trackIds);
    }

    /**
     * What the plans of roadmaps of one structure (a re-planner's chain) share: the layout of the last
     * capacity's tracks, kept while the tracks stay the same, the last capacity's table
     * ({@link CapacityTable}), kept while the capacity is equal, the structure's dependents rows, and the edges among the last plan's
     * planned skills ({@link PlannedEdges}), kept while the same skills are planned, a spare of the
     * packer's working arrays ({@link ScratchSlot}), and the window that set the last lower bound
     * ({@link BoundHint}). Thread-safe: racing plans make equal values and one
     * of them is kept; a spare serves one plan call at a time.
     */
    public static final class Cache {
        private volatile SkillLayout last;
        private volatile PlannedEdges lastEdges;
        /** The dependents rows of the structure's requires rows, made at the first plan. */
        private volatile int[][] dependents;
        private volatile CapacityTable lastCapacity;
        /** The packer's working arrays, handed on from one plan call of the chain to the next ({@link ScratchSlot}). */
        final ScratchSlot scratch = new ScratchSlot();
        /** The window that set the last plan's lower bound, tried first by the next ({@link BoundHint}). */
        final BoundHint boundHint = new BoundHint();

        /** An empty cache, for the roadmaps of one structure. */
        public Cache() {
        }

        /**
         * @param capacity a plan's capacity
         * @return its table: the last one when the capacity is the same or equal (a table is immutable)
         */
        CapacityTable capacity(Capacity capacity) {
            CapacityTable c = lastCapacity;
            if (c == null || (c.capacity != capacity && !c.capacity.equals(capacity))) {
                c = CapacityTable.of(capacity);
                lastCapacity = c;
            }
            return c;
        }

        /**
         * @param roadmap a roadmap of the structure this cache belongs to
         * @param cap     the capacity table of the plan
         * @return the layout for the capacity's tracks
         */
        SkillLayout of(Roadmap roadmap, CapacityTable cap) {
            SkillLayout l = last;
            if (l == null || !l.fits(cap)) {
                l = SkillLayout.of(roadmap, cap);
                last = l;
            }
            return l;
        }

        /**
         * @param activeOf the planned index of each skill by document index, -1 for one not planned
         * @param m        how many skills are planned
         * @param rows     the structure's requires rows
         * @param order    its topological order
         * @return the edges among the planned skills: the last ones when the same skills are planned
         */
        PlannedEdges edges(int[] activeOf, int m, int[][] rows, int[] order) {
            PlannedEdges e = lastEdges;
            if (e == null || !e.plans(activeOf)) {
                int[][] d = dependents;
                if (d == null) {
                    d = Csr.transpose(rows[0], rows[1]);
                    dependents = d;
                }
                e = new PlannedEdges(activeOf, m, rows, d, order);
                lastEdges = e;
            }
            return e;
        }
    }
}
