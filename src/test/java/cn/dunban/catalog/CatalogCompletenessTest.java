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
 * The catalog is complete when every number with a unit in a seed document is inside some target's
 * verbatim text, or excluded with a reason (a year, a name like "231", a scope qualifier such as
 * "500万元以上项目"). Exclusions live in {@code completeness/<CODE>.json} beside the test.
 */
class CatalogCompletenessTest {

    private static final Catalog CATALOG = CatalogReader.builtIn();

    static Stream<String> documents() {
        return CatalogReader.builtInCodes().stream()
                .filter(code -> resource("completeness/" + code + ".json") != null);
    }

    @ParameterizedTest(name = "{0}: 每个带单位的数字都在某个目标的原文中，或列明排除理由")
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
