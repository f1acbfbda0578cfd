package cn.dunban.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.dunban.catalog.CatalogReader;
import cn.dunban.input.InputError;
import cn.dunban.input.InputException;

/** Energy statistics: a whole year or a year to date ({@code asOf}), coal consumption in any mass unit. */
class EnergyFactsTest {

    private final FactsReader reader = new FactsReader(CatalogReader.builtIn());

    private Facts read(String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8), "facts.json");
    }

    @Test
    void withoutAsOfAStatisticCoversTheWholeYear() {
        EnergyStat s = read("""
                {"energy": [{"jurisdiction": "兖州区", "year": 2025, "gdp": 848, "energy": 415}]}""").energy().get(0);
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(s.isFullYear()).isTrue();
        assertThat(s.coal()).isNull();
    }

    @Test
    void aYearToDateStatisticKeepsItsDateAndCoalConvertsTo万吨() {
        EnergyStat s = read("""
                {"energy": [{"jurisdiction": "兖州区", "year": 2025, "asOf": "2025-09-30", "gdp": 6250000,
                             "gdpUnit": "万元", "energy": 312, "coal": 2180000, "coalUnit": "吨"}]}""").energy().get(0);
        assertThat(s.isFullYear()).isFalse();
        assertThat(s.period().toString()).isEqualTo("--09-30");
        assertThat(s.gdp()).isEqualTo(625);
        assertThat(s.coal()).isEqualTo(218);
    }

    @Test
    void anAsOfOutsideTheYearOrACoalUnitOfAnotherDimensionIsAnInputError() {
        InputException e = catchThrowableOfType(InputException.class, () -> read("""
                {"energy": [{"jurisdiction": "兖州区", "year": 2025, "asOf": "2024-12-31", "gdp": 848, "energy": 415},
                            {"jurisdiction": "兖州区", "year": 2025, "gdp": 848, "energy": 415, "coal": 3, "coalUnit": "万吨标准煤"}]}"""));
        assertThat(e.errors()).extracting(InputError::field).containsExactly("energy[0].asOf", "energy[1].coalUnit");
    }
}
