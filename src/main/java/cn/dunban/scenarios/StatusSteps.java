package cn.dunban.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import cn.dunban.status.StatusReport;
import cn.dunban.status.TargetStatus;
import cn.dunban.vocabulary.Light;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;

/** Steps of the status board: the office asks for every target's light, and the scenario says which. */
public class StatusSteps {

    @当("^督查室按\\s*(\\d{4}-\\d{2}-\\d{2})\\s*出具状态灯$")
    public void status(String date) {
        World.current().status(LocalDate.parse(date));
    }

    /** Columns: 目标, 灯 (红灯/黄灯/绿灯/灰灯 or RED …), and optionally 完成率, 序时进度 (in %), 理由包含, 问题 (rule ids). */
    @那么("目标的状态灯为：")
    public void lights(DataTable table) {
        StatusReport board = board();
        for (Map<String, String> row : table.asMaps()) {
            String id = row.get("目标");
            TargetStatus s = board.targets().stream().filter(t -> t.target().id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("状态台账中没有目标 " + id));
            String what = id + "：" + s.light().label() + " " + s.reasons() + " 完成率 " + s.progress() + " 序时进度 "
                    + s.expected() + " 问题 " + s.findingRules();
            assertThat(s.light()).as(what).isEqualTo(light(row.get("灯")));
            number(row.get("完成率"), s.progress(), what);
            number(row.get("序时进度"), s.expected(), what);
            String reason = row.get("理由包含");
            if (reason != null && !reason.isBlank()) {
                assertThat(String.join("；", s.reasons())).as(what).contains(reason);
            }
            String rules = row.get("问题");
            if (rules != null) {
                assertThat(String.join("、", s.findingRules())).as(what).isEqualTo(rules.strip());
            }
        }
    }

    @那么("状态台账中目录的每个目标恰好一盏灯")
    public void everyTargetOneLight() {
        StatusReport board = board();
        int n = World.catalog().size();
        assertThat(board.targets().stream().map(s -> s.target().id()).distinct().count()).isEqualTo(n);
        assertThat(board.targets()).hasSize(n);
        assertThat(board.summary().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(n);
    }

    private static void number(String expected, Double actual, String what) {
        if (expected == null || expected.isBlank()) {
            return;
        }
        if (expected.strip().equals("无")) {
            assertThat(actual).as(what).isNull();
            return;
        }
        assertThat(actual).as(what).isNotNull();
        assertThat(actual).as(what).isCloseTo(Double.parseDouble(expected.replace("%", "").strip()),
                org.assertj.core.data.Offset.offset(0.05));
    }

    private static StatusReport board() {
        World w = World.current();
        if (w.failure != null) {
            throw new AssertionError("状态灯未能出具：" + w.failure.getMessage(), w.failure);
        }
        assertThat(w.status).as("还没有出具状态灯").isNotNull();
        return w.status;
    }

    static Light light(String label) {
        for (Light l : Light.values()) {
            if (l.label().equals(label) || l.name().equals(label)) {
                return l;
            }
        }
        throw new IllegalArgumentException("不认识的灯色“" + label + "”（可用: "
                + java.util.Arrays.stream(Light.values()).map(Light::label).collect(Collectors.joining("、")) + "）");
    }
}
