package cn.dunban.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.dunban.findings.Finding;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.zh_cn.那么;

/** Finer readings of the supervision list: which rule a single finding came from, and its evidence. */
public class FindingSteps {

    @那么("对象 {string} 只有一条问题，规则为 {string}")
    public void onlyRule(String subject, String rule) {
        List<Finding> about = CheckSteps.findings().stream().filter(f -> subject.equals(f.getSubject())).toList();
        assertThat(about.size()).as("%s 的问题条数；实际：%n%s", subject, CheckSteps.describe(about)).isEqualTo(1);
        assertThat(about.get(0).getRule()).as("%s 的问题的规则", subject).isEqualTo(rule);
    }

    /** Table | 项 | 值 |: each evidence key with the value as printed in the findings document. */
    @那么("对象 {string} 的问题证据为：")
    public void evidence(String subject, DataTable table) {
        List<Finding> about = CheckSteps.findings().stream().filter(f -> subject.equals(f.getSubject())).toList();
        assertThat(about).as("%s 应有问题", subject).isNotEmpty();
        for (Map<String, String> row : table.asMaps()) {
            String key = row.get("项");
            String expected = row.get("值");
            assertThat(about.stream().anyMatch(f -> expected.equals(printed(f.getEvidence().get(key)))))
                    .as("%s 的证据 %s 应为 %s；实际：%s", subject, key, expected,
                            about.stream().map(Finding::getEvidence).toList())
                    .isTrue();
        }
    }

    private static String printed(Object v) {
        if (v instanceof Double d) {
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }
}
