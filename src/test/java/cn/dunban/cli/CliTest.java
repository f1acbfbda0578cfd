package cn.dunban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as the README fixes it: exit 0/1/2, JSON on stdout, nothing half-written. */
class CliTest {

    @TempDir
    Path tmp;

    private final CommandLine cli = new CommandLine();

    private int run(String... args) {
        return cli.run(args);
    }

    private String stdout() {
        return cli.out();
    }

    private String stderr() {
        return cli.err();
    }

    @Test
    void theYearEndReviewHasNoViolationSoExitsZeroAndNoFindingForTheMetTargets() throws IOException {
        assertThat(run("check", "--facts", "samples/jn2023-review-2023.json", "--format", "json")).isEqualTo(0);
        JsonNode doc = JsonMapper.builder().build().readTree(stdout());
        assertThat(doc.path("asOf").asString()).isEqualTo("2023-12-31");
        JsonNode reports = JsonMapper.builder().build().readTree(Path.of("samples/jn2023-review-2023.json").toFile()).path("reports");
        for (JsonNode r : reports) {
            String target = r.path("target").asString();
            for (JsonNode f : doc.path("findings")) {
                assertThat(f.path("subject").asString()).as("实绩已达标的目标不应出现在清单中").isNotEqualTo(target);
            }
        }
    }

    @Test
    void theMidYearSampleShowsEverySeverityAndExitsOne() throws IOException {
        assertThat(run("check", "--facts", "samples/midyear-2023-09.json")).isEqualTo(1);
        JsonNode summary = JsonMapper.builder().build().readTree(stdout()).path("summary");
        for (String s : List.of("VIOLATION", "WARNING", "AT_RISK", "MISSING_REPORT", "INFO")) {
            assertThat(summary.path(s).asInt()).as(s).isPositive();
        }
    }

    @Test
    void textFormatIsASupervisionListGroupedByJurisdictionAndLeadUnit() {
        run("check", "--facts", "samples/midyear-2023-09.json", "--format", "text");
        assertThat(stdout()).contains("督办清单", "【济宁市·市畜牧兽医事业发展中心】", "[违规] JN2023-60-3", "依据：JN2023 第60项");
    }

    @Test
    void asOfOnTheCommandLineOverridesTheFactsDocument() throws IOException {
        run("check", "--facts", "samples/midyear-2023-09.json", "--as-of", "2023-12-31");
        assertThat(JsonMapper.builder().build().readTree(stdout()).path("asOf").asString()).isEqualTo("2023-12-31");
    }

    @Test
    void badFactsExitTwoNamingFileAndFieldAndWriteNothingToOut() throws IOException {
        Path facts = tmp.resolve("facts.json");
        Files.writeString(facts, "{\"reports\": [{\"target\": \"JN2023-74-1\", \"asOf\": \"2023-09-30\", \"value\": 6.5, \"unit\": \"亿元\"}]}");
        Path outFile = tmp.resolve("findings.json");
        assertThat(run("check", "--facts", facts.toString(), "--out", outFile.toString())).isEqualTo(2);
        assertThat(stderr()).contains(facts.toString()).contains("reports[0].unit");
        assertThat(outFile).doesNotExist();
        try (var files = Files.list(tmp)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("facts.json");
        }
    }

    @Test
    void outReceivesTheWholeDocument() throws IOException {
        Path outFile = tmp.resolve("out/findings.json");
        assertThat(run("check", "--facts", "samples/midyear-2023-09.json", "--out", outFile.toString())).isEqualTo(1);
        assertThat(stdout()).isEmpty();
        assertThat(JsonMapper.builder().build().readTree(outFile.toFile()).path("findings").size()).isPositive();
    }

