package cn.dunban.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.dunban.checking.StoredRows;
import cn.dunban.checking.WarmChecks;
import cn.dunban.engine.RulebaseHolder;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.findings.Finding;
import cn.dunban.input.InputException;
import cn.dunban.facts.TextDecoding;
import cn.dunban.findings.FindingsReport;
import cn.dunban.findings.JsonRenderer;
import cn.dunban.scope.Scope;
import cn.dunban.store.CheckRun;
import cn.dunban.store.CheckRunStore;
import cn.dunban.store.FactStore;
import cn.dunban.store.ReportStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a check for the API and records it. The facts are the request's; when the request brings no
 * reports, the stored facts stand in: the stored reports as of the check date, and the stored projects,
 * energy statistics and assignments (latest versions) for each list the request does not give itself. A
 * request with nothing but a date is answered from the warm sessions ({@link WarmChecks}) when they stand at
 * or before that date; otherwise the check runs afresh, on the store as it stood at one sequence number. The rulebase
 * is taken once, so a check finishes on the rulebase it started with even if the rules are reloaded meanwhile.
 * A stored report that no longer reads is a finding, not a failed check ({@link StoredReports}).
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
    private final StoredReports stored;
    private final FactStore factStore;
    private final CheckRunStore runs;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry registry;

    Checks(RulebaseHolder rules, WarmChecks warm, FactsReader reader, ReportStore reports, StoredReports stored,
            FactStore factStore, CheckRunStore runs, JsonMapper json, Clock clock, MeterRegistry registry) {
        this.rules = rules;
        this.warm = warm;
        this.reader = reader;
        this.reports = reports;
        this.stored = stored;
        this.factStore = factStore;
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
        if (body != null) {
            body = TextDecoding.utf8(body, "facts");
        }
        boolean empty = body == null || new String(body, StandardCharsets.UTF_8).isBlank();
        Facts given = empty ? Facts.empty() : reader.read(body, "facts");
        LocalDate asOf = asOfOverride != null ? asOfOverride
                : given.asOf() != null ? given.asOf() : LocalDate.now(clock.withZone(CHINA));
        String source;
        String path;
        String factsDocument;
        FindingsReport report;
        Long warmThrough = null;
        List<Finding> storedInvalid = List.of();
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
                warmThrough = answer.get().through();
                through = answer.get().through();
            } else {
                // a date the warm sessions do not stand at, or facts of the request's own beside the stored ones
                path = "cold";
                through = reports.latestSequence();
                doc = empty ? json.createObjectNode() : (ObjectNode) json.readTree(body);
                doc.put("asOf", asOf.toString());
                Read read = readStored(doc, asOf, through);
                report = rules.check(read.facts(), asOf);
                storedInvalid = read.invalid(); // rows that no longer read: findings, not a failed check
            }
            // a check of the stored facts alone records the sequence number it read up to, not a copy of them
            // (unless some rows no longer read: then the document as read, without them)
            factsDocument = storedOnly && storedInvalid.isEmpty() ? storedMarker(asOf, through) : json.writeValueAsString(doc);
        } else {
            source = "body";
            path = "cold";
            report = rules.check(given, asOf);
            factsDocument = new String(body, StandardCharsets.UTF_8);
        }
        if (!storedInvalid.isEmpty()) {
            List<Finding> all = new ArrayList<>(report.findings());
            all.addAll(storedInvalid);
            report = new FindingsReport(report.asOf(), report.rulebase(), all);
        }
        report = scope.filter(report);
        long checked = sample.stop(registry.timer("dunban.checks", "facts", source, "path", path));
        long t0 = System.nanoTime();
        Rendered same = lastRendered;
        boolean repeat = warmThrough != null && same != null && same.sameAs(warmThrough, asOf, report.rulebase(), scope);
        // a warm check's document mostly repeats the last one's findings, whose texts the renderer keeps
        byte[] findings = repeat ? same.findings() : warmThrough != null ? renderer.render(report)
                : JsonRenderer.render(report).getBytes(StandardCharsets.UTF_8);
        String summary = repeat ? same.summary() : json.writeValueAsString(JsonRenderer.summary(report));
        long t1 = System.nanoTime();
        CheckRun run = repeat
                ? runs.recordRepeat(who, asOf, report.rulebase(), source, summary, factsDocument, same.run())
                : runs.record(who, asOf, report.rulebase(), source, summary, factsDocument, findings);
        if (warmThrough != null && !repeat) {
            lastRendered = new Rendered(warmThrough, asOf, report.rulebase(), scope, findings, summary, run.id());
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("检查 {}（{}，{}）：检查 {} ms，成文 {} ms，存档 {} ms，{} 条结果", run.id(), source, path, checked / 1_000_000,
                    (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000, report.findings().size());
        }
        return new Result(run, findings, path);
    }

    /**
     * The last warm check's findings document as rendered and recorded. The warm sessions' findings change only
     * when stored facts arrive (the sequence number they have read up to moves), the date moves or the rulebase is
     * swapped; a check on the same sequence number, date, rulebase and scope finds exactly what the last one found,
     * answers the same bytes and records a reference to that run instead of another copy: a province's document
     * is megabytes, and rendering and storing it dominated a warm check.
     */
    private record Rendered(long through, LocalDate asOf, String rulebase, Scope scope, byte[] findings,
            String summary, long run) {

        boolean sameAs(long seq, LocalDate date, String version, Scope s) {
            return through == seq && asOf.equals(date) && rulebase.equals(version) && scope.equals(s);
        }
    }

    private volatile Rendered lastRendered;
    private final JsonRenderer.Incremental renderer = new JsonRenderer.Incremental();

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
        long through = doc.path(STORED_THROUGH).asLong();
        ObjectNode rebuilt = json.createObjectNode();
        rebuilt.put("asOf", asOf.toString());
        rebuilt.set("reports", StoredRows.reports(reports.currentAsOf(asOf, through)));
        StoredRows.facts(factStore.current(through), asOf).forEach((name, list) -> {
            if (!list.isEmpty()) {
                rebuilt.set(name, list);
            }
        });
        return json.writeValueAsString(rebuilt);
    }

    /**
     * The stored facts as of a date: every target's current report version dated on or before it, read like a
     * submitted facts document. The status board and the pages check these.
     */
    public Facts storedFacts(LocalDate asOf) {
        ObjectNode doc = json.createObjectNode();
        doc.put("asOf", asOf.toString());
        return readStored(doc, asOf, reports.latestSequence()).facts();
    }

    /** Today in China, the check date when none is given. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** The stored projects, energy statistics and assignments, for every list the request does not give itself. */
    private void addStoredFacts(ObjectNode doc, LocalDate asOf, long through) {
        StoredRows.facts(factStore.current(through), asOf).forEach((name, stored) -> {
            JsonNode given = doc.get(name);
            if ((given == null || given.isNull() || given.isEmpty()) && !stored.isEmpty()) {
                doc.set(name, stored);
            }
        });
    }

    /** What a check of stored facts reads: the facts, and the stored reports left out as findings. */
    private record Read(Facts facts, List<Finding> invalid) {
    }

    /**
     * The stored facts up to sequence number {@code through}, with the request's own lists in {@code doc}, read like any facts document against the
     * current catalog, so that units convert the same way as for a submitted document. Stored reports that no
     * longer read are left out and reported ({@link StoredReports}); the other stored lists must read.
     */
    private Read readStored(ObjectNode doc, LocalDate asOf, long through) {
        addStoredFacts(doc, asOf, through);
        StoredReports.Read reportsRead = stored.asOf(asOf, through, (ArrayNode) doc.get("assignments"));
        doc.set("reports", reportsRead.reports());
        ObjectNode rest = doc.deepCopy();
        rest.remove("reports");
        try {
            Facts others = reader.read(rest, cn.dunban.facts.Locator.whole("stored-facts"));
            return new Read(new Facts(others.asOf(), reportsRead.facts().reports(), others.assignments(),
                    others.projects(), others.energy()), reportsRead.invalid());
        } catch (InputException e) {
            List<ApiProblem.Fault> faults = new ArrayList<>();
            e.errors().forEach(x -> faults.add(ApiProblem.Fault.of(x.field(), x.code(),
                    "已存事实与当前目录或本次请求不符: " + x.message())));
            throw new ApiProblem(HttpStatus.CONFLICT, "stored-facts-invalid", "已存事实无法检查", faults);
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
