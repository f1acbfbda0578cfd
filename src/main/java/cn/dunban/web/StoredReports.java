package cn.dunban.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import cn.dunban.catalog.Catalog;
import cn.dunban.checking.StoredRows;
import cn.dunban.catalog.Target;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.input.InputError;
import cn.dunban.input.InputException;
import cn.dunban.findings.Citation;
import cn.dunban.findings.Finding;
import cn.dunban.findings.Severity;
import cn.dunban.findings.SubjectType;
import cn.dunban.store.ReportStore;
import cn.dunban.store.StoredReport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored reports as of a date, read like any facts document (the current catalog, the current
 * validation, the request's assignments). A stored row that no longer reads — a target dropped from
 * the catalog, a unit or a value the current rules refuse, a row stored before a check was added — does
 * not stop the check: it is left out and becomes one {@value #RULE} finding (提示 INFO) naming the row and
 * what is wrong with it, and every other report is checked. Not 未报送: the target's 未报送 finding, if it
 * is due, comes from the reporting rules as for any target without a report.
 */
@Component
class StoredReports {

    static final String RULE = "stored-fact-invalid";

    private static final Pattern INDEX = Pattern.compile("^reports\\[(\\d+)]");

    /** The stored reports that read, as a facts document's {@code reports} list and as facts, and the rows that do not. */
    record Read(ArrayNode reports, Facts facts, List<Finding> invalid) {
    }

    private final ReportStore store;
    private final FactsReader reader;
    private final Catalog catalog;
    private final JsonMapper json;

    StoredReports(ReportStore store, FactsReader reader, Catalog catalog, JsonMapper json) {
        this.store = store;
        this.reader = reader;
        this.catalog = catalog;
        this.json = json;
    }

    /** The stored reports dated on or before {@code date}, as the store stood at sequence number {@code through}. */
    Read asOf(LocalDate date, long through, ArrayNode assignments) {
        List<StoredReport> rows = new ArrayList<>(store.currentAsOf(date, through));
        Map<StoredReport, List<InputError>> refused = new LinkedHashMap<>();
        // Each pass leaves out the rows the last one refused; one pass is enough unless a row's error
        // could only show once another was gone, and the bound keeps a surprise from looping.
        for (int pass = 0; pass < 3; pass++) {
            ArrayNode list = list(rows);
            ObjectNode doc = json.createObjectNode();
            if (assignments != null) {
                doc.set("assignments", assignments);
            }
            doc.set("reports", list);
            try {
                Facts facts = reader.read(doc, cn.dunban.facts.Locator.whole("stored-reports"));
                return new Read(list, facts, findings(refused));
            } catch (InputException e) {
                Map<Integer, List<InputError>> byRow = new TreeMap<>();
                for (InputError x : e.errors()) {
                    Matcher m = INDEX.matcher(x.field() == null ? "" : x.field());
                    if (!m.find()) {
                        throw e; // not about a stored row: the request's own part, read before
                    }
                    byRow.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(x);
                }
                List<StoredReport> kept = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    if (byRow.containsKey(i)) {
                        refused.put(rows.get(i), byRow.get(i));
                    } else {
                        kept.add(rows.get(i));
                    }
                }
                rows = kept;
            }
        }
        throw new IllegalStateException("stored reports still unreadable after leaving out " + refused.size() + " rows");
    }

    private List<Finding> findings(Map<StoredReport, List<InputError>> refused) {
        List<Finding> out = new ArrayList<>();
        refused.forEach((r, errors) -> {
            Optional<Target> t = catalog.target(r.target());
            String why = String.join("；", errors.stream().map(x -> x.field().replaceFirst("^reports\\[\\d+]\\.?", "")
                    .transform(f -> f.isEmpty() ? x.message() : f + ": " + x.message())).toList());
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("storedId", r.id());
            evidence.put("version", r.version());
            evidence.put("asOf", r.asOf().toString());
            evidence.put("submittedBy", r.submittedBy());
            evidence.put("submittedAt", r.submittedAt().toString());
            evidence.put("errors", errors.stream().map(x -> Map.of("code", x.code(), "message", x.message())).toList());
            String message = "已存报告（编号 " + r.id() + "，" + r.asOf() + " 第" + r.version() + "版，" + r.submittedBy()
                    + " 提交）按当前目录和校验规则无法读取，未计入本次检查: " + why;
            out.add(new Finding(Severity.INFO, RULE, SubjectType.TARGET, r.target(),
                    t.map(Target::document).orElse(null), t.map(x -> (Integer) x.task()).orElse(null),
                    t.map(Target::jurisdiction).orElse(null), t.map(Target::leadUnits).orElse(List.of()), message,
                    evidence, t.map(x -> new Citation(x.document(), x.task(), x.text())).orElse(null)));
        });
        return out;
    }

    private static ArrayNode list(List<StoredReport> rows) {
        return StoredRows.reports(rows);
    }
}
