package cn.dunban.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
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
                    throw new CatalogException("内置目录缺少 " + resource);
                }
                files.add(parse(in.readAllBytes(), resource));
            } catch (IOException e) {
                throw new CatalogException("读取 " + resource + " 失败: " + e.getMessage(), e);
            }
        }
        return combine(files);
    }

    /** Every {@code *.json} file directly in {@code dir}, one document each. */
    public static Catalog readDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CatalogException(dir + ": 目录不存在");
        }
        List<CatalogFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                files.add(readFile(p));
            }
        } catch (IOException e) {
            throw new CatalogException(dir + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new CatalogException(dir + ": 目录中没有 .json 目录文件");
        }
        return combine(files);
    }

    public static CatalogFile readFile(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new CatalogException(file + ": " + e.getMessage(), e);
        }
    }

    public static CatalogFile parse(byte[] json, String source) {
        CatalogFile file;
        try {
            file = MAPPER.readValue(json, CatalogFile.class);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new CatalogException(source + where + ": " + e.getOriginalMessage(), e);
        }
        if (file.document() == null || file.document().code() == null) {
            throw new CatalogException(source + ": 缺少 document.code");
        }
        List<String> problems = new ArrayList<>();
        List<Target> targets = file.targets() == null ? List.of() : file.targets();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            String at = source + ": targets[" + i + "]" + (t.id() == null ? "" : " (" + t.id() + ")");
            if (t.id() == null || t.text() == null || t.comparator() == null || t.deadline() == null) {
                problems.add(at + ": id, text, comparator 与 deadline 不能为空");
            } else if (!file.document().code().equals(t.document())) {
                problems.add(at + ": document 应为 " + file.document().code());
            }
            if (t.unit() != null && !t.unit().isEmpty() && Units.parse(t.unit()).isEmpty()) {
                problems.add(at + ": 未知单位“" + t.unit() + "”");
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(String.join("\n", problems));
        }
        return new CatalogFile(file.document(), targets);
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
                throw new CatalogException("内置目录缺少 catalog/index.txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        } catch (IOException e) {
            throw new CatalogException("读取 catalog/index.txt 失败", e);
        }
    }
}
