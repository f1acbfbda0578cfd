package cn.dunban.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import cn.dunban.catalog.CatalogReader;
import cn.dunban.input.InputException;

/** Facts that cannot be true are refused with the reason, whatever file they come in. */
class PlausibilityTest {

    /** Today is 2023-10-08 in China. */
    static final FactsReader READER = new FactsReader(CatalogReader.builtIn(),
            Clock.fixed(Instant.parse("2023-10-08T02:00:00Z"), ZoneOffset.UTC));

    static String errors(String json) {
        try {
            READER.read(json.getBytes(StandardCharsets.UTF_8), "f.json");
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void aReportDatedAfterTodayIsRefused() {
        assertThat(errors("""
                {"reports": [{"target": "JN2023-1-2", "asOf": "2023-10-09", "value": 3, "unit": "家"}]}"""))
                .isEqualTo("f.json:1:47: reports[0].asOf: future-date: 报告日期 2023-10-09 晚于今天（2023-10-08）：数据不能截至未来的日期");
        assertThat(READER.read("""
                {"reports": [{"target": "JN2023-1-2", "asOf": "2023-10-08", "value": 3, "unit": "家"}]}"""
                .getBytes(StandardCharsets.UTF_8), "f.json").reports()).hasSize(1);
    }

    @Test
    void aReportOutsideItsTargetsYearsIsRefused() {
        assertThat(errors("""
                {"reports": [{"target": "JN2023-1-2", "asOf": "2022-12-31", "value": 3, "unit": "家"}]}"""))
                .contains("out-of-period: 报告日期 2022-12-31 不在目标 JN2023-1-2 的年度内（2023年）");
    }

    @Test
    void aNegativeCountOrAmountIsRefusedButAFallingRateIsNot() {
        assertThat(errors("""
                {"reports": [{"target": "JN2023-1-2", "asOf": "2023-09-30", "value": -40, "unit": "家"},
                             {"target": "JN2023-74-1", "asOf": "2023-09-30", "value": -1, "unit": "万人"}]}"""))
                .contains("reports[0].value: negative: 完成值 -40家 是负数：个数不会小于 0")
                .contains("reports[1].value: negative: 完成值 -1万人 是负数：人数不会小于 0");
        assertThat(READER.read("""
                {"reports": [{"document": "JN2023", "task": 16, "indicator": "能耗强度降低", "asOf": "2023-09-30",
                              "value": -0.5, "unit": "%"}]}""".getBytes(StandardCharsets.UTF_8), "f.json").reports())
                .singleElement().satisfies(r -> assertThat(r.value()).isEqualTo(-0.5));
    }

    @Test
    void negativeEnergyIsRefused() {
        assertThatThrownBy(() -> READER.read("""
                {"energy": [{"jurisdiction": "兖州区", "year": 2022, "gdp": 800, "energy": -4}]}"""
                .getBytes(StandardCharsets.UTF_8), "f.json"))
                .hasMessageContaining("energy[0].energy: negative: 能源消费总量 -4 是负数");
    }
}
