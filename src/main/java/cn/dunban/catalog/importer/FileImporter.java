package cn.dunban.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * {@code import --file}: knows a key-task document's format by its extension. A Word file (.docx) or a
 * workbook (.xlsx) is read for its 任务分解表; a Word file without one is read as prose, paragraph by
 * paragraph. A text file is a flattened table when it holds one ({@code |}, tabs, one cell per line),
 * otherwise prose as a PDF converter left it ({@link DocumentImporter}).
 */
public final class FileImporter {

    /** Why a file cannot be read at all, in Chinese, naming the file. */
    public static final class UnreadableFile extends Exception {
        public UnreadableFile(String message) {
            super(message);
        }
    }

    public ImportResult read(Path file, String code, String jurisdiction, int year) throws UnreadableFile {
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!Files.isRegularFile(file)) {
            throw new UnreadableFile(file + ": 文件不存在");
        }
        try {
            return switch (ext) {
                case "docx" -> docx(file, code, jurisdiction, year);
                case "xlsx" -> {
                    List<TaskTable> tables = OfficeTableReader.xlsx(file);
                    if (tables.isEmpty()) {
                        throw new UnreadableFile(file + ": 工作簿中没有表头含“工作任务”或“目标”以及“牵头单位”或“责任单位”的表格");
                    }
                    yield new TableImporter().read(tables, code, jurisdiction, year, title(name));
                }
                case "doc", "xls", "wps", "et", "pdf" -> throw new UnreadableFile(file + ": 不支持 ." + ext
                        + " 格式，请另存为 .docx、.xlsx 或 UTF-8 文本后再导入");
                default -> text(file, code, jurisdiction, year);
            };
        } catch (IOException | org.apache.poi.EmptyFileException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new UnreadableFile(file + ": 无法读取（" + e.getMessage() + "），不是有效的 ." + ext + " 文件");
        }
    }

    private static ImportResult text(Path file, String code, String jurisdiction, int year)
            throws IOException, UnreadableFile {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFile(file + ": 不是 UTF-8 文本（请先转换编码）");
        }
        return TableOrProse.read(text, file.getFileName().toString(), code, jurisdiction, year);
    }

    private static ImportResult docx(Path file, String code, String jurisdiction, int year) throws IOException {
        List<TaskTable> tables = OfficeTableReader.docx(file);
        String prose;
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            prose = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
        if (!tables.isEmpty()) {
            String title = prose.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                    .orElse(title(file.getFileName().toString()));
            return new TableImporter().read(tables, code, jurisdiction, year, title);
        }
        return new DocumentImporter().read(prose, code, jurisdiction, year);
    }

    /** Plain text (import --text): a flattened table when it holds one, prose otherwise. */
    public ImportResult readText(String text, String fileName, String code, String jurisdiction, int year) {
        return TableOrProse.read(text, fileName, code, jurisdiction, year);
    }

    static String title(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Text that may hold a flattened table: the table when there is one, the prose importer otherwise. */
    static final class TableOrProse {
        private TableOrProse() {
        }

        static ImportResult read(String text, String fileName, String code, String jurisdiction, int year) {
            List<TaskTable> tables = TextTableReader.read(text, fileName);
            if (tables.stream().anyMatch(t -> !t.rows().isEmpty())) {
                String title = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.contains("|")
                        && !l.contains("\t") && TableColumns.role(l) == null).findFirst().orElse(title(fileName));
                return new TableImporter().read(tables, code, jurisdiction, year, title);
            }
            return new DocumentImporter().read(text, code, jurisdiction, year);
        }
    }
}
