package cn.dunban.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.dunban.engine.Checker;
import cn.dunban.engine.RulebaseHolder;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.findings.Finding;
import cn.dunban.findings.FindingsReport;
import cn.dunban.findings.JsonRenderer;
import cn.dunban.store.CheckRun;
import cn.dunban.store.CheckRunStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a check for the API and records it. The facts are the request's; when the request brings no
 * reports, the stored reports as of the check date stand in for them (its assignments, projects and
 * energy statistics still count); a stored report that no longer reads is a finding, not a failed check
 * ({@link StoredReports}). The rulebase is taken once, so a check finishes on the rulebase it
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
    private final StoredReports stored;
    private final CheckRunStore runs;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry registry;

    Checks(RulebaseHolder rules, FactsReader reader, StoredReports stored, CheckRunStore runs, JsonMapper json,
            Clock clock, MeterRegistry registry) {
        this.rules = rules;
        this.reader = reader;
        this.stored = stored;
        this.runs = runs;
        this.json = json;
        this.clock = clock;
        this.registry = registry;
    }

    Result run(byte[] body, String asOfParam, String who) {
        LocalDate asOfOverride = date(asOfParam);
        boolean empty = body == null || new String(body, StandardCharsets.UTF_8).isBlank();
        Facts given = empty ? Facts.empty() : reader.read(body, "facts");
        LocalDate asOf = asOfOverride != null ? asOfOverride
                : given.asOf() != null ? given.asOf() : LocalDate.now(clock.withZone(CHINA));
        String source;
        Facts facts;
        String factsDocument;
        List<Finding> storedInvalid = List.of();
        if (given.reports().isEmpty()) {
            source = "stored";
            ObjectNode doc = empty ? json.createObjectNode() : (ObjectNode) json.readTree(body);
            StoredReports.Read read = stored.asOf(asOf, (ArrayNode) doc.get("assignments"));
            doc.put("asOf", asOf.toString());
            doc.set("reports", read.reports());
            factsDocument = json.writeValueAsString(doc);
            facts = new Facts(given.asOf(), read.facts().reports(), given.assignments(), given.projects(), given.energy());
            storedInvalid = read.invalid();
        } else {
            source = "body";
            facts = given;
            factsDocument = new String(body, StandardCharsets.UTF_8);
        }
        Checker checker = rules.checker();
        Timer.Sample sample = Timer.start(registry);
        FindingsReport report = checker.check(facts, asOf);
        sample.stop(registry.timer("dunban.checks", "facts", source));
        if (!storedInvalid.isEmpty()) {
            List<Finding> all = new ArrayList<>(report.findings());
            all.addAll(storedInvalid);
            report = new FindingsReport(report.asOf(), report.rulebase(), all);
        }
        String findings = JsonRenderer.render(report);
        String summary = json.writeValueAsString(JsonRenderer.toMap(report).get("summary"));
        CheckRun run = runs.record(who, asOf, report.rulebase(), source, summary, factsDocument, findings);
        return new Result(run, findings.getBytes(StandardCharsets.UTF_8));
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
