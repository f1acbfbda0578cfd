package cn.dunban.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.engine.Checker;
import cn.dunban.engine.RulebaseLoader;
import cn.dunban.facts.FactsReader;
import cn.dunban.findings.Finding;
import cn.dunban.findings.UnitGroups;
import cn.dunban.findings.FindingsReport;
import cn.dunban.findings.Severity;
import cn.dunban.scope.Scope;
import cn.dunban.status.StatusBoard;
import cn.dunban.status.StatusReport;

/** The workbooks and the notice, read back with POI: what an officer opening them sees. */
class OfficeFilesTest {

    static Catalog catalog;
    static Checker checker;
    static FindingsReport yearEnd;
    static FindingsReport midYear;

    @BeforeAll
    static void check() {
        catalog = CatalogReader.builtIn();
        checker = new Checker(RulebaseLoader.load(Path.of("rules")), catalog);
        yearEnd = checker.check(new FactsReader(catalog).read(Path.of("samples/jn2023-review-2023.json")),
                LocalDate.parse("2023-12-31"));
        midYear = checker.check(new FactsReader(catalog).read(Path.of("samples/midyear-2023-09.json")),
                LocalDate.parse("2023-09-30"));
    }

    @Test
    void theSupervisionWorkbookHasASummaryAndOneFilteredPrintableSheetPerJurisdictionAndUnit() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(SupervisionWorkbook.write(yearEnd, Scope.ALL)))) {
            Map<UnitGroups.Group, List<Finding>> groups = UnitGroups.of(yearEnd);
            assertThat(book.getNumberOfSheets()).isEqualTo(groups.size() + 1);
            assertThat(book.getSheetName(0)).isEqualTo("汇总");
            Set<String> names = new HashSet<>();
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                String name = book.getSheetName(i);
                assertThat(name.length()).isLessThanOrEqualTo(31);
                assertThat(name).doesNotContainPattern("[\\[\\]:*?/\\\\]");
                assertThat(names.add(name)).isTrue();
            }
            XSSFSheet jining = book.getSheet("济宁市·市发展改革委");
            XSSFSheet heze = book.getSheet("菏泽市·市发展改革委");
            assertThat(jining).isNotNull();
            assertThat(heze).isNotNull();
            for (XSSFSheet s : List.of(jining, heze)) {
                String place = s.getSheetName().substring(0, 3);
                Row header = s.getRow(1);
                assertThat(header.getCell(1).getStringCellValue()).isEqualTo("级别");
                assertThat(header.getCell(7).getStringCellValue()).isEqualTo("依据原文");
                for (int r = 2; r <= s.getLastRowNum(); r++) {
                    assertThat(s.getRow(r).getCell(9).getStringCellValue()).as("一张表只有一个地区").isEqualTo(place);
                    String id = s.getRow(r).getCell(2).getStringCellValue();
                    assertThat(s.getRow(r).getCell(7).getStringCellValue()).as("原文逐字")
                            .isEqualTo(catalog.target(id).orElseThrow().text());
                }
                assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
                assertThat(s.getCTWorksheet().isSetAutoFilter()).isTrue();
                assertThat(s.getPrintSetup().getLandscape()).isTrue();
                assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(s.getHeader().getCenter()).contains("督办清单", s.getSheetName(), "2023-12-31");
                assertThat(s.getFooter().getCenter()).contains("&P", "&N");
                assertThat(s.getRepeatingRows()).isNotNull();
            }
            XSSFCellStyle missing = (XSSFCellStyle) jining.getRow(2).getCell(1).getCellStyle();
            assertThat(jining.getRow(2).getCell(1).getStringCellValue()).isEqualTo("未报送");
            assertThat(missing.getFillForegroundColorColor().getARGBHex()).endsWith(Colours.of(Severity.MISSING_REPORT));
            // the summary counts what the sheets hold
            XSSFSheet summary = book.getSheet("汇总");
            int total = 0;
            for (int r = 2; r < 2 + groups.size(); r++) {
                total += (int) summary.getRow(r).getCell(7).getNumericCellValue();
            }
            assertThat(total).isEqualTo(groups.values().stream().mapToInt(List::size).sum());
        }
    }

    @Test
    void theStatusWorkbookListsEveryTargetInScopeWithItsLightColour() throws IOException {
        StatusReport board = StatusBoard.of(checker, new FactsReader(catalog).read(Path.of("samples/midyear-2023-09.json")),
                LocalDate.parse("2023-09-30"), Scope.of(catalog, List.of("JN2023"), List.of(), List.of()));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(StatusWorkbook.write(board)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet s = book.getSheetAt(0);
            assertThat(s.getLastRowNum() - 1).isEqualTo(board.targets().size());
            for (int r = 2; r <= s.getLastRowNum(); r++) {
                String id = s.getRow(r).getCell(1).getStringCellValue();
                var st = board.targets().stream().filter(t -> t.target().id().equals(id)).findFirst().orElseThrow();
                assertThat(s.getRow(r).getCell(0).getStringCellValue()).isEqualTo(st.light().label());
                XSSFCellStyle style = (XSSFCellStyle) s.getRow(r).getCell(0).getCellStyle();
                assertThat(style.getFillForegroundColorColor().getARGBHex()).endsWith(Colours.of(st.light()));
            }
            assertThat(s.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void aNoticeNamesItsUnitItsFindingsTheirClausesAndADeadline() throws IOException {
        Notice n = Notice.of(midYear, catalog, "济宁市", "市发展改革委", LocalDate.parse("2023-10-09"), 5, null, null);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(NoticeDocument.write(n)));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertThat(all).contains("督办通知单", "编号：督办〔2023〕0930-", "济宁市·市发展改革委（牵头）",
                    "JN2023-74-3", "JN2023-1-2", "JN2023-74-1", "“确保“零就业”家庭动态清零”",
                    "《济宁市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务（济政办字〔2023〕22号）》第1项",
                    "2023-10-16 前", "5 个工作日", "济宁市督查室", "2023年10月9日", "应完成约45家")
                    .doesNotContain("HZ2023", "菏泽市", "lowerValue", "elapsed");
        }
        // notices of one check get distinct numbers
        Notice other = Notice.of(midYear, catalog, "菏泽市", "市生态环境局", LocalDate.parse("2023-10-09"), 5, null, null);
        assertThat(other.number()).isNotEqualTo(n.number());
        assertThat(other.findings()).extracting(Finding::getSubject).containsExactly("HZ2023-38-1");
    }

    @Test
    void sheetNamesAreCutToThirtyOneCharactersCleanedAndMadeUnique() {
        Set<String> taken = new HashSet<>();
        String longName = "济宁经济技术开发区·市自然资源和规划局经开区分局[测试]:很长很长很长的名字";
        String a = Sheets.sheetName(longName, taken);
        String b = Sheets.sheetName(longName, taken);
        assertThat(a).hasSizeLessThanOrEqualTo(31).doesNotContain("[", "]", ":");
        assertThat(b).hasSizeLessThanOrEqualTo(31).endsWith("(2)").isNotEqualTo(a);
    }

    @Test
    void everyEvidenceKeyTheRulesWriteReadsInChinese() {
        Set<String> keys = midYear.findings().stream().flatMap(f -> f.getEvidence().keySet().stream())
                .collect(Collectors.toSet());
        keys.addAll(yearEnd.findings().stream().flatMap(f -> f.getEvidence().keySet().stream()).toList());
        for (String k : keys) {
            assertThat(k.equals("unit") || EvidenceText.knows(k)).as("证据键 %s 没有中文名称", k).isTrue();
        }
        Finding behind = midYear.findings().stream().filter(f -> f.getSubject().equals("JN2023-1-2")).findFirst().orElseThrow();
        assertThat(EvidenceText.line(behind)).isEqualTo(
                "报告值 38家　应达值 60家　序时应完成 约45家　时间进度 74.8%　容差 10%　数据截至 2023-09-30");
        assertThat(EvidenceText.amount(45, "家", true)).isEqualTo("45家");
        assertThat(EvidenceText.amount(4.7118, "万人", true)).isEqualTo("约4.71万人");
    }
}
