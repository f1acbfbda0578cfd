package cn.dunban.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules directory is the product's face for policy staff, so its conventions are checked on
 * every build rather than in review: a source header on every file, a Chinese name, an id and a citing
 * comment on every rule, a source and a C/P/U status on every threshold, a scenario file per family,
 * and no Java plumbing in the rules.
 */
class RuleHygieneTest {

    private static final Path RULES = Path.of("rules");
    private static final Pattern RULE = Pattern.compile("(?m)^rule\\s+\"([^\"]+)\"(.*?)^\\s*when\\b", Pattern.DOTALL);

    @Test
    void everyRuleFileOpensWithItsSourceAndEveryRuleHasAChineseNameAnIdAndACitingComment() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : ruleFiles()) {
            String text = Files.readString(file);
            if (!text.stripLeading().startsWith("//") && !text.stripLeading().startsWith("/*")) {
                problems.add(file + ": 文件开头应有注释，写明规则族和依据");
            }
            Matcher m = RULE.matcher(text);
            int rules = 0;
            while (m.find()) {
                rules++;
                String name = m.group(1);
                String head = m.group(2);
                if (name.codePoints().noneMatch(Character::isIdeographic)) {
                    problems.add(file + ": 规则“" + name + "”应有中文名称");
                }
                if (!head.contains("@id(")) {
                    problems.add(file + ": 规则“" + name + "”缺少 @id（问题清单中的 rule 编号）");
                }
                if (!head.contains("//")) {
                    problems.add(file + ": 规则“" + name + "”缺少说明依据的注释");
                }
            }
            if (file.toString().endsWith(".drl") && rules == 0 && !text.contains("\nfunction ")) {
                problems.add(file + ": 没有规则（也没有供本族规则调用的函数）");
            }
            for (String plumbing : List.of("System.", "java.util.", "Thread", "getClass(")) {
                if (text.contains(plumbing)) {
                    problems.add(file + ": 规则文件中不应出现 Java 细节 “" + plumbing + "”");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Policy staff read every family as Chinese sentences: rules are {@code .dslr} over a vocabulary, the
     * engine's syntax only in {@code .dsl} files; what a rule needs computed lives in cn.dunban.vocabulary.
     */
    @Test
    void everyFamilyIsWrittenInChineseSentences() throws IOException {
        try (Stream<Path> files = Files.walk(RULES)) {
            assertThat(files.filter(p -> p.toString().endsWith(".drl"))
                    .toList())
                    .as("规则族应写成 .dslr（中文句子）；规则引擎的写法只在 .dsl 用语中")
                    .isEmpty();
        }
        for (Path dslr : ruleFiles()) {
            if (dslr.toString().endsWith(".dslr")) {
                assertThat(Files.readAllLines(dslr)).as(dslr + "：以 > 开头的行绕过用语，直接写规则引擎的语法")
                        .noneMatch(l -> l.stripLeading().startsWith(">"));
            }
        }
    }

    @Test
    void everyThresholdHasASourceAndAStatus() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals("params.json")).toList()) {
                for (JsonNode p : json.readTree(file.toFile()).path("parameters")) {
                    String name = p.path("name").asString("?");
                    if (p.path("source").asString("").isBlank()) {
                        problems.add(file + ": " + name + " 缺少 source");
                    }
                    if (!Set.of("C", "P", "U").contains(p.path("status").asString(""))) {
                        problems.add(file + ": " + name + " 的 status 应为 C、P 或 U");
                    }
                    if (p.path("label").asString("").isBlank()) {
                        problems.add(file + ": " + name + " 缺少中文 label");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRuleFamilyHasItsScenarios() throws IOException {
        try (Stream<Path> families = Files.list(RULES)) {
            assertThat(families.filter(Files::isDirectory).toList())
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(Path.of("features", f.getFileName() + ".feature"))
                            .as("规则族 %s 应有场景文件 features/%s.feature", f.getFileName(), f.getFileName())
                            .exists());
        }
    }

    private static List<Path> ruleFiles() throws IOException {
        try (Stream<Path> files = Files.walk(RULES)) {
            return files.filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".dslr")).sorted().toList();
        }
    }
}
