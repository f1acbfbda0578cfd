package cn.dunban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the storage of projects, energy statistics, assignments and report warnings promises, on each
 * database: append-only, a new fact under a known key is the next version, the latest counts, and two
 * writers of the same key at once lose nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FactStoreContract {

    private TestDatabase db;
    private FactStore facts;
    private ReportStore reports;
    private WarningStore warnings;
    private JdbcTemplate jdbc;

    abstract TestDatabase open() throws Exception;

    private SubmissionStore submissions;

    @BeforeEach
    void fresh() throws Exception {
        if (db == null) {
            db = open();
            jdbc = new JdbcTemplate(db.dataSource);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource));
            facts = new FactStore(jdbc, tx, Clock.systemUTC());
            reports = new ReportStore(jdbc, tx, Clock.systemUTC());
            warnings = new WarningStore(jdbc, Clock.systemUTC());
            submissions = new SubmissionStore(reports, facts, jdbc, tx, Clock.systemUTC());
        }
        jdbc.update("DELETE FROM report_warning");
        jdbc.update("DELETE FROM report");
        jdbc.update("DELETE FROM fact");
    }

    @AfterAll
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void reportsAndFactsOfOneSubmissionAreStoredTogetherOrNotAtAll() {
        NewReport report = new NewReport("JN2023-52-6", LocalDate.of(2023, 9, 30), 3.0, "万套", null, "市住房城乡建设局", "{}");
        SubmissionStore.Stored both = submissions.append(List.of(report),
                List.of(new NewFact("project", "P-1", "{\"id\":\"P-1\"}")), "officer");
        assertThat(both.reports().reports()).singleElement().extracting(StoredReport::version).isEqualTo(1);
        assertThat(both.facts().facts()).singleElement().extracting(StoredFact::version).isEqualTo(1);
        long sequence = reports.latestSequence();

        // a fact the database refuses (a key longer than its column) takes the submission's reports with it
        assertThatThrownBy(() -> submissions.append(List.of(report),
                List.of(new NewFact("project", "P-".repeat(200), "{}")), "officer")).isInstanceOf(DataAccessException.class);
        assertThat(reports.history("JN2023-52-6")).hasSize(1);
        assertThat(facts.current()).hasSize(1);
        assertThat(reports.latestSequence()).as("no batch number taken either").isEqualTo(sequence);
    }

    @Test
    void aResubmittedFactIsTheNextVersionAndTheLatestCounts() {
        FactBatch first = facts.append(List.of(new NewFact("project", "P-1", "{\"id\":\"P-1\",\"stage\":\"新上\"}"),
                new NewFact("energy", "兖州区|2024|2024-12-31", "{\"year\":2024}")), "officer");
        assertThat(first.facts()).extracting(StoredFact::version).containsExactly(1, 1);
        FactBatch second = facts.append(List.of(new NewFact("project", "P-1", "{\"id\":\"P-1\",\"stage\":\"投产\"}"),
                new NewFact("project", "P-1", "{\"id\":\"P-1\",\"stage\":\"在建\"}")), "officer2");
        assertThat(second.facts()).extracting(StoredFact::version).containsExactly(2, 3);
        assertThat(facts.current()).extracting(StoredFact::kind, StoredFact::version).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("energy", 1), org.assertj.core.groups.Tuple.tuple("project", 3));
        assertThat(facts.history("project", "P-1")).extracting(StoredFact::submittedBy)
                .containsExactly("officer", "officer2", "officer2");
        assertThat(facts.current().stream().filter(f -> f.kind().equals("project")).findFirst().orElseThrow().body())
                .contains("在建");
    }

    @Test
    void concurrentWritersOfOneKeyLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<FactBatch>> jobs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                jobs.add(() -> facts.append(List.of(new NewFact("assignment", "YZ2025-44-1", "{\"n\":" + n + "}")),
                        "w" + n));
            }
            for (Future<FactBatch> f : pool.invokeAll(jobs)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(facts.history("assignment", "YZ2025-44-1")).extracting(StoredFact::version)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void aWarningIsKeptWithItsReport() {
        Batch b = reports.append(List.of(new NewReport("JN2023-52-6", LocalDate.of(2023, 9, 30), 3.0, "万套", null,
                "市住房城乡建设局", "{}")), "zjj");
        warnings.add(List.of(new WarningStore.NewWarning(b.reports().get(0).id(), "JN2023-52-6", "far-off-previous", "相差过大")));
        assertThat(warnings.recent(List.of("JN2023-52-6"), 10)).singleElement()
                .satisfies(w -> assertThat(w.reportId()).isEqualTo(b.reports().get(0).id()));
        assertThat(warnings.recent(List.of("JN2023-1-1"), 10)).isEmpty();
    }
}
