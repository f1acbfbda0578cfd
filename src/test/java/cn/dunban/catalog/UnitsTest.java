package cn.dunban.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest(name = "{0} {1} = {3} {2}")
    @CsvSource({
            "67000, 人, 万人, 6.7",
            "1, 亿元, 万元, 10000",
            "150, 万千瓦, 千瓦, 1500000",
            "1500, 千瓦, 万千瓦, 0.15",
            "2, 万亩, 亩, 20000",
            "0.5, 万吨标准煤, 吨标准煤, 5000",
            "12, 个, 家, 12",
            "1, 公里, 米, 1000",
            "98.5, ％, %, 98.5"})
    void convertsMagnitudesWithinADimension(double value, String from, String to, double expected) {
        assertThat(Units.convert(value, from, to)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void kilowattIsABaseUnitNotAThousandWatts_soTenThousandKilowattsParses() {
        Unit u = Units.parse("万千瓦").orElseThrow();
        assertThat(u.dimension()).isEqualTo(Dimension.POWER);
        assertThat(u.factor()).isEqualTo(1e7);
    }

    @Test
    void percentagePointsAreNotPercent() {
        assertThatThrownBy(() -> Units.convert(1, "个百分点", "%")).hasMessageContaining("百分点");
    }

    @Test
    void differentDimensionsDoNotConvert() {
        assertThatThrownBy(() -> Units.convert(6.5, "亿元", "万人"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("金额").hasMessageContaining("人数");
    }

    @Test
    void unknownUnitsAreEmpty() {
        assertThat(Units.parse("斗")).isEmpty();
        assertThat(Units.parse("万斗")).isEmpty();
        assertThat(Units.parse("")).isEmpty();
    }
}
