package cn.dunban.office;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.dunban.catalog.Target;
import cn.dunban.status.StatusReport;
import cn.dunban.status.TargetStatus;

/**
 * The status board as text: counts per light, then one section per jurisdiction and lead unit
 * ({@code 【济宁市·市发展改革委】}), each target with its light, 完成率, 序时进度 and the reason for its light.
 */
public final class StatusText {

    private StatusText() {
    }

    public static String render(StatusReport report) {
        StringBuilder b = new StringBuilder();
        b.append("目标状态台账　截至 ").append(report.asOf()).append("　范围 ").append(report.scope().describe())
                .append("　规则库 ").append(report.rulebase()).append('\n');
        b.append("汇总：").append(report.summary().entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining("　"))).append('\n');
        Map<String, List<TargetStatus>> sections = new LinkedHashMap<>();
        for (TargetStatus s : report.targets()) {
            Target t = s.target();
            List<String> units = t.leadUnits().isEmpty() ? List.of("（未明确牵头单位）") : t.leadUnits();
            for (String u : units) {
                // a board asked for one unit opens no section for the units that lead its targets jointly with it
                if (report.scope().units().isEmpty() || report.scope().units().contains(u)) {
                    sections.computeIfAbsent(TextRenderer.heading(t.jurisdiction(), u), k -> new ArrayList<>()).add(s);
                }
            }
        }
        for (var e : sections.entrySet()) {
            b.append("\n【").append(e.getKey()).append("】\n");
            for (TargetStatus s : e.getValue()) {
                Target t = s.target();
                b.append("  ").append(s.light().label()).append(' ').append(t.id()).append('　').append(t.indicator());
                if (s.progress() != null) {
                    b.append("　完成率 ").append(EvidenceText.percent(s.progress()))
                            .append("　序时进度 ").append(EvidenceText.percent(s.expected()));
                }
                b.append('\n');
                if (!s.reasons().isEmpty()) {
                    b.append("        ").append(String.join("；", s.reasons())).append('\n');
                }
            }
        }
        return b.toString();
    }
}
