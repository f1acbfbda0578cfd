package cn.dunban.office;

import cn.dunban.findings.Citation;
import cn.dunban.findings.Finding;
import cn.dunban.findings.FindingsReport;
import cn.dunban.findings.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The supervision list as a compliance officer hands it out: one section per jurisdiction and lead unit
 * ({@code 【济宁市·市发展改革委】}: the same bureau name leads targets in 济宁市 and in 菏泽市, and a list
 * that mixed them would send one city's items to the other's bureau); a finding with several lead units
 * appears under each; most serious first, in Chinese.
 */
public final class TextRenderer {

    static final String NO_UNIT = "（未明确牵头单位）";
    static final String NO_JURISDICTION = "（未明确地区）";

    private TextRenderer() {
    }

    public static String render(FindingsReport report) {
        StringBuilder b = new StringBuilder();
        b.append("督办清单　截至 ").append(report.asOf()).append("　规则库 ").append(report.rulebase()).append('\n');
        b.append("汇总：").append(report.summary().entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining("　"))).append('\n');
        if (report.findings().isEmpty()) {
            return b.append("\n没有发现问题。\n").toString();
        }
        Map<String, List<Finding>> byUnit = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            List<String> units = f.getLeadUnits().isEmpty() ? List.of(NO_UNIT) : f.getLeadUnits();
            String place = f.getJurisdiction() == null ? NO_JURISDICTION : f.getJurisdiction();
            units.forEach(u -> byUnit.computeIfAbsent(heading(place, u), k -> new ArrayList<>()).add(f));
        }
        List<Map.Entry<String, List<Finding>>> units = new ArrayList<>(byUnit.entrySet());
        units.sort(Comparator.<Map.Entry<String, List<Finding>>, Severity>comparing(e -> e.getValue().get(0).getSeverity())
                .thenComparing(e -> -e.getValue().size()).thenComparing(Map.Entry::getKey));
        for (var unit : units) {
            b.append("\n【").append(unit.getKey()).append("】　").append(counts(unit.getValue())).append('\n');
            for (Finding f : unit.getValue()) {
                b.append("  [").append(f.getSeverity().label()).append("] ").append(f.getSubject()).append("　")
                        .append(f.getMessage()).append('\n');
                if (!f.getEvidence().isEmpty()) {
                    b.append("        证据：").append(EvidenceText.line(f)).append('\n');
                }
                Citation c = f.getCitation();
                if (c != null) {
                    b.append("        依据：").append(c.document());
                    if (c.task() != null) {
                        b.append(" 第").append(c.task()).append("项");
                    }
                    b.append("“").append(c.text()).append("”\n");
                }
                b.append("        规则：").append(f.getRule()).append('\n');
            }
        }
        return b.toString();
    }

    /** A section's heading: "济宁市·市发展改革委". */
    public static String heading(String jurisdiction, String unit) {
        return jurisdiction + "·" + unit;
    }

    private static String counts(List<Finding> findings) {
        Map<Severity, Long> n = findings.stream()
                .collect(Collectors.groupingBy(Finding::getSeverity, LinkedHashMap::new, Collectors.counting()));
        return n.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining("　"));
    }
}
