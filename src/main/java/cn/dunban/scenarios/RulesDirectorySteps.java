package cn.dunban.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.cucumber.java.zh_cn.假如;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A policy officer's edit of one row of a table parameter (a ratio per industry) in a copy of the rules
 * directory: the scenario then checks against the copy, showing that the edit alone changes the outcome.
 */
public class RulesDirectorySteps {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @假如("政策处在规则目录的副本中把参数 {string} 表中 {string} 一行改为 {double}")
    public void editTableRow(String name, String key, double value) throws IOException {
        World w = World.current();
        Path copy = RuleCopies.copy(w.rules);
        boolean found = false;
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path p : files.filter(f -> f.getFileName().toString().equals("params.json")).toList()) {
                ObjectNode root = (ObjectNode) JSON.readTree(p.toFile());
                for (JsonNode param : root.path("parameters")) {
                    if (name.equals(param.path("name").asString(null)) && param.path("table").has(key)) {
                        ((ObjectNode) param.path("table")).put(key, value);
                        found = true;
                    }
                }
                Files.writeString(p, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            }
        }
        assertThat(found).as("规则目录中应有参数 %s 的 %s 一行", name, key).isTrue();
        w.rules = copy;
    }
}
