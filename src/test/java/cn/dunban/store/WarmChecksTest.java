package cn.dunban.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.checking.StoredRows;
import cn.dunban.checking.WarmChecks;
import cn.dunban.engine.Checker;
import cn.dunban.engine.RulebaseHolder;
import cn.dunban.facts.FactsReader;
import cn.dunban.facts.Locator;
import cn.dunban.facts.Report;
import cn.dunban.findings.JsonRenderer;
import cn.dunban.scenarios.RuleCopies;
import cn.dunban.scope.Scope;
import cn.dunban.status.StatusBoard;
import cn.dunban.status.StatusJson;
import cn.dunban.status.StatusReport;
import cn.dunban.vocabulary.Light;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored checks from warm sessions find exactly what a fresh check of the stored reports finds: after new
 * batches, after a correction (the corrected figure is gone, not kept as an earlier report), after the date moves
 * on, and after the rules change (on the old rulebase until the new sessions are ready); and with stored projects,
 * energy statistics and assignments, through new versions, a period's statistics falling due and an assignment
 * that gives a target its unit after its reports were stored.
 */
class WarmChecksTest {

    private static final Catalog CATALOG = CatalogReader.builtIn();
    private static final LocalDate SEP30 = LocalDate.of(2023, 9, 30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private TestDatabase db;
    private ReportStore store;
    private FactStore facts;
    private RulebaseHolder rules;
    private FactsReader reader;
    private WarmChecks warm;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.h2(dir);
        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource));
        store = new ReportStore(jdbc, tx, Clock.systemUTC());
        facts = new FactStore(jdbc, tx, Clock.systemUTC());
        rules = new RulebaseHolder(RuleCopies.copy(Path.of("rules"), dir.resolve("rules")), CATALOG);
        reader = new FactsReader(CATALOG);
        warm = new WarmChecks(rules, store, facts, reader, Clock.fixed(Instant.parse("2024-03-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        warm.close();
        db.close();
    }

    @Test
    void warmFindingsEqualAFreshCheckOfTheStoreThroughBatchesCorrectionsAndDates() {
        List<NewReport> sample = reader.read(Path.of("samples/midyear-2023-09.json")).reports().stream()
                .map(WarmChecksTest::stored).toList();
        store.append(sample, "unit");
        assertThat(warmCheck(SEP30)).isEqualTo(freshCheck(SEP30)).contains("floor-broken");

        // the 16.1万头 that broke the floor is corrected to 17: no floor is broken at any report any more
        store.append(List.of(new NewReport("JN2023-60-3", LocalDate.of(2023, 6, 30), 17.0, "万头", null, null, "{}"),
                new NewReport("JN2023-74-1", LocalDate.of(2023, 9, 1), 5.3, "万人", null, null, "{}")), "unit");
        String corrected = warmCheck(SEP30);
        assertThat(corrected).isEqualTo(freshCheck(SEP30)).doesNotContain("\"subject\" : \"JN2023-60-3\"");

        assertThat(warm.check(LocalDate.of(2023, 6, 30))).as("a date before the warm sessions' is checked afresh").isEmpty();
        assertThat(warm.check(LocalDate.of(2024, 6, 30))).as("a date after today is checked afresh").isEmpty();
        LocalDate dec31 = LocalDate.of(2023, 12, 31);
        store.append(List.of(new NewReport("JN2023-74-1", LocalDate.of(2023, 12, 20), 9.0, "万人", null, null, "{}")), "unit");
        assertThat(warmCheck(dec31)).isEqualTo(freshCheck(dec31));
    }

    @Test
    void afterARuleChangeChecksRunOnThePreviousRulebaseUntilTheNewSessionsAreReady() throws Exception {
        store.append(reader.read(Path.of("samples/midyear-2023-09.json")).reports().stream().map(WarmChecksTest::stored)
                .toList(), "unit");
        String before = warmCheck(SEP30);
        String oldVersion = warm.version();
        Path params = rules.directory().resolve("pace/params.json");
        Files.writeString(params, Files.readString(params).replace("\"value\": 10", "\"value\": 50"));
        assertThat(rules.reload("test").swapped()).isTrue();
        assertThat(warmCheck(SEP30)).as("answered at once, on the rulebase the sessions have").isEqualTo(before);
        long deadline = System.currentTimeMillis() + 120_000;
        while (warm.rebuilding() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(warm.version()).isNotEqualTo(oldVersion).isEqualTo(rules.status().version());
        assertThat(warmCheck(SEP30)).isEqualTo(freshCheck(SEP30)).isNotEqualTo(before);
    }

    @Test
    void storedProjectsEnergyAndAssignmentsAreInTheWarmSessionsAsInAFreshCheck() {
        warm.close();
        warm = new WarmChecks(rules, store, facts, reader, Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));
        JsonNode sample = JSON.readTree(Path.of("samples/controls-2025.json").toFile());
        store.append(List.of(new NewReport("YZ2025-44-1", LocalDate.of(2025, 9, 30), 90000.0, "吨", null, "区发展改革局", "{}")),
                "unit");
        List<NewFact> stored = new ArrayList<>();
        sample.get("projects").forEach(p -> stored.add(new NewFact(NewFact.PROJECT, p.get("id").asString(), p.toString())));
        sample.get("energy").forEach(e -> stored.add(new NewFact(NewFact.ENERGY, NewFact.energyKey(e.get("jurisdiction")
                .asString(), e.get("year").asInt(), LocalDate.of(e.get("year").asInt(), 12, 31)), e.toString())));
        facts.append(stored, "officer");
        LocalDate jun30 = LocalDate.of(2025, 6, 30);
        LocalDate dec31 = LocalDate.of(2025, 12, 31);
        String midyear = warmCheck(jun30);
        assertThat(midyear).as("the 2025 statistics are not known at 30 June").isEqualTo(freshWithFacts(jun30))
                .contains("P-001");
        String yearEnd = warmCheck(dec31);
        assertThat(yearEnd).as("at year end they are").isEqualTo(freshWithFacts(dec31)).isNotEqualTo(midyear);

        // the coal target has no unit of its own: the 90000 吨 reported before the assignment is read again in 万吨
        facts.append(List.of(new NewFact(NewFact.ASSIGNMENT, "YZ2025-44-1", sample.get("assignments").get(0).toString())),
                "officer");
        String assigned = warmCheck(dec31);
        assertThat(assigned).isEqualTo(freshWithFacts(dec31)).contains("\"subject\" : \"YZ2025-44-1\"");

        // a new version of a project replaces the earlier one
        ObjectNode p1 = (ObjectNode) sample.get("projects").get(0).deepCopy();
        ((ObjectNode) p1.get("replacement")).put("coal", 0.5);
        facts.append(List.of(new NewFact(NewFact.PROJECT, "P-001", p1.toString())), "officer");
        assertThat(warmCheck(dec31)).isEqualTo(freshWithFacts(dec31)).isNotEqualTo(assigned);
    }

    @Test
    void theStatusBoardReadFromTheWarmSessionsIsTheFreshOneAndLeavesThemAsTheyWere() {
        store.append(reader.read(Path.of("samples/midyear-2023-09.json")).reports().stream().map(WarmChecksTest::stored)
                .toList(), "unit");
        String before = warmCheck(SEP30);
        StatusReport board = StatusBoard.from(warm.derive(SEP30, StatusBoard.REQUESTS, StatusBoard.KINDS).orElseThrow(),
                CATALOG, SEP30, Scope.ALL);
        StatusReport fresh = StatusBoard.of(Checker.partitioned(rules.checker().rulebase(), CATALOG),
                WarmChecks.read(reader, store.currentAsOf(SEP30)), SEP30, Scope.ALL);
        assertThat(StatusJson.render(board)).isEqualTo(StatusJson.render(fresh));
        assertThat(board.summary().get(Light.RED)).isPositive();
        // the lights were asked for and withdrawn: the sessions find what they found, and keep following new reports
        assertThat(warmCheck(SEP30)).isEqualTo(before);
        store.append(List.of(new NewReport("JN2023-60-3", LocalDate.of(2023, 6, 30), 17.0, "万头", null, null, "{}")), "unit");
        assertThat(warmCheck(SEP30)).isEqualTo(freshCheck(SEP30)).isNotEqualTo(before);
    }

    @Test
    void aProjectThatJoinsTwoGroupsOfJurisdictionsReopensTheSessions() {
        store.append(reader.read(Path.of("samples/midyear-2023-09.json")).reports().stream().map(WarmChecksTest::stored)
                .toList(), "unit");
        String before = warmCheck(SEP30);
        // 菏泽市 and 济宁市 are checked in separate sessions until a project is registered in one with a county of the other
        facts.append(List.of(new NewFact(NewFact.PROJECT, "P-902", """
                {"id": "P-902", "name": "跨市焦化项目", "jurisdiction": "菏泽市", "county": "兖州区", "industry": "焦化",
                 "stage": "新上", "windowGuidance": false, "energyReview": true}""")), "officer");
        String after = warmCheck(SEP30);
        assertThat(after).isEqualTo(freshWithFacts(SEP30)).isNotEqualTo(before).contains("P-902");
    }

    /** A fresh check of every stored fact as of a date, as the service's cold path reads them. */
    private String freshWithFacts(LocalDate asOf) {
        ObjectNode doc = JSON.createObjectNode();
        doc.set("reports", StoredRows.reports(store.currentAsOf(asOf)));
        StoredRows.facts(facts.current(), asOf).forEach(doc::set);
        return JsonRenderer.render(Checker.partitioned(rules.checker().rulebase(), CATALOG)
                .check(reader.read(doc, Locator.whole("stored")), asOf));
    }

    private String warmCheck(LocalDate asOf) {
        return JsonRenderer.render(warm.check(asOf).orElseThrow().report());
    }

    private String freshCheck(LocalDate asOf) {
        return JsonRenderer.render(Checker.partitioned(rules.checker().rulebase(), CATALOG)
                .check(WarmChecks.read(reader, store.currentAsOf(asOf)), asOf));
    }

    private static NewReport stored(Report r) {
        return new NewReport(r.target(), r.asOf(), r.reportedValue(), r.reportedUnit(), r.done(), r.reporter(), "{}");
    }
}
