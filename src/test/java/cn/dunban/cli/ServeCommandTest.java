package cn.dunban.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private final List<String> started = new java.util.ArrayList<>();

    private int serveRecorded(Map<String, String> env, String... args) {
        return new ServeCommand(env, (springArgs, o, e) -> {
            started.addAll(List.of(springArgs));
            return 0;
        }).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theDemoWithItsPublishedPasswordsListensOnThisMachineOnlyUnlessToldOtherwise(@TempDir Path data) {
        assertThat(serveRecorded(Map.of(), "--demo", "--port", "0", "--data", data.toString())).isZero();
        assertThat(started).contains("--server.address=127.0.0.1");
        started.clear();
        assertThat(serveRecorded(Map.of(), "--demo", "--port", "0", "--bind", "0.0.0.0", "--data", data.toString())).isZero();
        assertThat(started).contains("--server.address=0.0.0.0");
        started.clear();
        assertThat(serveRecorded(Map.of("DUNBAN_USERS", "a:b:OFFICER"), "--port", "0", "--data", data.toString())).isZero();
        assertThat(started).noneMatch(a -> a.startsWith("--server.address"));
    }

    @Test
    void aPortInUseIsOneChineseLineBeforeAnythingStarts(@TempDir Path data) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            long t0 = System.nanoTime();
            int code = serveRecorded(Map.of(), "--demo", "--port", Integer.toString(taken.getLocalPort()), "--data",
                    data.toString());
            assertThat(code).isEqualTo(2);
            assertThat(System.nanoTime() - t0).isLessThan(5_000_000_000L);
        }
        assertThat(started).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).containsOnlyOnce("服务未能启动").contains("已被占用")
                .doesNotContain("Exception");
    }

    @Test
    void aDatabaseFileHeldByAnotherProcessIsOneChineseLine(@TempDir Path data) throws Exception {
        Path db = data.resolve("dunban.mv.db");
        Files.writeString(db, "");
        try (FileChannel ch = FileChannel.open(db, StandardOpenOption.WRITE); FileLock held = ch.lock()) {
            assertThat(serveRecorded(Map.of(), "--demo", "--port", "0", "--data", data.toString())).isEqualTo(2);
        }
        assertThat(started).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("正被另一个进程使用").contains(db.toString());
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
