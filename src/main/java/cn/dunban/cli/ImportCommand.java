package cn.dunban.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import cn.dunban.catalog.CatalogReader;
import cn.dunban.catalog.importer.FileImporter;
import cn.dunban.catalog.importer.ImportResult;
import cn.dunban.catalog.importer.ReviewLine;

/**
 * {@code dunban import}: drafts a catalog from a key-task document (the README's command line): plain text
 * ({@code --text}: prose as a PDF converter left it, or a table flattened to text), or any file by its
 * extension ({@code --file}: .docx and .xlsx 任务分解表, text otherwise). The draft goes to standard output
 * or {@code --out}; what a curator must check — every row or line it could not read — goes to standard
 * error (or {@code --review FILE}), each with its place and reason.
 */
final class ImportCommand implements Command {

    @Override
    public String usage() {
        return "dunban import (--file FILE.docx|FILE.xlsx|FILE.txt | --text FILE | --docx FILE | --xlsx FILE) --code CODE --jurisdiction NAME --year YEAR [--out FILE] [--review FILE]";
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Args args = new Args(argv, Set.of("--text", "--file", "--docx", "--xlsx", "--code", "--jurisdiction", "--year",
                "--out", "--review"), Set.of());
        // --docx and --xlsx say the format the extension says anyway: they are --file under another name
        List<String> given = List.of("--file", "--docx", "--xlsx", "--text").stream()
                .filter(o -> args.path(o) != null).toList();
        if (given.size() != 1) {
            throw new UsageException("请用 --file FILE（.docx、.xlsx 或文本）或 --text FILE 给出一个要导入的文件");
        }
        Path file = args.path(given.get(0));
        if (given.get(0).equals("--docx") || given.get(0).equals("--xlsx")) {
            String ext = given.get(0).substring(2);
            if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + ext)) {
                throw new UsageException(given.get(0) + " " + file + ": 文件扩展名应为 ." + ext);
            }
        }
        Path textFile = file;
        String code = args.required("--code");
        if (!code.matches("[A-Z][A-Z0-9]*")) {
            throw new UsageException("--code “" + code + "”应为大写字母和数字，如 JN2023");
        }
        String jurisdiction = args.required("--jurisdiction");
        int year = args.integer("--year", -1);
        if (year < 1949 || year > 2100) {
            throw new UsageException("--year 应为四位年份，如 2023");
        }
        ImportResult result;
        if (!given.get(0).equals("--text")) {
            try {
                result = new FileImporter().read(textFile, code, jurisdiction, year);
            } catch (FileImporter.UnreadableFile e) {
                throw new UsageException(e.getMessage());
            }
        } else {
            String text;
            try {
                text = Files.readString(textFile, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new UsageException(textFile + ": 文件不存在");
            } catch (java.nio.charset.MalformedInputException e) {
                throw new UsageException(textFile + ": 不是 UTF-8 文本（请先转换编码）");
            }
            result = new FileImporter().readText(text, textFile.getFileName().toString(), code, jurisdiction, year);
        }
        String json = CatalogReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result.catalog()) + "\n";
        // the draft must read back as a catalog, or it is no use to anyone
        CatalogReader.parse(json.getBytes(StandardCharsets.UTF_8), "draft");
        Output.write(json, args.path("--out"), out);
        StringBuilder review = new StringBuilder();
        for (ReviewLine r : result.review()) {
            review.append(textFile).append(r.line() > 0 ? ":" + r.line() : "").append(": ")
                    .append(r.task() == null ? "" : "第" + r.task() + "项: ")
                    .append(r.reason()).append(" — ").append(r.text()).append('\n');
        }
        if (args.path("--review") != null) {
            Output.write(review.toString(), args.path("--review"), out);
        } else {
            err.print(review);
        }
        err.println("草稿目录：" + result.catalog().targets().size() + " 个目标；需人工复核 " + result.review().size() + " 处"
                + (args.path("--out") == null ? "" : " → " + args.path("--out")));
        return Cli.OK;
    }
}
