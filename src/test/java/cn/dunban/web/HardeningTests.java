package cn.dunban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.dunban.store.NewReport;
import cn.dunban.store.ReportStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The failures of issue 17, each reproduced against the running service on a real port (Tomcat and
 * all, so that chunked bodies and the container's own refusals are what a client sees): a unit's null
 * report that blocked every stored check, bad facts answered 500, chunked bodies past the limit, an
 * Origin compared by host only, HTML error pages, unlimited password guessing.
 */
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dunban.users=officer:o-secret:OFFICER;kjj:k-secret:UNIT:市科技局@济宁市;guess:g-secret:POLICY",
        "dunban.rules=rules",
        "dunban.rules-poll=0",
        "dunban.max-body=1MB",
        "server.address=127.0.0.1",
        "logging.level.root=WARN"})
class HardeningTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("dunban.data", () -> data.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    ReportStore store;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", basic(user, password)).timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> post(String path, String user, String password, String body) throws Exception {
        return http.send(request(path, user, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> officer(String path, String body) throws Exception {
        return post(path, "officer", "o-secret", body);
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = json(r);
        assertThat(p.path("status").asInt()).isEqualTo(status);
        assertThat(p.path("title").asString()).matches(".*\\p{IsHan}.*");
    }

    @Test
    void aUnitsNullReportIsRefusedAndAnOldInvalidRowNoLongerBlocksStoredChecks() throws Exception {
        HttpResponse<String> refused = post("/api/reports", "kjj", "k-secret",
                "{\"target\": \"JN2023-1-3\", \"asOf\": \"2023-03-31\", \"value\": null}");
        assertProblem(refused, 400);
        assertThat(json(refused).path("field").asString()).isEqualTo("value");
        assertThat(store.history("JN2023-1-3")).isEmpty();

        // A row stored before the rules refused it (as the 201 did), beside a good one.
        LocalDate date = LocalDate.of(2023, 3, 31);
        store.append(List.of(new NewReport("JN2023-1-3", date, null, null, null, "市科技局",
                "{\"target\": \"JN2023-1-3\", \"value\": null}")), "kjj");
        store.append(List.of(new NewReport("JN2023-1-4", date, 2.0, "家", null, "市科技局",
                "{\"target\": \"JN2023-1-4\", \"value\": 2, \"unit\": \"家\"}")), "kjj");
        HttpResponse<String> check = officer("/api/checks", "{\"asOf\": \"2023-03-31\"}");
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        assertThat(check.headers().firstValue("Dunban-Facts-Source")).contains("stored");
        JsonNode findings = json(check).path("findings");
        List<JsonNode> invalid = findings.valueStream().filter(f -> f.path("rule").asString().equals("stored-fact-invalid"))
                .toList();
        assertThat(invalid).singleElement().satisfies(f -> {
            assertThat(f.path("severity").asString()).isEqualTo("INFO");
            assertThat(f.path("subject").asString()).isEqualTo("JN2023-1-3");
            assertThat(f.path("message").asString()).contains("未计入本次检查", "value");
        });
        // The good row was checked: the facts kept with the check hold it and not the bad one.
        String facts = http.send(request("/api/checks/" + check.headers().firstValue("Dunban-Check-Id").orElseThrow()
                + "/facts", "officer", "o-secret").build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(facts).contains("JN2023-1-4").doesNotContain("JN2023-1-3");
    }

    @Test
    void badFactsAreLocated400sNever500s() throws Exception {
        String big = "9".repeat(400);
        String[] bodies = {
                "{\"reports\": [{\"target\": \"JN2023-1-2\", \"asOf\": \"2023-06-30\", \"value\": " + big + ", \"unit\": \"家\"}]}",
                "{\"reports\": [{\"target\": \"JN2023-1-2\", \"asOf\": null, \"value\": 1, \"unit\": \"家\"}]}",
                "{\"reports\": [{\"target\": \"JN2023-1-2\", \"asOf\": \"\", \"value\": 1, \"unit\": \"家\"}]}",
                "{\"asOf\": \"2025-12-31\", \"energy\": [{\"jurisdiction\": \"兖州区\", \"year\": null, \"gdp\": 848, \"energy\": 415}]}",
                "{\"asOf\": \"2025-12-31\", \"energy\": [{\"jurisdiction\": \"兖州区\", \"year\": 2025, \"gdp\": null, \"energy\": 415}]}",
                "{\"asOf\": \"2025-12-31\", \"energy\": [{\"jurisdiction\": \"兖州区\", \"year\": 2025, \"gdp\": 1e12, \"energy\": 415}]}",
                "{\"reports\": [{\"target\": \"JN2023-1-2\", \"asOf\": \"2023-06-30\", \"value\": 1, \"unit\": \"家\", \"reporter\": \"" + "局".repeat(201) + "\"}]}",
                "{\"reports\": [{\"target\": \"JN2023-1-2\", \"asOf\": \"2023-06-30\", \"done\": true, \"unit\": \"" + "家".repeat(33) + "\"}]}",
                "{\"asOf\": \"2023-12-31\", \"reports\": [{\"target\": \"JN2023-1-2\", \"asof\": \"2023-06-30\", \"value\": 1, \"unit\": \"家\"}]}",
                "{\"asOf\": \"2023-12-31\", \"reports\": [{\"document\": null, \"task\": 1, \"indicator\": \"创新平台\", \"value\": 1, \"unit\": \"家\"}]}",
                "{\"asOf\": \"2023-12-31\", \"assignments\": [{\"document\": \"YZ2025\", \"task\": 44, \"indicator\": \"煤炭消费压减\", \"value\": null, \"unit\": \"万吨\"}]}",
                "{\"asOf\": \"2023-12-31\", \"projects\": [{\"id\": \"P-1\", \"industry\": \"焦化\", \"stage\": \"新上\", \"windowGuidence\": true}]}"};
        for (String body : bodies) {
            HttpResponse<String> r = officer("/api/checks", body);
            assertProblem(r, 400);
            assertThat(json(r).path("errors").get(0).path("line").asInt()).as(r.body()).isPositive();
        }
        assertThat(json(officer("/api/checks", bodies[8])).path("detail").asString()).contains("您是否想写 asOf？");
        // The reports posted by a unit go through the same reader.
        HttpResponse<String> unit = post("/api/reports", "kjj", "k-secret", bodies[6]);
        assertProblem(unit, 400);
        assertThat(json(unit).path("field").asString()).isEqualTo("reports[0].reporter");
    }

    @Test
    void aChunkedBodyPastTheLimitIs413AndNothingIsStored() throws Exception {
        long before = store.count();
        StringBuilder b = new StringBuilder("[");
        while (b.length() < 1_200_000) {
            b.append("{\"target\": \"JN2023-1-2\", \"asOf\": \"2023-06-30\", \"value\": 1, \"unit\": \"家\"},");
        }
        b.append("{\"target\": \"JN2023-1-2\", \"asOf\": \"2023-06-30\", \"value\": 1, \"unit\": \"家\"}]");
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        // No length given: the client sends it chunked, and only counting the bytes read can stop it.
        HttpRequest chunked = request("/api/reports", "officer", "o-secret").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
        HttpResponse<String> r = http.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertProblem(r, 413);
        assertThat(json(r).path("detail").asString()).contains("dunban.max-body");
        assertThat(store.count()).isEqualTo(before);
        HttpResponse<String> check = http.send(request("/api/checks", "officer", "o-secret")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(check, 413);
    }

    @Test
    void anOriginIsTheSameOnlyWithTheSameSchemeHostAndPort() throws Exception {
        String body = "{\"asOf\": \"2023-06-30\"}";
        for (String other : List.of("http://127.0.0.1:9999", "https://127.0.0.1:" + port, "http://evil.example:" + port,
                "null")) {
            HttpResponse<String> r = http.send(request("/api/checks", "officer", "o-secret").header("Origin", other)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertProblem(r, 403);
            assertThat(json(r).path("type").asString()).endsWith("cross-site-request");
        }
        HttpResponse<String> same = http.send(request("/api/checks", "officer", "o-secret")
                .header("Origin", "http://127.0.0.1:" + port).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(same.statusCode()).isEqualTo(200);
    }

    @Test
    void everyRefusalIsAProblemDocumentInChinese() throws Exception {
        assertProblem(http.send(request("/no/such/page", "officer", "o-secret").build(),
                HttpResponse.BodyHandlers.ofString()), 404);
        assertProblem(http.send(request("/api/checks", "officer", "o-secret").DELETE().build(),
                HttpResponse.BodyHandlers.ofString()), 405);
        // Refused by the security firewall before any controller.
        assertProblem(http.send(request("/api/reports/..;/checks", "officer", "o-secret").build(),
                HttpResponse.BodyHandlers.ofString()), 400);
        // Refused by Tomcat itself: a request line it cannot parse.
        String raw = rawRequest("GET /api/checks?x=%zz|\"<> HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(raw).contains("application/problem+json").contains("\"status\":400").doesNotContain("<html");
    }

    private String rawRequest(String text) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream o = s.getOutputStream();
            o.write(text.getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aVerifiedApiCredentialIsRememberedSoBCryptRunsOnlyOnAMiss() throws Exception {
        assertThat(passwords).isInstanceOf(VerifiedCredentials.class);
        assertThat(http.send(request("/api/documents", "officer", "o-secret").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(((VerifiedCredentials) passwords).size()).isPositive();
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertThat(http.send(request("/api/documents", "officer", "o-secret").build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        // Twenty BCrypt checks alone would take 1.4 s of CPU; remembered, the requests take a fraction.
        assertThat((System.nanoTime() - t0) / 1e6).as("ms for 20 requests").isLessThan(20 * 70 * 3);
    }

    @Test
    void passwordGuessingIsThrottledAndLogged(CapturedOutput log) throws Exception {
        for (int i = 0; i < 10; i++) {
            assertProblem(http.send(request("/api/rules", "guess", "wrong-" + i).build(),
                    HttpResponse.BodyHandlers.ofString()), 401);
        }
        // Now even the right password is not looked at until failures age out of the window.
        HttpResponse<String> r = http.send(request("/api/rules", "guess", "g-secret").build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(r, 429);
        assertThat(r.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L)).isPositive();
        assertThat(log.getAll()).contains("登录失败: 用户 guess 来自 127.0.0.1").contains("登录被限流: 用户 guess");
        // Other accounts from the same address still sign in.
        assertThat(http.send(request("/api/checks", "officer", "o-secret").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }
}
