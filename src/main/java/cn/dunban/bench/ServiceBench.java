package cn.dunban.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import cn.dunban.catalog.CatalogFile;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.catalog.Document;
import cn.dunban.catalog.Target;
import cn.dunban.engine.Rulebase;
import cn.dunban.engine.RulebaseCache;
import cn.dunban.facts.Assignment;
import cn.dunban.facts.EnergyStat;
import cn.dunban.facts.Facts;
import cn.dunban.facts.Project;
import cn.dunban.facts.Replacement;
import cn.dunban.facts.Report;
import cn.dunban.findings.Finding;
import cn.dunban.findings.FindingsReport;
import cn.dunban.bench.baseline.Baseline;
import cn.dunban.web.DunbanService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bench --service}: the province in the service, measured over HTTP as officers and units use it. The
 * generated province's catalog and rules go to a service started in this JVM (H2 under a temporary directory, or
 * the PostgreSQL of {@code --jdbc-url}); its assignments, 两高 projects and energy statistics are stored through
 * {@code POST /api/facts} and its reports through {@code POST /api/reports}, in batches of 1,000, as officers and
 * units submit them; then stored checks ({@code POST /api/checks?asOf=…} with no body) are timed, a new batch of
 * 1,000 reports, and the check after it. {@code identical}: the service's findings equal the plain-Java baseline's
 * over the same stored facts (each target and date's last report version; energy statistics of periods ended by
 * the check date, as a stored check reads them), before and after the batch.
 */
