package cn.dunban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format xlsx}, {@code status --format xlsx} and {@code notice}: files an office program opens. */
class OfficeCommandsTest {

    @TempDir
    Path tmp;

    private final CommandLine cli = new CommandLine();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void checkWritesTheScopedSupervisionListAsAWorkbook() throws IOException {
        Path file = tmp.resolve("督办清单.xlsx");
        assertThat(run("check", "--facts", "samples/jn2023-review-2023.json", "--document", "JN2023",
                "--format", "xlsx", "--out", file.toString())).isZero();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetName(0)).isEqualTo("汇总");
            assertThat(book.getSheet("济宁市·市发展改革委")).isNotNull();
            assertThat(book.getSheet("菏泽市·市发展改革委")).as("范围只有 JN2023").isNull();
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("范围 文件 JN2023");
        }
    }

    @Test
    void xlsxWithoutOutIsAUsageError() {
        assertThat(run("check", "--facts", "samples/midyear-2023-09.json", "--format", "xlsx")).isEqualTo(Cli.BAD_INPUT);
        assertThat(cli.err()).contains("--format xlsx 需要 --out");
        assertThat(cli.out().length()).isZero();
    }

    @Test
    void statusWritesOneSheetWithEveryTarget() throws IOException {
        Path file = tmp.resolve("状态.xlsx");
        assertThat(run("status", "--facts", "samples/midyear-2023-09.json", "--document", "HZ2023", "--format", "xlsx",
                "--out", file.toString())).isZero();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            assertThat(book.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()).startsWith("HZ2023-");
        }
    }

    @Test
    void noticeWritesOneUnitsNoticeAndAsksWhichCityWhenTheNameIsInTwo() throws IOException {
        Path file = tmp.resolve("通知单.docx");
        assertThat(run("notice", "--facts", "samples/midyear-2023-09.json", "--as-of", "2023-09-30", "--unit", "市发展改革委",
                "--out", file.toString())).isEqualTo(Cli.BAD_INPUT);
        assertThat(cli.err()).contains("济宁市、菏泽市", "--jurisdiction");
        assertThat(file).doesNotExist();
        assertThat(run("notice", "--facts", "samples/midyear-2023-09.json", "--as-of", "2023-09-30", "--unit", "市畜牧兽医事业发展中心",
                "--out", file.toString(), "--date", "2023-10-09", "--reply-days", "3")).isZero();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            assertThat(x.getText()).contains("济宁市·市畜牧兽医事业发展中心", "JN2023-60-3", "“全市能繁母猪保持在16.38万头以上”",
                    "2023-10-12 前", "3 个工作日");
        }
    }
}
