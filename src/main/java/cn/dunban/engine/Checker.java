package cn.dunban.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import cn.dunban.catalog.Catalog;
import cn.dunban.facts.Facts;
import cn.dunban.findings.Finding;
import cn.dunban.findings.FindingsReport;

/**
 * Runs one check: fresh sessions over the rulebase, with the catalog's targets, the facts as of a date
 * and the rules directory's data (parameters, control clauses, target links) in working memory; returns
 * the findings the rules derived. With a {@link Partitioning} the check runs one session per group of
 * jurisdictions, in parallel, each disposed as soon as its findings are read, so memory holds only the
 * groups being checked. No file or console I/O here: the command line and the web service both call
 * this. For checks that continue as facts arrive, see {@link CheckSession}.
 */
public final class Checker {

    private final Rulebase rulebase;
    private final Catalog catalog;
    private final Partitioning partitioning;
    /** Whether each check partitions by the groups its own facts close ({@link #partitioned}). */
    private final boolean perCheck;

    public Checker(Rulebase rulebase, Catalog catalog) {
        this(rulebase, catalog, Partitioning.none());
    }

    public Checker(Rulebase rulebase, Catalog catalog, Partitioning partitioning) {
        this(rulebase, catalog, partitioning, false);
    }

    private Checker(Rulebase rulebase, Catalog catalog, Partitioning partitioning, boolean perCheck) {
        this.rulebase = rulebase;
        this.catalog = catalog;
        this.partitioning = partitioning;
        this.perCheck = perCheck;
    }

    /**
     * The checker the product uses: each check runs one session per group of jurisdictions that the rules
     * never join across ({@link Partitioning#closedOver}, worked out from the catalog, the rules' target links
     * and the check's projects), on all cores.
     */
    public static Checker partitioned(Rulebase rulebase, Catalog catalog) {
        return new Checker(rulebase, catalog, Partitioning.none(), true);
    }

    /**
     * A check that also reads what the rules derived besides findings: {@code requests} go into every session
     * before it fires (e.g. a {@code StatusRequest} that the status rules start from), and the facts of the
     * {@code kinds} asked for are collected from every session with the findings.
     */
    public record Derived(FindingsReport report, List<Object> facts) {

        public <T> List<T> all(Class<T> kind) {
            return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
        }
    }

    public FindingsReport check(Facts facts, LocalDate asOf) {
        return check(facts, asOf, List.of(), List.of()).report();
    }

    public Derived check(Facts facts, LocalDate asOf, List<Object> requests, List<Class<?>> kinds) {
        Partitioning partitioning = perCheck
                ? Partitioning.closedOver(catalog, rulebase, facts, Runtime.getRuntime().availableProcessors())
                : this.partitioning;
        Map<String, Partition.Slice> slices = FactSplit.split(catalog, facts, asOf, partitioning, true, new ArrayList<>());
        RuleData data = new RuleData(rulebase, catalog, partitioning);
        Set<Finding> findings = new LinkedHashSet<>(); // a finding on the rules' data alone comes from every group
        Set<Object> derived = new LinkedHashSet<>();
        ExecutorService pool = CheckSession.pool(Math.min(partitioning.threads(), slices.size()));
        try {
            List<Future<Part>> parts = new ArrayList<>();
            for (var e : CheckSession.largestFirst(slices)) {
                if (pool == null) {
                    Part part = checkOne(e.getValue(), data.of(e.getKey()), asOf, requests, kinds);
                    findings.addAll(part.findings());
                    derived.addAll(part.derived());
                } else {
                    parts.add(pool.submit(() -> checkOne(e.getValue(), data.of(e.getKey()), asOf, requests, kinds)));
                }
            }
            for (Future<Part> f : parts) {
                Part part = CheckSession.await(f);
                findings.addAll(part.findings());
                derived.addAll(part.derived());
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return new Derived(new FindingsReport(asOf, rulebase.version(), new ArrayList<>(findings)), new ArrayList<>(derived));
    }

    private record Part(List<Finding> findings, List<Object> derived) {
    }

    private Part checkOne(Partition.Slice slice, List<Object> data, LocalDate asOf, List<Object> requests,
            List<Class<?>> kinds) {
        Partition p = new Partition(rulebase, data, asOf, false);
        try {
            p.ask(requests);
            p.load(slice);
            p.fire();
            // sorted here, in parallel: the report's sort then only merges the groups' runs
            List<Finding> findings = new ArrayList<>(p.findings());
            findings.sort(FindingsReport.ORDER);
            return new Part(findings, kinds.isEmpty() ? List.of() : p.objectsOf(kinds));
        } finally {
            p.dispose();
        }
    }

    public Rulebase rulebase() {
        return rulebase;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Partitioning partitioning() {
        return partitioning;
    }
}
