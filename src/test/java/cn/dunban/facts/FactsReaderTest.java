package cn.dunban.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.input.InputError;
import cn.dunban.input.InputException;

class FactsReaderTest {

    private static final Catalog CATALOG = CatalogReader.builtIn();
    private final FactsReader reader = new FactsReader(CATALOG);

    private Facts read(String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8), "facts.json");
    }

    private List<InputError> errors(String json) {
        return catchThrowableOfType(InputException.class, () -> read(json)).errors();
    }

    @Test
    void reportsResolveByIdOrByIndicatorAndConvertIntoTheTargetsUnit() {
        Facts facts = read("""
                {"asOf": "2023-09-30", "reports": [
                  {"target": "JN2023-74-1", "asOf": "2023-09-30", "value": 51000, "unit": "人"},
                  {"document": "JN2023", "task": 30, "indicator": "绿色建筑占比", "asOf": "2023-09-30", "value": 98.5, "unit": "%"},
                  {"document": "JN2023", "task": 27, "indicator": "国土空间总体规划", "asOf": "2023-06-20", "done": true}
                ]}""");
        assertThat(facts.reports()).extracting(Report::target).containsExactly("JN2023-74-1", "JN2023-30-2", "JN2023-27-1");
        assertThat(facts.reports().get(0).value()).isEqualTo(5.1);
        assertThat(facts.reports().get(0).unit()).isEqualTo("万人");
        assertThat(facts.reports().get(2).saysDone()).isTrue();
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        List<InputError> errors = errors("{\n  \"reports\": [\n    {\"target\": \"JN2023-1-2\",, }\n]}");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("malformed-json");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isPositive();
            assertThat(e.toString()).startsWith("facts.json:3:");
        });
    }

    @Test
    void everyErrorOfTheFileIsReportedAtOnceWithItsFieldAndLine() {
        List<InputError> errors = errors("""
                {"asOf": "2023-09-30",
                 "reports": [
                  {"target": "JN2023-74-1", "value": 6.5, "unit": "亿元"},
                  {"document": "JN9999", "task": 1, "indicator": "x", "value": 1, "unit": "家"},
                  {"target": "JN2023-1-2", "value": "45", "unit": "家"},
                  {"target": "JN2023-1-2", "value": 45, "unit": "斗"}
                 ]}""");
        assertThat(errors).extracting(InputError::code)
                .containsExactly("unit-dimension", "unknown-document", "wrong-type", "unknown-unit");
        assertThat(errors).extracting(InputError::field)
                .containsExactly("reports[0].unit", "reports[1].document", "reports[2].value", "reports[3].unit");
        assertThat(errors.get(0).line()).isEqualTo(3);
        assertThat(errors.get(3).line()).isEqualTo(6);
        assertThat(errors.get(1).message()).contains("JN2023").contains("YZ2025");
    }

    @Test
    void anAmbiguousIndicatorListsItsCandidates() {
        List<InputError> errors = errors("""
                {"reports": [{"document": "JN2023", "task": 45, "indicator": "省级", "asOf": "2023-12-31", "value": 1, "unit": "家"}]}""");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("ambiguous-indicator");
            assertThat(e.message()).contains("JN2023-45-1（省级全域旅游示范区）", "JN2023-45-4（省级文化产业示范园区）");
        });
    }

    @Test
    void anUnknownIndicatorListsTheTasksTargets() {
        assertThat(errors("""
                {"reports": [{"document": "JN2023", "task": 74, "indicator": "退休", "asOf": "2023-12-31", "value": 1, "unit": "人"}]}"""))
                .singleElement().satisfies(e -> {
                    assertThat(e.code()).isEqualTo("unknown-indicator");
                    assertThat(e.message()).contains("JN2023-74-1（城镇新增就业）");
                });
    }

    @Test
    void projectsAndEnergyAreReadAndNormalised() {
        Facts facts = read("""
                {"projects": [{"id": "P-001", "name": "某焦化项目", "jurisdiction": "济宁市", "county": "邹城市",
                   "industry": "焦化", "stage": "新上", "windowGuidance": true, "energyReview": true,
                   "chemical": true, "inChemicalPark": true, "threeHigh": false,
                   "replacement": {"capacity": 1.25, "coal": 1.2, "energy": 1.2, "carbon": 1.0, "pollutant": 1.0}}],
                 "energy": [{"jurisdiction": "兖州区", "year": 2025, "gdp": 8480000, "gdpUnit": "万元",
                   "energy": 4150000, "energyUnit": "吨标准煤", "feedstockExcluded": 10000}]}""");
        assertThat(facts.projects()).singleElement().satisfies(p -> {
            assertThat(p.isNew()).isTrue();
            assertThat(p.replacement().capacity()).isEqualTo(1.25);
        });
        assertThat(facts.energy()).singleElement().satisfies(e -> {
            assertThat(e.gdp()).isEqualTo(848.0);
            assertThat(e.energy()).isEqualTo(415.0);
            assertThat(e.feedstockExcluded()).isEqualTo(1.0);
        });
    }

    @Test
    void aBadProjectStageAndAnUnknownTopLevelFieldAreErrors() {
        assertThatThrownBy(() -> read("""
                {"projects": [{"id": "P-9", "industry": "水泥", "stage": "规划"}], "report": []}"""))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("projects[0].stage: unknown-stage")
                .hasMessageContaining("report: unknown-field");
    }
}
