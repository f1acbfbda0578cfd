package cn.dunban.scenarios;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dunban.findings.Finding;
import cn.dunban.findings.Severity;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.那么;

/**
 * Steps about projects under the 两高, 三高 and chemical-park controls: the office lists the projects
 * declared for construction, and reads which control each one breaks and which clause says so. Column
 * headers are the words of a project register; they become the {@code projects} facts of docs/facts.md.
 */
public class ProjectSteps {

    /** Register column → facts field; yes/no columns take 是/否. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("项目", "id"), Map.entry("名称", "name"), Map.entry("所在市", "jurisdiction"),
            Map.entry("县区", "county"), Map.entry("行业", "industry"), Map.entry("阶段", "stage"),
            Map.entry("窗口指导", "windowGuidance"), Map.entry("节能审查", "energyReview"),
            Map.entry("化工项目", "chemical"), Map.entry("在化工园区内", "inChemicalPark"),
            Map.entry("三高", "threeHigh"));

    /** The 五个减量替代 columns → {@code replacement} fields. */
    private static final Map<String, String> REPLACEMENT = Map.of("产能", "capacity", "煤耗", "coal",
            "能耗", "energy", "碳排放", "carbon", "污染物排放", "pollutant");

    @假如("以下项目申报建设：")
    public void projects(DataTable table) {
        table.asMaps().forEach(row -> World.current().projects.add(project(row)));
    }

    @那么("督办清单中有以下项目问题：")
    public void projectFindings(DataTable table) {
        List<Finding> findings = CheckSteps.findings();
        for (Map<String, String> row : table.asMaps()) {
            Severity severity = CheckSteps.severity(row.get("级别"));
            String project = row.get("项目");
            String rule = row.get("规则");
            String message = row.get("说明包含");
            String basis = row.get("依据");
            List<Finding> about = findings.stream().filter(f -> project.equals(f.getSubject())).toList();
            boolean found = about.stream().anyMatch(f -> f.getSeverity() == severity
                    && (rule == null || rule.isBlank() || f.getRule().equals(rule))
                    && (message == null || message.isBlank() || f.getMessage().contains(message))
                    && (basis == null || basis.isBlank() || f.getCitation() != null && basis(f).equals(basis.strip())));
            Expect.that(found, row.get("级别") + " " + project + " " + blank(rule) + " " + blank(message) + " "
                    + blank(basis), "该项目的问题：\n" + describe(about));
        }
    }

    @那么("项目 {string} 的问题共 {int} 条")
    public void count(String project, int n) {
        List<Finding> about = CheckSteps.findings().stream().filter(f -> project.equals(f.getSubject())).toList();
        Expect.that(about.size() == n, project + " 的问题共 " + n + " 条", about.size() + " 条：\n" + describe(about));
    }

    private static String describe(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "  （没有）";
        }
        return String.join("\n", findings.stream().map(f -> "  " + f.getSeverity().label() + " " + f.getRule() + " "
                + (f.getCitation() == null ? "" : basis(f)) + " " + f.getMessage()).toList());
    }

    /** "JN2023 第12项": how an officer names the clause a finding cites. */
    static String basis(Finding f) {
        return f.getCitation().document() + " 第" + f.getCitation().task() + "项";
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    static Map<String, Object> project(Map<String, String> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> replacement = new LinkedHashMap<>();
        row.forEach((column, cell) -> {
            if (cell == null || cell.isBlank()) {
                return;
            }
            String v = cell.strip();
            if (REPLACEMENT.containsKey(column)) {
                replacement.put(REPLACEMENT.get(column), Double.parseDouble(v));
                return;
            }
            String field = COLUMNS.get(column);
            if (field == null) {
                throw new IllegalArgumentException("项目表中不认识的列“" + column + "”（可用: " + COLUMNS.keySet() + "、"
                        + REPLACEMENT.keySet() + "）");
            }
            switch (field) {
                case "windowGuidance", "energyReview", "chemical", "inChemicalPark", "threeHigh" -> out.put(field, yes(v));
                default -> out.put(field, v);
            }
        });
        if (!replacement.isEmpty()) {
            out.put("replacement", replacement);
        }
        return out;
    }

    private static boolean yes(String v) {
        return switch (v) {
            case "是", "有", "已履行", "已取得", "true" -> true;
            case "否", "无", "未履行", "未取得", "false" -> false;
            default -> throw new IllegalArgumentException("“" + v + "”应为 是 或 否");
        };
    }
}
