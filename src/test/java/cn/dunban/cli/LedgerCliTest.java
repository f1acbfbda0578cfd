package cn.dunban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dunban ledger} writes the workbook, and {@code check --facts} reads it back filled in. */
class LedgerCliTest {

    @TempDir
    Path tmp;

    private final CommandLine cli = new CommandLine();

    private int run(String... args) {
        return cli.run(args);
    }

    String stderr() {
        return cli.err();
    }

    @Test
    void ledgerWritesTheUnitsWorkbookAndRefusesASelectionOfNothing() throws Exception {
        Path file = tmp.resolve("台账.xlsx");
        assertThat(run("ledger", "--document", "JN2023", "--unit", "市住房城乡建设局", "--out", file.toString()))
                .as(stderr()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheet("重点任务台账").getRow(2).getCell(1).getStringCellValue()).isEqualTo("目标编号");
        }
        Path none = tmp.resolve("none.xlsx");
        assertThat(run("ledger", "--document", "JN2023", "--unit", "市住建局", "--out", none.toString())).isEqualTo(2);
        assertThat(stderr()).contains("不牵头任何目标");
        assertThat(none).doesNotExist();
        assertThat(run("ledger", "--document", "JN2023", "--out", tmp.resolve("x.json").toString())).isEqualTo(2);
        assertThat(run("ledger", "--kind", "projects", "--out", tmp.resolve("p.xlsx").toString())).isZero();
        assertThat(run("ledger", "--document", "YZ2025", "--kind", "energy", "--out", tmp.resolve("e.xlsx").toString()))
                .isZero();
    }

    /** The ledger of JN2023 for 济宁市, filled in as a unit would: the given cells of the given targets' rows. */
    Path filledLedger(String name, Object[][] cells) throws Exception {
        Path file = tmp.resolve(name);
        assertThat(run("ledger", "--document", "JN2023", "--jurisdiction", "济宁市", "--out", file.toString()))
                .as(stderr()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet sheet = wb.getSheet("重点任务台账");
            for (Object[] c : cells) {
                Row row = rowOf(sheet, (String) c[0]);
                Object v = c[2];
                var cell = row.getCell((Integer) c[1]);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof java.time.LocalDate d) {
                    cell.setCellValue(d);
                } else {
                    cell.setCellValue((String) v);
                }
            }
            try (var os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
        return file;
    }

    static Row rowOf(XSSFSheet sheet, String id) {
        for (Row r : sheet) {
            if (r.getRowNum() > 2 && id.equals(r.getCell(1).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError(id);
    }

    static final int VALUE = 11;
    static final int UNIT = 12;
    static final int AS_OF = 13;
    static final int DONE = 14;
    static final int PROGRESS = 15;

    @Test
    void aFilledLedgerGivesTheSameFindingsAsTheEquivalentJson() throws Exception {
        var sep30 = java.time.LocalDate.of(2023, 9, 30);
        Path ledger = filledLedger("台账.xlsx", new Object[][] {
                {"JN2023-30-1", VALUE, 5_200_000}, {"JN2023-30-1", UNIT, "平方米"}, {"JN2023-30-1", AS_OF, sep30},
                {"JN2023-30-2", VALUE, 98.5}, {"JN2023-30-2", AS_OF, "2023/12/31"},
                {"JN2023-52-5", VALUE, "200"}, {"JN2023-52-5", AS_OF, "2023年9月30日"}, {"JN2023-52-5", DONE, "否"},
                {"JN2023-52-5", PROGRESS, "已开工200个"},
                {"JN2023-27-1", DONE, "是"}, {"JN2023-27-1", AS_OF, java.time.LocalDate.of(2023, 6, 20)},
                {"JN2023-74-1", VALUE, 51000}, {"JN2023-74-1", UNIT, "人"}, {"JN2023-74-1", AS_OF, sep30}});
        Path json = tmp.resolve("facts.json");
        Files.writeString(json, """
                {"reports": [
                  {"target": "JN2023-30-1", "asOf": "2023-09-30", "value": 5200000, "unit": "平方米"},
                  {"target": "JN2023-30-2", "asOf": "2023-12-31", "value": 98.5, "unit": "%"},
                  {"target": "JN2023-52-5", "asOf": "2023-09-30", "value": 200, "unit": "个", "done": false},
                  {"target": "JN2023-27-1", "asOf": "2023-06-20", "done": true},
                  {"target": "JN2023-74-1", "asOf": "2023-09-30", "value": 51000, "unit": "人"}]}""");
        assertThat(run("check", "--facts", json.toString(), "--as-of", "2023-12-31")).isEqualTo(1);
        String fromJson = cli.out();
        assertThat(run("check", "--facts", ledger.toString(), "--as-of", "2023-12-31")).as(stderr()).isEqualTo(1);
        String fromLedger = cli.out();
        assertThat(fromLedger).isEqualTo(fromJson).contains("JN2023-30-2").doesNotContain("\"JN2023-27-1\"");
    }

    @Test
    void everyBadCellIsReportedAtOnceBySheetAndCellAndNothingIsWritten() throws Exception {
        Path ledger = filledLedger("坏台账.xlsx", new Object[][] {
                {"JN2023-30-1", VALUE, "约520"}, {"JN2023-30-1", AS_OF, "2023-09-30"},
                {"JN2023-74-1", VALUE, 5.1}, {"JN2023-74-1", UNIT, "亿元"}, {"JN2023-74-1", AS_OF, "2023-09-30"},
                {"JN2023-52-5", VALUE, 3}, {"JN2023-52-5", AS_OF, "2023-09-30"}, {"JN2023-52-5", 1, "JN2023-52-99"},
                {"JN2023-32-3", VALUE, 2}, {"JN2023-32-3", AS_OF, "2023-02-30"}});
        XSSFSheet sheet;
        int r301;
        int r741;
        int r525;
        int r323;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(ledger))) {
            sheet = wb.getSheet("重点任务台账");
            r301 = rowOf(sheet, "JN2023-30-1").getRowNum() + 1;
            r741 = rowOf(sheet, "JN2023-74-1").getRowNum() + 1;
            r525 = rowOf(sheet, "JN2023-52-99").getRowNum() + 1;
            r323 = rowOf(sheet, "JN2023-32-3").getRowNum() + 1;
        }
        Path findings = tmp.resolve("findings.json");
        assertThat(run("check", "--facts", ledger.toString(), "--out", findings.toString())).isEqualTo(2);
        String at = ledger + "!重点任务台账!";
        assertThat(stderr()).contains("输入有 4 处错误")
                .contains(at + "L" + r301 + ": 完成值: ledger-cell: “约520”不是数字")
                .contains(at + "M" + r741 + ": 完成值单位: unit-dimension: 单位“亿元”（金额）")
                .contains(at + "B" + r525 + ": 目标编号: unknown-target: 目录中没有目标“JN2023-52-99”")
                .contains(at + "N" + r323 + ": 数据截至日期: ledger-cell: 日期不存在：2023年2月30日");
        assertThat(findings).doesNotExist();
    }

    @Test
    void jsonAndLedgersMixAcrossRepeatedFacts() throws Exception {
        Path ledger = filledLedger("台账.xlsx", new Object[][] {
                {"JN2023-30-1", VALUE, 700}, {"JN2023-30-1", AS_OF, "2023-12-31"}});
        Path json = tmp.resolve("more.json");
        Files.writeString(json, """
                {"asOf": "2023-12-31", "reports": [{"target": "JN2023-30-2", "value": 98.5, "unit": "%"}]}""");
        Path both = tmp.resolve("both.json");
        Files.writeString(both, """
                {"asOf": "2023-12-31", "reports": [
                  {"target": "JN2023-30-1", "asOf": "2023-12-31", "value": 700, "unit": "万平方米"},
                  {"target": "JN2023-30-2", "value": 98.5, "unit": "%"}]}""");
        assertThat(run("check", "--facts", both.toString())).isEqualTo(1);
        String expected = cli.out();
        assertThat(run("check", "--facts", ledger.toString(), "--facts", json.toString())).as(stderr()).isEqualTo(1);
        assertThat(cli.out()).isEqualTo(expected);
        Files.writeString(json, "{\"reports\": [{\"target\": \"JN2023-30-2\", \"asOf\": \"2023-12-31\", \"value\": \"x\"}]}");
        assertThat(run("check", "--facts", ledger.toString(), "--facts", json.toString())).isEqualTo(2);
        assertThat(stderr()).contains(json + ":1:").contains("reports[0].value: wrong-type");
    }
}
