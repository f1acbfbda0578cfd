package cn.dunban.status;

import java.time.LocalDate;
import java.util.List;

import cn.dunban.catalog.Target;
import cn.dunban.findings.Finding;
import cn.dunban.vocabulary.Light;

/**
 * One row of the status board: a target, its light and why ({@code reasons}, in Chinese), the report that
 * counts ({@code reported} in {@code unit}, dated {@code reportAsOf}; null when none or when it gives only
 * done / not done), the goal ({@code required}), {@code progress} (完成率, %) and {@code expected} (序时进度, %)
 * where the rules could compute them, and the findings that concern the target.
 */
public record TargetStatus(Target target, Light light, List<String> reasons, Double reported, Double required,
        String unit, Double progress, Double expected, LocalDate reportAsOf, Boolean done, List<Finding> findings) {

    public TargetStatus {
        reasons = List.copyOf(reasons);
        findings = List.copyOf(findings);
    }

    /** The rule ids of the findings, in list order, each once. */
    public List<String> findingRules() {
        return findings.stream().map(Finding::getRule).distinct().toList();
    }
}
