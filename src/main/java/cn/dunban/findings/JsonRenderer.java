package cn.dunban.findings;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The findings document of docs/findings.md, field for field, for scripts and the HTTP API. */
public final class JsonRenderer {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonRenderer() {
    }

    public static String render(FindingsReport report) {
        return JSON.writeValueAsString(toMap(report)) + "\n";
    }

    public static Map<String, Object> toMap(FindingsReport report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asOf", report.asOf().toString());
        doc.put("rulebase", report.rulebase());
        Map<String, Integer> summary = new LinkedHashMap<>();
        report.summary().forEach((s, n) -> summary.put(s.name(), n));
        doc.put("summary", summary);
        doc.put("findings", report.findings().stream().map(JsonRenderer::finding).toList());
        return doc;
    }

    public static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", f.getSeverity().name());
        m.put("rule", f.getRule());
        m.put("subjectType", f.getSubjectType().name());
        m.put("subject", f.getSubject());
        m.put("document", f.getDocument());
        m.put("task", f.getTask());
        m.put("jurisdiction", f.getJurisdiction());
        m.put("leadUnits", f.getLeadUnits());
        m.put("message", f.getMessage());
        m.put("evidence", f.getEvidence());
        Citation c = f.getCitation();
        m.put("citation", c == null ? null : citation(c));
        return m;
    }

    private static Map<String, Object> citation(Citation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", c.document());
        m.put("task", c.task());
        m.put("text", c.text());
        return m;
    }

}
