package cn.dunban.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import cn.dunban.catalog.CatalogReader;
import cn.dunban.catalog.Target;
import tools.jackson.databind.JsonNode;

/**
 * Precision and recall of {@code import --file} on real public 任务分解表 (see
 * {@code importer/tables/README.md}), in every shape they come in: cells between {@code |}, tabs, one cell
 * per line, labelled lines, and Word and Excel files generated from the transcribed text. A drafted target
 * matches a curated one when task, comparator, value, unit, deadline and lead units are equal.
 */
class TableImportAccuracyTest {

    private static final double THRESHOLD = 0.95;

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> tablesDraftTheCuratedTargets() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(check("lishan-2023", "pipe", "LS2023", 2023, () -> fixture("lishan-2023-pipe.txt")));
        tests.add(check("lishan-2023", "labelled", "LS2023", 2023, () -> fixture("lishan-2023-labelled.txt")));
        tests.add(check("chuzhou-2020", "tabs", "CZ2020", 2020, () -> fixture("chuzhou-2020-tabs.txt")));
        tests.add(check("xuzhou-2010", "cells", "XZ2010", 2010, () -> fixture("xuzhou-2010-cells.txt")));
        tests.add(check("chuzhou-2020", "docx", "CZ2020", 2020, () -> {
            TaskTable t = TextTableReader.read(Files.readString(fixture("chuzhou-2020-tabs.txt")), "tabs").get(0);
            return TableFiles.docx(dir, "chuzhou-2020", "滁州市2020年市政府重点工作及责任分解", t.header(), texts(t));
        }));
        tests.add(check("lishan-2023", "xlsx", "LS2023", 2023, () -> {
            TaskTable t = TextTableReader.read(Files.readString(fixture("lishan-2023-pipe.txt")), "pipe").get(0);
            return TableFiles.xlsx(dir, "lishan-2023", "任务分解", t.header(), texts(t));
        }));
        return tests.stream();
    }

    interface FileMaker {
        Path make() throws IOException;
    }

    private static DynamicTest check(String document, String shape, String code, int year, FileMaker maker) {
        return DynamicTest.dynamicTest(document + " " + shape, () -> {
            ImportResult r = new FileImporter().read(maker.make(), code, "某地", year);
            List<String> drafted = r.catalog().targets().stream().map(TableImportAccuracyTest::key).toList();
            List<String> curated = expected(document);
            Map<String, Integer> left = new HashMap<>();
            curated.forEach(k -> left.merge(k, 1, Integer::sum));
            int matched = 0;
            for (String k : drafted) {
                if (left.getOrDefault(k, 0) > 0) {
                    left.merge(k, -1, Integer::sum);
                    matched++;
                }
            }
            double precision = drafted.isEmpty() ? 0 : (double) matched / drafted.size();
            double recall = curated.isEmpty() ? 1 : (double) matched / curated.size();
            String summary = String.format("importer-table %s %s precision=%.2f recall=%.2f (%d/%d/%d) review=%d",
                    document, shape, precision, recall, matched, drafted.size(), curated.size(), r.review().size());
            System.out.println(summary);
            assertThat(precision).as(summary + " drafted " + drafted + " curated " + curated).isGreaterThanOrEqualTo(THRESHOLD);
            assertThat(recall).as(summary + " drafted " + drafted + " curated " + curated).isGreaterThanOrEqualTo(THRESHOLD);
        });
    }

    private static String key(Target t) {
        return t.task() + "|" + t.comparator() + "|" + (t.value() == null ? "-" : java.math.BigDecimal.valueOf(t.value())
                .stripTrailingZeros().toPlainString()) + "|" + (t.unit() == null ? "" : t.unit()) + "|" + t.deadline()
                + "|" + t.leadUnits();
    }

    private static List<String> expected(String document) throws IOException {
        try (InputStream in = TableImportAccuracyTest.class.getResourceAsStream("/importer/tables/expected/" + document + ".json")) {
            JsonNode root = CatalogReader.mapper().readTree(in);
            List<String> out = new ArrayList<>();
            for (JsonNode t : root.get("targets")) {
                List<String> lead = new ArrayList<>();
                t.get("leadUnits").forEach(u -> lead.add(u.asString()));
                String value = t.get("value").isNull() ? "-"
                        : java.math.BigDecimal.valueOf(t.get("value").asDouble()).stripTrailingZeros().toPlainString();
                out.add(t.get("task").asInt() + "|" + t.get("comparator").asString() + "|" + value + "|"
                        + (t.get("unit").isNull() ? "" : t.get("unit").asString()) + "|" + t.get("deadline").asString()
                        + "|" + lead);
            }
            return out;
        }
    }

    static Path fixture(String name) {
        try {
            return Path.of(TableImportAccuracyTest.class.getResource("/importer/tables/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<List<String>> texts(TaskTable t) {
        return t.rows().stream().map(r -> r.cells().stream().map(TaskTable.Cell::text).toList()).toList();
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
