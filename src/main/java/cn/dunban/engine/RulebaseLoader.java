package cn.dunban.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a {@link Rulebase} from the files policy staff edit: every {@code .drl}, {@code .dsl},
 * {@code .dslr} and {@code params.json} under the rules directory. Each file keeps its real relative
 * path, so a compile error names the file the officer opened. Nothing half-built is ever returned.
 */
public final class RulebaseLoader {

    private static final Pattern LINE_COL = Pattern.compile("[Ll]ine (\\d+):(\\d+)");
    private static final Pattern ERR_CODE = Pattern.compile("^\\[ERR \\d+\\]\\s*(?:[Ll]ine \\d+:\\d+\\s*)?");
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RulebaseLoader() {
    }

    public static Rulebase load(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new RulebaseException(List.of(new RuleError(dir.toString(), 0, 0, "规则目录不存在")));
        }
        List<Path> files = ruleFiles(root);
        if (files.stream().noneMatch(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".dslr"))) {
            throw new RulebaseException(List.of(new RuleError(dir.toString(), 0, 0, "规则目录中没有 .drl 或 .dslr 规则文件")));
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("cn.dunban.rules", "rulebase", "1." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        List<RuleError> errors = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>();
        MessageDigest digest = sha256();
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                errors.add(new RuleError(display(dir, rel), 0, 0, "无法读取: " + e.getMessage()));
                continue;
            }
            names.add(rel);
            digest.update(rel.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            if (rel.endsWith("params.json")) {
                parameters.addAll(readParameters(bytes, display(dir, rel), errors));
            } else {
                kfs.write("src/main/resources/" + rel, ks.getResources().newByteArrayResource(bytes)
                        .setSourcePath(rel));
            }
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleError> warnings = new ArrayList<>();
        for (Message m : builder.getResults().getMessages()) {
            if (m.getText() != null && m.getText().contains("Parser returned a null Package")) {
                continue;
            }
            RuleError e = toError(dir, m);
            if (m.getLevel() == Message.Level.ERROR) {
                errors.add(e);
            } else if (m.getLevel() == Message.Level.WARNING) {
                warnings.add(e);
            }
        }
        if (!errors.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RulebaseException(errors.stream().sorted().distinct().toList());
        }
        KieContainer container = ks.newKieContainer(releaseId);
        var kieBase = container.getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        String version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        return new Rulebase(root, kieBase, List.copyOf(parameters), version, List.copyOf(names), List.copyOf(warnings));
    }

    /**
     * The version a directory would compile to, without compiling it: the same hash {@link #load} records.
     * Lets callers reuse a compiled rulebase while the files are unchanged.
     */
    public static String fingerprint(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return "";
        }
        MessageDigest digest = sha256();
        for (Path file : ruleFiles(root)) {
            try {
                digest.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            } catch (IOException e) {
                return "";
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    private static List<Path> ruleFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".drl") || n.endsWith(".dsl") || n.endsWith(".dslr") || n.equals("params.json");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new RulebaseException(List.of(new RuleError(root.toString(), 0, 0, "无法读取规则目录: " + e.getMessage())));
        }
    }

    private static RuleError toError(Path dir, Message m) {
        String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
        String text = m.getText() == null ? "" : m.getText().strip();
        int line = m.getLine();
        int column = m.getColumn();
        Matcher lc = LINE_COL.matcher(text);
        if (lc.find()) {
            if (line <= 0) {
                line = Integer.parseInt(lc.group(1));
            }
            if (column <= 0) {
                column = Integer.parseInt(lc.group(2));
            }
        }
        String plain = ERR_CODE.matcher(text).replaceFirst("").replaceAll("\\s+", " ");
        return new RuleError(display(dir, path), Math.max(line, 0), Math.max(column, 0), "rule-compile: " + plain);
    }

    private static List<Parameter> readParameters(byte[] bytes, String file, List<RuleError> errors) {
        List<Parameter> out = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            errors.add(new RuleError(file, line, col, "params-json: " + e.getOriginalMessage()));
            return out;
        }
        JsonNode list = root.path("parameters");
        if (!list.isArray()) {
            errors.add(new RuleError(file, 1, 1, "params-json: 缺少 \"parameters\" 数组"));
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String where = "parameters[" + i + "]";
            String name = p.path("name").asString(null);
            if (name == null || name.isBlank()) {
                errors.add(new RuleError(file, 0, 0, "params-json: " + where + " 缺少 name"));
                continue;
            }
            if (p.path("source").asString("").isBlank()) {
                errors.add(new RuleError(file, 0, 0, "params-json: " + where + " (" + name + ") 缺少 source（出处）"));
            }
            JsonNode v = p.path("value");
            Double value = null;
            List<String> values = List.of();
            if (v.isNumber()) {
                value = v.asDouble();
            } else if (v.isArray()) {
                List<String> items = new ArrayList<>();
                v.forEach(x -> items.add(x.asString()));
                values = items;
            } else if (!v.isMissingNode() && !v.isNull()) {
                errors.add(new RuleError(file, 0, 0, "params-json: " + where + " (" + name + ") 的 value 应为数字或列表"));
                continue;
            }
            JsonNode rows = p.path("table");
            if (rows.isObject()) {
                for (var entry : rows.properties()) {
                    if (!entry.getValue().isNumber()) {
                        errors.add(new RuleError(file, 0, 0, "params-json: " + where + " (" + name + ") 表中 "
                                + entry.getKey() + " 的值应为数字"));
                        continue;
                    }
                    out.add(new Parameter(name, entry.getKey(), entry.getValue().asDouble(), List.of(),
                            p.path("unit").asString(null), p.path("source").asString(null), p.path("status").asString(null)));
                }
            }
            if (value != null || !values.isEmpty() || !rows.isObject()) {
                out.add(new Parameter(name, null, value, values, p.path("unit").asString(null),
                        p.path("source").asString(null), p.path("status").asString(null)));
            }
        }
        return out;
    }

    private static String display(Path dir, String rel) {
        return dir.resolve(rel).toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
