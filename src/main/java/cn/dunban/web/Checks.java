package cn.dunban.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.dunban.engine.Checker;
import cn.dunban.engine.RulebaseHolder;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.facts.InputException;
import cn.dunban.facts.TextDecoding;
import cn.dunban.findings.FindingsReport;
import cn.dunban.findings.JsonRenderer;
import cn.dunban.store.CheckRun;
import cn.dunban.store.CheckRunStore;
import cn.dunban.store.FactStore;
import cn.dunban.store.NewFact;
import cn.dunban.store.ReportStore;
import cn.dunban.store.StoredFact;
import cn.dunban.store.StoredReport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a check for the API and records it. The facts are the request's; when the request brings no
 * reports, the stored facts stand in: the stored reports as of the check date, and the stored projects,
 * energy statistics and assignments (latest versions) for each list the request does not give itself. The rulebase is taken once, so a check finishes on the rulebase it
 * started with even if the rules are reloaded meanwhile.
 */
@Component
class Checks {

    /** A finished check: the stored run and the findings document exactly as answered. */
    record Result(CheckRun run, byte[] findings) {
    }

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final RulebaseHolder rules;
    private final FactsReader reader;
    private final ReportStore reports;
    private final FactStore factStore;
    private final CheckRunStore runs;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry registry;

    Checks(RulebaseHolder rules, FactsReader reader, ReportStore reports, FactStore factStore, CheckRunStore runs,
            JsonMapper json, Clock clock, MeterRegistry registry) {
        this.rules = rules;
        this.reader = reader;
        this.reports = reports;
        this.factStore = factStore;
        this.runs = runs;
        this.json = json;
        this.clock = clock;
        this.registry = registry;
    }

    Result run(byte[] body, String asOfParam, String who) {
        LocalDate asOfOverride = date(asOfParam);
        if (body != null) {
            body = TextDecoding.utf8(body, "facts");
        }
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
            addStoredFacts(doc, asOf);
            factsDocument = json.writeValueAsString(doc);
            facts = storedFacts(doc);
        } else {
            source = "body";
            facts = given;
            factsDocument = new String(body, StandardCharsets.UTF_8);
        }
        Checker checker = rules.checker();
        Timer.Sample sample = Timer.start(registry);
        FindingsReport report = checker.check(facts, asOf);
        sample.stop(registry.timer("dunban.checks", "facts", source));
        String findings = JsonRenderer.render(report);
        String summary = json.writeValueAsString(JsonRenderer.toMap(report).get("summary"));
        CheckRun run = runs.record(who, asOf, report.rulebase(), source, summary, factsDocument, findings);
        return new Result(run, findings.getBytes(StandardCharsets.UTF_8));
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
     * The stored projects, energy statistics and assignments (the latest version of each) for every list
     * the request does not give itself; energy statistics only for periods ended by the check date.
     */
    private void addStoredFacts(ObjectNode doc, LocalDate asOf) {
        Map<String, ArrayNode> lists = new LinkedHashMap<>();
        lists.put(NewFact.ASSIGNMENT, json.createArrayNode());
        lists.put(NewFact.PROJECT, json.createArrayNode());
        lists.put(NewFact.ENERGY, json.createArrayNode());
        for (StoredFact f : factStore.current()) {
            ArrayNode list = lists.get(f.kind());
            if (list == null || (f.kind().equals(NewFact.ENERGY) && periodEnd(f.key()).isAfter(asOf))) {
                continue;
            }
            list.add(json.readTree(f.body()));
        }
        put(doc, "assignments", lists.get(NewFact.ASSIGNMENT));
        put(doc, "projects", lists.get(NewFact.PROJECT));
        put(doc, "energy", lists.get(NewFact.ENERGY));
    }

    private static void put(ObjectNode doc, String name, ArrayNode stored) {
        JsonNode given = doc.get(name);
        if ((given == null || given.isNull() || given.isEmpty()) && !stored.isEmpty()) {
            doc.set(name, stored);
        }
    }

    /** The period end of an energy fact, the last part of its key (jurisdiction|year|period end). */
    private static LocalDate periodEnd(String key) {
        return LocalDate.parse(key.substring(key.lastIndexOf('|') + 1));
    }

    /**
     * The whole document — stored facts and the request's own lists — read like any facts document, against
     * the current catalog, so that units convert the same way as for a submitted document.
     */
    private Facts storedFacts(ObjectNode doc) {
        try {
            return reader.read(json.writeValueAsBytes(doc), "stored-facts");
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
