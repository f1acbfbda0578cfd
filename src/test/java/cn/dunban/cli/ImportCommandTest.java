package cn.dunban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dunban.catalog.CatalogReader;

/** {@code dunban import --file} and {@code --text} on a 任务分解表: a draft with lead units, rows to review. */
class ImportCommandTest {

    @TempDir
    Path tmp;

    private final CommandLine cli = new CommandLine();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aFlattenedTableDraftsTargetsWithTheirLeadUnitsAndReportsTheRowItCannotRead() {
        Path draft = tmp.resolve("LS2023.json");
        assertThat(run("import", "--text", "src/test/resources/importer/tables/lishan-2023-pipe.txt", "--code", "LS2023",
                "--jurisdiction", "立山区", "--year", "2023", "--out", draft.toString())).isEqualTo(0);
        var file = CatalogReader.readFile(draft);
        assertThat(file.targets()).hasSize(6)
                .anySatisfy(t -> {
                    assertThat(t.text()).isEqualTo("努力实现地区生产总值增长6.2%左右");
                    assertThat(t.leadUnits()).containsExactly("区发改局");
                });
        String review = cli.err();
        assertThat(review).contains("lishan-2023-pipe.txt: 第7项: 第12行：没有牵头单位");
    }

    @Test
    void docxAndXlsxOptionsReadOfficeFiles(@TempDir Path dir) throws Exception {
        Path xlsx = cn.dunban.catalog.importer.TableFilesForCli.xlsx(dir);
        assertThat(run("import", "--xlsx", xlsx.toString(), "--code", "T2024", "--jurisdiction", "某市", "--year", "2024"))
                .as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("市科技局").contains("\"value\" : 100");
        assertThat(run("import", "--docx", xlsx.toString(), "--code", "T2024", "--jurisdiction", "某市", "--year", "2024"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("文件扩展名应为 .docx");
    }

    @Test
    void fileKnowsTheFormatByItsExtension() {
        assertThat(run("import", "--file", "src/test/resources/importer/tables/xuzhou-2010-cells.txt", "--code", "XZ2010",
                "--jurisdiction", "徐州市", "--year", "2010")).isEqualTo(0);
        assertThat(cli.out()).contains("\"leadUnits\"").contains("市财政局");
        assertThat(run("import", "--file", "nope.xlsx", "--code", "X1", "--jurisdiction", "某市", "--year", "2023"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("nope.xlsx: 文件不存在");
        assertThat(run("import", "--code", "X1", "--jurisdiction", "某市", "--year", "2023")).isEqualTo(2);
        assertThat(run("import", "--file", "a.txt", "--text", "b.txt", "--code", "X1", "--jurisdiction", "某市",
                "--year", "2023")).isEqualTo(2);
    }
}
