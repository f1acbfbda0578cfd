package cn.dunban.scenarios;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.dunban.findings.Finding;
import cn.dunban.findings.Severity;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.Before;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;

/**
 * Steps every rule family's scenarios share: units report progress, the office runs a check, the
 * supervision list says what it says. Column headers are the words a compliance office uses.
 */
public class CheckSteps {


    /** Table column → facts field (docs/facts.md). */
    private static final Map<String, String> REPORT_COLUMNS = Map.ofEntries(
            Map.entry("目标", "target"), Map.entry("文件", "document"), Map.entry("任务", "task"),
            Map.entry("指标", "indicator"), Map.entry("截至", "asOf"), Map.entry("数值", "value"),
            Map.entry("单位", "unit"), Map.entry("完成", "done"), Map.entry("报送单位", "reporter"),
            Map.entry("来源", "source"));

    @Before
    public void freshScenario() {
        World.reset();
    }

    @假如("各单位报送了以下进度：")
    public void reports(DataTable table) {
        table.asMaps().forEach(row -> World.current().reports.add(fields(row)));
    }

    @假如("下达了以下指标：")
    public void assignments(DataTable table) {
        table.asMaps().forEach(row -> World.current().assignments.add(fields(row)));
    }

    @当("^督查室按\\s*(\\d{4}-\\d{2}-\\d{2})\\s*进行检查$")
    public void check(String date) {
        World.current().check(LocalDate.parse(date));
    }

    @那么("督办清单中有：")
    public void listContains(DataTable table) {
        List<Finding> findings = findings();
        for (Map<String, String> row : table.asMaps()) {
            Severity severity = severity(row.get("级别"));
            String subject = row.get("对象");
            String rule = row.get("规则");
            String message = row.get("说明包含");
            boolean found = findings.stream().anyMatch(f -> f.getSeverity() == severity && subject.equals(f.getSubject())
                    && (rule == null || rule.isBlank() || rule.equals(f.getRule()))
                    && (message == null || message.isBlank() || f.getMessage().contains(message)));
            Expect.that(found, row.get("级别") + " " + subject + (rule == null || rule.isBlank() ? "" : " " + rule)
                    + (message == null || message.isBlank() ? "" : " 说明包含“" + message + "”"), about(subject));
        }
    }

    @那么("对象 {string} 没有问题")
    public void noFinding(String subject) {
        List<Finding> about = about(subject);
        Expect.that(about.isEmpty(), subject + " 没有问题", about);
    }

    @那么("对象 {string} 只有一条问题，列为 {string}")
    public void exactlyOne(String subject, String severity) {
        List<Finding> about = about(subject);
        Expect.that(about.size() == 1 && about.get(0).getSeverity() == severity(severity),
                subject + " 只有一条问题，列为" + severity, about);
    }

    @那么("对象 {string} 的问题说明是 {string}")
    public void messageIs(String subject, String message) {
        List<Finding> about = about(subject);
        Expect.that(about.stream().anyMatch(f -> f.getMessage().equals(message)), subject + " 的问题说明是“" + message + "”",
                about);
    }

    @那么("对象 {string} 的问题引用原文 {string}")
    public void citation(String subject, String text) {
        List<Finding> about = about(subject);
        Expect.that(about.stream().anyMatch(f -> f.getCitation() != null && text.equals(f.getCitation().text())),
                subject + " 的问题引用原文“" + text + "”", about.stream()
                        .map(f -> f.getCitation() == null ? "（无引用）" : "“" + f.getCitation().text() + "”")
                        .collect(Collectors.joining("、", "", about.isEmpty() ? "（无问题）" : "")));
    }

    @那么("督办清单中没有 {string}")
    public void noneOf(String severity) {
        Severity s = severity(severity);
        List<Finding> those = findings().stream().filter(f -> f.getSeverity() == s).toList();
        Expect.that(those.isEmpty(), "督办清单中没有" + severity, those);
    }

    @那么("检查因输入错误未执行，错误信息包含 {string}")
    public void inputError(String text) {
        World w = World.current();
        Expect.that(w.failure != null, "检查因输入错误未执行", w.result == null ? "（未检查）" : "检查执行了："
                + Expect.describe(w.result.findings()));
        Expect.that(w.failure.getMessage().contains(text), "错误信息包含“" + text + "”", w.failure.getMessage());
    }

    @假如("政策处在规则目录的副本中把参数 {string} 改为 {double}")
    public void editParameter(String name, double value) throws IOException {
        World w = World.current();
        Path copy = RuleCopies.copy(w.rules);
        Expect.that(RuleCopies.setParameter(copy, name, null, value), "规则目录中有参数 " + name, "没有这个参数");
        w.rules = copy;
    }

    static List<Finding> findings() {
        World w = World.current();
        if (w.failure != null) {
            throw new AssertionError("检查未能执行：" + w.failure.getMessage(), w.failure);
        }
        Expect.that(w.result != null, "已进行检查", "还没有进行检查（场景缺少“当 督查室按 日期 进行检查”）");
        return w.result.findings();
    }

    /** The findings about one subject (a target, project, jurisdiction): what 实际 shows for it. */
    static List<Finding> about(String subject) {
        return findings().stream().filter(f -> subject.equals(f.getSubject())).toList();
    }

    static Severity severity(String label) {
        for (Severity s : Severity.values()) {
            if (s.label().equals(label) || s.name().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("不认识的级别“" + label + "”（可用: 违规、预警、进度滞后、未报送、提示）");
    }

    static String describe(List<Finding> findings) {
        return findings.stream().map(f -> "  " + f.getSeverity().label() + " " + f.getSubject() + " " + f.getRule()
                + " " + f.getMessage()).collect(Collectors.joining("\n"));
    }

    /** A table row as facts fields: blank cells are left out; numbers, booleans and task numbers typed. */
    static Map<String, Object> fields(Map<String, String> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((column, cell) -> {
            if (cell == null || cell.isBlank()) {
                return;
            }
            String field = REPORT_COLUMNS.getOrDefault(column, column);
            String v = cell.strip();
            switch (field) {
                case "value" -> out.put(field, Double.parseDouble(v));
                case "task" -> out.put(field, Integer.parseInt(v));
                case "done" -> out.put(field, v.equals("是") || v.equals("true") || v.equals("已完成"));
                default -> out.put(field, v);
            }
        });
        return out;
    }
}
