package cn.dunban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dunban ledger} writes the workbook, and {@code check --facts} reads it back filled in. */
class LedgerCliTest {

    @TempDir
    Path tmp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        out.reset();
        err.reset();
        return new Cli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
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
}
