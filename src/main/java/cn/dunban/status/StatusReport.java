package cn.dunban.status;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dunban.findings.FindingsReport;
import cn.dunban.scope.Scope;
import cn.dunban.vocabulary.Light;

/**
 * The status board of one check date: every target in scope with its light (docs/findings.md), and the check's
 * findings in the same scope, so a page or a workbook shows both from one run.
 */
public record StatusReport(LocalDate asOf, String rulebase, Scope scope, List<TargetStatus> targets,
        FindingsReport findings) {

    public StatusReport {
        targets = List.copyOf(targets);
    }

    /** Count per light, every light present (zero where none), RED first. */
    public Map<Light, Integer> summary() {
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        for (Light l : Light.values()) {
            counts.put(l, 0);
        }
        targets.forEach(t -> counts.merge(t.light(), 1, Integer::sum));
        return new LinkedHashMap<>(counts);
    }
}
