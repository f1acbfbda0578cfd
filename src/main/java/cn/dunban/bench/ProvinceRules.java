package cn.dunban.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.dunban.bench.Jurisdiction.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A copy of a rules directory whose data files speak of the generated province instead of the five real
 * documents, as a province's own deployment would: the rule files are untouched, and
 * <ul>
 * <li>{@code params.json}: a list of target ids ({@code energy.intensityTargets} …) lists every jurisdiction's
 * clone of those targets; the counties along the Yellow River ({@code sangao.counties}) are every fourth county;</li>
 * <li>{@code clauses.json}: each control clause is cloned for every jurisdiction whose plans include its document;</li>
 * <li>{@code mapping.json}: each reviewed link of a lower plan's target to its parent's is cloned for every county
 * or zone and its city.</li>
 * </ul>
 * Close it to delete the copy.
 */
public final class ProvinceRules implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path dir;

    private ProvinceRules(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public static ProvinceRules prepare(Path rules, Province province) {
        try {
            Path out = Files.createTempDirectory("dunban-province-rules");
            Path root = rules.toAbsolutePath().normalize();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.sorted().toList()) {
                    Path target = out.resolve(root.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target);
                    }
                }
            }
            new Rewriter(province.jurisdictions()).rewrite(out);
            return new ProvinceRules(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Rewriter {
        private final Map<String, List<Jurisdiction>> byPlan = new HashMap<>();
        private final Map<String, Jurisdiction> byName = new HashMap<>();
        private final List<Jurisdiction> counties = new ArrayList<>();

        Rewriter(List<Jurisdiction> jurisdictions) {
            for (Jurisdiction j : jurisdictions) {
                byName.put(j.name(), j);
                j.plans().forEach(p -> byPlan.computeIfAbsent(p, k -> new ArrayList<>()).add(j));
                if (j.kind() == Kind.COUNTY) {
                    counties.add(j);
                }
            }
        }

        void rewrite(Path dir) throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    if (!name.equals("params.json") && !name.equals("clauses.json") && !name.equals("mapping.json")) {
                        continue;
                    }
                    ObjectNode root = (ObjectNode) JSON.readTree(Files.readAllBytes(f));
                    switch (name) {
                        case "params.json" -> params((ArrayNode) root.get("parameters"));
                        case "clauses.json" -> root.set("clauses", clauses((ArrayNode) root.get("clauses")));
                        default -> root.set("links", links((ArrayNode) root.get("links")));
                    }
                    Files.writeString(f, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
                }
            }
        }

        private void params(ArrayNode parameters) {
            for (JsonNode p : parameters) {
                JsonNode value = p.get("value");
                if (value == null || !value.isArray()) {
                    continue;
                }
                ArrayNode values = JSON.createArrayNode();
                if (p.path("name").asString("").equals("sangao.counties")) {
                    for (int i = 0; i < counties.size(); i += 4) {
                        values.add(counties.get(i).name());
                    }
                } else {
                    for (JsonNode v : value) {
                        String document = documentOf(v.asString());
                        if (document == null) {
                            values.add(v);
                        } else {
                            byPlan.get(document).forEach(j -> values.add(j.cloneId(v.asString(), document)));
                        }
                    }
                }
                ((ObjectNode) p).set("value", values);
            }
        }

        private ArrayNode clauses(ArrayNode clauses) {
            ArrayNode out = JSON.createArrayNode();
            for (JsonNode c : clauses) {
                String document = c.path("document").asString("");
                for (Jurisdiction j : byPlan.getOrDefault(document, List.of())) {
                    ObjectNode copy = ((ObjectNode) c).deepCopy();
                    copy.put("id", j.cloneId(c.path("id").asString(), document));
                    copy.put("document", document + "@" + j.code());
                    copy.put("jurisdiction", j.name());
                    out.add(copy);
                }
            }
            return out;
        }

        private ArrayNode links(ArrayNode links) {
            ArrayNode out = JSON.createArrayNode();
            for (JsonNode l : links) {
                String lower = l.path("lower").asString();
                String parent = l.path("parent").asString();
                String lowerDoc = documentOf(lower);
                String parentDoc = documentOf(parent);
                if (lowerDoc == null || parentDoc == null) {
                    continue;
                }
                for (Jurisdiction j : byPlan.get(lowerDoc)) {
                    Jurisdiction city = byName.get(j.city());
                    if (j.kind() != Kind.CITY && city.plans().contains(parentDoc)) {
                        ObjectNode copy = ((ObjectNode) l).deepCopy();
                        copy.put("lower", j.cloneId(lower, lowerDoc));
                        copy.put("parent", city.cloneId(parent, parentDoc));
                        out.add(copy);
                    }
                }
            }
            return out;
        }

        /** The real document a target id belongs to ({@code JN2023-16-4} → JN2023), or null. */
        private String documentOf(String id) {
            for (String document : byPlan.keySet()) {
                if (id.startsWith(document + "-")) {
                    return document;
                }
            }
            return null;
        }
    }
}
