package cn.dunban.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dunban.catalog.Target;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The status document of docs/findings.md, field for field: {@code {"asOf", "rulebase", "summary": {"RED", "YELLOW",
 * "GREEN", "GREY"}, "targets": [{"id", "document", "task", "jurisdiction", "leadUnits", "light", "reported",
 * "required", "unit", "progress", "expected", "reportAsOf", "findings": [rule ids]}]}}. Numbers the rules could
 * not compute are null.
 */
public final class StatusJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private StatusJson() {
    }

    public static String render(StatusReport report) {
        return JSON.writeValueAsString(toMap(report)) + "\n";
    }

    public static Map<String, Object> toMap(StatusReport report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asOf", report.asOf().toString());
        doc.put("rulebase", report.rulebase());
        Map<String, Integer> summary = new LinkedHashMap<>();
        report.summary().forEach((l, n) -> summary.put(l.name(), n));
        doc.put("summary", summary);
        doc.put("targets", report.targets().stream().map(StatusJson::row).toList());
        return doc;
    }

    private static Map<String, Object> row(TargetStatus s) {
        Target t = s.target();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("document", t.document());
        m.put("task", t.task());
        m.put("jurisdiction", t.jurisdiction());
        m.put("leadUnits", t.leadUnits());
        m.put("light", s.light().name());
        m.put("reported", s.reported());
        m.put("required", s.required());
        m.put("unit", s.unit());
        m.put("progress", s.progress());
        m.put("expected", s.expected());
        m.put("reportAsOf", s.reportAsOf() == null ? null : s.reportAsOf().toString());
        m.put("findings", List.copyOf(s.findingRules()));
        return m;
    }
}
