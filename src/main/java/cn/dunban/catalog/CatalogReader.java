package cn.dunban.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.dunban.input.InputError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads catalog files. The built-in catalog is the five seed documents, shipped as
 * {@code catalog/<CODE>.json} resources listed in {@code catalog/index.txt}.
 */
public final class CatalogReader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CatalogReader() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** The five documents that ship with dunban. */
    public static Catalog builtIn() {
        List<CatalogFile> files = new ArrayList<>();
        for (String code : builtInCodes()) {
            String resource = "catalog/" + code + ".json";
            try (InputStream in = CatalogReader.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new CatalogException(resource, "not-found", "内置目录缺少这个文件");
                }
                files.add(parse(in.readAllBytes(), resource));
            } catch (IOException e) {
                throw new CatalogException(resource, "io", "读取失败: " + e.getMessage(), e);
            }
        }
        return combine(files);
    }

    /** Every {@code *.json} file directly in {@code dir}, one document each. */
    public static Catalog readDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CatalogException(dir.toString(), "not-found", "目录不存在");
        }
        List<CatalogFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                files.add(readFile(p));
            }
        } catch (IOException e) {
            throw new CatalogException(dir.toString(), "io", "无法读取: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new CatalogException(dir.toString(), "empty", "目录中没有 .json 目录文件");
        }
        return combine(files);
    }

    public static CatalogFile readFile(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new CatalogException(file.toString(), "io", "无法读取: " + e.getMessage(), e);
        }
    }

    public static CatalogFile parse(byte[] json, String source) {
        CatalogFile file;
        try {
            file = MAPPER.readValue(json, CatalogFile.class);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            // well-formed JSON of the wrong shape (a missing number, an unknown field) names its field
            boolean shape = e instanceof DatabindException;
            throw new CatalogException(List.of(new InputError(source, line, column, shape ? field(e) : "",
                    shape ? "invalid-field" : "malformed-json", e.getOriginalMessage())), e);
        }
        if (file.document() == null || file.document().code() == null) {
            throw new CatalogException(List.of(problem(source, "document.code", "missing-field", "缺少文件代码")));
        }
        List<InputError> problems = new ArrayList<>();
        List<Target> targets = file.targets() == null ? List.of() : file.targets();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            String at = "targets[" + i + "]";
            String which = t.id() == null ? "" : "（" + t.id() + "）";
            if (t.id() == null || t.text() == null || t.comparator() == null || t.deadline() == null) {
                problems.add(problem(source, at, "missing-field",
                        "目标" + which + "的 id、text、comparator 与 deadline 不能为空"));
            } else if (!file.document().code().equals(t.document())) {
                problems.add(problem(source, at + ".document", "wrong-document",
                        "目标" + which + "的 document 应为 " + file.document().code()));
            }
            if (t.unit() != null && !t.unit().isEmpty() && Units.parse(t.unit()).isEmpty()) {
                problems.add(problem(source, at + ".unit", "unknown-unit",
                        "目标" + which + "的单位“" + t.unit() + "”无法识别"));
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return new CatalogFile(file.document(), targets);
    }

    /** An error in a catalog file found after parsing, where the parser's line and column are no longer known. */
    private static InputError problem(String source, String field, String code, String message) {
        return new InputError(source, 0, 0, field, code, message);
    }

    /** The path of the value a databind error is about, written as facts errors write fields: {@code targets[3].year}. */
    private static String field(JacksonException e) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    public static Catalog combine(List<CatalogFile> files) {
        List<Document> docs = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (CatalogFile f : files) {
            docs.add(f.document());
            targets.addAll(f.targets());
        }
        return new Catalog(docs, targets);
    }

    static List<String> builtInCodes() {
        try (InputStream in = CatalogReader.class.getClassLoader().getResourceAsStream("catalog/index.txt")) {
            if (in == null) {
                throw new CatalogException("catalog/index.txt", "not-found", "内置目录缺少这个文件");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        } catch (IOException e) {
            throw new CatalogException("catalog/index.txt", "io", "读取失败: " + e.getMessage(), e);
        }
    }
}
