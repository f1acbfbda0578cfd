package cn.dunban.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.dunban.checking.WarmChecks;
import cn.dunban.engine.RulebaseHolder;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.facts.InputException;
import cn.dunban.findings.Finding;
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
 * energy statistics still count). A request with nothing but a date is answered from the warm sessions
 * ({@link WarmChecks}) when they stand at or before that date; otherwise, and when the request brings facts
 * of its own beside the stored reports, the check runs afresh. The rulebase is taken once, so a check
 * finishes on the rulebase it started with even if the rules are reloaded meanwhile.
 */
@Component
public class Checks {

    /** A finished check: the stored run and the findings document exactly as answered. */
    public record Result(CheckRun run, byte[] findings, String path) {
    }

    /** The field of a recorded facts document that stands for the stored reports up to a sequence number. */
    private static final String STORED_THROUGH = "storedReportsThrough";

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = LoggerFactory.getLogger(Checks.class);

    private final RulebaseHolder rules;
    private final WarmChecks warm;
    private final FactsReader reader;
    private final ReportStore reports;
    private final CheckRunStore runs;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry registry;

    Checks(RulebaseHolder rules, WarmChecks warm, FactsReader reader, ReportStore reports, CheckRunStore runs,
            JsonMapper json, Clock clock, MeterRegistry registry) {
        this.rules = rules;
        this.warm = warm;
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
        String path;
        String factsDocument;
        FindingsReport report;
        List<Finding> warmFindings = null;
        Timer.Sample sample = Timer.start(registry);
        if (given.reports().isEmpty()) {
            source = "stored";
            boolean storedOnly = given.assignments().isEmpty() && given.projects().isEmpty() && given.energy().isEmpty();
            Optional<WarmChecks.Answer> answer = storedOnly ? warm.check(asOf) : Optional.empty();
            long through;
            ObjectNode doc = null;
            if (answer.isPresent()) {
                path = "warm";
                report = answer.get().report();
                warmFindings = report.findings();
                through = answer.get().through();
            } else {
                // a date the warm sessions do not stand at, or facts of the request beside the stored ones: afresh
                path = "cold";
                through = reports.latestSequence();
                doc = empty ? json.createObjectNode() : (ObjectNode) json.readTree(body);
                doc.put("asOf", asOf.toString());
                doc.set("reports", storedReports(asOf, through));
                report = rules.check(withStoredReports(given, doc), asOf);
            }
            // a check of the stored reports alone records the sequence number it read up to, not a copy of them
            factsDocument = storedOnly ? storedMarker(asOf, through) : json.writeValueAsString(doc);
        } else {
            source = "body";
            path = "cold";
            report = rules.check(given, asOf);
            factsDocument = new String(body, StandardCharsets.UTF_8);
        }
        report = scope.filter(report);
        long checked = sample.stop(registry.timer("dunban.checks", "facts", source, "path", path));
        long t0 = System.nanoTime();
        Rendered same = lastRendered;
        boolean repeat = warmFindings != null && same != null && same.sameAs(warmFindings, asOf, report.rulebase(), scope);
        String findings = repeat ? same.findings() : JsonRenderer.render(report);
        String summary = repeat ? same.summary() : json.writeValueAsString(JsonRenderer.toMap(report).get("summary"));
        long t1 = System.nanoTime();
        CheckRun run = repeat
                ? runs.recordRepeat(who, asOf, report.rulebase(), source, summary, factsDocument, same.run())
                : runs.record(who, asOf, report.rulebase(), source, summary, factsDocument, findings);
        if (warmFindings != null && !repeat) {
            lastRendered = new Rendered(warmFindings, asOf, report.rulebase(), scope, findings, summary, run.id());
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("检查 {}（{}，{}）：检查 {} ms，成文 {} ms，存档 {} ms，{} 条结果", run.id(), source, path, checked / 1_000_000,
                    (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000, report.findings().size());
        }
        return new Result(run, findings.getBytes(StandardCharsets.UTF_8), path);
    }

    /**
     * The last warm check's findings document as rendered and recorded. The warm sessions hand out the same list of
     * findings while nothing changes, so a check that finds exactly what the last one found (same list, date,
     * rulebase and scope) answers the same bytes and records a reference to that run instead of another copy: a
     * province's document is megabytes, and rendering and storing it dominated a warm check.
     */
    private record Rendered(List<Finding> source, LocalDate asOf, String rulebase, Scope scope, String findings,
            String summary, long run) {

        boolean sameAs(List<Finding> list, LocalDate date, String version, Scope s) {
            return source == list && asOf.equals(date) && rulebase.equals(version) && scope.equals(s);
        }
    }

    private volatile Rendered lastRendered;

    private String storedMarker(LocalDate asOf, long through) {
        ObjectNode marker = json.createObjectNode();
        marker.put("asOf", asOf.toString());
        marker.put(STORED_THROUGH, through);
        return json.writeValueAsString(marker);
    }

    /**
     * The facts document a recorded check read. A check of the stored reports alone records only its date and the
     * sequence number of the store it had read up to (a province's reports are not copied into every record); the
     * document is rebuilt from the store, which is append-only, exactly as the check read it.
     */
    String factsDocument(String recorded) {
        JsonNode doc = json.readTree(recorded);
        if (!doc.has(STORED_THROUGH)) {
            return recorded;
        }
        LocalDate asOf = LocalDate.parse(doc.path("asOf").asString());
        ObjectNode rebuilt = json.createObjectNode();
        rebuilt.put("asOf", asOf.toString());
        rebuilt.set("reports", storedReports(asOf, doc.path(STORED_THROUGH).asLong()));
        return json.writeValueAsString(rebuilt);
    }

    /**
     * The stored facts as of a date: every target's current report version dated on or before it, read like a
     * submitted facts document. The status board and the pages check these.
     */
    public Facts storedFacts(LocalDate asOf) {
        ObjectNode doc = json.createObjectNode();
        doc.put("asOf", asOf.toString());
        doc.set("reports", storedReports(asOf, reports.latestSequence()));
        return withStoredReports(Facts.empty(), doc);
    }

    /** Today in China, the check date when none is given. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private ArrayNode storedReports(LocalDate asOf, long through) {
        ArrayNode list = json.createArrayNode();
        for (StoredReport r : reports.currentAsOf(asOf, through)) {
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
