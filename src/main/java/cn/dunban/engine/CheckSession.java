package cn.dunban.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.dunban.catalog.Catalog;
import cn.dunban.facts.Facts;
import cn.dunban.facts.Report;
import cn.dunban.facts.ReportThatCounts;
import cn.dunban.findings.Finding;
import cn.dunban.findings.FindingsReport;

/**
 * A warm check: the sessions stay open after the first check, and facts that arrive later — a batch of
 * reports, an assignment, a project — are added to them; the rules then re-fire only where something
 * changed. Findings are logically inserted, so those whose premises went away withdraw themselves.
 * The findings are always those a fresh {@link Checker#check} over all the facts given so far would
 * return, with these readings of "later": a report counts if it is not older than the one that counted
 * (same date: the later one); an added assignment replaces those given for its target, an added project
 * the one with its id, added energy statistics those of the same jurisdiction, year and period end.
 *
 * <p>Reports dated after the check date wait until {@link #advanceTo} reaches them. The session is
 * split per {@link Partitioning}; each group is one KieSession, and groups fire in parallel. Methods
 * are synchronized: one caller at a time. Close it to free the sessions.
 */
public final class CheckSession implements AutoCloseable {

    /** What one addition changed: reports taken in, counting reports superseded, findings added and withdrawn. */
    public record Update(int reports, int superseded, int pending, List<Finding> added, List<Finding> removed) {
    }

    private final Rulebase rulebase;
    private final Catalog catalog;
    private final Partitioning partitioning;
    private final RuleData data;
    private final Map<String, Partition> partitions = new LinkedHashMap<>();
    private final List<Report> pending = new ArrayList<>();
    private final ExecutorService pool;
    private LocalDate asOf;
    /** The findings now, in report order, once asked for; kept up to date by {@link #follow}. */
    private List<Finding> sorted;
    private Set<Finding> present;

    private CheckSession(Rulebase rulebase, Catalog catalog, LocalDate asOf, Partitioning partitioning) {
        this.rulebase = rulebase;
        this.catalog = catalog;
        this.asOf = asOf;
        this.partitioning = partitioning;
        this.data = new RuleData(rulebase, catalog, partitioning);
        this.pool = pool(partitioning.threads());
    }

