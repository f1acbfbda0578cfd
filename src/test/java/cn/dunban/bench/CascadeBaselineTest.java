package cn.dunban.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.dunban.bench.baseline.Baseline;
import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.engine.Checker;
import cn.dunban.engine.Rulebase;
import cn.dunban.engine.Rulebases;
import cn.dunban.facts.Facts;
import cn.dunban.findings.Finding;
import cn.dunban.findings.SubjectType;

/**
 * The plain-Java cascade family finds what rules/cascade finds, on the real catalog in the years its links
 * compare (the generated province checks 2025, where a county's plan copies its city's and nothing is looser).
 */
class CascadeBaselineTest {

    @ParameterizedTest
    @ValueSource(strings = {"2023-06-30", "2024-06-30", "2025-12-31"})
    void theBaselineFindsWhatTheRulesFind(String asOf) {
        Catalog catalog = CatalogReader.builtIn();
        Rulebase rulebase = Rulebases.load(Path.of("rules")); // compiled once for the whole test run
        LocalDate date = LocalDate.parse(asOf);
        List<String> rules = cascade(new Checker(rulebase, catalog).check(Facts.empty(), date).findings());
        List<String> baseline = cascade(new Baseline(rulebase).check(catalog, Facts.empty(), date).findings());
        assertThat(baseline).isEqualTo(rules);
        if (date.getYear() == 2023) {
            assertThat(rules).isNotEmpty();
        }
    }

    private static List<String> cascade(List<Finding> findings) {
        return findings.stream().filter(f -> f.getSubjectType() == SubjectType.CASCADE)
                .map(f -> f.getSeverity() + " " + f.getRule() + " " + f.getSubject() + " " + f.getMessage() + " "
                        + f.getEvidence())
                .sorted().toList();
    }
}
