package cn.dunban.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The engine puts only the report that counts of each target into working memory, as a {@code CountingReport},
 * and a target's reports as {@code Report}s only when a rule asks with {@link NeedsAllReports}. So a rule family
 * that matches {@code Report} must be conditioned on {@code NeedsAllReports} in that rule, or derive it (a .dsl
 * sentence: somewhere in its family); otherwise it would silently see nothing. This keeps that convention on every
 * build.
 */
class AllReportsDemandTest {

    private static final Pattern REPORT = Pattern.compile("\\bReport\\s*\\(");

    @Test
    void everyFamilyThatReadsPastReportsAsksForThem() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> families = Files.list(Path.of("rules"))) {
            for (Path family : families.filter(Files::isDirectory).sorted().toList()) {
                List<Path> ruleFiles;
                try (Stream<Path> files = Files.list(family)) {
                    ruleFiles = files.filter(p -> p.toString().matches(".*\\.(drl|dslr|dsl)$")).sorted().toList();
                }
                StringBuilder all = new StringBuilder();
                for (Path f : ruleFiles) {
                    all.append(withoutComments(f)).append('\n');
                }
                for (Path f : ruleFiles) {
                    String text = withoutComments(f);
                    Matcher m = REPORT.matcher(text);
                    while (m.find()) {
                        if (text.startsWith("new ", Math.max(0, m.start() - 4))) {
                            continue;
                        }
                        String constraints = balanced(text, m.end() - 1);
                        // a .dsl sentence may be used by any rule of the family; a rule's own pattern must be
                        // asked for in that rule: it reads NeedsAllReports, or derives it
                        String scope = f.toString().endsWith(".dsl") ? all.toString() : enclosingRule(text, m.start());
                        if (!scope.contains("NeedsAllReports(")) {
                            problems.add(f + ": Report( " + constraints.strip() + " ) 读的是目标的各次报告（只读最新一份用 "
                                    + "CountingReport），所在规则应以 NeedsAllReports 为条件，或以 insertLogical( new "
                                    + "NeedsAllReports( $g ) ) 要求载入这些目标的全部报告");
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static String withoutComments(Path f) throws IOException {
        return Files.readString(f).replaceAll("(?m)^\\s*#.*$|//[^\n]*", "");
    }

    /** The rule, from {@code rule "…"} to its {@code end}, that the text at {@code at} belongs to. */
    private static String enclosingRule(String text, int at) {
        int start = Math.max(0, text.lastIndexOf("\nrule ", at));
        int end = text.indexOf("\nend", at);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The text inside the parenthesis that opens at {@code open}. */
    private static String balanced(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return s.substring(open + 1, i);
            }
        }
        return s.substring(open + 1);
    }
}