    @Test
    void aBrokenRuleFileExitsTwoWithFileAndLine() throws IOException {
        Path rules = tmp.resolve("rules/bad");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("bad.drl"), "package bad;\n\nrule \"坏规则\"\nwhen\n    String( length < )\nthen\nend\n");
        assertThat(run("check", "--facts", "samples/midyear-2023-09.json", "--rules", tmp.resolve("rules").toString()))
                .isEqualTo(2);
        assertThat(stderr()).containsPattern("bad/bad\\.drl:5:\\d+: rule-syntax");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("check", "--format", "xml")).isEqualTo(2);
        assertThat(stderr()).contains("--format");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("check", "--facts", tmp.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(stderr()).contains("nope.json").contains("文件不存在");
    }

    @Test
    void catalogListsAUnitsTargetsWithTheirIds() {
        assertThat(run("catalog", "--document", "JN2023", "--unit", "市住房城乡建设局")).isEqualTo(0);
        assertThat(stdout()).contains("JN2023-30-2", "城镇新建民用建筑中绿色建筑占比达到100%").doesNotContain("JN2023-74-1");
        assertThat(run("catalog", "--document", "XX2023")).isEqualTo(2);
    }

    @Test
    void aCatalogThatDoesNotReadExitsTwoListingEveryErrorAtItsPlace() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("catalog"));
        Files.writeString(dir.resolve("XX2025.json"), """
                {"document": {"code": "XX2025", "title": "某文件", "jurisdiction": "某市", "year": 2025},
                 "targets": [
                   {"id": "XX2025-1-1", "document": "XX2025", "task": 1, "year": 2025, "text": "新增5家", "comparator": "GE",
                    "value": 5, "unit": "万家x", "deadline": "2025-12-31"},
                   {"id": "XX2025-1-2", "document": "YY2025", "task": 1, "year": 2025, "text": "建成",
                    "comparator": "MILESTONE", "deadline": "2025-12-31"}
                 ]}""");
        assertThat(run("catalog", "--catalog", dir.toString())).isEqualTo(2);
        String file = dir.resolve("XX2025.json").toString();
        assertThat(stderr().lines()).containsExactly("目录文件有 2 处错误:",
                "  " + file + ": targets[0].unit: unknown-unit: 目标（XX2025-1-1）的单位“万家x”无法识别",
                "  " + file + ": targets[1].document: wrong-document: 目标（XX2025-1-2）的 document 应为 XX2025");
        assertThat(stdout()).isEmpty();
        Files.writeString(dir.resolve("XX2025.json"), "{\"document\": {\"code\": \"XX2025\", \"year\": 2025},\n \"targets\": [ {\"id\": } ]}");
        assertThat(run("catalog", "--catalog", dir.toString())).isEqualTo(2);
        assertThat(stderr().lines()).hasSize(2).first().isEqualTo("目录文件有 1 处错误:");
        assertThat(stderr().lines().skip(1).findFirst().orElseThrow()).startsWith("  " + file + ":2:").contains(": malformed-json: ");
    }

    @Test
    void withoutFactsEveryDocumentsTargetsAreMissingAtItsYearEnd() throws IOException {
        for (String[] doc : new String[][] {{"JN2023", "2023-12-31"}, {"JNETDZ2023", "2023-12-31"},
                {"HZ2023", "2023-12-31"}, {"JN2024", "2024-12-31"}, {"YZ2025", "2025-12-31"}}) {
            assertThat(run("check", "--as-of", doc[1])).isEqualTo(0);
            JsonNode findings = JsonMapper.builder().build().readTree(stdout()).path("findings");
            assertThat(findings).as(doc[0])
                    .anySatisfy(f -> {
                        assertThat(f.path("document").asString()).isEqualTo(doc[0]);
                        assertThat(f.path("severity").asString()).isEqualTo("MISSING_REPORT");
                    });
        }
    }

    @Test
    void importDraftsACatalogThatReadsBackAndListsWhatNeedsReview() throws IOException {
        Path draft = tmp.resolve("JN2023.json");
        assertThat(run("import", "--text", "src/test/resources/seeds/JN2023-jining-2023-key-tasks.txt", "--code", "JN2023",
                "--jurisdiction", "济宁市", "--year", "2023", "--out", draft.toString())).isEqualTo(0);
        var file = cn.dunban.catalog.CatalogReader.readFile(draft);
        assertThat(file.document().code()).isEqualTo("JN2023");
        assertThat(file.targets()).hasSizeGreaterThan(150)
                .anySatisfy(t -> assertThat(t.text()).isEqualTo("城镇新建民用建筑中绿色建筑占比达到100%"));
        assertThat(stderr()).contains("草稿目录").contains("需人工复核");
        assertThat(run("import", "--text", "nope.txt", "--code", "X1", "--jurisdiction", "某市", "--year", "2023")).isEqualTo(2);
        assertThat(run("import", "--text", "nope.txt", "--code", "X1", "--jurisdiction", "某市")).isEqualTo(2);
    }

    @Test
    void aMissingFactsFileIsAnsweredBeforeTheRulesAreCompiled() throws IOException {
        // rules that would take a compile to refuse: if the facts were read after the compile, the rule error would show
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(rules.resolve("bad.drl"), "package bad;\nrule \"坏\" when then x end\n");
        assertThat(run("check", "--facts", tmp.resolve("nope.json").toString(), "--rules", rules.toString())).isEqualTo(2);
        assertThat(stderr()).contains("nope.json").contains("文件不存在").doesNotContain("规则文件");
    }

    @Test
    void anOutputPathThatCannotBeWrittenIsRefusedBeforeTheCheck() throws IOException {
        assertThat(run("check", "--facts", "samples/midyear-2023-09.json", "--out", tmp.toString())).isEqualTo(2);
        assertThat(stderr()).contains("--out").contains("是一个目录");
    }
}
