package cn.dunban.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.dunban.catalog.CatalogReader;
import cn.dunban.input.InputError;
import cn.dunban.input.InputException;

/**
 * What a careless or hostile sender got through before (issue 17): unknown fields dropped, nulls and
 * empty strings making entries vanish or crash the check, unbounded numbers and strings. Each is now a
 * located input error, and nothing of the entry is silently kept or lost.
 */
class FactsValidationTest {

    private final FactsReader reader = new FactsReader(CatalogReader.builtIn());

    private List<InputError> errors(String json) {
        InputException e = catchThrowableOfType(InputException.class,
                () -> reader.read(json.getBytes(StandardCharsets.UTF_8), "facts.json"));
        assertThat(e).as("should have been refused: %s", json).isNotNull();
        return e.errors();
    }

    private static final String PROJECT = """
            "id": "P-1", "industry": "焦化", "stage": "新上", "energyReview": true""";

    @Test
    void aMisspeltFieldIsReportedWithTheNameMostLikelyMeant() {
        List<InputError> e = errors("""
                {"asOf": "2023-12-31", "reports": [{"target": "JN2023-1-2", "asof": "2023-06-30", "value": 30, "unit": "家"}],
                 "projects": [{%s, "windowGuidence": true}]}""".formatted(PROJECT));
        assertThat(e).extracting(InputError::field, InputError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("reports[0].asof", "unknown-field"),
                org.assertj.core.groups.Tuple.tuple("projects[0].windowGuidence", "unknown-field"));
        assertThat(e.get(0).message()).contains("您是否想写 asOf？");
        assertThat(e.get(1).message()).contains("您是否想写 windowGuidance？");
        assertThat(e.get(1).line()).isEqualTo(2);
    }

    @Test
    void unknownFieldsAreFoundAtEveryDepth() {
        List<InputError> e = errors("""
                {"assignments": [{"document": "YZ2025", "task": 44, "indicator": "煤炭消费压减", "value": 1, "unit": "万吨", "sauce": "x"}],
                 "projects": [{%s, "replacement": {"capacity": 1.2, "coals": 1.0}}],
                 "energy": [{"jurisdiction": "兖州区", "year": 2025, "gdp": 848, "energy": 415, "gpdUnit": "亿元"}]}"""
                .formatted(PROJECT));
        assertThat(e).extracting(InputError::field).containsExactly("assignments[0].sauce",
                "projects[0].replacement.coals", "energy[0].gpdUnit");
        assertThat(e.get(1).message()).contains("coal");
        assertThat(e.get(2).message()).contains("gdpUnit");
    }

    @Test
    void aNullOrEmptyValueIsAnErrorNotAVanishedEntry() {
        List<InputError> e = errors("""
                {"asOf": "2023-12-31",
                 "reports": [
                  {"target": "JN2023-1-2", "value": null},
                  {"target": "JN2023-1-2", "asOf": null, "value": 1, "unit": "家"},
                  {"target": "JN2023-1-2", "asOf": "", "value": 1, "unit": "家"},
                  {"document": null, "task": 1, "indicator": "高新技术企业", "asOf": "2023-12-31", "value": 1, "unit": "家"}],
                 "assignments": [{"document": "YZ2025", "task": 44, "indicator": "煤炭消费压减", "value": null, "unit": "万吨"}],
                 "energy": [{"jurisdiction": "兖州区", "year": null, "gdp": null, "energy": 415}]}""");
        assertThat(e).extracting(InputError::field).containsExactly("assignments[0].value", "reports[0].value",
                "reports[1].asOf", "reports[2].asOf", "reports[3].document", "energy[0].year", "energy[0].gdp");
        assertThat(e).extracting(InputError::code).containsExactly("null-value", "null-value", "null-value",
                "empty-value", "null-value", "null-value", "null-value");
        assertThat(e).allSatisfy(x -> assertThat(x.line()).isPositive());
    }

    @Test
    void numbersAreFiniteAndBounded() {
        String huge = "9".repeat(400);
        List<InputError> e = errors("""
                {"asOf": "2023-12-31",
                 "reports": [{"target": "JN2023-1-2", "value": %s, "unit": "家"}],
                 "energy": [{"jurisdiction": "兖州区", "year": 2025, "gdp": 1e12, "energy": 415},
                            {"jurisdiction": "兖州区", "year": 99999, "gdp": 848, "energy": 415}],
                 "projects": [{%s, "replacement": {"capacity": -1}}]}""".formatted(huge, PROJECT));
        assertThat(e).extracting(InputError::field).containsExactly("reports[0].value",
                "projects[0].replacement.capacity", "energy[0].gdp", "energy[1].year");
        assertThat(e).extracting(InputError::code).containsOnly("out-of-range");
        assertThat(e.get(0).message()).contains("1000000000000000");
        assertThat(e.get(2).message()).contains("1000000 亿元");
    }

    @Test
    void stringsAreNoLongerThanTheColumnsThatKeepThem() {
        List<InputError> e = errors("""
                {"reports": [{"target": "JN2023-1-2", "asOf": "2023-06-30", "value": 3, "unit": "%s", "reporter": "%s"}]}"""
                .formatted("家".repeat(33), "局".repeat(201)));
        assertThat(e).extracting(InputError::field, InputError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("reports[0].unit", "too-long"),
                org.assertj.core.groups.Tuple.tuple("reports[0].reporter", "too-long"));
        assertThat(e.get(1).message()).contains("201", "200");
    }

    @Test
    void aReportOfWhichOnlyPartOfTheIndicatorTripleIsGivenSaysWhatIsMissing() {
        assertThat(errors("""
                {"reports": [{"document": "JN2023", "task": 1, "asOf": "2023-06-30", "value": 3, "unit": "家"}]}"""))
                .singleElement().satisfies(x -> {
                    assertThat(x.code()).isEqualTo("missing-field");
                    assertThat(x.message()).contains("缺少 indicator");
                });
    }

    @Test
    void theClosestNameIsOnlyOfferedWhenItIsClose() {
        assertThat(FieldNames.closest("asof", List.of("asOf", "value"))).contains("asOf");
        assertThat(FieldNames.closest("reportor", List.of("reporter", "target"))).contains("reporter");
        assertThat(FieldNames.closest("colour", List.of("asOf", "value"))).isEmpty();
    }
}
