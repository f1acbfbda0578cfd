package cn.dunban.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.findings.JsonRenderer;
import cn.dunban.scenarios.RuleCopies;

/**
 * The on-disk rulebase cache: a hit checks exactly as a compile does (the shipped rules use a DSL, functions
 * and declared types, all of which must survive the round trip), any change of a rule file is a miss, and a
 * damaged entry is compiled again rather than trusted.
 */
class RulebaseCacheTest {

    private static final LocalDate AS_OF = LocalDate.parse("2023-09-30");
    private static Catalog catalog;
    private static Facts facts;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readSample() {
        catalog = CatalogReader.builtIn();
        facts = new FactsReader(catalog).read(Path.of("samples/midyear-2023-09.json"));
    }

    @Test
    void aSecondLoadOfUnchangedRulesIsReadBackNotCompiledAndFindsTheSame() throws IOException {
        Path rules = RuleCopies.copy(Path.of("rules"), tmp.resolve("rules"));
        RulebaseCache cache = new RulebaseCache(tmp.resolve("cache"));
        Rulebase compiled = cache.get(rules);
        long builds = RulebaseLoader.builds();
        Rulebase read = cache.get(rules);
        assertThat(RulebaseLoader.builds()).as("no compile on a hit").isEqualTo(builds);
        assertThat(read.version()).isEqualTo(compiled.version());
        assertThat(read.files()).isEqualTo(compiled.files());
        assertThat(read.parameters()).isEqualTo(compiled.parameters());
        assertThat(read.clauses()).isEqualTo(compiled.clauses());
        assertThat(read.links()).isEqualTo(compiled.links());
        assertThat(check(read)).isEqualTo(check(compiled)).contains("\"VIOLATION\"");
    }

    @Test
    void anEditedRuleFileIsCompiledAgainAndItsBrokenEditIsNeverCached() throws IOException {
        Path rules = smallRules();
        RulebaseCache cache = new RulebaseCache(tmp.resolve("cache"));
        Rulebase first = cache.get(rules);
        Path params = rules.resolve("pace/params.json");
        Files.writeString(params, Files.readString(params).replace("\"value\": 10", "\"value\": 15"));
        long builds = RulebaseLoader.builds();
        Rulebase edited = cache.get(rules);
        assertThat(RulebaseLoader.builds()).isEqualTo(builds + 1);
        assertThat(edited.version()).isNotEqualTo(first.version());
        assertThat(edited.parameters()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("pace.tolerance");
            assertThat(p.value()).isEqualTo(15.0);
        });
        Files.writeString(rules.resolve("pace/bad.drl"), "package pace;\nrule \"坏\" when then x end\n");
        assertThatThrownBy(() -> cache.get(rules)).isInstanceOf(RulebaseException.class);
        assertThatThrownBy(() -> cache.get(rules)).isInstanceOf(RulebaseException.class);
        assertThat(entries(tmp.resolve("cache"))).hasSize(2);
    }

    @Test
    void onlyTheMostRecentlyUsedEntriesStay() throws IOException {
        Path cacheDir = Files.createDirectories(tmp.resolve("pruned"));
        // entries of earlier edits, the oldest first
        for (int i = 0; i < RulebaseCache.KEEP + 5; i++) {
            Path old = Files.writeString(cacheDir.resolve("rulebase-old" + i + ".bin"), "x");
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Path other = Files.writeString(cacheDir.resolve("app-keep.txt"), "not an entry");
        new RulebaseCache(cacheDir).get(RuleCopies.copy(Path.of("rules"), tmp.resolve("rules-pruned")));
        try (var list = Files.list(cacheDir)) {
            List<String> names = list.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("rulebase-")).toList();
            assertThat(names).hasSize(RulebaseCache.KEEP).doesNotContain("rulebase-old0.bin", "rulebase-old5.bin")
                    .contains("rulebase-old" + (RulebaseCache.KEEP + 4) + ".bin");
        }
        assertThat(other).exists();
    }

    @Test
    void aDamagedEntryIsCompiledAgainAndReplaced() throws IOException {
        Path rules = smallRules();
        RulebaseCache cache = new RulebaseCache(tmp.resolve("cache"));
        String expected = check(cache.get(rules));
        Path entry = entries(tmp.resolve("cache")).get(0);
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));
        long builds = RulebaseLoader.builds();
        assertThat(check(cache.get(rules))).isEqualTo(expected);
        assertThat(RulebaseLoader.builds()).isEqualTo(builds + 1);
        assertThat(Files.size(entry)).isEqualTo(whole.length);
    }

    @Test
    void runsLoadingAtOnceAllGetTheRulebaseAndLeaveOneWholeEntry() throws Exception {
        Path rules = smallRules();
        Path dir = tmp.resolve("cache");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Rulebase>> loads = List.of(pool.submit(() -> new RulebaseCache(dir).get(rules)),
                    pool.submit(() -> new RulebaseCache(dir).get(rules)));
            String version = RulebaseLoader.fingerprint(rules);
            for (Future<Rulebase> f : loads) {
                assertThat(f.get().version()).isEqualTo(version);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> all = Files.list(dir)) {
            assertThat(all.map(p -> p.getFileName().toString()).toList()).singleElement()
                    .satisfies(n -> assertThat(n).startsWith("rulebase-").endsWith(".bin"));
        }
        long builds = RulebaseLoader.builds();
        assertThat(check(new RulebaseCache(dir).get(rules))).contains("\"rulebase\"");
        assertThat(RulebaseLoader.builds()).isEqualTo(builds);
    }

    @Test
    void theCacheLivesWhereTheUserSaysOrInTheUsualPlace() {
        assertThat(CacheDirectory.from(Map.of("DUNBAN_CACHE", "/srv/c"), null, "/home/a")).isEqualTo(Path.of("/srv/c"));
        assertThat(CacheDirectory.from(Map.of("DUNBAN_CACHE", "off"), null, "/home/a")).isNull();
        assertThat(CacheDirectory.from(Map.of("XDG_CACHE_HOME", "/x"), null, "/home/a")).isEqualTo(Path.of("/x/dunban"));
        assertThat(CacheDirectory.from(Map.of(), null, "/home/a")).isEqualTo(Path.of("/home/a/.cache/dunban"));
        assertThat(CacheDirectory.from(Map.of("DUNBAN_CACHE", "/srv/c"), "/p", "/home/a")).isEqualTo(Path.of("/p"));
    }

    /**
     * One rule and a parameter file: enough for the cache's bookkeeping (hits, misses, damaged and concurrent
     * entries) without compiling every family of rules/ several times; the round trip of the whole rulebase is
     * the first test's.
     */
    private Path smallRules() throws IOException {
        Path rules = tmp.resolve("rules");
        ProbeRules.write(rules, "pace/probe.drl", ProbeRules.probe("pace", "探针"));
        ProbeRules.write(rules, "pace/params.json", "{\"parameters\": [{\"name\": \"pace.tolerance\", \"value\": 10, "
                + "\"source\": \"测试用参数\", \"status\": \"U\"}]}");
        return rules;
    }

    private static String check(Rulebase rb) {
        return JsonRenderer.render(new Checker(rb, catalog).check(facts, AS_OF));
    }

    private static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".bin")).toList();
        }
    }
}
