package cn.dunban.facts;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The closest known field name to a misspelt one ({@code asof} → {@code asOf}, {@code windowGuidence}
 * → {@code windowGuidance}), so that an unknown field is reported with what was most likely meant.
 */
final class FieldNames {

    private FieldNames() {
    }

    static Optional<String> closest(String given, Collection<String> known) {
        String g = given.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(g, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        // Up to one edit in three characters, at least two: "reporter" for "reportor", not "id" for "ab".
        int allowed = Math.max(2, g.length() / 3);
        return best != null && bestDistance <= allowed && bestDistance < g.length() ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