    /** Opens the sessions and fires them: the first, full check. */
    public static CheckSession open(Rulebase rulebase, Catalog catalog, Facts facts, LocalDate asOf,
            Partitioning partitioning) {
        CheckSession s = new CheckSession(rulebase, catalog, asOf, partitioning);
        try {
            Map<String, Partition.Slice> slices = FactSplit.split(catalog, facts, asOf, partitioning, true, s.pending);
            Map<String, Partition> opened = new HashMap<>();
            s.run(largestFirst(slices), (key, slice) -> {
                Partition p = new Partition(rulebase, s.data.of(key), asOf, true);
                p.load(slice);
                p.fire();
                p.drain();
                synchronized (opened) {
                    opened.put(key, p);
                }
            });
            slices.keySet().forEach(k -> s.partitions.put(k, opened.get(k)));
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    public static CheckSession open(Rulebase rulebase, Catalog catalog, Facts facts, LocalDate asOf) {
        return open(rulebase, catalog, facts, asOf, Partitioning.none());
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The findings now, as a findings document. */
    public synchronized FindingsReport findings() {
        if (sorted == null) {
            Set<Finding> all = new LinkedHashSet<>();
            partitions.values().forEach(p -> all.addAll(p.findings()));
            sorted = new ArrayList<>(all);
            sorted.sort(FindingsReport.ORDER);
            present = new HashSet<>(all);
        }
        return new FindingsReport(asOf, rulebase.version(), sorted);
    }

    /**
     * Keeps the sorted list of findings up to date with one update's changes, by a merge rather than a
     * sort: a province has tens of thousands of findings, a batch changes a few hundred.
     */
    private void follow(List<Finding> added, List<Finding> removed) {
        if (sorted == null) {
            return;
        }
        Set<Finding> gone = new HashSet<>();
        for (Finding f : removed) {
            // a finding on the rules' data alone can come from several groups
            if (partitions.values().stream().noneMatch(p -> p.findings().contains(f))) {
                gone.add(f);
            }
        }
        List<Finding> fresh = new ArrayList<>();
        for (Finding f : added) {
            if (!present.contains(f)) {
                fresh.add(f);
            }
        }
        if (gone.isEmpty() && fresh.isEmpty()) {
            return;
        }
        fresh.sort(FindingsReport.ORDER);
        List<Finding> merged = new ArrayList<>(sorted.size() + fresh.size());
        int j = 0;
        for (Finding f : sorted) {
            if (gone.contains(f)) {
                continue;
            }
            while (j < fresh.size() && FindingsReport.ORDER.compare(fresh.get(j), f) < 0) {
                merged.add(fresh.get(j++));
            }
            merged.add(f);
        }
        while (j < fresh.size()) {
            merged.add(fresh.get(j++));
        }
        present.removeAll(gone);
        present.addAll(fresh);
        sorted = merged;
    }

    /** Adds a batch of reports (resolved and converted, as {@link cn.dunban.facts.FactsReader} gives them) and re-checks. */
    public synchronized Update addReports(Collection<Report> reports) {
        return add(new Facts(null, List.copyOf(reports), List.of(), List.of(), List.of()));
    }

    /**
     * Adds new versions of stored reports and re-checks: a report replaces the earlier version of its target and
     * date, which no rule sees again (a corrected figure was never reported, as far as floors are concerned), and
     * otherwise counts as {@link #addReports} says.
     */
    public synchronized Update addVersions(Collection<Report> reports) {
        return add(new Facts(null, List.copyOf(reports), List.of(), List.of(), List.of()), true);
    }

    /** Adds every fact of a document and re-checks. */
    public synchronized Update add(Facts more) {
        return add(more, false);
    }

    private Update add(Facts more, boolean versions) {
        if (versions) {
            // a new version of a report still waiting for its date replaces the waiting one
            Set<String> later = new HashSet<>();
            more.reports().stream().filter(r -> r.asOf().isAfter(asOf)).forEach(r -> later.add(r.target() + "#" + r.asOf()));
            if (!later.isEmpty()) {
                pending.removeIf(r -> later.contains(r.target() + "#" + r.asOf()));
            }
        }
        int pendingBefore = pending.size();
        Map<String, Partition.Slice> slices = FactSplit.split(catalog, more, asOf, partitioning, false, pending);
        int[] superseded = new int[1];
        Map<String, Partition> touched = new LinkedHashMap<>();
        for (var e : slices.entrySet()) {
            touched.put(e.getKey(), partitions.computeIfAbsent(e.getKey(), k -> new Partition(rulebase, data.of(k), asOf, true)));
        }
        List<Finding> added = new ArrayList<>();
        List<Finding> removed = new ArrayList<>();
        run(largestFirst(slices), (key, slice) -> {
            Partition p = touched.get(key);
            int n = 0;
            slice.assignments().forEach(a -> p.assignment(a, true));
            for (Report r : slice.reports()) {
                if (p.addReport(r, versions)) {
                    n++;
                }
            }
            slice.projects().forEach(x -> p.project(x, true));
            slice.energy().forEach(e -> p.energy(e, true));
            p.fire();
            List<List<Finding>> delta = p.drain();
            synchronized (added) {
                superseded[0] += n;
                added.addAll(delta.get(0));
                removed.addAll(delta.get(1));
            }
        });
        follow(added, removed);
        int taken = slices.values().stream().mapToInt(sl -> sl.reports().size()).sum();
        return new Update(taken, superseded[0], pending.size() - pendingBefore, added, removed);
    }

    /**
     * What a fresh {@link Checker#check(Facts, LocalDate, List, List)} with these requests would derive, read from
     * the warm sessions: the {@code requests} (e.g. a {@code StatusRequest}) go into every session, the rules fire,
     * the facts of the {@code kinds} asked for are collected, and the requests are withdrawn again — with everything
     * the rules derived from them alone, so the sessions are as before. Requests must not change findings (the
     * status rules derive lights, not findings); a finding they did change would still be followed.
     */
    public synchronized Checker.Derived derive(List<Object> requests, List<Class<?>> kinds) {
        Set<Object> derived = new LinkedHashSet<>(); // a fact on the rules' data alone may come from every group
        List<Finding> added = new ArrayList<>();
        List<Finding> removed = new ArrayList<>();
        run(partitions.entrySet().stream().toList(), (key, p) -> {
            List<org.kie.api.runtime.rule.FactHandle> asked = p.ask(requests);
            p.fire();
            List<Object> mine = p.objectsOf(kinds);
            p.withdraw(asked);
            p.fire();
            List<List<Finding>> delta = p.drain();
            synchronized (derived) {
                derived.addAll(mine);
                added.addAll(delta.get(0));
                removed.addAll(delta.get(1));
            }
        });
        follow(added, removed);
        return new Checker.Derived(findings(), new ArrayList<>(derived));
    }

    /**
     * Moves the check date forward: deadlines and pace are measured at the new date, and reports that were
     * waiting for it are taken in. A date before the current one needs a new session.
     */
    public synchronized Update advanceTo(LocalDate date) {
        if (date.isBefore(asOf)) {
            throw new IllegalArgumentException("检查日期只能向后推移：" + asOf + " → " + date);
        }
        asOf = date;
        List<Report> due = new ArrayList<>();
        List<Report> still = new ArrayList<>();
        pending.forEach(r -> (ReportThatCounts.knownAt(r, date) ? due : still).add(r));
        pending.clear();
        pending.addAll(still);
        List<Finding> added = new ArrayList<>();
        List<Finding> removed = new ArrayList<>();
        run(partitions.values().stream().map(p -> Map.entry("", p)).toList(), (k, p) -> {
            p.advanceTo(date);
            p.fire();
            List<List<Finding>> delta = p.drain();
            synchronized (added) {
                added.addAll(delta.get(0));
                removed.addAll(delta.get(1));
            }
        });
        follow(added, removed);
        Update reports = addReports(due);
        // a finding that came with the date and went with the reports (or the other way round) did neither
        Set<Finding> in = new LinkedHashSet<>(added);
        Set<Finding> out = new LinkedHashSet<>(removed);
        for (Finding f : reports.added()) {
            if (!out.remove(f)) {
                in.add(f);
            }
        }
        for (Finding f : reports.removed()) {
            if (!in.remove(f)) {
                out.add(f);
            }
        }
        return new Update(reports.reports(), reports.superseded(), reports.pending(), new ArrayList<>(in),
                new ArrayList<>(out));
    }

    @Override
    public synchronized void close() {
        partitions.values().forEach(Partition::dispose);
        partitions.clear();
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** The biggest groups first, so that the last one to finish is a small one. */
    static List<Map.Entry<String, Partition.Slice>> largestFirst(Map<String, Partition.Slice> slices) {
        List<Map.Entry<String, Partition.Slice>> out = new ArrayList<>(slices.entrySet());
        out.sort(Comparator.comparingInt((Map.Entry<String, Partition.Slice> e) -> e.getValue().size()).reversed());
        return out;
    }

    private interface Task<T> {
        void run(String key, T item);
    }

    private <T> void run(List<Map.Entry<String, T>> items, Task<T> task) {
        if (pool == null || items.size() <= 1) {
            items.forEach(e -> task.run(e.getKey(), e.getValue()));
            return;
        }
        List<Future<?>> futures = new ArrayList<>();
        for (var e : items) {
            futures.add(pool.submit(() -> task.run(e.getKey(), e.getValue())));
        }
        for (Future<?> f : futures) {
            await(f);
        }
    }

    /**
     * The result of a group's work, with the group's own exception rethrown as it was thrown, so a
     * check that fails on one thread fails the same way as on one.
     */
    static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static ExecutorService pool(int threads) {
        if (threads <= 1) {
            return null;
        }
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dunban-check");
            t.setDaemon(true);
            return t;
        });
    }
}
