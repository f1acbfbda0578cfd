package cn.dunban.bench.baseline;

import static cn.dunban.vocabulary.RuleFunctions.evidence;

import java.util.List;
import java.util.Set;

import cn.dunban.catalog.Target;
import cn.dunban.vocabulary.RuleFunctions;
import cn.dunban.findings.Finding;
import cn.dunban.findings.Severity;

/** {@code rules/reporting}: a target due by the check date with no report at all. */
final class ReportingFamily implements Family {

    @Override
    public String name() {
        return "reporting";
    }

    @Override
    public Set<String> rules() {
        return Set.of("missing-report");
    }

    @Override
    public void check(Data d, List<Finding> out) {
        for (Target t : d.targets()) {
            if (!t.deadline().isAfter(d.asOf()) && d.reports(t.id()).isEmpty() && !d.measured(t.id())) {
                out.add(RuleFunctions.finding("missing-report", Severity.MISSING_REPORT, t,
                        t.indicator() + "已于" + t.deadline() + "到期，截至" + d.asOf() + "未收到报告",
                        evidence("deadline", t.deadline(), "asOf", d.asOf())));
            }
        }
    }
}
