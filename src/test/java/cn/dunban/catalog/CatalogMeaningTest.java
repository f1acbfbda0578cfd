package cn.dunban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The catalog says what the documents mean: each test here pins one reading a curator corrected
 * (docs/catalog.md lists them with the reason), so that a later edit cannot quietly undo it.
 */
class CatalogMeaningTest {

    private static final Map<String, Target> BY_ID = CatalogReader.builtIn().targets().stream()
            .collect(Collectors.toMap(Target::id, t -> t));

    private static Target t(String id) {
        assertThat(BY_ID).containsKey(id);
        return BY_ID.get(id);
    }

    @Test
    void theStandardPerHundredHouseholdsIsTheCommitmentNotTheNumberOfEstates() {
        Target t = t("JNETDZ2023-61-2");
        assertThat(t.comparator()).isEqualTo(Comparator.GE);
        assertThat(t.value()).isEqualTo(30.0);
        assertThat(t.unit()).isEqualTo("平方米");
        assertThat(t.strength()).as("不低于").isEqualTo(Strength.BINDING);
        assertThat(t.per()).isEqualTo("在建小区");
    }

    @Test
    void aCommitmentForEveryCountyOrZoneHoldsPerPart() {
        assertThat(t("JN2023-14-3").per()).isEqualTo("县（市、区）");
        assertThat(t("JN2023-14-3").value()).isEqualTo(1.0);
        assertThat(t("JN2024-1-4").per()).isEqualTo("开发区");
        assertThat(t("JN2024-1-4").value()).isEqualTo(2.0);
        // every target whose clause says 每个… names its part
        assertThat(BY_ID.values()).filteredOn(x -> x.text().matches(".*每个(县|开发区|园区|镇|街道|乡镇).*"))
                .allSatisfy(x -> assertThat(x.per()).as(x.id()).isNotNull());
    }

    @Test
    void fivePercentOrAllKeepsItsSecondBranch() {
        for (String id : List.of("JN2023-61-2", "JNETDZ2023-43-2")) {
            assertThat(t(id).alternative()).as(id).isEqualTo("未达到5%则全部保障用地");
            assertThat(t(id).value()).isEqualTo(5.0);
        }
    }

    @Test
    void yearlyFlowsAccumulateSoThatPaceRuns() {
        for (String id : List.of("JNETDZ2023-5-1", "HZ2023-75-1", "HZ2023-75-3", "HZ2023-41-3")) {
            assertThat(t(id).measure()).as(id).isEqualTo(Measure.CUMULATIVE);
        }
    }

    @Test
    void oneIndicatorIsRecordedAlikeInEveryDocument() {
        assertThat(List.of(t("JN2023-66-2"), t("HZ2023-60-3"), t("JNETDZ2023-47-2")))
                .extracting(Target::indicator, Target::measure, Target::comparator, Target::value)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("高频电子证照证明全面应用", Measure.LEVEL,
                        Comparator.GE, 100.0));
        assertThat(List.of(t("JN2023-16-5"), t("YZ2025-44-1")))
                .extracting(Target::indicator, Target::measure)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("煤炭消费压减", Measure.CUMULATIVE));
    }

    @Test
    void aTargetTextHoldsOnlyItsOwnClause() {
        assertThat(t("JNETDZ2023-41-2").text()).isEqualTo("产量稳定在1.53万吨以上");
        assertThat(t("JNETDZ2023-62-2").text()).isEqualTo("村医140名");
        // a clause ends at ，: no text starts with a sibling's whole text and goes on past a comma
        // (、-joined items stay together: the verb and the 力争 before them govern the whole list;
        // a "其中…" clause continues its figure)
        assertThat(BY_ID.values()).allSatisfy(y -> BY_ID.values().stream()
                .filter(x -> x != y && x.document().equals(y.document()) && x.task() == y.task()
                        && x.value() != null && y.value() != null && y.text().startsWith(x.text())
                        && y.text().length() > x.text().length()
                        && "，,；".indexOf(y.text().charAt(x.text().length())) >= 0
                        && !y.text().startsWith("其中", x.text().length() + 1))
                .forEach(x -> assertThat(y.id()).as(y.id() + " 的原文吞入了 " + x.id() + " 的分句").isNull()));
    }

    @Test
    void theCitysOwnFourStarCommitmentIsATarget() {
        assertThat(t("HZ2023-34-1").value()).isEqualTo(2.0);
        assertThat(t("HZ2023-34-3").comparator()).isEqualTo(Comparator.MILESTONE);
        assertThat(t("HZ2023-34-3").indicator()).contains("市级");
    }

    @Test
    void notLessThanBindsInEveryDocument() {
        assertThat(BY_ID.values()).filteredOn(x -> x.text().matches(".*(不少于|不低于)\\d.*") && x.value() != null
                        && x.strength() != Strength.ASPIRATIONAL)
                .isNotEmpty()
                .allSatisfy(x -> assertThat(x.strength()).as(x.id() + " " + x.text()).isEqualTo(Strength.BINDING));
    }

    @Test
    void exceedingTheProvincialTargetMeansMoreThanIt() {
        assertThat(t("JN2023-34-2").comparator()).as("PM2.5 浓度超额完成：低于省定").isEqualTo(Comparator.LT);
        assertThat(t("JN2023-34-3").comparator()).as("优良率超额完成：高于省定").isEqualTo(Comparator.GT);
    }
}
