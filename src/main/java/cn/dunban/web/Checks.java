package cn.dunban.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.dunban.engine.RulebaseHolder;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.facts.InputException;
import cn.dunban.findings.FindingsReport;
import cn.dunban.findings.JsonRenderer;
import cn.dunban.scope.Scope;
import cn.dunban.store.CheckRun;
import cn.dunban.store.CheckRunStore;
import cn.dunban.store.ReportStore;
import cn.dunban.store.StoredReport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a check for the API and records it. The facts are the request's; when the request brings no
 * reports, the stored reports as of the check date stand in for them (its assignments, projects and
 * energy statistics still count). The rulebase is taken once, so a check finishes on the rulebase it
 * started with even if the rules are reloaded meanwhile.
 */
@Component
public class Checks {

    /** A finished check: the stored run and the findings document exactly as answered. */
    public record Result(CheckRun run, byte[] findings) {
    }

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final RulebaseHolder rules;
    private final FactsReader reader;
    private final ReportStore reports;
    private final CheckRunStore runs;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry registry;

    Checks(RulebaseHolder rules, FactsReader reader, ReportStore reports, CheckRunStore runs, JsonMapper json,
            Clock clock, MeterRegistry registry) {
        this.rules = rules;
        this.reader = reader;
        this.reports = reports;
        this.runs = runs;
        this.json = json;
        this.clock = clock;
        this.registry = registry;
    }

    public Result run(byte[] body, String asOfParam, String who) {
        return run(body, asOfParam, who, Scope.ALL);
    }

    /** A check whose findings are those of the targets and projects in {@code scope}; that is what is stored. */
    public Result run(byte[] body, String asOfParam, String who, Scope scope) {
        LocalDate asOfOverride = date(asOfParam);
        boolean empty = body == null || new String(body, StandardCharsets.UTF_8).isBlank();
        Facts given = empty ? Facts.empty() : reader.read(body, "facts");
        LocalDate asOf = asOfOverride != null ? asOfOverride
                : given.asOf() != null ? given.asOf() : LocalDate.now(clock.withZone(CHINA));
        String source;
        Facts facts;
        String factsDocument;
        if (given.reports().isEmpty()) {
            source = "stored";
            ObjectNode doc = empty ? json.createObjectNode() : (ObjectNode) json.readTree(body);
            doc.put("asOf", asOf.toString());
            doc.set("reports", storedReports(asOf));
            factsDocument = json.writeValueAsString(doc);
            facts = withStoredReports(given, doc);
        } else {
            source = "body";
            facts = given;
            factsDocument = new String(body, StandardCharsets.UTF_8);
        }
        Timer.Sample sample = Timer.start(registry);
        // on the running rulebase; if one of its rules fails, on the rulebase before it (see RulebaseHolder.check)
        FindingsReport report = scope.filter(rules.check(facts, asOf));
        sample.stop(registry.timer("dunban.checks", "facts", source));
        String findings = JsonRenderer.render(report);
        String summary = json.writeValueAsString(JsonRenderer.toMap(report).get("summary"));
        CheckRun run = runs.record(who, asOf, report.rulebase(), source, summary, factsDocument, findings);
        return new Result(run, findings.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The stored facts as of a date: every target's current report version dated on or before it, read like a
     * submitted facts document. The status board and the pages check these.
     */
    public Facts storedFacts(LocalDate asOf) {
        ObjectNode doc = json.createObjectNode();
        doc.put("asOf", asOf.toString());
        doc.set("reports", storedReports(asOf));
        return withStoredReports(Facts.empty(), doc);
    }

    /** Today in China, the check date when none is given. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private ArrayNode storedReports(LocalDate asOf) {
        ArrayNode list = json.createArrayNode();
        for (StoredReport r : reports.currentAsOf(asOf)) {
            ObjectNode n = list.addObject();
            n.put("target", r.target());
            n.put("asOf", r.asOf().toString());
            if (r.value() != null) {
                n.put("value", r.value());
            }
            if (r.unit() != null) {
                n.put("unit", r.unit());
            }
            if (r.done() != null) {
                n.put("done", r.done());
            }
            if (r.reporter() != null) {
                n.put("reporter", r.reporter());
            }
        }
        return list;
    }

    /**
     * The stored reports read like any facts document (against the current catalog and the request's
     * assignments), so that units convert the same way as for a submitted document.
     */
    private Facts withStoredReports(Facts given, ObjectNode doc) {
        ObjectNode only = json.createObjectNode();
        if (doc.has("assignments")) {
            only.set("assignments", doc.get("assignments"));
        }
        only.set("reports", doc.get("reports"));
        try {
            Facts stored = reader.read(json.writeValueAsBytes(only), "stored-reports");
            return new Facts(given.asOf(), stored.reports(), given.assignments(), given.projects(), given.energy());
        } catch (InputException e) {
            List<ApiProblem.Fault> faults = new ArrayList<>();
            e.errors().forEach(x -> faults.add(ApiProblem.Fault.of(x.field(), x.code(),
                    "已存报告与当前目录或本次下达指标不符: " + x.message())));
            throw new ApiProblem(HttpStatus.CONFLICT, "stored-facts-invalid", "已存报告无法检查", faults);
        }
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("asOf", "bad-date", "“" + value + "”不是 YYYY-MM-DD 格式的日期");
        }
    }

    /** The summary column (count per severity), back as JSON for the API. */
    JsonNode summary(CheckRun run) {
        return json.readTree(run.summary());
    }

    JsonNode tree(String text) {
        return json.readTree(text);
    }
}
