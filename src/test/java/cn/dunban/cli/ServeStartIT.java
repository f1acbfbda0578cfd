package cn.dunban.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: {@code java -jar target/dunban.jar serve} as an administrator runs it. The service runs in a second
 * JVM from the unpacked jar ({@link ServeJvm}); a stop signal to the command reaches the service, which shuts down
 * gracefully, and the command's exit follows; a command killed outright takes the service with it, so no process
 * is left holding the port or the database.
 */
class ServeStartIT {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theServiceRunsBesideTheCommandAndStopsWithIt() throws Exception {
        assumeTrue(Files.isRegularFile(FastStartIT.JAR), "no target/dunban.jar: run mvn verify");

        int port = freePort();
        Process command = start(port, "stopped");
        ProcessHandle service = awaitService(command, port);
        command.destroy(); // SIGTERM, as systemctl stop sends
        assertThat(command.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(service.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(Files.readString(dir.resolve("stopped.log"))).contains("Graceful shutdown complete");

        port = freePort();
        command = start(port, "killed");
        service = awaitService(command, port);
        command.destroyForcibly(); // SIGKILL: the command cannot pass anything on
        assertThat(service.onExit().get(60, TimeUnit.SECONDS).isAlive()).as("the service follows its command").isFalse();
        assertThat(Files.readString(dir.resolve("killed.log"))).contains("启动本服务的进程已退出，服务随之停止");
    }

    private Process start(int port, String name) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", FastStartIT.JAR.toString(), "serve", "--demo", "--port", Integer.toString(port), "--data",
                dir.resolve(name + "-data").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("DUNBAN_CACHE", dir.resolve("cache").toString());
        return pb.start();
    }

    /** Waits for the service to answer its readiness probe; the service's JVM, a child of the command's. */
    private ProcessHandle awaitService(Process command, int port) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < until && command.isAlive()) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    List<ProcessHandle> services = command.toHandle().children()
                            .filter(c -> c.info().arguments().map(a -> List.of(a).contains("-Ddunban.jvm=serve")).orElse(false))
                            .toList();
                    assertThat(services).as("the service runs in a JVM of its own").hasSize(1);
                    return services.get(0);
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not become ready");
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
