package cn.dunban.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The findings document of contract §4: one check's result, findings in reading order. */
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

    /** "JN2023-9-10" after "JN2023-9-2": ids compare by their numeric parts. */
    static int naturalOrder(String a, String b) {
        String[] pa = a.split("-");
        String[] pb = b.split("-");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c;
            if (pa[i].matches("\\d+") && pb[i].matches("\\d+")) {
                c = Long.compare(Long.parseLong(pa[i]), Long.parseLong(pb[i]));
            } else {
                c = pa[i].compareTo(pb[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    }
}
