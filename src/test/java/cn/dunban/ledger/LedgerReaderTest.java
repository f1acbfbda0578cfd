package cn.dunban.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.facts.Report;
import cn.dunban.input.InputError;
import cn.dunban.input.InputException;

/** Ledgers as units keep them: their own column names and order, their own file formats. */
class LedgerReaderTest {

    static final Catalog CATALOG = CatalogReader.builtIn();
    static final FactsReader READER = new FactsReader(CATALOG);

    /** A workbook of the unit's own making: one sheet, the rows given, the first row being the header. */
    static byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("我的台账");
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            int r = 0;
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    Object v = values[c];
                    if (v == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (v instanceof Percent p) {
                        cell.setCellValue(p.share);
                        cell.setCellStyle(percent);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A cell a user typed as 98.5% in Excel: stored as 0.985 with a percentage format. */
    record Percent(double share) {
    }

    static List<InputError> errors(byte[] bytes, String name) {
        try {
            FactsFiles.read(READER, bytes, name);
        } catch (InputException e) {
            return e.errors();
        }
        throw new AssertionError("no error");
    }

    @Test
    void renamedAndReorderedColumnsAreReadByTheirHeaders() throws IOException {
        byte[] xlsx = workbook(
                new Object[] {"2023年重点任务进展情况表"},
                new Object[] {"截至日期", "实际完成", "计量单位", "目标编号", "工作进展", "是否完成"},
                new Object[] {LocalDate.of(2023, 9, 30), 5.1, "万人", "JN2023-74-1", "稳步推进", null},
                new Object[] {null, null, null, "JN2023-30-1", null, null},
                new Object[] {"2023-12-31", new Percent(0.985), "%", "JN2023-30-2", null, "否"},
                new Object[] {"2023/6/20", null, null, "JN2023-27-1", null, "是"});
        Facts facts = FactsFiles.read(READER, xlsx, "我的台账.xlsx");
        assertThat(facts.reports()).extracting(Report::target, Report::asOf, Report::value, Report::done).containsExactly(
                org.assertj.core.groups.Tuple.tuple("JN2023-74-1", LocalDate.of(2023, 9, 30), 5.1, null),
                org.assertj.core.groups.Tuple.tuple("JN2023-30-2", LocalDate.of(2023, 12, 31), 98.5, false),
                org.assertj.core.groups.Tuple.tuple("JN2023-27-1", LocalDate.of(2023, 6, 20), null, true));
    }

    @Test
    void aColumnThatCannotBeUnderstoodIsReportedNeverIgnored() throws IOException {
        byte[] xlsx = workbook(
                new Object[] {"目标编号", "完成值", "单位", "数据截至日期", "牵头处室意见", null},
                new Object[] {"JN2023-74-1", 5.1, "万人", "2023-09-30", "同意", "多出来的"});
        List<InputError> errors = errors(xlsx, "t.xlsx");
        assertThat(errors).extracting(InputError::toString).containsExactly(
                "t.xlsx!我的台账!E1: 牵头处室意见: ledger-column: 不认识的列「牵头处室意见」，无法判断该读作什么；重点任务台账的列有: "
                        + "「序号」「目标编号」「任务来源」「工作任务」「目标（原文）」「目标值」「单位」「完成时限」「牵头单位」「配合单位」"
                        + "「责任领导」「完成值」「完成值单位」「数据截至日期」「是否完成」「进展情况」「存在问题」「下一步措施」「备注」"
                        + "（可改成其中之一，或删去这一列）",
                "t.xlsx!我的台账!F2: ledger-column: 这一列有数据但没有表头，无法判断是什么；请补上表头或删去这一列");
    }

    @Test
    void aRowWithWordsOnlyOrWithoutItsTargetIsReportedInTheLedgersWords() throws IOException {
        byte[] xlsx = workbook(
                new Object[] {"目标编号", "完成值", "数据截至日期", "进展情况"},
                new Object[] {"JN2023-74-1", null, "2023-09-30", "稳步推进"},
                new Object[] {null, 5.1, "2023-09-30", null});
        assertThat(errors(xlsx, "t.xlsx")).extracting(InputError::toString).containsExactly(
                "t.xlsx!我的台账!A3: 目标编号: ledger-cell: 这一行填了内容，但没有「目标编号」，无法知道是哪一个目标",
                "t.xlsx!我的台账!A2: 第2行: missing-field: 这一行没有填「完成值」，也没有填「是否完成」：只有文字说明的行不能作为报告");
    }

    @Test
    void aSheetThatIsNoLedgerIsReportedAndAnEmptySheetIsNot() throws IOException {
        assertThat(errors(workbook(new Object[] {"姓名", "电话"}, new Object[] {"张三", "123"}), "x.xlsx"))
                .extracting(InputError::code).containsExactly("ledger-sheet");
        assertThat(FactsFiles.read(READER, workbook(new Object[] {}), "x.xlsx").reports()).isEmpty();
    }

    @Test
    void projectsAndEnergyAreReadFromTheirRegisters() throws IOException {
        byte[] projects = workbook(
                new Object[] {"项目编号", "项目名称", "所在市", "所在县（市、区）", "行业", "项目阶段", "窗口指导", "节能审查",
                        "产能减量替代比例"},
                new Object[] {"P-1", "某焦化项目", "济宁市", "邹城市", "焦化", "新上", "是", "否", 1.25},
                new Object[] {});
        Facts facts = FactsFiles.read(READER, projects, "p.xlsx");
        assertThat(facts.projects()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("P-1");
            assertThat(p.windowGuidance()).isTrue();
            assertThat(p.energyReview()).isFalse();
            assertThat(p.replacementRatio("产能")).isEqualTo(1.25);
        });
        byte[] energy = workbook(
                new Object[] {"地区", "年度", "地区生产总值（不变价）", "地区生产总值单位", "能源消费总量", "能源消费单位"},
                new Object[] {"兖州区", 2024, 800, "亿元", 400, "万吨标准煤"},
                new Object[] {"兖州区", "2025年", 848, "亿元", null, "万吨标准煤"},
                new Object[] {"兖州区", 2026, null, "亿元", null, "万吨标准煤"});
        assertThat(errors(energy, "e.xlsx")).extracting(InputError::toString)
                .containsExactly("e.xlsx!我的台账!E3: 能源消费总量: missing-field: 能源统计缺少 energy");
    }

    @Test
    void aCsvLedgerSavedByExcelInGbkIsReadAsWritten() {
        String csv = "目标编号,完成值,完成值单位,数据截至日期,进展情况\r\nJN2023-74-1,5.1,万人,2023/9/30,\"稳步推进，已完成5.1万人\"\r\n,,,,\r\n";
        Facts facts = FactsFiles.read(READER, csv.getBytes(Charset.forName("GBK")), "台账.csv");
        assertThat(facts.reports()).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("JN2023-74-1");
            assertThat(r.value()).isEqualTo(5.1);
        });
        List<InputError> errors = errors("目标编号,完成值,数据截至日期\nJN2023-74-1,五万,2023-09-30\n"
                .getBytes(StandardCharsets.UTF_8), "台账.csv");
        assertThat(errors).extracting(InputError::toString)
                .containsExactly("台账.csv:2:2: 完成值: ledger-cell: “五万”不是数字：「完成值」只填数字，单位填在单位列");
    }

    @Test
    void jsonFromAnOfficePcInGbkOrWithABomIsReadAndUndecodableBytesAreRefusedInChinese() {
        String json = "{\"reports\": [{\"document\": \"JN2023\", \"task\": 30, \"indicator\": \"绿色建筑占比\", "
                + "\"asOf\": \"2023-12-31\", \"value\": 98.5, \"unit\": \"%\"}]}";
        assertThat(FactsFiles.read(READER, json.getBytes(Charset.forName("GB18030")), "f.json").reports())
                .extracting(Report::target).containsExactly("JN2023-30-2");
        byte[] bom = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
        assertThat(FactsFiles.read(READER, bom, "f.json").reports()).hasSize(1);
        assertThatThrownBy(() -> FactsFiles.read(READER, new byte[] {'{', (byte) 0xFF, (byte) 0xFF, '}'}, "f.json"))
                .isInstanceOf(InputException.class).hasMessage("f.json: encoding: 文件编码无法识别（既不是 UTF-8，也不是 GBK/GB18030），请另存为 UTF-8");
    }

    @Test
    void anOldXlsIsRefusedWithWhatToDo() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertThat(errors(ole, "旧.xls")).extracting(InputError::message).singleElement().asString()
                .contains("另存为“Excel 工作簿 (.xlsx)”");
    }
}
