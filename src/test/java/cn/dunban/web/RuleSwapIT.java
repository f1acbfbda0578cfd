package cn.dunban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.engine.Checker;
import cn.dunban.engine.ProbeRules;
import cn.dunban.engine.Rulebase;
import cn.dunban.engine.RulebaseLoader;
import cn.dunban.facts.FactsReader;
import cn.dunban.findings.JsonRenderer;
import cn.dunban.scenarios.RuleCopies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Acceptance: rule files change under a running service while checks stream in. A good change is
 * picked up by the watcher, a broken one is refused; no check fails, and every check's findings are
 * exactly those of one complete rulebase (the old or the new), never of a half-built one. The broken
 * file's error is visible through the API as {@code file:line:column}.
 */
@DirtiesContext // closes the service before its temporary directories go
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dunban.users=officer:o-secret:OFFICER;policy:p-secret:POLICY",
        "dunban.rules-poll=150ms",
        "logging.level.root=WARN"})
class RuleSwapIT {

    static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path tmp;

    @DynamicPropertySource
    static void dirs(DynamicPropertyRegistry registry) throws IOException {
        RuleCopies.copy(Path.of("rules"), tmp.resolve("rules"));
        registry.add("dunban.rules", () -> tmp.resolve("rules").toString());
        registry.add("dunban.data", () -> tmp.resolve("data").toString());
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, String body) {
    }

    @Test
    void checksRunOnAWholeRulebaseWhileRulesChange() throws Exception {
        Path live = tmp.resolve("rules");
        String facts = Files.readString(Path.of("src/test/resources/web/facts.json"));

        // What a check must answer on each complete rulebase: the running one, and the running one
        // plus two new rule files (a half rulebase would have one of them only).
        Path next = tmp.resolve("next");
        RuleCopies.copy(live, next);
        ProbeRules.write(next, "probe/a.drl", ProbeRules.probe("probe", "第二版规则一"));
        ProbeRules.write(next, "probe/b.drl", ProbeRules.probe("probe", "第二版规则二"));
        String first = version(live);
        String second = version(next);
        Map<String, String> expected = Map.of(first, expectedFindings(live, facts), second, expectedFindings(next, facts));
        assertThat(expected).hasSize(2);

        AtomicBoolean stop = new AtomicBoolean();
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(3);
        List<Future<?>> streams = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            streams.add(clients.submit(() -> {
                while (!stop.get()) {
                    answers.add(post("/api/checks?asOf=" + AS_OF, facts, "officer:o-secret"));
                }
                return null;
            }));
        }
        try {
            waitFor(() -> answers.size() >= 3, "first checks");

            // A good change: both files land, the watcher reloads once they have settled.
            Files.copy(next.resolve("probe/a.drl"), mkdirs(live.resolve("probe/a.drl")));
            Files.copy(next.resolve("probe/b.drl"), live.resolve("probe/b.drl"));
            waitFor(() -> version(rules()).equals(second), "the new rulebase");
            int swappedAt = answers.size();
            waitFor(() -> answers.size() >= swappedAt + 3, "checks on the new rulebase");

            // A broken change: refused, the new rulebase keeps serving, the error is shown.
            Files.writeString(live.resolve("probe/c.drl"), "package probe;\n\nrule \"坏规则\"\nwhen\n    CheckDate( date < )\nthen\nend\n");
            waitFor(() -> !rules().path("errors").isEmpty(), "the compile error");
            assertThat(rules().path("errors").get(0).asString()).matches(".*probe/c\\.drl:5:\\d+: rule-syntax: .*");
            int brokenAt = answers.size();
            waitFor(() -> answers.size() >= brokenAt + 3, "checks after the broken file");

            // A rule that compiles but throws when it fires: the trial on the sample facts refuses it.
            Files.writeString(live.resolve("probe/c.drl"), THROWS);
            waitFor(() -> rules().path("errors").toString().contains("rule-failed"), "the failing rule");
            int throwingAt = answers.size();
            waitFor(() -> answers.size() >= throwingAt + 3, "checks after the throwing rule");
        } finally {
            stop.set(true);
            for (Future<?> f : streams) {
                f.get();
            }
            clients.shutdown();
        }

        JsonNode rules = rules();
        assertThat(version(rules)).as("still the last good rulebase").isEqualTo(second);
        assertThat(rules.path("lastReload").path("ok").asBoolean()).isFalse();
        assertThat(rules.path("errors").get(0).asString())
                .matches(".*probe/c\\.drl:4:1: rule-failed: 规则“会出错的规则”（boom）运行时出错：.*");
        assertThat(rules.path("lastReload").path("changes").toString()).contains("probe/c.drl");

        Answer reload = post("/api/rules/reload", "", "policy:p-secret");
        assertThat(reload.status()).isEqualTo(422);
        assertThat(JSON.readTree(reload.body()).path("errors").get(0).path("field").asString()).endsWith("probe/c.drl");

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
        List<String> seen = new ArrayList<>();
        for (Answer a : answers) {
            String v = JSON.readTree(a.body()).path("rulebase").asString();
            seen.add(v);
            assertThat(expected).as("a check ran on an unknown rulebase").containsKey(v);
            assertThat(a.body()).as("findings of a whole rulebase " + v).isEqualTo(expected.get(v));
        }
        assertThat(seen).as("the stream spanned the swap").contains(first, second);
    }

    /** A rule that compiles, and throws as soon as it fires. */
    static final String THROWS = """
            package probe;
            import cn.dunban.vocabulary.CheckDate;

            rule "会出错的规则"
                @id("boom")
            when
                CheckDate()
            then
                String nothing = null;
                nothing.length();
            end
            """;

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    private JsonNode rules() {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/rules"))
                    .header("Authorization", basic("policy:p-secret")).GET().build();
            return JSON.readTree(http.send(r, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer post(String path, String body, String user) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }

    private static String version(JsonNode rules) {
        return rules.path("version").asString();
    }

    private static String version(Path dir) {
        return RulebaseLoader.load(dir).version();
    }

    private static String expectedFindings(Path dir, String facts) {
        Catalog catalog = CatalogReader.builtIn();
        Rulebase rb = RulebaseLoader.load(dir);
        return JsonRenderer.render(new Checker(rb, catalog)
                .check(new FactsReader(catalog).read(facts.getBytes(StandardCharsets.UTF_8), "facts"), AS_OF));
    }

    private static Path mkdirs(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return file;
    }
}
