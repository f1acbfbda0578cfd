package cn.dunban.scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A private copy of a rules directory, the way a policy officer tries an edit before deploying it:
 * scenarios and tests edit the copy, never the rules in force.
 */
public final class RuleCopies {

    private RuleCopies() {
    }

    /** Copies {@code from} into a new temporary directory and returns it. */
    public static Path copy(Path from) throws IOException {
        return copy(from, Files.createTempDirectory("dunban-rules-"));
    }

    /** Copies {@code from} into {@code to} (created if needed) and returns {@code to}. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    /**
     * Sets a threshold in every {@code params.json} under {@code rules} that defines it: the parameter's
     * {@code value}, or with a {@code key} one row of its {@code table}. Returns whether any was found.
     */
    public static boolean setParameter(Path rules, String name, String key, double value) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        boolean found = false;
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path p : files.filter(f -> f.getFileName().toString().equals("params.json")).toList()) {
                ObjectNode root = (ObjectNode) json.readTree(p.toFile());
                for (JsonNode param : root.path("parameters")) {
                    if (!name.equals(param.path("name").asString(null))) {
                        continue;
                    }
                    if (key == null) {
                        ((ObjectNode) param).put("value", value);
                        found = true;
                    } else if (param.path("table").has(key)) {
                        ((ObjectNode) param.path("table")).put(key, value);
                        found = true;
                    }
                }
                Files.writeString(p, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            }
        }
        return found;
    }
}
