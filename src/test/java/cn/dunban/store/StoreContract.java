package cn.dunban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the service's storage promises, run against each database it supports: H2 ({@link H2StoreTest})
 * and PostgreSQL ({@link PostgresStoreTest}). Reports are append-only, corrections are versions, a batch
 * is all or nothing, concurrent writers lose nothing, and check runs are kept with their documents.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract {

    private static final LocalDate SEP30 = LocalDate.of(2023, 9, 30);
    private static final LocalDate DEC31 = LocalDate.of(2023, 12, 31);

    private TestDatabase db;
    private ReportStore reports;
    private CheckRunStore runs;
    private JdbcTemplate jdbc;

    abstract TestDatabase open() throws Exception;

    @BeforeEach
    void fresh() throws Exception {
        if (db == null) {
            db = open();
            jdbc = new JdbcTemplate(db.dataSource);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource));
            reports = new ReportStore(jdbc, tx, Clock.systemUTC());
            runs = new CheckRunStore(jdbc, Clock.systemUTC());
        }
        jdbc.update("DELETE FROM report");
        jdbc.update("DELETE FROM report_key");
        jdbc.update("DELETE FROM check_run");
    }

    @AfterAll
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private static NewReport report(String target, LocalDate asOf, double value) {
        return new NewReport(target, asOf, value, "家", null, "市科技局",
                "{\"target\":\"" + target + "\",\"value\":" + value + "}");
    }

    @Test
    void aBatchIsStoredInOrderWithWhoAndWhen() {
        Batch b = reports.append(List.of(report("JN2023-1-1", SEP30, 3), report("JN2023-1-2", SEP30, 1)), "kjj");
        assertThat(b.reports()).extracting(StoredReport::target).containsExactly("JN2023-1-1", "JN2023-1-2");
        assertThat(b.reports()).allSatisfy(r -> {
            assertThat(r.version()).isEqualTo(1);
            assertThat(r.submittedBy()).isEqualTo("kjj");
            assertThat(r.batch()).isEqualTo(b.id());
            assertThat(r.current()).isTrue();
        });
        assertThat(reports.history("JN2023-1-1")).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo(3.0);
            assertThat(r.unit()).isEqualTo("家");
            assertThat(r.reporter()).isEqualTo("市科技局");
            assertThat(r.submittedAt()).isEqualTo(b.submittedAt());
        });
    }

    @Test
    void aCorrectionIsANewVersionAndTheOldOneStays() {
        long first = reports.append(List.of(report("JN2023-1-1", SEP30, 3)), "kjj").reports().get(0).id();
        StoredReport second = reports.append(List.of(report("JN2023-1-1", SEP30, 4)), "officer").reports().get(0);
        assertThat(second.version()).isEqualTo(2);
        List<StoredReport> history = reports.history("JN2023-1-1");
        assertThat(history).extracting(StoredReport::version).containsExactly(1, 2);
        assertThat(history.get(0).id()).isEqualTo(first);
        assertThat(history.get(0).supersededBy()).isEqualTo(second.id());
        assertThat(history.get(0).submittedBy()).isEqualTo("kjj");
        assertThat(history.get(1).current()).isTrue();
        assertThat(history.get(1).submittedBy()).isEqualTo("officer");
    }

    @Test
    void withinOneBatchTheLaterReportSupersedesTheEarlier() {
        List<StoredReport> b = reports.append(List.of(report("JN2023-1-1", SEP30, 3), report("JN2023-1-1", SEP30, 5)),
                "kjj").reports();
        assertThat(b).extracting(StoredReport::version).containsExactly(1, 2);
        assertThat(b.get(0).supersededBy()).isEqualTo(b.get(1).id());
        assertThat(reports.currentAsOf(DEC31)).singleElement().extracting(StoredReport::value).isEqualTo(5.0);
    }

    @Test
    void theFactsAsOfADateAreTheCurrentVersionsDatedOnOrBeforeIt() {
        reports.append(List.of(report("JN2023-1-1", SEP30, 3), report("JN2023-1-1", DEC31, 6)), "kjj");
        reports.append(List.of(report("JN2023-1-1", SEP30, 4)), "kjj");
        assertThat(reports.currentAsOf(SEP30.minusDays(1))).isEmpty();
        assertThat(reports.currentAsOf(SEP30)).extracting(StoredReport::value).containsExactly(4.0);
        assertThat(reports.currentAsOf(DEC31)).extracting(StoredReport::asOf, StoredReport::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SEP30, 4.0),
                        org.assertj.core.groups.Tuple.tuple(DEC31, 6.0));
    }

    @Test
    void aBatchThatFailsHalfWayLeavesNothingBehind() {
        reports.append(List.of(report("JN2023-1-1", SEP30, 3)), "kjj");
        List<NewReport> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(report("JN2023-1-2", SEP30.minusDays(i), i));
        }
        batch.add(report("X".repeat(200), SEP30, 1)); // longer than the column: the database refuses row 51
        assertThatThrownBy(() -> reports.append(batch, "kjj")).isInstanceOf(DataAccessException.class);
        assertThat(reports.count()).isEqualTo(1);
        assertThat(reports.history("JN2023-1-2")).isEmpty();
    }

    @Test
    void concurrentCorrectionsOfOneReportAllGetTheirOwnVersion() throws Exception {
        int writers = 4;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                jobs.add(() -> {
                    for (int i = 0; i < each; i++) {
                        reports.append(List.of(report("JN2023-1-1", SEP30, writer * 100 + i),
                                report("JN2023-1-2", SEP30, writer * 100 + i)), "w" + writer);
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(jobs)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (String target : List.of("JN2023-1-1", "JN2023-1-2")) {
            List<StoredReport> history = reports.history(target);
            List<Integer> versions = history.stream().map(StoredReport::version).toList();
            List<Integer> expected = new ArrayList<>();
            for (int v = 1; v <= writers * each; v++) {
                expected.add(v);
            }
            assertThat(versions).isEqualTo(expected);
            assertThat(history.stream().filter(StoredReport::current)).hasSize(1);
        }
        // Each batch kept its two reports together, with the same values.
        var byBatch = reports.history("JN2023-1-2").stream()
                .collect(java.util.stream.Collectors.toMap(StoredReport::batch, StoredReport::value));
        reports.history("JN2023-1-1").forEach(r -> assertThat(byBatch.get(r.batch())).isEqualTo(r.value()));
    }

    /**
     * Issue 17: four writers each storing one 3,000-report batch of corrections to the same twelve
     * target-dates all failed with "Timeout trying to lock table" (the unique key waited on the other
     * uncommitted batches). Now all four are stored whole, each key's versions 1…1000 without a gap.
     * H2 runs here with its default 2 s lock timeout (the service gives it 10 s), at which the old store
     * failed this test with that very error.
     */
    @Test
    void bigConcurrentBatchesOfCorrectionsToTheSameKeysDoNotBlockEachOther() throws Exception {
        int writers = 4;
        int size = 3000;
        List<LocalDate> dates = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            dates.add(LocalDate.of(2023, 1, 31).plusMonths(d));
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Batch> batches = new ArrayList<>();
        long started = System.nanoTime();
        try {
            List<Callable<Batch>> jobs = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                jobs.add(() -> {
                    List<NewReport> batch = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        batch.add(report("JN2023-1-" + (1 + i % 2), dates.get(i % 12), writer * 10000 + i));
                    }
                    return reports.append(batch, "w" + writer);
                });
            }
            for (Future<Batch> f : pool.invokeAll(jobs)) {
                batches.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(System.nanoTime() - started).as("four batches stored within a minute").isLessThan(60_000_000_000L);
        assertThat(reports.count()).isEqualTo((long) writers * size);
        for (Batch b : batches) {
            assertThat(b.reports()).hasSize(size);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report WHERE batch_id = ?", Long.class, b.id()))
                    .isEqualTo(size);
        }
        List<Integer> versions = reports.history("JN2023-1-1").stream().filter(r -> r.asOf().equals(dates.get(0)))
                .map(StoredReport::version).toList();
        assertThat(versions).hasSize(writers * size / 12).doesNotHaveDuplicates();
        assertThat(versions.get(versions.size() - 1)).isEqualTo(writers * size / 12);
        assertThat(reports.currentAsOf(DEC31)).hasSize(12);
    }

    @Test
    void recentListsNewestFirstAndFiltersByTarget() {
        reports.append(List.of(report("JN2023-1-1", SEP30, 1), report("JN2023-1-2", SEP30, 2)), "a");
        reports.append(List.of(report("JN2023-1-3", SEP30, 3)), "b");
        assertThat(reports.recent(null, 2)).extracting(StoredReport::target).containsExactly("JN2023-1-3", "JN2023-1-2");
        assertThat(reports.recent(List.of("JN2023-1-1"), 10)).extracting(StoredReport::target).containsExactly("JN2023-1-1");
        assertThat(reports.recent(Collections.emptyList(), 10)).isEmpty();
    }

    @Test
    void aCheckRunIsKeptWithItsDocuments() {
        String findings = "{\n  \"asOf\" : \"2023-09-30\",\n  \"findings\" : [ \"中文\" ]\n}\n";
        CheckRun run = runs.record("officer", SEP30, "abc123", "stored", "{\"VIOLATION\":1}", "{\"reports\":[]}", findings);
        CheckRun second = runs.record("officer", DEC31, "abc124", "body", "{}", "{}", "{}");
        assertThat(runs.find(run.id())).contains(run);
        assertThat(runs.findings(run.id())).contains(findings);
        assertThat(runs.facts(run.id())).contains("{\"reports\":[]}");
        assertThat(runs.recent(10)).extracting(CheckRun::id).containsExactly(second.id(), run.id());
        assertThat(runs.find(run.id() + 1000)).isEmpty();

        // the document as the UTF-8 bytes that were answered: stored as the same text, full-width punctuation and all
        String text = "{\n  \"message\" : \"累计新增高新技术企业38家，未达到约80家（下达）；“两高”项目\"\n}\n";
        CheckRun bytes = runs.record("officer", SEP30, "abc125", "stored", "{}", "{}",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(runs.findings(bytes.id())).contains(text);
    }

    @Test
    void migratingAgainChangesNothing() {
        var result = Flyway.configure().dataSource(db.dataSource).locations(TestDatabase.migrations(db.dataSource))
                .schemas(currentSchema()).load().migrate();
        assertThat(result.migrationsExecuted).isZero();
    }

    private String currentSchema() {
        return jdbc.queryForObject("SELECT CURRENT_SCHEMA", String.class);
    }

    @Test
    void aReaderThatCatchesUpBySequenceNumberMissesNoBatchStoredConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Batch>> writes = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                writes.add(pool.submit(() -> reports.append(List.of(new NewReport("JN2023-74-" + (1 + n % 3),
                        SEP30.minusDays(n), (double) n, "万人", null, null, "{}")), "unit-" + n)));
            }
            java.util.Set<Long> seen = new java.util.HashSet<>();
            long through = 0;
            while (writes.stream().anyMatch(f -> !f.isDone())) {
                ReportStore.Since since = reports.since(through);
                since.rows().forEach(r -> seen.add(r.id()));
                assertThat(since.through()).isGreaterThanOrEqualTo(through);
                through = since.through();
            }
            for (Future<Batch> f : writes) {
                f.get();
            }
            reports.since(through).rows().forEach(r -> seen.add(r.id()));
            assertThat(seen).hasSize(24);
            assertThat(reports.latestSequence()).isGreaterThanOrEqualTo(through);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRunRecordedAsARepeatReadsBackTheDocumentItRepeats() {
        String doc = "{\n  \"asOf\" : \"2023-09-30\",\n  \"findings\" : [ ]\n}";
        CheckRun first = runs.record("o", SEP30, "v1", "stored", "{}", "{}", doc);
        CheckRun again = runs.recordRepeat("o", SEP30, "v1", "stored", "{}", "{}", first.id());
        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(runs.findings(again.id())).hasValue(doc);
        assertThat(runs.findings(first.id())).hasValue(doc);
    }
}
