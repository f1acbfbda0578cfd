package cn.dunban.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.dunban.catalog.CatalogFile;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Quantities;
import cn.dunban.catalog.Target;
import cn.dunban.catalog.Units;

/** The importer end to end: a document from a city it was not written for, and the five seeds. */
class DocumentImporterTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = DocumentImporterTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ImportResult other() throws IOException {
        return new DocumentImporter().read(resource("importer/linyi-like-2024.txt"), "MS2024", "某市", 2024);
    }

    @Test
    void aDocumentOfTheGenreFromAnotherCity() throws IOException {
        ImportResult r = other();
        assertThat(r.catalog().document().title()).isEqualTo("某市推动高质量发展2024年重点工作任务（某政办字〔2024〕8号）");
        assertThat(r.catalog().targets())
                .extracting(Target::id, Target::comparator, Target::value, Target::unit, t -> t.deadline().toString())
                .containsExactly(
                        tuple("MS2024-0-1", Comparator.APPROX, 6.0, "%", "2024-12-31"),
                        tuple("MS2024-0-2", Comparator.GE, 5.0, "%", "2024-12-31"),
                        tuple("MS2024-0-3", Comparator.GE, null, null, "2024-12-31"),
                        tuple("MS2024-1-1", Comparator.GE, 30.0, "家", "2024-12-31"),
                        tuple("MS2024-1-2", Comparator.GT, 1200.0, "家", "2024-12-31"),
                        tuple("MS2024-2-1", Comparator.GE, 150.0, "个", "2024-12-31"),
                        tuple("MS2024-2-2", Comparator.GE, 8.0, "%", "2024-12-31"),
                        tuple("MS2024-2-3", Comparator.GT, 4500.0, "亿元", "2024-12-31"),
                        tuple("MS2024-2-4", Comparator.MILESTONE, null, null, "2024-06-30"),
                        tuple("MS2024-3-1", Comparator.GE, 5.2, "万人", "2024-12-31"),
                        tuple("MS2024-3-2", Comparator.ZERO, 0.0, null, "2024-12-31"),
                        tuple("MS2024-3-3", Comparator.LE, 5.5, "%", "2024-12-31"),
                        tuple("MS2024-4-1", Comparator.GE, 12.0, "所", "2024-12-31"),
                        tuple("MS2024-4-2", Comparator.GE, 2000.0, "个", "2024-12-31"),
                        tuple("MS2024-4-3", Comparator.GE, 4.5, "个", "2024-12-31"),
                        tuple("MS2024-4-4", Comparator.RANGE, 1.0, "个百分点", "2024-12-31"));
    }

    @Test
    void tasksCarryTheirTitlesAndUnits() throws IOException {
        Map<Integer, Target> first = other().catalog().targets().stream()
                .collect(Collectors.toMap(Target::task, t -> t, (a, b) -> a));
        assertThat(first.get(1).taskTitle()).isEqualTo("培育创新平台");
        assertThat(first.get(1).leadUnits()).containsExactly("市科技局");
        assertThat(first.get(1).participatingUnits()).containsExactly("市工业和信息化局");
        // a bracket broken over a page
        assertThat(first.get(2).leadUnits()).containsExactly("市工业和信息化局", "市发展改革委");
        assertThat(first.get(4).leadUnits()).containsExactly("市教育局", "市卫生健康委", "市民政局");
        assertThat(first.get(0).leadUnits()).isEmpty();
        assertThat(first.get(0).jurisdiction()).isEqualTo("某市");
        assertThat(first.get(0).year()).isEqualTo(2024);
    }

    @Test
    void everyNumberNotDraftedIsInTheReviewWithItsReason() throws IOException {
        List<ReviewLine> review = other().review();
        assertThat(review).anySatisfy(r -> assertThat(r.reason()).contains("工作回顾").contains("跳过 2 个"));
        assertThat(review).anySatisfy(r -> assertThat(r.reason()).contains("现有对象").endsWith("6条"));
        assertThat(review).anySatisfy(r -> assertThat(r.reason()).contains("规模限定语").endsWith("1亿元"));
        assertThat(review).anySatisfy(r -> assertThat(r.reason()).contains("规模").endsWith("30万吨"));
        assertThat(review).filteredOn(r -> r.reason().endsWith("30万吨"))
                .singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(29));
    }

    @Test
    void theDraftIsACatalogFileTheReaderAccepts() throws IOException {
        CatalogFile draft = other().catalog();
        byte[] json = CatalogReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(draft);
        CatalogFile back = CatalogReader.parse(json, "draft");
        assertThat(back.targets()).isEqualTo(draft.targets());
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"deadline\" : \"2024-06-30\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            JN2023, 济宁市, 2023
            JNETDZ2023, 济宁经济技术开发区, 2023
            HZ2023, 菏泽市, 2023
            JN2024, 济宁市, 2024
            YZ2025, 兖州区, 2025
            """)
    void seedDraftsAreWellFormed(String code, String jurisdiction, int year) throws IOException {
        Path seed = ImporterAccuracyTest.seed(code).orElseThrow();
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        ImportResult r = new DocumentImporter().read(text, code, jurisdiction, year);
        String squeezed = Quantities.squeeze(text);
        List<Target> ts = r.catalog().targets();
        assertThat(ts).isNotEmpty();
        assertThat(ts).allSatisfy(t -> {
            assertThat(squeezed).as(t.id()).contains(t.text());
            assertThat(t.id()).matches(code + "-\\d+-\\d+");
            assertThat(t.deadline().getYear()).isBetween(year, year + 5);
            if (t.unit() != null) {
                assertThat(Units.parse(t.unit())).as(t.id() + " " + t.unit()).isPresent();
            }
            if (t.comparator() == Comparator.RANGE) {
                assertThat(t.valueMax()).isGreaterThan(t.value());
            }
        });
        assertThat(ts.stream().map(Target::id).distinct().count()).isEqualTo(ts.size());
        assertThat(Stream.of(ts.stream().map(t -> t.id() + t.indicator()).toArray())).doesNotHaveDuplicates();
        CatalogReader.parse(CatalogReader.mapper().writeValueAsBytes(r.catalog()), code);
    }

    @Test
    void theReviewOfPastResultsYieldsNoTargets() throws IOException {
        Path seed = ImporterAccuracyTest.seed("JN2024").orElseThrow();
        ImportResult r = new DocumentImporter().read(Files.readString(seed), "JN2024", "济宁市", 2024);
        assertThat(r.catalog().targets()).noneSatisfy(t -> assertThat(t.text()).contains("5600"));
        assertThat(r.review()).anySatisfy(l -> assertThat(l.reason()).startsWith("工作回顾").contains("跳过 30 个"));
    }
}