public final class ServiceBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USER = "bench";
    private static final String PASSWORD = "bench-" + Long.toHexString(System.nanoTime());
    private static final int LOAD_BATCH = 1000;

    private final Size size;
    private final long seed;
    private final Path rules;
    private final String jdbcUrl;
    private final int repeats;
    private final PrintStream out;
    private final PrintStream err;
    private final HttpClient http = HttpClient.newHttpClient();
    private int port;

    public ServiceBench(Size size, long seed, Path rules, String jdbcUrl, int repeats, PrintStream out, PrintStream err) {
        this.size = size;
        this.seed = seed;
        this.rules = rules;
        this.jdbcUrl = jdbcUrl;
        this.repeats = repeats;
        this.out = out;
        this.err = err;
    }

    /** Runs the measurement and prints the {@code service …} line; returns whether the findings were identical. */
    public boolean run() throws Exception {
        ProvinceGenerator generator = new ProvinceGenerator(CatalogReader.builtIn())
                .progress(p -> err.println("bench: generating… " + p));
        Province province = generator.generate(size, seed);
        Path work = Files.createTempDirectory("dunban-bench-service-");
        try (ProvinceRules provinceRules = ProvinceRules.prepare(rules, province)) {
            Path catalogDir = writeCatalog(province, work.resolve("catalog"));
            Facts facts = province.facts();
            List<Report> stored = new ArrayList<>(facts.reports());
            List<Report> batch = generator.batch(province, seed + 1, 1000);
            LocalDate checkDate = province.asOf();
            List<EnergyStat> energy = facts.energy().stream().filter(e -> !e.asOf().isAfter(checkDate)).toList();
            List<String> otherFacts = factsJson(facts.assignments(), facts.projects(), energy);
            Rulebase rulebase = RulebaseCache.load(provinceRules.dir());
            Baseline baseline = new Baseline(rulebase);
            Set<String> before = keys(baseline.check(province.catalog(), versions(facts, energy, stored, List.of()),
                    province.asOf()).findings());
            Set<String> after = keys(baseline.check(province.catalog(), versions(facts, energy, stored, batch),
                    province.asOf()).findings());
            int others = facts.assignments().size() + facts.projects().size() + energy.size();
            err.printf("bench: baseline %d findings before the batch, %d after%n", before.size(), after.size());
            String asOf = province.asOf().toString();
            int targets = province.catalog().size();
            province = null; // the service's heap is what is measured below, not the generator's
            facts = null;

            port = freePort();
            ConfigurableApplicationContext service = start(catalogDir, provinceRules.dir(), work.resolve("data"));
            try {
                long t0 = System.nanoTime();
                for (String body : otherFacts) {
                    post("/api/facts", body, 201);
                }
                err.printf("bench: %d assignments, projects and energy statistics stored over HTTP in %.1f s%n", others,
                        (System.nanoTime() - t0) / 1e9);
                for (int i = 0; i < stored.size(); i += LOAD_BATCH) {
                    post("/api/reports", reportsJson(stored.subList(i, Math.min(stored.size(), i + LOAD_BATCH))), 201);
                    if ((i / LOAD_BATCH) % 100 == 99) {
                        err.printf("bench: stored %d of %d reports%n", i + LOAD_BATCH, stored.size());
                    }
                }
                double loadS = (System.nanoTime() - t0) / 1e9;
                err.printf("bench: %d reports stored over HTTP in %.1f s%n", stored.size(), loadS);
                long first = System.nanoTime();
                HttpResponse<byte[]> opened = check(asOf);
                err.printf("bench: first stored check (opens the warm sessions) %d ms, %s%n", ms(first),
                        opened.headers().firstValue("Dunban-Check-Path").orElse("?"));
                boolean identical = keys(JSON.readTree(opened.body())).equals(before);
                for (int i = 0; i < 3; i++) {
                    check(asOf);
                }
                long[] times = new long[repeats];
                for (int i = 0; i < repeats; i++) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> r = check(asOf);
                    times[i] = ms(t);
                    err.printf("bench: stored check %d ms (%s)%n", times[i], r.headers().firstValue("Dunban-Check-Path").orElse("?"));
                }
                java.util.Arrays.sort(times);
                long tb = System.nanoTime();
                post("/api/reports", reportsJson(batch), 201);
                long batchMs = ms(tb);
                long tn = System.nanoTime();
                HttpResponse<byte[]> next = check(asOf);
                long nextMs = ms(tn);
                identical &= keys(JSON.readTree(next.body())).equals(after);
                System.gc();
                long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
                out.printf("service size=%s targets=%d reports=%d other_facts=%d load_s=%.1f check_p50_ms=%d check_p95_ms=%d "
                        + "batch_ms=%d next_check_ms=%d heap_mb=%d identical=%s%n", size.label(), targets, stored.size(), others, loadS,
                        percentile(times, 50), percentile(times, 95), batchMs, nextMs, heapMb, identical);
                // the officers' board (红黄绿灯) of the whole province, read from the same warm sessions; after the
                // measured line: building 21 MB boards leaves the heap the checks run in full of garbage
                for (int i = 0; i < 3; i++) {
                    long tb0 = System.nanoTime();
                    HttpResponse<byte[]> board = get("/api/status?asOf=" + asOf);
                    err.printf("bench: status board of %d targets %d ms (%d bytes)%n", targets, ms(tb0), board.body().length);
                }
                long tc0 = System.nanoTime(); // a day before the sessions' date: checked afresh from the store
                get("/api/status?asOf=" + java.time.LocalDate.parse(asOf).minusDays(1));
                err.printf("bench: status board afresh (a date before the warm sessions') %d ms%n", ms(tc0));
                return identical;
            } finally {
                service.close();
            }
        } finally {
            deleteTree(work);
        }
    }

    private ConfigurableApplicationContext start(Path catalog, Path rulesDir, Path data) {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--dunban.catalog=" + catalog,
                "--dunban.rules=" + rulesDir, "--dunban.data=" + data, "--dunban.users=" + USER + ":" + PASSWORD + ":OFFICER",
                "--dunban.rules-poll=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                // each check's time by stage (check, rendering, recording) on standard error
                "--logging.level.cn.dunban.web.Checks=DEBUG", "--logging.level.cn.dunban.checking=DEBUG"));
        if (jdbcUrl != null) {
            args.add("--spring.datasource.url=" + jdbcUrl);
        }
        return new SpringApplication(DunbanService.class).run(args.toArray(String[]::new));
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return r;
    }

    private HttpResponse<byte[]> check(String asOf) throws Exception {
        return post("/api/checks?asOf=" + asOf, "", 200);
    }

    private HttpResponse<byte[]> post(String path, String body, int expected) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofByteArray()); // timed until the last byte is in, not until it is decoded
        if (r.statusCode() != expected) {
            String answer = new String(r.body(), StandardCharsets.UTF_8);
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": "
                    + answer.substring(0, Math.min(2000, answer.length())));
        }
        return r;
    }

    /** Reports as a unit submits them: the target id, the date, the value in the unit reported. */
    private static String reportsJson(List<Report> reports) {
        ArrayNode list = JSON.createArrayNode();
        for (Report r : reports) {
            ObjectNode n = list.addObject();
            n.put("target", r.target());
            n.put("asOf", r.asOf().toString());
            if (r.reportedValue() != null) {
                n.put("value", r.reportedValue());
            }
            if (r.reportedUnit() != null) {
                n.put("unit", r.reportedUnit());
            }
            if (r.done() != null) {
                n.put("done", r.done());
            }
            if (r.reporter() != null) {
                n.put("reporter", r.reporter());
            }
        }
        return JSON.writeValueAsString(list);
    }

    /**
     * Assignments, projects and energy statistics as officers submit them to {@code POST /api/facts}: facts
     * documents of at most 1,000 entries each, every field as the facts format names it.
     */
    private static List<String> factsJson(List<Assignment> assignments, List<Project> projects, List<EnergyStat> energy) {
        List<ObjectNode> entries = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        for (Assignment a : assignments) {
            ObjectNode n = JSON.createObjectNode();
            n.put("target", a.target());
            n.put("value", a.value());
            putIfSet(n, "unit", a.unit());
            putIfSet(n, "source", a.source());
            entries.add(n);
            lists.add("assignments");
        }
        for (Project p : projects) {
            ObjectNode n = JSON.createObjectNode();
            n.put("id", p.id());
            putIfSet(n, "name", p.name());
            putIfSet(n, "jurisdiction", p.jurisdiction());
            putIfSet(n, "county", p.county());
            putIfSet(n, "industry", p.industry());
            putIfSet(n, "stage", p.stage());
            putIfSet(n, "windowGuidance", p.windowGuidance());
            putIfSet(n, "energyReview", p.energyReview());
            putIfSet(n, "chemical", p.chemical());
            putIfSet(n, "inChemicalPark", p.inChemicalPark());
            putIfSet(n, "threeHigh", p.threeHigh());
            Replacement r = p.replacement();
            if (r != null) {
                ObjectNode rn = n.putObject("replacement");
                putIfSet(rn, "capacity", r.capacity());
                putIfSet(rn, "coal", r.coal());
                putIfSet(rn, "energy", r.energy());
                putIfSet(rn, "carbon", r.carbon());
                putIfSet(rn, "pollutant", r.pollutant());
            }
            entries.add(n);
            lists.add("projects");
        }
        for (EnergyStat e : energy) {
            ObjectNode n = JSON.createObjectNode();
            n.put("jurisdiction", e.jurisdiction());
            n.put("year", e.year());
            n.put("gdp", e.gdp());
            n.put("energy", e.energy());
            n.put("renewableExcluded", e.renewableExcluded());
            n.put("feedstockExcluded", e.feedstockExcluded());
            n.put("asOf", e.asOf().toString());
            putIfSet(n, "coal", e.coal());
            entries.add(n);
            lists.add("energy");
        }
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < entries.size(); i += LOAD_BATCH) {
            ObjectNode doc = JSON.createObjectNode();
            for (int j = i; j < Math.min(entries.size(), i + LOAD_BATCH); j++) {
                ArrayNode list = doc.has(lists.get(j)) ? (ArrayNode) doc.get(lists.get(j)) : doc.putArray(lists.get(j));
                list.add(entries.get(j));
            }
            bodies.add(JSON.writeValueAsString(doc));
        }
        return bodies;
    }

    private static void putIfSet(ObjectNode n, String field, Object value) {
        if (value instanceof String s) {
            n.put(field, s);
        } else if (value instanceof Boolean b) {
            n.put(field, b);
        } else if (value instanceof Double d) {
            n.put(field, d);
        }
    }

    /**
     * What the store holds after {@code stored} then {@code batch}: the last version of each target and date's
     * report, with the province's assignments and projects and the energy statistics a stored check reads.
     */
    private static Facts versions(Facts province, List<EnergyStat> energy, List<Report> stored, List<Report> batch) {
        Map<String, Report> last = new LinkedHashMap<>();
        for (List<Report> list : List.of(stored, batch)) {
            for (Report r : list) {
                last.remove(r.target() + "#" + r.asOf());
                last.put(r.target() + "#" + r.asOf(), r);
            }
        }
        return new Facts(null, new ArrayList<>(last.values()), province.assignments(), province.projects(), energy);
    }

    /**
     * What identity compares, as the in-process benchmark does ({@link cn.dunban.bench.baseline.Identity}):
     * severity, rule and subject — not the message, which policy staff may reword without touching Java.
     */
    private static Set<String> keys(List<Finding> findings) {
        Set<String> out = new HashSet<>();
        findings.forEach(f -> out.add(f.getSeverity() + "|" + f.getRule() + "|" + f.getSubject()));
        return out;
    }

    private static Set<String> keys(JsonNode doc) {
        Set<String> out = new HashSet<>();
        doc.path("findings").forEach(f -> out.add(f.path("severity").asString() + "|" + f.path("rule").asString() + "|"
                + f.path("subject").asString()));
        return out;
    }

    /** The generated catalog as a catalog directory, one file per document, as {@code --catalog DIR} reads it. */
    private static Path writeCatalog(Province province, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, List<Target>> byDocument = province.catalog().targets().stream()
                .collect(Collectors.groupingBy(Target::document, LinkedHashMap::new, Collectors.toList()));
        int n = 0;
        for (Document d : province.catalog().documents()) {
            CatalogFile file = new CatalogFile(d, byDocument.getOrDefault(d.code(), List.of()));
            Files.write(dir.resolve(String.format("%05d.json", n++)), CatalogReader.mapper().writeValueAsBytes(file));
        }
        return dir;
    }

    private static long percentile(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind
        }
    }
}
