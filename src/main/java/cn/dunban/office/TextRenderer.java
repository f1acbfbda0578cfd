package cn.dunban.office;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.dunban.findings.Citation;
import cn.dunban.findings.Finding;
import cn.dunban.findings.UnitGroups;
import cn.dunban.findings.FindingsReport;

/**
 * The supervision list as a compliance officer hands it out: one section per jurisdiction and lead unit
 * ({@code 【济宁市·市发展改革委】}: the same bureau name leads targets in 济宁市 and in 菏泽市, and a list
 * that mixed them would send one city's items to the other's bureau), cut by {@link UnitGroups}; each
 * finding with its evidence in Chinese ({@link EvidenceText}) and the verbatim clause.
 */
public final class TextRenderer {

    private TextRenderer() {
    }

    public static String render(FindingsReport report) {
        return render(report, java.util.Set.of());
    }

    /** The list with sections for the given lead units only (all when empty), as a check scoped to them asks. */
    public static String render(FindingsReport report, java.util.Collection<String> onlyUnits) {
        StringBuilder b = new StringBuilder();
        b.append("督办清单　截至 ").append(report.asOf()).append("　规则库 ").append(report.rulebase()).append('\n');
        b.append("汇总：").append(report.summary().entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining("　"))).append('\n');
        if (report.findings().isEmpty()) {
            return b.append("\n没有发现问题。\n").toString();
        }
        for (Map.Entry<UnitGroups.Group, List<Finding>> unit : UnitGroups.of(report, onlyUnits).entrySet()) {
            b.append("\n【").append(unit.getKey().heading()).append("】　").append(UnitGroups.counts(unit.getValue()))
                    .append('\n');
            for (Finding f : unit.getValue()) {
                b.append("  [").append(f.getSeverity().label()).append("] ").append(f.getSubject()).append("　")
                        .append(f.getMessage()).append('\n');
                if (!f.getEvidence().isEmpty()) {
                    b.append("        证据：").append(EvidenceText.line(f)).append('\n');
                }
                Citation c = f.getCitation();
                if (c != null) {
                    b.append("        依据：").append(citation(c)).append('\n');
                }
                b.append("        规则：").append(f.getRule()).append('\n');
            }
        }
        return b.toString();
    }

    /** "JN2023 第30项“城镇新建民用建筑中绿色建筑占比达到100%”" */
    public static String citation(Citation c) {
        return c.document() + (c.task() != null ? " 第" + c.task() + "项" : "") + "“" + c.text() + "”";
    }

    /** A section's heading: "济宁市·市发展改革委". */
    public static String heading(String jurisdiction, String unit) {
        return new UnitGroups.Group(jurisdiction, unit).heading();
    }
}
