package cn.dunban.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.findings.JsonRenderer;

/** The product's checker splits a check into groups of jurisdictions; on every sample it finds what one session finds. */
class PartitionedCheckTest {

    private static final Catalog CATALOG = CatalogReader.builtIn();
    private static final Rulebase RULES = Rulebases.load(Path.of("rules")); // compiled once for the whole test run

    @Test
    void jurisdictionsWhoseTargetsAreLinkedShareAGroupAndOthersStandApart() {
        Partitioning p = Partitioning.closedOver(CATALOG, RULES, Facts.empty(), 2);
        for (var link : RULES.links()) {
            var lower = CATALOG.target(link.lower());
            var parent = CATALOG.target(link.parent());
            if (lower.isPresent() && parent.isPresent()) {
                assertThat(p.group(lower.get().jurisdiction())).as(link.lower()).isEqualTo(p.group(parent.get().jurisdiction()));
            }
        }
        assertThat(p.group("济宁经济技术开发区")).as("JNETDZ2023 cascades to JN2023").isEqualTo(p.group("济宁市"));
        assertThat(p.group("菏泽市")).isNotEqualTo(p.group("济宁市"));
    }

    @Test
    void everySampleGivesTheSameFindingsSplitOrWhole() {
        for (String sample : List.of("midyear-2023-09.json", "jn2023-review-2023.json", "controls-2025.json")) {
            Facts facts = new FactsReader(CATALOG).read(Path.of("samples", sample));
            var asOf = facts.asOf();
            String whole = JsonRenderer.render(new Checker(RULES, CATALOG).check(facts, asOf));
            String split = JsonRenderer.render(Checker.partitioned(RULES, CATALOG).check(facts, asOf));
            assertThat(split).as(sample).isEqualTo(whole);
        }
    }

    @Test
    void aProjectBuiltInACountyJoinsTheCountyToItsCity() {
        Facts facts = new Facts(null, List.of(), List.of(), List.of(new cn.dunban.facts.Project("P", "某项目", "菏泽市",
                "兖州区", "焦化", "新上", true, true, false, false, false, null)), List.of());
        Partitioning p = Partitioning.closedOver(CATALOG, RULES, facts, 2);
        assertThat(p.group("菏泽市")).isEqualTo(p.group("兖州区"));
        assertThat(Partitioning.closedOver(CATALOG, RULES, Facts.empty(), 2).group("菏泽市"))
                .isNotEqualTo(Partitioning.closedOver(CATALOG, RULES, Facts.empty(), 2).group("兖州区"));
    }
}
