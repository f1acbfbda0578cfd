package cn.dunban.scenarios;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.engine.Checker;
import cn.dunban.engine.Rulebase;
import cn.dunban.engine.Rulebases;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.findings.FindingsReport;
import cn.dunban.scope.Scope;
import cn.dunban.status.StatusBoard;
import cn.dunban.status.StatusReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one scenario has said so far: the facts the units reported, the rules directory in force, and
 * the result of the last check. The facts are assembled as the JSON document of docs/facts.md and read
 * by the real {@link FactsReader}, so scenarios exercise the same path as {@code dunban check}.
 * Step classes share it through {@link #current()}; a hook starts a fresh one for every scenario.
 */
public final class World {

    /** The rules directory scenarios run against; {@code dunban test-rules --rules DIR} sets it. */
    public static final String RULES_PROPERTY = "dunban.rules";

    private static Catalog builtIn;
    /** One per thread: {@code dunban test-rules} runs scenarios on several threads, each scenario on one. */
    private static final ThreadLocal<World> CURRENT = new ThreadLocal<>();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final List<Map<String, Object>> reports = new ArrayList<>();
    final List<Map<String, Object>> assignments = new ArrayList<>();
    final List<Map<String, Object>> projects = new ArrayList<>();
    final List<Map<String, Object>> energy = new ArrayList<>();
    Path rules = Path.of(System.getProperty(RULES_PROPERTY, "rules"));
    FindingsReport result;
    StatusReport status;
    Exception failure;

    static World current() {
        World w = CURRENT.get();
        if (w == null) {
            w = new World();
            CURRENT.set(w);
        }
        return w;
    }

    static void reset() {
        CURRENT.set(new World());
    }

    static synchronized Catalog catalog() {
        if (builtIn == null) {
            builtIn = CatalogReader.builtIn();
        }
        return builtIn;
    }

    /** Compiled once per directory and content for all scenarios, so an edited copy compiles afresh. */
    Rulebase rulebase() {
        return Rulebases.load(rules);
    }

    String factsJson(LocalDate asOf) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asOf", asOf.toString());
        doc.put("reports", reports);
        doc.put("assignments", assignments);
        doc.put("projects", projects);
        doc.put("energy", energy);
        return JSON.writeValueAsString(doc);
    }

    /** The status board at {@code asOf}, as {@code dunban status} makes it; its findings become the check's result too. */
    void status(LocalDate asOf) {
        status = null;
        result = null;
        failure = null;
        try {
            Facts facts = new FactsReader(catalog()).read(factsJson(asOf).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "场景事实");
            status = StatusBoard.of(new Checker(rulebase(), catalog()), facts, asOf, Scope.ALL);
            result = status.findings();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    void check(LocalDate asOf) {
        result = null;
        failure = null;
        try {
            Facts facts = new FactsReader(catalog()).read(factsJson(asOf).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "场景事实");
            result = Checker.partitioned(rulebase(), catalog()).check(facts, asOf);
        } catch (RuntimeException e) {
            failure = e;
        }
    }
}
