package cn.dunban.bench;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import cn.dunban.bench.baseline.Baseline;
import cn.dunban.bench.baseline.Identity;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.engine.CheckSession;
import cn.dunban.engine.Checker;
import cn.dunban.engine.Partitioning;
import cn.dunban.engine.Rulebase;
import cn.dunban.engine.RulebaseLoader;
import cn.dunban.facts.Facts;
import cn.dunban.facts.Report;
import cn.dunban.findings.FindingsReport;

/**
 * The province-scale benchmark: generates a province, then times building the rulebase, a full check
 * by dunban and by the plain-Java baseline, and an incremental re-check of a batch of reports on a warm
 * session; checks that dunban and the baseline agree, finding for finding. Progress goes to {@code err},
 * results to {@code out}, ending with the one {@code bench size=…} line.
 */
public final class Benchmark {

    /** What to run. {@code threads} sessions fire in parallel, one group (a city and its counties) each. */
    public record Options(Size size, long seed, Path rules, int threads, int repeats, int warmups, int batch,
            boolean partition) {
    }

    /** The measured figures; {@link #line()} is the benchmark's last line. */
    public record Result(Size size, int targets, int reports, int projects, long buildMs, long checkMs, long baselineMs,
            long heapMb, long incrementalMs, boolean identical, int findings) {

        public double ratio() {
            return baselineMs == 0 ? 0 : (double) checkMs / baselineMs;
        }

        public long findingsPerSecond() {
            return checkMs == 0 ? 0 : findings * 1000L / checkMs;
        }

        public String line() {
            return String.format(Locale.ROOT,
                    "bench size=%s targets=%d reports=%d projects=%d build_ms=%d check_ms=%d baseline_ms=%d ratio=%.2f "
                            + "heap_mb=%d incremental_ms=%d identical=%s",
                    size.label(), targets, reports, projects, buildMs, checkMs, baselineMs, ratio(), heapMb,
                    incrementalMs, identical);
        }
    }

    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    private final HeapSampler heap = new HeapSampler();

