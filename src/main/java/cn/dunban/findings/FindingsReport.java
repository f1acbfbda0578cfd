package cn.dunban.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The findings document of docs/findings.md: one check's result, findings in reading order. */
public record FindingsReport(LocalDate asOf, String rulebase, List<Finding> findings) {

    /** Most serious first, then by document, task and subject, so two runs print the same list. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::getSeverity)
            .thenComparing(f -> f.getDocument() == null ? "" : f.getDocument())
            .thenComparing(f -> f.getTask() == null ? -1 : f.getTask())
            .thenComparing(f -> f.getSubject() == null ? "" : f.getSubject(), FindingsReport::naturalOrder)
            .thenComparing(Finding::getRule)
            .thenComparing(f -> f.getMessage() == null ? "" : f.getMessage());

    public FindingsReport {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        findings = List.copyOf(sorted);
    }

    /** Count per severity, every severity present in the map (zero where none), in severity order. */
    public Map<Severity, Integer> summary() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.getSeverity(), 1, Integer::sum));
        return new LinkedHashMap<>(counts);
    }

    public boolean hasViolation() {
        return findings.stream().anyMatch(f -> f.getSeverity() == Severity.VIOLATION);
    }

    /**
     * "JN2023-9-10" after "JN2023-9-2": ids compare part by part (split at '-'), parts of digits by
     * their value, other parts as text; a prefix first. Walks the two strings in place, because a
     * province's check sorts tens of thousands of findings with it.
     */
    static int naturalOrder(String a, String b) {
        int ia = 0;
        int ib = 0;
        int na = trimmedLength(a);
        int nb = trimmedLength(b);
        while (ia <= na && ib <= nb) {
            int ea = partEnd(a, ia, na);
            int eb = partEnd(b, ib, nb);
            int c = comparePart(a, ia, ea, b, ib, eb);
            if (c != 0) {
                return c;
            }
            ia = ea + 1;
            ib = eb + 1;
        }
        return Boolean.compare(ia <= na, ib <= nb);
    }

    /** Length without trailing '-', which {@code split} would have dropped as empty parts. */
    private static int trimmedLength(String s) {
        int n = s.length();
        while (n > 0 && s.charAt(n - 1) == '-') {
            n--;
        }
        return n;
    }

    private static int partEnd(String s, int from, int n) {
        int i = from;
        while (i < n && s.charAt(i) != '-') {
            i++;
        }
        return i;
    }

    private static int comparePart(String a, int fa, int ea, String b, int fb, int eb) {
        if (isDigits(a, fa, ea) && isDigits(b, fb, eb)) {
            while (fa < ea - 1 && a.charAt(fa) == '0') {
                fa++;
            }
            while (fb < eb - 1 && b.charAt(fb) == '0') {
                fb++;
            }
            int c = Integer.compare(ea - fa, eb - fb);
            for (int i = 0; c == 0 && i < ea - fa; i++) {
                c = Character.compare(a.charAt(fa + i), b.charAt(fb + i));
            }
            return c;
        }
        int n = Math.min(ea - fa, eb - fb);
        for (int i = 0; i < n; i++) {
            char x = a.charAt(fa + i);
            char y = b.charAt(fb + i);
            if (x != y) {
                return x - y;
            }
        }
        return (ea - fa) - (eb - fb);
    }

    private static boolean isDigits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
