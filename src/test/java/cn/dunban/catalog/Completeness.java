package cn.dunban.catalog;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import cn.dunban.catalog.Quantities.Quantity;

/**
 * Which commitments of a document no target accounts for: every number with a unit ({@link Quantities}) and
 * every commitment without one — 全部/全覆盖, 前N/位次, a number joined to other words, an event
 * ({@link Commitments}). A quantity is accounted for when
 * it lies inside an occurrence of some target's verbatim text, or inside an excluded stretch
 * (a snippet, or a from…to region such as a review section that holds facts, not targets).
 */
final class Completeness {

    record Exclusion(String snippet, String from, String to, String reason) {
    }

    record ExclusionFile(String document, String seed, List<Exclusion> exclusions) {
    }

    private Completeness() {
    }

    static List<String> uncovered(String documentText, List<Target> targets, List<Exclusion> exclusions) {
        String doc = Quantities.squeeze(documentText);
        BitSet covered = new BitSet(doc.length());
        for (Target t : targets) {
            mark(doc, Quantities.squeeze(t.text()), covered);
        }
        for (Exclusion e : exclusions) {
            if (e.snippet() != null) {
                mark(doc, Quantities.squeeze(e.snippet()), covered);
            } else {
                int from = doc.indexOf(Quantities.squeeze(e.from()));
                int to = doc.indexOf(Quantities.squeeze(e.to()), Math.max(from, 0));
                if (from >= 0 && to > from) {
                    covered.set(from, to);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Quantity q : Quantities.find(doc)) {
            if (covered.nextClearBit(q.start()) < q.end()) {
                missing.add(line(doc, q.match(), q.start(), q.end()));
            }
        }
        for (Commitments.Commitment c : Commitments.find(doc)) {
            if (covered.nextClearBit(c.start()) < c.end()) {
                missing.add(line(doc, c.match(), c.start(), c.end()) + "  [" + c.kind() + "]");
            }
        }
        return missing;
    }

    private static String line(String doc, String match, int start, int end) {
        int a = Math.max(0, start - 20);
        int b = Math.min(doc.length(), end + 12);
        return match + "  …" + doc.substring(a, b) + "…";
    }

    /** Target texts that do not occur in the document as written (after removing PDF debris). */
    static List<String> notVerbatim(String documentText, List<Target> targets) {
        String doc = Quantities.squeeze(documentText);
        return targets.stream()
                .filter(t -> !doc.contains(Quantities.squeeze(t.text())))
                .map(t -> t.id() + ": " + t.text())
                .toList();
    }

    private static void mark(String doc, String needle, BitSet covered) {
        if (needle.isEmpty()) {
            return;
        }
        for (int i = doc.indexOf(needle); i >= 0; i = doc.indexOf(needle, i + 1)) {
            covered.set(i, i + needle.length());
        }
    }
}
