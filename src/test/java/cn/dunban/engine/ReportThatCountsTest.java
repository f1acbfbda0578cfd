package cn.dunban.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.facts.Facts;
import cn.dunban.facts.Report;

/**
 * The report that counts (the latest at or before the check date; of two on one date, the later given),
 * as the engine sorts a check's reports before any rule sees them: that one goes into working memory,
 * the earlier ones wait for a rule that judges every report, later ones wait for the date to move.
 */
class ReportThatCountsTest {

    static final Catalog CATALOG = CatalogReader.builtIn();
    static final String TARGET = "JN2023-1-2";

    static Report report(String asOf, double value) {
        return new Report(TARGET, LocalDate.parse(asOf), value, "家", value, "家", null, null);
    }

    static Partition.Slice split(List<Report> reports, String asOf, List<Report> later) {
        Facts facts = new Facts(null, reports, List.of(), List.of(), List.of());
        Map<String, Partition.Slice> slices = FactSplit.split(CATALOG, facts, LocalDate.parse(asOf), Partitioning.none(),
                true, later);
        assertThat(slices).hasSize(1);
        return slices.values().iterator().next();
    }

    @Test
    void theLatestAtOrBeforeTheCheckDateCountsAndALaterOneWaits() {
        Report june = report("2023-06-30", 30);
        Report september = report("2023-09-30", 45);
        Report december = report("2023-12-31", 61);
        List<Report> later = new ArrayList<>();
        Partition.Slice slice = split(List.of(september, december, june), "2023-10-15", later);
        assertThat(slice.counting()).containsExactly(september);
        assertThat(slice.history().get(TARGET)).containsExactly(june);
        assertThat(later).containsExactly(december);
    }

    @Test
    void ofTwoOnOneDateTheOneGivenLaterCounts() {
        Report first = report("2023-09-30", 45);
        Report correction = report("2023-09-30", 47);
        Partition.Slice slice = split(List.of(first, correction), "2023-09-30", new ArrayList<>());
        assertThat(slice.counting()).as("a report dated on the check date is known then").containsExactly(correction);
        assertThat(slice.history().get(TARGET)).containsExactly(first);
    }
}
