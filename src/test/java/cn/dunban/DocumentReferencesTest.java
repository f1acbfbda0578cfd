package cn.dunban;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The repository is self-contained: code, rules, pages and docs cite documents that are in it (docs/facts.md,
 * docs/findings.md, docs/domain.md …), never a contract or notes a newcomer does not have, and every relative
 * link in a Markdown file leads to a file that exists.
 */
class DocumentReferencesTest {

    private static final Set<String> SKIP = Set.of(".git", "target", "data", "node_modules");
    /** How the old, outside documents were cited. */
    private static final Pattern OUTSIDE = Pattern.compile("契约\\s*§|contract\\s*§|contract\\.md|\\.\\./shared|"
            + "(?<![\\w/(\\[])domain\\.md|the contract's|the contract\\b");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)");

    @Test
    void nothingCitesADocumentOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : textFiles()) {
            List<String> lines = lines(f);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = OUTSIDE.matcher(lines.get(i));
                if (m.find()) {
                    found.add(f + ":" + (i + 1) + ": " + m.group() + " — cite docs/facts.md, docs/findings.md, "
                            + "docs/domain.md, docs/service.md or the README instead");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyRelativeLinkInMarkdownLeadsToAFile() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path f : textFiles()) {
            if (!f.toString().endsWith(".md")) {
                continue;
            }
            Matcher m = LINK.matcher(Files.readString(f));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // http:, https:, mailto:
                }
                Path resolved = f.getParent() == null ? Path.of(target) : f.getParent().resolve(target);
                if (!Files.exists(resolved.normalize())) {
                    broken.add(f + ": " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    private static List<Path> textFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("."))) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        for (Path part : p) {
                            if (SKIP.contains(part.toString())) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .filter(p -> p.toString().matches(".*\\.(java|md|drl|dsl|dslr|json|feature|properties|html|js|txt|xml|sql)$"))
                    .filter(p -> !p.toString().contains("src/test/resources/seeds") && !p.endsWith("DocumentReferencesTest.java"))
                    .map(p -> p.normalize())
                    .toList();
        }
    }

    private static List<String> lines(Path f) throws IOException {
        try {
            return Files.readAllLines(f);
        } catch (MalformedInputException e) {
            return List.of();
        }
    }
}
