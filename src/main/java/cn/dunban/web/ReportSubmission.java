package cn.dunban.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.facts.FactsTree;
import cn.dunban.input.InputError;
import cn.dunban.input.InputException;
import cn.dunban.facts.Report;
import cn.dunban.facts.TextDecoding;
import cn.dunban.ledger.FactsFiles;
import cn.dunban.store.NewReport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a report submission: one report object, a JSON array of them, or {@code {"asOf": …, "reports":
 * […]}}, each with the fields of docs/facts.md. Every report is read exactly as in a facts document (same
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
        if (body != null) {
            body = TextDecoding.utf8(body, "reports");
        }
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
        final boolean one = single;
        return reports(reports, i -> items == null ? root : items.get(i), i -> one ? "" : "reports[" + i + "].", user);
    }

    /**
     * A filled ledger (.xlsx, or CSV) as reports: read as {@code check --facts} reads it, every bad cell
     * at once; a workbook with other sheets (projects, energy) belongs to {@code /api/facts}.
     */
    public List<NewReport> ledger(byte[] body, String name, Account user) {
        if (body == null || body.length == 0) {
            throw ApiProblem.badRequest("", "empty-body", "请求体为空：应为填好的台账 .xlsx");
        }
        FactsTree tree = FactsFiles.tree(body, name);
        Facts facts = tree.readWith(reader);
        for (String list : List.of("projects", "energy", "assignments")) {
            if (tree.root().has(list) && !tree.root().get(list).isEmpty()) {
                throw ApiProblem.badRequest(list, "not-reports", "报告提交只接受重点任务台账；两高项目台账、能源统计请提交到 /api/facts");
            }
        }
        if (facts.reports().isEmpty()) {
            throw ApiProblem.badRequest("reports", "empty", "台账中没有填写任何报告（完成值、数据截至日期、是否完成都是空的）");
        }
        JsonNode items = tree.root().get("reports");
        return reports(facts.reports(), items::get, i -> "reports[" + i + "].", user);
    }

    /**
     * Reports read and resolved, as rows to store: each on a target the user may report on, each with the
     * signed-in unit as its reporter. A unit that names another unit as reporter is refused, not corrected:
     * the reporter is who signed in, and nothing a user sends is silently changed.
     */
    List<NewReport> reports(List<Report> reports, IntFunction<JsonNode> item, IntFunction<String> field, Account user) {
        List<ApiProblem.Fault> forbidden = new ArrayList<>();
        List<NewReport> out = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            String at = field.apply(i);
            if (r.asOf() == null) {
                throw ApiProblem.badRequest(at + "asOf", "missing-field", "缺少报告日期 asOf");
            }
            Target t = catalog.target(r.target()).orElseThrow();
            if (!user.mayReportOn(t)) {
                forbidden.add(ApiProblem.Fault.of(at + "target", "not-your-target", "目标 " + t.id() + "（"
                        + t.jurisdiction() + "）由 " + String.join("、", t.leadUnits()) + " 牵头；"
                        + (user.role() == Role.UNIT ? "你的单位是 " + user.unitLabel() : "你的角色不能提交报告")));
            }
            String reporter = r.reporter();
            if (user.role() == Role.UNIT) {
                if (reporter != null && !reporter.equals(user.unit())) {
                    forbidden.add(ApiProblem.Fault.of(at + "reporter", "not-your-unit", "报告单位由登录账号决定：你的单位是 "
                            + user.unit() + "，不能以“" + reporter + "”的名义报送（删去 reporter 或写本单位名称）"));
                }
                reporter = user.unit();
            }
            out.add(new NewReport(t.id(), r.asOf(), r.reportedValue(), r.reportedUnit(), r.done(), reporter,
                    json.writeValueAsString(item.apply(i))));
        }
        if (!forbidden.isEmpty()) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "not-your-target", "无权提交这些报告", forbidden)
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
