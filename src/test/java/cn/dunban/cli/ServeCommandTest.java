package cn.dunban.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.dunban.cli.UsageException;

/** {@code serve} refuses to start rather than start open: without users, or with a wrong command line. */
class ServeCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int serve(Map<String, String> env, String... args) {
        return new ServeCommand(env).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void refusesToStartWithoutUsers() {
        assertThat(serve(Map.of())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("DUNBAN_USERS").contains("--demo");
        assertThat(serve(Map.of("DUNBAN_USERS", "  "))).isEqualTo(2);
    }

    @Test
    void refusesAMissingRulesDirectory() {
        assertThat(serve(Map.of("DUNBAN_USERS", "a:b:OFFICER"), "--rules", "no/such/dir")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no/such/dir");
    }

    @Test
    void bothLogFormatsHaveAWellFormedConfiguration() throws Exception {
        for (String config : List.of("logback-serve.xml", "logback-serve-json.xml")) {
            try (var in = ServeCommand.class.getResourceAsStream("/cn/dunban/web/" + config)) {
                assertThat(in).as(config).isNotNull();
                javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            }
        }
    }

    @Test
    void refusesOptionsItDoesNotKnow() {
        Map<String, String> env = Map.of("DUNBAN_USERS", "a:b:OFFICER");
        assertThatThrownBy(() -> serve(env, "--prot", "8080")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> serve(env, "--port", "http")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> serve(env, "--port")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> serve(env, "--log-format", "xml")).isInstanceOf(UsageException.class);
    }
}
