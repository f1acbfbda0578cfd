package cn.dunban.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.catalog.Dimension;
import cn.dunban.catalog.Target;
import cn.dunban.catalog.Units;

/** What a unit sees when it opens the ledger dunban wrote for it. */
class LedgerWriterTest {

    static final Catalog CATALOG = CatalogReader.builtIn();
    static final String ZJJ = "市住房城乡建设局";

    @Test
    void oneRowPerTargetTheUnitLeadsWithTheCatalogsColumnsThenTheColumnsItFills() throws IOException {
        List<Target> led = CATALOG.targets().stream()
                .filter(t -> t.document().equals("JN2023") && t.leadUnits().contains(ZJJ)).toList();
        try (XSSFWorkbook wb = open(new LedgerWriter(CATALOG).targets(new LedgerScope("JN2023", null, ZJJ)))) {
            XSSFSheet sheet = wb.getSheet("重点任务台账");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("济宁市2023年重点工作任务台账").contains(ZJJ);
            assertThat(headers(sheet.getRow(LedgerWriter.HEADER_ROW))).containsExactly("序号", "目标编号", "任务来源",
                    "工作任务", "目标（原文）", "目标值", "单位", "完成时限", "牵头单位", "配合单位", "责任领导", "完成值",
                    "完成值单位", "数据截至日期", "是否完成", "进展情况", "存在问题", "下一步措施", "备注");
            assertThat(sheet.getLastRowNum() - LedgerWriter.FIRST_DATA_ROW + 1).isEqualTo(led.size());
            Row first = sheet.getRow(LedgerWriter.FIRST_DATA_ROW);
            Target t = led.get(0);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo(t.id());
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("济政办字〔2023〕22号 第" + t.task() + "项");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo(t.text());
            assertThat(first.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(t.deadline());
            assertThat(first.getCell(8).getStringCellValue()).contains(ZJJ);
            // the catalog's columns are locked, the unit's are open, and the sheet is protected
            for (int c = 0; c <= 10; c++) {
                assertThat(first.getCell(c).getCellStyle().getLocked()).as("column %d", c).isTrue();
            }
            for (int c = 11; c <= 18; c++) {
                assertThat(first.getCell(c).getCellStyle().getLocked()).as("column %d", c).isFalse();
            }
            assertThat(sheet.getProtect()).isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) LedgerWriter.FIRST_DATA_ROW);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(LedgerWriter.HEADER_ROW);
            assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(LedgerWriter.HEADER_ROW);
        }
    }

    @Test
    void inputCellsAreValidatedDatesWithinTheTargetsYearsYesNoAndUnitsOfTheTargetsDimension() throws IOException {
        Target people = CATALOG.target("JN2023-74-1").orElseThrow();
        try (XSSFWorkbook wb = open(new LedgerWriter(CATALOG).targets(new LedgerScope("JN2023", null, null)))) {
            XSSFSheet sheet = wb.getSheet("重点任务台账");
            int row = rowOf(sheet, people.id());
            List<DataValidation> here = sheet.getDataValidations().stream()
                    .filter(v -> List.of(v.getRegions().getCellRangeAddresses()).stream()
                            .anyMatch(a -> a.getFirstRow() <= row && row <= a.getLastRow()))
                    .map(v -> (DataValidation) v).toList();
            DataValidation unit = at(here, 12);
            assertThat(unit.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            String range = unit.getValidationConstraint().getFormula1();
            List<String> offered = listAt(wb, range);
            assertThat(offered).contains("人", "万人").allSatisfy(
                    u -> assertThat(Units.parse(u).orElseThrow().dimension()).isEqualTo(Dimension.PEOPLE));
            assertThat(at(here, 11).getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
            DataValidation date = at(here, 13);
            assertThat(date.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
            assertThat(date.getValidationConstraint().getFormula1()).isEqualTo("DATE(2023,1,1)");
            assertThat(at(here, 14).getValidationConstraint().getExplicitListValues()).containsExactly("是", "否");
            assertThat(sheet.getRow(row).getCell(12).getStringCellValue()).isEqualTo("万人");
            assertThat(wb.isSheetVeryHidden(wb.getSheetIndex(LedgerWriter.UNIT_SHEET))).isTrue();
        }
    }

    @Test
    void everyUnitInADropDownIsReadBackInItsDimension() {
        for (Dimension d : Dimension.values()) {
            assertThat(Units.names(d)).isNotEmpty().allSatisfy(
                    u -> assertThat(Units.parse(u).orElseThrow().dimension()).as(u).isEqualTo(d));
        }
    }

    @Test
    void aUnitThatLeadsNothingIsRefusedNotGivenAnEmptyLedger() {
        assertThatThrownBy(() -> new LedgerWriter(CATALOG).targets(new LedgerScope("JN2023", null, "市不存在局")))
                .hasMessageContaining("不牵头任何目标");
        assertThatThrownBy(() -> new LedgerWriter(CATALOG).targets(new LedgerScope("XX2023", null, null)))
                .hasMessageContaining("未知文件代码");
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static List<String> headers(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    static int rowOf(XSSFSheet sheet, String id) {
        for (Row r : sheet) {
            if (r.getRowNum() >= LedgerWriter.FIRST_DATA_ROW && id.equals(r.getCell(1).getStringCellValue())) {
                return r.getRowNum();
            }
        }
        throw new AssertionError(id + " not in the ledger");
    }

    private static DataValidation at(List<DataValidation> validations, int column) {
        return validations.stream().filter(v -> List.of(v.getRegions().getCellRangeAddresses()).stream()
                .anyMatch(a -> a.getFirstColumn() <= column && column <= a.getLastColumn())).findFirst().orElseThrow();
    }

    private static List<String> listAt(XSSFWorkbook wb, String range) {
        CellRangeAddress a = CellRangeAddress.valueOf(range.substring(range.indexOf('!') + 1));
        XSSFSheet s = wb.getSheet(LedgerWriter.UNIT_SHEET);
        List<String> out = new ArrayList<>();
        for (int r = a.getFirstRow(); r <= a.getLastRow(); r++) {
            out.add(s.getRow(r).getCell(a.getFirstColumn()).getStringCellValue());
        }
        return out;
    }
}
