package cn.dunban.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Target;

/**
 * How a 任务分解表 row becomes targets: who leads (牵头单位, ▲, bold, or the first listed), what its 完成时限
 * means, and every row it cannot read reported with its place. The small tables here are written for the
 * test (the public documents in importer/tables do not mark lead units this way).
 */
class TableImportTest {

    @TempDir
    Path dir;

    private static final List<String> HEADER = List.of("序号", "工作任务", "目标", "责任领导", "责任单位", "完成时限");

    private ImportResult xlsx(List<List<String>> rows) throws Exception {
        return new FileImporter().read(TableFiles.xlsx(dir, "t", "任务", HEADER, rows), "T2024", "某市", 2024);
    }

    private ImportResult docx(List<List<String>> rows) throws Exception {
        return new FileImporter().read(TableFiles.docx(dir, "t", "某市2024年重点工作任务分解表", HEADER, rows), "T2024", "某市", 2024);
    }

    private ImportResult text(String text) throws Exception {
        Path f = dir.resolve("t.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return new FileImporter().read(f, "T2024", "某市", 2024);
    }

    @Test
    void aTriangleMarksTheLeadUnitAndTheOthersTakePart() throws Exception {
        ImportResult r = xlsx(List.of(List.of("1", "推进科技创新", "新增高新技术企业100家以上", "张三",
                "市统计局、▲市科技局、各县市区政府", "年底前")));
        Target t = r.catalog().targets().get(0);
        assertThat(t.leadUnits()).containsExactly("市科技局");
        assertThat(t.participatingUnits()).containsExactly("市统计局", "各县市区政府");
        assertThat(t.leadLeaders()).containsExactly("张三");
        assertThat(t.value()).isEqualTo(100.0);
        assertThat(t.comparator()).isEqualTo(Comparator.GE);
    }

    @Test
    void boldTypeMarksTheLeadUnitInWordAndExcel() throws Exception {
        List<List<String>> rows = List.of(List.of("1", "扩大有效投资", "实施省市重点项目300个", "李四",
                "市工业和信息化局、**市发展改革委**", "8月底前"));
        for (ImportResult r : List.of(xlsx(rows), docx(rows))) {
            Target t = r.catalog().targets().get(0);
            assertThat(t.leadUnits()).containsExactly("市发展改革委");
            assertThat(t.participatingUnits()).containsExactly("市工业和信息化局");
            assertThat(t.deadline()).isEqualTo(LocalDate.of(2024, 8, 31));
        }
    }

    @Test
    void withoutAMarkTheFirstListedLeadsAndTheCuratorIsTold() throws Exception {
        ImportResult r = xlsx(List.of(List.of("1", "稳就业", "城镇新增就业6万人", "", "市人力资源社会保障局、市财政局", "")));
        assertThat(r.catalog().targets().get(0).leadUnits()).containsExactly("市人力资源社会保障局");
        assertThat(r.review()).anySatisfy(x -> assertThat(x.reason()).contains("任务!A2").contains("列第一位"));
    }

    @ParameterizedTest(name = "完成时限“{0}” → {1}")
    @CsvSource({"8月底前,2024-08-31", "1-8月,2024-08-31", "三季度末,2024-09-30", "2024年6月,2024-06-30",
            "上半年,2024-06-30", "十月底前,2024-10-31", "长期坚持,2024-12-31", "年底前,2024-12-31"})
    void freeTextDeadlinesDateTheRowsTargets(String limit, LocalDate date) throws Exception {
        ImportResult r = xlsx(List.of(List.of("1", "建设保障性住房", "筹集保障性租赁住房2000套", "", "▲市住房城乡建设局", limit)));
        assertThat(r.catalog().targets()).extracting(Target::deadline).containsExactly(date);
    }

    @Test
    void aTimeWordInTheTargetItselfWinsOverTheRowsLimit() throws Exception {
        ImportResult r = xlsx(List.of(List.of("1", "建设保障性住房", "6月底前开工1000套，筹集保障性租赁住房2000套", "",
                "▲市住房城乡建设局", "年底前")));
        assertThat(r.catalog().targets()).extracting(Target::deadline)
                .containsExactly(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31));
    }

    @Test
    void everyRowItCannotReadIsReportedWithItsPlaceAndReason() throws Exception {
        ImportResult r = xlsx(List.of(
                List.of("一、扩大内需", "", "", "", "", ""),
                List.of("1", "", "", "张三", "▲市商务局", "年底前"),
                List.of("2", "促进消费", "社会消费品零售总额增长6%", "", "", "待定"),
                List.of("3", "优化营商环境", "持续深化改革", "", "▲市行政审批服务局", "")));
        assertThat(r.review()).extracting(ReviewLine::reason).anySatisfy(x -> assertThat(x)
                .contains("任务!A3").contains("没有工作任务或目标"));
        assertThat(r.review()).extracting(ReviewLine::reason).anySatisfy(x -> assertThat(x)
                .contains("任务!A4").contains("没有牵头单位"));
        assertThat(r.review()).extracting(ReviewLine::reason).anySatisfy(x -> assertThat(x)
                .contains("任务!A4").contains("完成时限“待定”无法识别"));
        assertThat(r.review()).extracting(ReviewLine::reason).anySatisfy(x -> assertThat(x)
                .contains("任务!A5").contains("没有可以核查的数量或节点承诺"));
        // the section row groups tasks and is no task: numbering starts at the first real row
        assertThat(r.catalog().targets()).extracting(Target::task).containsExactly(1);
    }

    @Test
    void oneCellPerLineWithoutNumbersIsReadButTheCuratorIsWarned() throws Exception {
        ImportResult r = text("某市2024年重点工作任务分解表\n工作任务\n牵头单位\n配合单位\n新增高新技术企业100家\n市科技局\n市财政局\n"
                + "城镇新增就业6万人\n市人力资源社会保障局\n市财政局\n");
        assertThat(r.catalog().targets()).extracting(Target::value, Target::leadUnits).containsExactly(
                org.assertj.core.groups.Tuple.tuple(100.0, List.of("市科技局")),
                org.assertj.core.groups.Tuple.tuple(6.0, List.of("市人力资源社会保障局")));
        assertThat(r.review()).anySatisfy(x -> assertThat(x.reason()).contains("没有序号列").contains("按每3格一行"));
    }

    @Test
    void aTextFileWithoutATableIsProse() throws Exception {
        ImportResult r = text("某市2024年重点工作任务\n1.搭建创新平台。新增省级以上创新平台60家以上。（牵头单位：市科技局）\n");
        assertThat(r.catalog().targets()).extracting(Target::value, Target::leadUnits)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(60.0, List.of("市科技局")));
    }

    @Test
    void aFormatItCannotReadIsRefusedInChinese() throws IOException {
        Path doc = dir.resolve("old.doc");
        Files.writeString(doc, "x");
        try {
            new FileImporter().read(doc, "T2024", "某市", 2024);
            throw new AssertionError("应拒绝 .doc");
        } catch (FileImporter.UnreadableFile e) {
            assertThat(e.getMessage()).contains("old.doc").contains("另存为 .docx");
        }
        Path broken = dir.resolve("broken.xlsx");
        Files.writeString(broken, "not a workbook");
        try {
            new FileImporter().read(broken, "T2024", "某市", 2024);
            throw new AssertionError("应拒绝损坏的 .xlsx");
        } catch (FileImporter.UnreadableFile e) {
            assertThat(e.getMessage()).contains("broken.xlsx").contains("无法读取");
        }
    }
}
