package dev.roadmap.io.json.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name a misspelt one was probably meant to be, by optimal-string-alignment
 * distance (Levenshtein plus transpositions of neighbours, so {@code requries} is one edit from
 * {@code requires}), ignoring case. A suggestion is made only when it is close for the name's
 * length: one edit up to 4 characters, two up to 8, three beyond; ties go to the name first in
 * alphabetical order so the answer is deterministic. Stateless and thread-safe.
 */
public final class NearestName {
    private NearestName() {
    }

    /**
     * @param name  the name as written
     * @param known the names that would have been understood
     * @return the closest known name, when one is close enough
     */
    public static Optional<String> of(String name, Collection<String> known) {
        String written = name.toLowerCase(Locale.ROOT);
        int allowed = allowedEdits(written.length());
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            if (candidate.equals(name)) {
                continue;
            }
            String target = candidate.toLowerCase(Locale.ROOT);
            if (Math.abs(target.length() - written.length()) > allowed) {
                continue;
            }
            int d = distance(written, target);
            if (d <= allowed && d < target.length()
                    && (d < bestDistance || d == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int allowedEdits(int length) {
        if (length <= 4) {
            return 1;
        }
        return length <= 8 ? 2 : 3;
    }

    /** Optimal string alignment distance; the names are short, so the full table is cheap. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