    public Benchmark(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    public Result run() {
        heap.start();
        try {
            return measure();
        } finally {
            heap.stop();
        }
    }

    private Result measure() {
        Province province = generate();
        try (ProvinceRules rules = ProvinceRules.prepare(options.rules(), province)) {
            return measure(province, rules.dir());
        }
    }

    private Province generate() {
        Size size = options.size();
        err.printf("bench: generating %s province (seed %d)…%n", size.label(), options.seed());
        long t0 = System.nanoTime();
        ProvinceGenerator generator = new ProvinceGenerator(CatalogReader.builtIn())
                .progress(p -> err.println("bench: generating… " + p));
        Province province = generator.generate(size, options.seed());
        Facts facts = province.facts();
        err.printf("bench: %d jurisdictions, %d targets, %d reports, %d assignments, %d projects, %d energy rows in %d ms%n",
                province.jurisdictions().size(), province.catalog().size(), facts.reports().size(),
                facts.assignments().size(), facts.projects().size(), facts.energy().size(), ms(t0));
        return province;
    }

    private Result measure(Province province, Path rulesDir) {
        Size size = options.size();
        Facts facts = province.facts();
        int targets = province.catalog().size();
        ProvinceGenerator generator = new ProvinceGenerator(CatalogReader.builtIn());

        // rulebase build: the first build loads the compiler's classes; the figure is the median of later ones
        long t0 = System.nanoTime();
        Rulebase rulebase = RulebaseLoader.load(rulesDir);
        err.printf("bench: rulebase %s (%d files; %d parameters, %d clauses, %d links for the province) first build %d ms%n",
                rulebase.version(), rulebase.files().size(), rulebase.parameters().size(), rulebase.clauses().size(),
                rulebase.links().size(), ms(t0));
        long buildMs = median(Math.max(3, options.repeats()), () -> RulebaseLoader.load(rulesDir), "build");

        Partitioning partitioning = options.partition()
                ? Partitioning.byGroup(province.cityOf(), options.threads())
                : Partitioning.none();
        Checker checker = new Checker(rulebase, province.catalog(), partitioning);
        Baseline baseline = new Baseline(rulebase);

        FindingsReport[] dunban = new FindingsReport[1];
        FindingsReport[] plain = new FindingsReport[1];
        for (int i = 0; i < options.warmups(); i++) {
            timed("warm-up dunban check", () -> checker.check(facts, province.asOf()));
            timed("warm-up baseline", () -> baseline.check(province.catalog(), facts, province.asOf()));
        }
        heap.reset();
        long checkMs = median(options.repeats(), () -> dunban[0] = checker.check(facts, province.asOf()), "dunban check");
        long checkPeak = heap.peakMb();
        long baselineMs = median(options.repeats(),
                () -> plain[0] = baseline.check(province.catalog(), facts, province.asOf()), "baseline check");
        int findings = dunban[0].findings().size();
        err.printf("bench: dunban %d findings %s, baseline %d findings%n", findings, dunban[0].summary(),
                plain[0].findings().size());
        Identity.Result full = Identity.compare(dunban[0].findings(), plain[0].findings());
        out.println("identity, full check (" + options.size().label() + "):");
        full.describe(5).forEach(out::println);
        dunban[0] = null;
        plain[0] = null;

        // incremental: a warm session, then batches of new reports
        err.printf("bench: opening a warm session…%n");
        long t1 = System.nanoTime();
        long incrementalMs;
        long liveMb;
        FindingsReport warm;
        List<Report> allReports = new ArrayList<>(facts.reports());
        try (CheckSession session = CheckSession.open(rulebase, province.catalog(), facts, province.asOf(), partitioning)) {
            err.printf("bench: warm session open (full check kept live) in %d ms%n", ms(t1));
            long[] times = new long[options.repeats() + 1];
            for (int i = 0; i < times.length; i++) {
                List<Report> batch = generator.batch(province, options.seed() + 1 + i, options.batch());
                allReports.addAll(batch);
                long s = System.nanoTime();
                CheckSession.Update u = session.addReports(batch);
                FindingsReport now = session.findings();
                times[i] = ms(s);
                err.printf("bench: %s batch of %d reports: %d superseded, +%d −%d findings (now %d) in %d ms%n",
                        i == 0 ? "warm-up" : "incremental", u.reports(), u.superseded(), u.added().size(),
                        u.removed().size(), now.findings().size(), times[i]);
            }
            incrementalMs = median(Arrays.copyOfRange(times, 1, times.length));
            liveMb = heap.liveMb();
            err.printf("bench: live heap with the warm session and the province's data: %d MB%n", liveMb);
            warm = session.findings();
        }
        Facts after = new Facts(facts.asOf(), allReports, facts.assignments(), facts.projects(), facts.energy());
        Identity.Result inc = Identity.compare(warm.findings(),
                baseline.check(province.catalog(), after, province.asOf()).findings());
        out.println("identity, warm session after " + (options.repeats() + 1) + " batches:");
        inc.describe(5).forEach(out::println);
        out.printf(Locale.ROOT, "findings=%d findings_per_s=%d threads=%d partitions=%s gc=%s check_peak_heap_mb=%d "
                + "live_heap_mb=%d%n", findings, findings * 1000L / Math.max(1, checkMs), options.threads(),
                options.partition() ? "city" : "none", gc(), checkPeak, liveMb);
        Result r = new Result(size, targets, facts.reports().size(), facts.projects().size(), buildMs, checkMs,
                baselineMs, liveMb, incrementalMs, full.identical() && inc.identical(), findings);
        out.println(r.line());
        return r;
    }

    /** The garbage collectors in use, for the summary line (the figures depend on them: docs/performance.md). */
    static String gc() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName().replace(' ', '_'))
                .reduce((a, b) -> a + "+" + b).orElse("?");
    }

    private long median(int repeats, Supplier<?> work, String what) {
        long[] times = new long[Math.max(1, repeats)];
        for (int i = 0; i < times.length; i++) {
            times[i] = timed(what, work);
        }
        return median(times);
    }

    private long timed(String what, Supplier<?> work) {
        long gc0 = gcMs();
        long t0 = System.nanoTime();
        work.get();
        long t = ms(t0);
        err.printf("bench: %s %d ms (of which %d ms collecting garbage)%n", what, t, gcMs() - gc0);
        return t;
    }

    /** Time the collectors have spent so far: how much of a run was pauses, not checking. */
    private static long gcMs() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Peak heap in use while a phase runs (sampled), and the live heap after a full collection. */
    private static final class HeapSampler {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile long peak;
        private volatile boolean running;
        private Thread thread;

        void start() {
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-heap");
            thread.setDaemon(true);
            thread.start();
        }

        void reset() {
            System.gc();
            peak = memory.getHeapMemoryUsage().getUsed();
        }

        long peakMb() {
            return peak >> 20;
        }

        long liveMb() {
            System.gc();
            System.gc();
            return memory.getHeapMemoryUsage().getUsed() >> 20;
        }

        void stop() {
            running = false;
            thread.interrupt();
        }
    }
}
