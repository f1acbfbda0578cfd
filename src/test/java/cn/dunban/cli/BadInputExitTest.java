package cn.dunban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that made {@code check} exit 3 with 内部错误 (issue 17; the other cases are in FactsValidationTest): each
 * is now exit 2 with the file and
 * field at fault; and files written with {@code --out} are readable like any file the user makes.
 */
class BadInputExitTest {

    @TempDir
    Path tmp;

    private final CommandLine cli = new CommandLine();

    private int run(String... args) {
        return cli.run(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"reports\": [{\"target\": \"JN2023-1-2\", \"asOf\": \"2023-06-30\", \"value\": 1%s, \"unit\": \"家\"}]}",
            "{\"reports\": [{\"target\": \"JN2023-1-2\", \"asOf\": null, \"value\": 1, \"unit\": \"家\"}]}",
            "{\"energy\": [{\"jurisdiction\": \"兖州区\", \"year\": null, \"gdp\": 848, \"energy\": 415}]}",
            "{\"energy\": [{\"jurisdiction\": \"兖州区\", \"year\": 2025, \"gdp\": 1e12, \"energy\": 415}]}",
            "{\"reports\": [{\"document\": \"JN2023\", \"task\": 1%s, \"indicator\": \"x\", \"asOf\": \"2023-06-30\", \"done\": true}]}"})
    void badFactsExitTwoNamingTheField(String template) throws IOException {
        Path facts = tmp.resolve("facts.json");
        Files.writeString(facts, template.formatted("0".repeat(400)));
        assertThat(run("check", "--facts", facts.toString())).isEqualTo(2);
        assertThat(cli.err()).contains(facts + ":1:").doesNotContain("内部错误");
    }

    @Test
    void anOutFileIsCreatedWithTheUsersNormalPermissions() throws IOException {
        Path made = Files.createFile(tmp.resolve("plain.txt"));
        Path list = tmp.resolve("list.json");
        assertThat(run("check", "--facts", "samples/midyear-2023-09.json", "--out", list.toString())).isEqualTo(1);
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(made);
        assertThat(Files.getPosixFilePermissions(list)).isEqualTo(expected).contains(PosixFilePermission.OWNER_READ);
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plain.txt", "list.json");
        }
    }
}
