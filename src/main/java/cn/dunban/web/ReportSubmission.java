package cn.dunban.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.facts.InputError;
import cn.dunban.facts.InputException;
import cn.dunban.facts.Report;
import cn.dunban.store.NewReport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a report submission: one report object, a JSON array of them, or {@code {"asOf": …, "reports":
 * […]}}, each with the fields of contract §3. Every report is read exactly as in a facts document (same
 * target resolution, same unit checks), and a unit may only report on the targets it leads. Either the
 * whole submission is acceptable or none of it is stored.
 */
@Component
public class ReportSubmission {

    private final FactsReader reader;
    private final Catalog catalog;
    private final JsonMapper json;

    ReportSubmission(FactsReader reader, Catalog catalog, JsonMapper json) {
        this.reader = reader;
        this.catalog = catalog;
        this.json = json;
    }

    public List<NewReport> read(byte[] body, Account user) {
        if (body == null || new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw ApiProblem.badRequest("", "empty-body", "请求体为空：应为一份报告 {…}、报告数组 […] 或 {\"reports\": […]}");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            // Let the facts reader word it, with line and column.
            reader.read(body, "reports");
            throw e;
        }
        String prefix;
        boolean single = false;
        if (root.isArray()) {
            prefix = "{\"reports\":";
        } else if (root.isObject() && root.has("reports")) {
            for (var f : root.properties()) {
                if (!Set.of("asOf", "reports").contains(f.getKey())) {
                    throw ApiProblem.badRequest(f.getKey(), "unknown-field",
                            "报告提交只接受 asOf 和 reports（下达指标、项目、能源统计请随检查提交）");
                }
            }
            prefix = "";
        } else if (root.isObject()) {
            prefix = "{\"reports\":[";
            single = true;
        } else {
            throw ApiProblem.badRequest("", "not-an-object", "应为一份报告 {…}、报告数组 […] 或 {\"reports\": […]}");
        }
        int count = root.isObject() && !single ? root.get("reports").size() : root.isArray() ? root.size() : 1;
        if (count == 0) {
            throw ApiProblem.badRequest("reports", "empty", "没有报告");
        }
        String suffix = prefix.isEmpty() ? "" : single ? "]}" : "}";
        byte[] wrapped = concat(prefix, body, suffix);
        Facts facts;
        try {
            facts = reader.read(wrapped, "reports");
        } catch (InputException e) {
            throw relocated(e, prefix.length(), single);
        }
        List<Report> reports = facts.reports();
        JsonNode items = root.isArray() ? root : single ? null : root.get("reports");
        if (reports.size() != count) {
            throw ApiProblem.badRequest("reports", "unreadable", "有报告无法识别（应给出 target，或 document + task + indicator）");
        }
        List<ApiProblem.Fault> forbidden = new ArrayList<>();
        List<NewReport> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Report r = reports.get(i);
            String field = single ? "" : "reports[" + i + "].";
            if (r.asOf() == null) {
                throw ApiProblem.badRequest(field + "asOf", "missing-field", "缺少报告日期 asOf");
            }
            Target t = catalog.target(r.target()).orElseThrow();
            if (!user.mayReportOn(t)) {
                forbidden.add(ApiProblem.Fault.of(field + "target", "not-your-target", "目标 " + t.id() + "（"
                        + t.jurisdiction() + "）由 " + String.join("、", t.leadUnits()) + " 牵头；"
                        + (user.role() == Role.UNIT ? "你的单位是 " + user.unitLabel() : "你的角色不能提交报告")));
            }
            JsonNode item = items == null ? root : items.get(i);
            String reporter = r.reporter() != null ? r.reporter() : user.role() == Role.UNIT ? user.unit() : null;
            out.add(new NewReport(t.id(), r.asOf(), r.reportedValue(), r.reportedUnit(), r.done(), reporter,
                    json.writeValueAsString(item)));
        }
        if (!forbidden.isEmpty()) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "not-your-target", "无权提交这些目标的报告", forbidden)
                    .with("user", user.username());
        }
        return out;
    }

    /** Errors located in the wrapped document, located again in the body as sent. */
    private static ApiProblem relocated(InputException e, int shift, boolean single) {
        List<ApiProblem.Fault> faults = new ArrayList<>();
        for (InputError x : e.errors()) {
            String field = x.field() == null ? "" : x.field();
            if (single) {
                field = field.replaceFirst("^reports\\[0]\\.?", "");
            }
            int column = x.line() == 1 ? Math.max(1, x.column() - shift) : x.column();
            faults.add(new ApiProblem.Fault(field, x.line(), column, x.code(), x.message()));
        }
        return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-input", "输入有误", faults);
    }

    private static byte[] concat(String prefix, byte[] body, String suffix) {
        byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] s = suffix.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[p.length + body.length + s.length];
        System.arraycopy(p, 0, out, 0, p.length);
        System.arraycopy(body, 0, out, p.length, body.length);
        System.arraycopy(s, 0, out, p.length + body.length, s.length);
        return out;
    }
}
