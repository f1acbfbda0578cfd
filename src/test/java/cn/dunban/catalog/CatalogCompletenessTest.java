package cn.dunban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalog is complete when every number with a unit in a seed document, and every commitment without
 * one (全部/全覆盖, 前N/位次, a number joined to other words, an event such as 建成/投产/开工 — see
 * {@link Commitments}), is inside some target's verbatim text, or excluded with a reason (a year, a name like
 * "231", a scope qualifier such as "500万元以上项目", a task the document only assists with). Exclusions live
 * in {@code completeness/<CODE>.json} beside the test.
 */
class CatalogCompletenessTest {

    private static final Catalog CATALOG = CatalogReader.builtIn();

    static Stream<String> documents() {
        return CatalogReader.builtInCodes().stream()
                .filter(code -> resource("completeness/" + code + ".json") != null);
    }

    @ParameterizedTest(name = "{0}: 每个带单位的数字和每项节点、全覆盖、名次承诺都在某个目标的原文中，或列明排除理由")
    @MethodSource("documents")
    void everyQuantityIsATargetOrExcluded(String code) throws IOException {
        Completeness.ExclusionFile file = exclusions(code);
        List<String> missing = Completeness.uncovered(seed(file), targetsOf(code), file.exclusions());
        assertThat(missing).as(code + " 中未被任何目标覆盖、也未列入排除清单的数字").isEmpty();
    }

    @ParameterizedTest(name = "{0}: 目标原文逐字出自文件")
    @MethodSource("documents")
    void everyTargetTextIsVerbatim(String code) throws IOException {
        assertThat(Completeness.notVerbatim(seed(exclusions(code)), targetsOf(code)))
                .as(code + " 中原文与文件不一致的目标").isEmpty();
    }

    @ParameterizedTest(name = "{0}: 每条排除都写明理由")
    @MethodSource("documents")
    void everyExclusionHasAReason(String code) throws IOException {
        assertThat(exclusions(code).exclusions())
                .allSatisfy(e -> assertThat(e.reason()).as(String.valueOf(e)).isNotBlank());
    }

    @Test
    void deletingATargetIsNoticed() throws IOException {
        String code = "JN2023";
        Completeness.ExclusionFile file = exclusions(code);
        List<Target> targets = new ArrayList<>(targetsOf(code));
        Target removed = targets.stream()
                .filter(t -> t.text().contains("新增省级以上创新平台60家以上"))
                .findFirst().orElseThrow();
        targets.remove(removed);
        assertThat(Completeness.uncovered(seed(file), targets, file.exclusions()))
                .anySatisfy(line -> assertThat(line).startsWith("60家"));
    }

    /** A commitment of each kind without a number and unit is noticed too when its target is gone. */
    @ParameterizedTest(name = "{0}: 删去“{1}”后，“{2}”被列为未覆盖")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            JN2023 | 实现济宁新机场迁建通航             | 通航
            JN2023 | 争取实现整体医疗服务能力全省前三   | 前三
            JN2024 | 县级综合医院全部达到“优秀”等次     | 全部
            JN2024 | 推动与省级金融机构战略合作全覆盖   | 全覆盖
            YZ2025 | 益海嘉里创50亿强企                 | 50亿
            YZ2025 | 兖郓高速、S104济微线中修工程开工建设 | 开工
            HZ2023 | 完成成武港安济河作业区建设         | 完成
            """)
    void deletingACommitmentWithoutAUnitIsNoticed(String code, String text, String word) throws IOException {
        Completeness.ExclusionFile file = exclusions(code);
        List<Target> targets = new ArrayList<>(targetsOf(code));
        assertThat(Completeness.uncovered(seed(file), targets, file.exclusions())).isEmpty();
        assertThat(targets.removeIf(t -> t.text().equals(text))).as(text).isTrue();
        assertThat(Completeness.uncovered(seed(file), targets, file.exclusions()))
                .anySatisfy(line -> assertThat(line).startsWith(word + "  …"));
    }

    private static List<Target> targetsOf(String code) {
        return CATALOG.targets().stream().filter(t -> t.document().equals(code)).toList();
    }

    private static Completeness.ExclusionFile exclusions(String code) throws IOException {
        try (InputStream in = resource("completeness/" + code + ".json")) {
            return CatalogReader.mapper().readValue(in, Completeness.ExclusionFile.class);
        }
    }

    private static String seed(Completeness.ExclusionFile file) throws IOException {
        try (InputStream in = resource("seeds/" + file.seed())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String name) {
        return CatalogCompletenessTest.class.getClassLoader().getResourceAsStream(name);
    }
}
