package cn.dunban.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a findings document (docs/findings.md) back, as {@link JsonRenderer} wrote it: for a stored check that is
 * exported as a workbook or compared with a later one. Evidence values come back as JSON gives them
 * (numbers, strings, booleans).
 */
public final class FindingsJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FindingsJson() {
    }

    public static FindingsReport read(String json) {
        JsonNode doc = JSON.readTree(json);
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : doc.path("findings")) {
            findings.add(finding(f));
        }
        return new FindingsReport(LocalDate.parse(doc.path("asOf").asString()), text(doc, "rulebase"), findings);
    }

    private static Finding finding(JsonNode f) {
        List<String> units = new ArrayList<>();
        f.path("leadUnits").forEach(u -> units.add(u.asString()));
        Map<String, Object> evidence = new LinkedHashMap<>();
        for (var e : f.path("evidence").properties()) {
            JsonNode v = e.getValue();
            evidence.put(e.getKey(), v.isNumber() ? v.numberValue() : v.isBoolean() ? v.asBoolean() : v.asString());
        }
        JsonNode c = f.path("citation");
        Citation citation = c.isObject() ? new Citation(text(c, "document"), integer(c, "task"), text(c, "text")) : null;
        return new Finding(Severity.valueOf(f.path("severity").asString()), f.path("rule").asString(),
                SubjectType.valueOf(f.path("subjectType").asString()), text(f, "subject"), text(f, "document"),
                integer(f, "task"), text(f, "jurisdiction"), units, text(f, "message"), evidence, citation);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asString();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asInt();
    }
}
