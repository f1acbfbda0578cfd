package cn.dunban.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
import cn.dunban.facts.Locator;
import cn.dunban.facts.Place;
import cn.dunban.input.InputError;
import cn.dunban.vocabulary.Clause;
import cn.dunban.vocabulary.Parameter;
import cn.dunban.vocabulary.TargetLink;

/**
 * Builds a {@link Rulebase} from the files policy staff edit: every {@code .drl}, {@code .dsl},
 * {@code .dslr} and {@code params.json} under the rules directory, and the data files some families keep
 * beside their rules: {@code clauses.json} (control clauses findings cite, as {@link Clause} facts) and
 * {@code mapping.json} (reviewed target correspondences, as {@link TargetLink} facts). Each file keeps its
 * real relative path, so a compile error names the file the officer opened. Nothing half-built is ever
 * returned.
 */
public final class RulebaseLoader {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PARAMS = "params.json";
    private static final String CLAUSES = "clauses.json";
    private static final String MAPPING = "mapping.json";

    private RulebaseLoader() {
    }

    /** How many compiles this JVM has started (lets a test see that a cached rulebase was not compiled). */
    static long builds() {
        return BUILDS.get();
    }

    public static Rulebase load(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new RulebaseException(List.of(RuleErrors.whole(dir.toString(), RuleErrors.DIRECTORY, "规则目录不存在")));
        }
        List<Path> files = ruleFiles(root);
        if (files.stream().noneMatch(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".dslr"))) {
            throw new RulebaseException(List.of(RuleErrors.whole(dir.toString(), RuleErrors.DIRECTORY,
                    "规则目录中没有 .drl 或 .dslr 规则文件")));
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("cn.dunban.rules", "rulebase", "1." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        List<InputError> errors = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        List<TargetLink> links = new ArrayList<>();
        Map<String, String> origins = new HashMap<>();
        DslCheck dsl = new DslCheck();
        CompileErrors compileErrors = new CompileErrors(dir, dsl);
        MessageDigest digest = sha256();
        List<String> names = new ArrayList<>();
        Map<String, String> digests = new java.util.TreeMap<>();
        for (Path file : files) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                errors.add(RuleErrors.whole(display(dir, rel), RuleErrors.DIRECTORY, "无法读取: " + e.getMessage()));
                continue;
            }
            names.add(rel);
            digests.put(rel, hash(bytes));
            digest.update(rel.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            String name = file.getFileName().toString();
            if (name.equals(PARAMS)) {
                List<Parameter> read = readParameters(bytes, display(dir, rel), rel, errors);
                duplicateParameters(read, display(dir, rel), origins, errors);
                parameters.addAll(read);
            } else if (name.equals(CLAUSES)) {
                clauses.addAll(readClauses(bytes, display(dir, rel), errors));
            } else if (name.equals(MAPPING)) {
                links.addAll(readLinks(bytes, display(dir, rel), errors));
            } else {
                if (name.endsWith(".dsl")) {
                    dsl.check(display(dir, rel), new String(bytes, StandardCharsets.UTF_8));
                }
                compileErrors.file(rel, new String(bytes, StandardCharsets.UTF_8));
                kfs.write("src/main/resources/" + rel, ks.getResources().newByteArrayResource(bytes)
                        .setSourcePath(rel));
            }
        }
        errors.addAll(dsl.errors());
        if (!dsl.errors().isEmpty()) {
            throw new RulebaseException(errors.stream().sorted(InputError.BY_PLACE).distinct().toList());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<InputError> warnings = new ArrayList<>();
        List<InputError> syntax = new ArrayList<>();
        List<Message> failures = new ArrayList<>();
        for (Message m : builder.getResults().getMessages()) {
            if (m.getText() != null && m.getText().contains("Parser returned a null Package")) {
                continue;
            }
            if (m.getLevel() == Message.Level.ERROR) {
                failures.add(m);
            } else if (m.getLevel() == Message.Level.WARNING) {
                warnings.add(compileErrors.error(m));
            }
        }
        for (Message m : compileErrors.withoutFollowOns(failures)) {
            (CompileErrors.isSyntax(m) ? syntax : errors).add(compileErrors.error(m));
        }
        if (!syntax.isEmpty()) {
            // A syntax error in one file stops Drools from building the declared types of every package, and
            // each rule using them then fails too: report the syntax errors, which are the ones to fix.
            errors.removeIf(e -> e.code().equals(RuleErrors.COMPILE));
            errors.addAll(syntax);
        }
        if (!errors.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RulebaseException(errors.stream().sorted(InputError.BY_PLACE).distinct().toList());
        }
        KieContainer container = ks.newKieContainer(releaseId);
        var kieBase = container.getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        String version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        return new Rulebase(root, kieBase, List.copyOf(parameters), List.copyOf(clauses), List.copyOf(links), version,
                List.copyOf(names), List.copyOf(warnings), java.util.Collections.unmodifiableMap(digests));
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

    /** Each rule file of a directory with its own hash, as {@link Rulebase#digests()} records them. */
    public static Map<String, String> digests(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        Map<String, String> out = new java.util.TreeMap<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        for (Path file : ruleFiles(root)) {
            try {
                out.put(root.relativize(file).toString().replace('\\', '/'), hash(Files.readAllBytes(file)));
            } catch (IOException e) {
                out.put(root.relativize(file).toString().replace('\\', '/'), "?");
            }
        }
        return out;
    }

    private static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes)).substring(0, 12);
    }

    private static List<Path> ruleFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".drl") || n.endsWith(".dsl") || n.endsWith(".dslr") || n.equals(PARAMS)
                                || n.equals(CLAUSES) || n.equals(MAPPING);
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new RulebaseException(List.of(RuleErrors.whole(root.toString(), RuleErrors.DIRECTORY,
                    "无法读取规则目录: " + e.getMessage())));
        }
    }

    private static List<Parameter> readParameters(byte[] bytes, String file, String rel, List<InputError> errors) {
        List<Parameter> out = new ArrayList<>();
        JsonNode list = readArray(bytes, file, "parameters", RuleErrors.PARAMS, errors);
        if (list == null) {
            return out;
        }
        Located at = new Located(file, RuleErrors.PARAMS, bytes);
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String name = p.path("name").asString(null);
            if (name == null || name.isBlank()) {
                errors.add(at.error("/parameters/" + i, "parameters[" + i + "].name", "第 " + (i + 1) + " 个参数缺少 name（参数名）"));
                continue;
            }
            if (p.path("source").asString("").isBlank()) {
                errors.add(at.error("/parameters/" + i + "/name", "parameters[" + i + "].source", "参数 " + name + " 缺少 source（出处）"));
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
                errors.add(at.error("/parameters/" + i + "/value", "参数 " + name + " 的 value 应为数字或列表，写的是 "
                        + v));
                continue;
            }
            JsonNode rows = p.path("table");
            if (rows.isObject()) {
                for (var entry : rows.properties()) {
                    if (!entry.getValue().isNumber()) {
                        errors.add(at.error("/parameters/" + i + "/table/" + entry.getKey(),
                                "parameters[" + i + "].table." + entry.getKey(), "参数 " + name
                                + " 表中“" + entry.getKey() + "”的值应为数字，写的是 " + entry.getValue()));
                        continue;
                    }
                    out.add(new Parameter(name, entry.getKey(), entry.getValue().asDouble(), List.of(),
                            p.path("unit").asString(null), p.path("source").asString(null), p.path("status").asString(null),
                            p.path("label").asString(null), rel));
                }
            }
            if (value != null || !values.isEmpty() || !rows.isObject()) {
                out.add(new Parameter(name, null, value, values, p.path("unit").asString(null),
                        p.path("source").asString(null), p.path("status").asString(null), p.path("label").asString(null),
                        rel));
            }
        }
        return out;
    }

    /** Two rows for the same parameter and key would make the rules pick one at random: refuse them. */
    private static void duplicateParameters(List<Parameter> read, String file, Map<String, String> origins,
            List<InputError> errors) {
        for (Parameter p : read) {
            String id = p.name() + (p.key() == null ? "" : "[" + p.key() + "]");
            String first = origins.putIfAbsent(id, file);
            if (first != null) {
                errors.add(RuleErrors.whole(file, RuleErrors.PARAMS, "参数 " + id + " 重复定义（已见于 " + first + "）"));
            }
        }
    }

    private static JsonNode readArray(byte[] bytes, String file, String field, String code, List<InputError> errors) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            errors.add(RuleErrors.at(file, line, col, code, "JSON 写法有误（" + e.getOriginalMessage() + "）"));
            return null;
        }
        JsonNode list = root == null ? null : root.path(field);
        if (list == null || !list.isArray()) {
            errors.add(new InputError(file, 1, 1, field, code, "缺少 \"" + field + "\" 数组"));
            return null;
        }
        return list;
    }

    private static List<Clause> readClauses(byte[] bytes, String file, List<InputError> errors) {
        List<Clause> out = new ArrayList<>();
        JsonNode list = readArray(bytes, file, "clauses", RuleErrors.CLAUSES, errors);
        if (list == null) {
            return out;
        }
        Located at = new Located(file, RuleErrors.CLAUSES, bytes);
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            boolean complete = true;
            for (String field : List.of("id", "control", "document", "task", "jurisdiction", "year", "text")) {
                if (c.path(field).isMissingNode() || c.path(field).isNull() || c.path(field).asString("").isBlank()) {
                    errors.add(at.error("/clauses/" + i + "/" + field, "第 " + (i + 1) + " 条条款缺少 " + field));
                    complete = false;
                }
            }
            if (!c.path("task").isIntegralNumber() || !c.path("year").isIntegralNumber()) {
                errors.add(at.error("/clauses/" + i + (c.path("task").isIntegralNumber() ? "/year" : "/task"),
                        "第 " + (i + 1) + " 条条款的 task、year 应为整数"));
                complete = false;
            }
            if (!complete) {
                continue;
            }
            List<String> leadUnits = new ArrayList<>();
            c.path("leadUnits").forEach(u -> leadUnits.add(u.asString()));
            out.add(new Clause(c.path("id").asString(), c.path("control").asString(), c.path("document").asString(),
                    c.path("task").asInt(), c.path("taskTitle").asString(null), c.path("jurisdiction").asString(),
                    c.path("year").asInt(), c.path("text").asString(), leadUnits));
        }
        return out;
    }

    private static List<TargetLink> readLinks(byte[] bytes, String file, List<InputError> errors) {
        List<TargetLink> out = new ArrayList<>();
        JsonNode list = readArray(bytes, file, "links", RuleErrors.MAPPING, errors);
        if (list == null) {
            return out;
        }
        Located at = new Located(file, RuleErrors.MAPPING, bytes);
        for (int i = 0; i < list.size(); i++) {
            JsonNode l = list.get(i);
            String lower = l.path("lower").asString("");
            String parent = l.path("parent").asString("");
            if (lower.isBlank() || parent.isBlank()) {
                errors.add(at.error("/links/" + i, "links[" + i + "]." + (lower.isBlank() ? "lower" : "parent"),
                        "第 " + (i + 1) + " 条对应应有 lower 和 parent（目标编号）"));
                continue;
            }
            if (l.path("reason").asString("").isBlank()) {
                errors.add(at.error("/links/" + i + "/lower", "links[" + i + "].reason",
                        "第 " + (i + 1) + " 条对应（" + lower + "）缺少 reason（对应理由）"));
            }
            String kind = l.path("kind").asString("");
            if (!TargetLink.KINDS.contains(kind)) {
                errors.add(at.error("/links/" + i + (l.has("kind") ? "/kind" : "/lower"), "links[" + i + "].kind",
                        "第 " + (i + 1) + " 条对应（" + lower + "）的 kind 应为“"
                        + TargetLink.STANDARD + "”（各地都须达到的标准）或“" + TargetLink.AVERAGE
                        + "”（上级为各地的平均数）；总量不可比，不收入对应关系"));
                continue;
            }
            out.add(new TargetLink(lower, parent, l.path("reason").asString(null), kind));
        }
        return out;
    }

    /**
     * A data file's errors, coded {@code code}, at the line and column of the value they are about, naming the
     * field at fault as a facts error does ({@code parameters[1].value}).
     */
    private record Located(String file, String code, Locator locator) {

        Located(String file, String code, byte[] bytes) {
            this(file, code, Locator.json(file, bytes));
        }

        /** About the value at {@code pointer} itself. */
        InputError error(String pointer, String message) {
            return error(pointer, field(pointer), message);
        }

        /** About {@code field} (one that is missing, say), shown at the value of {@code pointer}. */
        InputError error(String pointer, String field, String message) {
            Place p = locator.at(pointer);
            return new InputError(file, p.line(), p.column(), field, code, message);
        }

        /** {@code /clauses/2/year} as {@code clauses[2].year}. */
        private static String field(String pointer) {
            StringBuilder b = new StringBuilder();
            for (String step : pointer.substring(1).split("/")) {
                if (step.chars().allMatch(Character::isDigit) && !step.isEmpty()) {
                    b.append('[').append(step).append(']');
                } else {
                    b.append(b.isEmpty() ? "" : ".").append(step);
                }
            }
            return b.toString();
        }
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
