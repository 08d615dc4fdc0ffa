package dev.roadmap.spi;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;

/**
 * The dependents of each skill by document index, for the scopes of one roadmap structure: made on
 * the first call (only a change near a skill left out needs them) and then shared by every scope
 * derived from the same one. Thread-safe: racing callers make equal arrays and one of them is kept.
 */
final class ScopeLinks {
    private volatile int[][] dependents;

    /**
     * @param roadmap a roadmap of the structure these links belong to
     * @return {@code [offsets, dependents]}: the skills requiring skill i at {@code offsets[i] .. offsets[i+1]}
     */
    int[][] dependents(Roadmap roadmap) {
        int[][] d = dependents;
        if (d == null) {
            int n = roadmap.size();
            int[] off = new int[n + 1];
            for (int i = 0; i < n; i++) {
                for (SkillId id : roadmap.skill(i).requires()) {
                    off[roadmap.indexOf(id) + 1]++;
                }
            }
            for (int i = 0; i < n; i++) {
                off[i + 1] += off[i];
            }
            int[] dependent = new int[off[n]];
            int[] filled = new int[n];
            for (int i = 0; i < n; i++) {
                for (SkillId id : roadmap.skill(i).requires()) {
                    int p = roadmap.indexOf(id);
                    dependent[off[p] + filled[p]++] = i;
                }
            }
            d = new int[][] {off, dependent};
            dependents = d;
        }
        return d;
    }
}
