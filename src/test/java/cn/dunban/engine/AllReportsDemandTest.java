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
 * The engine puts only the report that counts (the latest) of each target into working memory, and a
 * target's other reports only when a rule asks with {@link NeedsAllReports}. So a rule family that matches
 * {@code Report} without {@code latest} (in a .drl, .dslr or .dsl) must derive {@code NeedsAllReports} for the
 * targets it reads;
 * otherwise it would silently see one report per target. This keeps that convention on every build.
 */
class AllReportsDemandTest {

    private static final Pattern REPORT = Pattern.compile("\\bReport\\s*\\(");

    @Test
    void everyFamilyThatReadsPastReportsAsksForThem() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> families = Files.list(Path.of("rules"))) {
            for (Path family : families.filter(Files::isDirectory).sorted().toList()) {
                StringBuilder all = new StringBuilder();
                try (Stream<Path> files = Files.list(family)) {
                    for (Path f : files.filter(p -> p.toString().matches(".*\\.(drl|dslr|dsl)$")).sorted().toList()) {
                        all.append(Files.readString(f).replaceAll("(?m)^\\s*#.*$|//[^\n]*", "")).append('\n');
                    }
                }
                String text = all.toString();
                Matcher m = REPORT.matcher(text);
                while (m.find()) {
                    if (text.startsWith("new ", Math.max(0, m.start() - 4))) {
                        continue;
                    }
                    String constraints = balanced(text, m.end() - 1);
                    if (!constraints.matches("(?s).*\\blatest\\b.*") && !text.contains("NeedsAllReports(")) {
                        problems.add(family + ": Report( " + constraints.strip() + " ) 不限于最新报告（latest），"
                                + "本规则族应以 insertLogical( new NeedsAllReports( $id ) ) 要求载入这些目标的全部报告");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
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
