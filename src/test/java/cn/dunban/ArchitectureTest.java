package cn.dunban;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package map in docs/architecture.md is the code's: arrows between packages point one way (no cycle),
 * the web layer never reaches up into the command line, and every package of {@code src/main/java} has its
 * paragraph there whose "Depends on" line names exactly the packages it imports.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path MAP = Path.of("docs/architecture.md");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    /** A reference to a dunban type, imported or written out: the package is what precedes the first capital. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(cn\\.dunban(?:\\.[a-z_][a-z0-9_]*)*)\\.(?:[A-Z]|\\*)");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"");
    private static final Pattern SECTION = Pattern.compile("(?m)^## `(cn\\.dunban(?:\\.[a-z.]+)?)`");
    private static final Pattern DEPENDS = Pattern.compile("(?m)^Depends on: (.*)$");

    static Map<String, Set<String>> dependencies;

    @BeforeAll
    static void readSources() throws IOException {
        dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher pkg = PACKAGE.matcher(text);
                assertThat(pkg.find()).as(f + " declares its package").isTrue();
                String own = pkg.group(1);
                Set<String> deps = dependencies.computeIfAbsent(own, k -> new TreeSet<>());
                Matcher ref = REFERENCE.matcher(STRING.matcher(COMMENT.matcher(text).replaceAll(" ")).replaceAll("\"\""));
                while (ref.find()) {
                    if (!ref.group(1).equals(own)) {
                        deps.add(ref.group(1));
                    }
                }
            }
        }
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        List<List<String>> cycles = new Tarjan(dependencies).cycles();
        assertThat(cycles).as("package cycles (each list is one knot of packages that import each other)").isEmpty();
    }

    @Test
    void aKnotOfPackagesIsFound() {
        Map<String, Set<String>> knot = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertThat(new Tarjan(knot).cycles()).containsExactly(List.of("a", "b", "c"));
    }

    @Test
    void theServiceDoesNotReachIntoTheCommandLine() {
        dependencies.forEach((pkg, deps) -> {
            if (pkg.startsWith("cn.dunban.web") || pkg.startsWith("cn.dunban.store")) {
                assertThat(deps).as(pkg).noneMatch(d -> d.startsWith("cn.dunban.cli"));
            }
        });
        Set<String> core = Set.of("cn.dunban.catalog", "cn.dunban.facts", "cn.dunban.findings", "cn.dunban.vocabulary",
                "cn.dunban.engine");
        dependencies.forEach((pkg, deps) -> {
            if (core.contains(pkg)) {
                assertThat(deps).as(pkg + " is core: it imports no outer layer")
                        .noneMatch(d -> d.startsWith("cn.dunban.web") || d.startsWith("cn.dunban.cli")
                                || d.startsWith("cn.dunban.store") || d.startsWith("cn.dunban.bench"));
            }
        });
    }

    @Test
    void thePackageMapDescribesEveryPackageWithItsDependencies() throws IOException {
        String doc = Files.readString(MAP);
        Map<String, String> sections = new TreeMap<>();
        Matcher m = SECTION.matcher(doc);
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
            starts.add(m.start());
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < names.size() ? starts.get(i + 1) : doc.length();
            sections.put(names.get(i), doc.substring(starts.get(i), end));
        }
        assertThat(sections.keySet()).as("packages with a section “## `cn.dunban.…`” in " + MAP)
                .containsExactlyInAnyOrderElementsOf(dependencies.keySet());
        List<String> wrong = new ArrayList<>();
        dependencies.forEach((pkg, deps) -> {
            String want = deps.isEmpty() ? "(none)"
                    : deps.stream().map(d -> "`" + d.substring("cn.dunban.".length()) + "`").collect(Collectors.joining(", "));
            Matcher d = DEPENDS.matcher(sections.getOrDefault(pkg, ""));
            String have = d.find() ? d.group(1).strip() : "(no “Depends on:” line)";
            if (!have.equals(want)) {
                wrong.add(pkg + ": the map says “" + have + "”, the code says “Depends on: " + want + "”");
            }
        });
        assertThat(wrong).as("“Depends on:” lines in " + MAP + " that differ from the imports").isEmpty();
    }

    /** Strongly connected components of more than one package (or a package on a loop of its own). */
    private static final class Tarjan {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<List<String>> cycles = new ArrayList<>();
        private int next;

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<List<String>> cycles() {
            graph.keySet().forEach(v -> {
                if (!index.containsKey(v)) {
                    visit(v);
                }
            });
            return cycles;
        }

        private void visit(String v) {
            index.put(v, next);
            low.put(v, next++);
            stack.push(v);
            onStack.add(v);
            for (String w : graph.getOrDefault(v, Set.of())) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                List<String> component = new ArrayList<>();
                String w;
                do {
                    w = stack.pop();
                    onStack.remove(w);
                    component.add(w);
                } while (!w.equals(v));
                if (component.size() > 1) {
                    component.sort(null);
                    cycles.add(component);
                }
            }
        }
    }
}
