package cn.dunban.scenarios;

import java.util.List;
import java.util.Map;

import cn.dunban.findings.Finding;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.zh_cn.那么;

/** Finer readings of the supervision list: which rule a single finding came from, and its evidence. */
public class FindingSteps {

    @那么("对象 {string} 只有一条问题，规则为 {string}")
    public void onlyRule(String subject, String rule) {
        List<Finding> about = CheckSteps.about(subject);
        Expect.that(about.size() == 1 && rule.equals(about.get(0).getRule()), subject + " 只有一条问题，规则为 " + rule, about);
    }

    /** Table | 项 | 值 |: each evidence key with the value as printed in the findings document. */
    @那么("对象 {string} 的问题证据为：")
    public void evidence(String subject, DataTable table) {
        List<Finding> about = CheckSteps.about(subject);
        Expect.that(!about.isEmpty(), subject + " 有问题", about);
        for (Map<String, String> row : table.asMaps()) {
            String key = row.get("项");
            String expected = row.get("值");
            Expect.that(about.stream().anyMatch(f -> expected.equals(printed(f.getEvidence().get(key)))),
                    subject + " 的证据 " + key + " 为 " + expected,
                    about.stream().map(f -> key + " = " + printed(f.getEvidence().get(key))).toList().toString());
        }
    }

    private static String printed(Object v) {
        if (v instanceof Double d) {
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }
}
