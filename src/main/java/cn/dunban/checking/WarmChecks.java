package cn.dunban.checking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.dunban.catalog.Catalog;
import cn.dunban.engine.CheckSession;
import cn.dunban.engine.Checker;
import cn.dunban.engine.Partitioning;
import cn.dunban.engine.Rulebase;
import cn.dunban.engine.RulebaseHolder;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.input.InputException;
import cn.dunban.facts.Place;
import cn.dunban.facts.Report;
import cn.dunban.findings.FindingsReport;
import cn.dunban.store.FactStore;
import cn.dunban.store.NewFact;
import cn.dunban.store.ReportStore;
import cn.dunban.store.StoredFact;
import cn.dunban.store.StoredReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks of the stored facts on warm sessions: the stored reports, projects, energy statistics and assignments
 * (the version that counts of each) are read once into a {@link CheckSession} (one session per group of
 * jurisdictions the rules never join across, {@link Partitioning#closedOver}), and each check first catches up
 * with what was stored since — by any instance: it reads the rows whose sequence number (migrations V4, V5) is
 * above the last it applied — and then reads the findings the sessions hold. A check costs the new rows, not the
 * province.
 *
 * <p>Catching up. A new report is a new version of its target and date's report; a new project replaces the one
 * with its id, new energy statistics those of their jurisdiction, year and period, a new assignment the one of its
 * target — and, for a target whose unit only its assignment gives, the target's stored reports are read again in
 * the assigned unit. Two cases reopen the sessions instead: a project that joins two groups of jurisdictions (its
 * county's and its city's), which the sessions' split kept apart.
 *
 * <p>Dates. The sessions stand at one check date: opened at the date of the first stored check, moved forward
 * by a check for a later date (up to today in China; a session cannot move back). Energy statistics of a period
 * not yet ended at that date wait, as reports dated after it do. A check for an earlier date, or for a date after
 * today, is not served here ({@link #check} answers empty) and the caller checks the stored facts afresh, as of
 * that date.
 *
 * <p>Rules. When the rulebase in force changes, new sessions are built on it in the background, from the store;
 * until they are ready, checks are answered from the sessions on the previous rulebase, whose version the
 * findings document names. Memory: one set of sessions, two while a rebuild runs.
 */
public final class WarmChecks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WarmChecks.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Stored reports read into facts at a time when the sessions open. */
    private static final int CHUNK = 20_000;
    /** Stored reports applied again when large sessions open, to compile the code that applies a batch. */
    private static final int REHEARSAL = 1_000;

    /** A check's findings and the last sequence number of stored facts they include. */
    public record Answer(FindingsReport report, long through) {
    }

    /** The sessions on one rulebase, how far into the store they have read, and what they hold besides the sessions. */
    private static final class Warm {
        final Rulebase rulebase;
        final Partitioning partitioning;
        final CheckSession session;
        long through;
        /** The assignment that counts per target, as stored: reports are read against them. */
        final Map<String, StoredFact> assignments;
        /** Energy statistics of periods not ended at the sessions' date, by key. */
        final Map<String, StoredFact> waitingEnergy;

        Warm(Rulebase rulebase, Partitioning partitioning, CheckSession session, long through,
                Map<String, StoredFact> assignments, Map<String, StoredFact> waitingEnergy) {
            this.rulebase = rulebase;
            this.partitioning = partitioning;
            this.session = session;
            this.through = through;
            this.assignments = assignments;
            this.waitingEnergy = waitingEnergy;
        }
    }

    private final RulebaseHolder rules;
    private final ReportStore store;
    private final FactStore factStore;
    private final FactsReader reader;
    private final Clock clock;
    private final int threads;
    private final ExecutorService background;
    private Warm warm;
    private Future<?> rebuild;
    /** The store's sequence number when opening failed on rows that do not read; no new attempt until it moves. */
    private long failedAt = -1;

    /** {@code reader} reads against the catalog of {@code rules}. */
    public WarmChecks(RulebaseHolder rules, ReportStore store, FactStore factStore, FactsReader reader, Clock clock) {
        this.rules = rules;
        this.store = store;
        this.factStore = factStore;
        this.reader = reader;
        this.clock = clock;
        this.threads = Runtime.getRuntime().availableProcessors();
        this.background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dunban-warm-rebuild");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The findings of the stored facts as of {@code asOf}, from the warm sessions; empty when they cannot serve
     * that date (see the class comment) or the stored facts do not read against the catalog (the caller's fresh
     * check then says why).
     */
    public synchronized Optional<Answer> check(LocalDate asOf) {
        return ready(asOf).map(w -> new Answer(w.session.findings(), w.through));
    }

    /**
     * What a fresh check of the stored facts with these {@code requests} would derive (the status board:
     * {@code StatusBoard.REQUESTS} and {@code KINDS}), from the warm sessions ({@link CheckSession#derive}); empty
     * when they cannot serve the date, as for {@link #check}.
     */
    public synchronized Optional<Checker.Derived> derive(LocalDate asOf, List<Object> requests, List<Class<?>> kinds) {
        return ready(asOf).map(w -> w.session.derive(requests, kinds));
    }

    /** The warm sessions caught up with the store and standing at {@code asOf}; empty when they cannot. */
    private Optional<Warm> ready(LocalDate asOf) {
        if (asOf.isAfter(LocalDate.now(clock.withZone(CHINA)))) {
            return Optional.empty();
        }
        Rulebase current = rules.checker().rulebase();
        try {
            if (warm == null) {
                if (failedAt >= 0 && store.latestSequence() == failedAt) {
                    return Optional.empty();
                }
                long seq = store.latestSequence();
                try {
                    warm = open(current, asOf);
                } catch (InputException e) {
                    failedAt = seq;
                    throw e;
                }
                failedAt = -1;
            } else if (!warm.rulebase.version().equals(current.version())) {
                rebuildOn(current);
            }
            if (asOf.isBefore(warm.session.asOf())) {
                return Optional.empty();
            }
            if (!catchUp(warm)) {
                Warm old = warm;
                warm = open(old.rulebase, old.session.asOf());
                old.session.close();
            }
            if (asOf.isAfter(warm.session.asOf())) {
                advance(warm, asOf);
            }
            return Optional.of(warm);
        } catch (InputException e) {
            return Optional.empty();
        }
    }

    /** The rulebase the warm sessions run on, or null before the first stored check. */
    public synchronized String version() {
        return warm == null ? null : warm.rulebase.version();
    }

    /** Whether sessions on a new rulebase are being built. */
    public synchronized boolean rebuilding() {
        return rebuild != null && !rebuild.isDone();
    }

    private void rebuildOn(Rulebase next) {
        if (rebuilding()) {
            return;
        }
        LocalDate date = warm.session.asOf();
        rebuild = background.submit(() -> {
            long started = System.nanoTime();
            Warm fresh;
            try {
                fresh = open(next, date);
            } catch (RuntimeException e) {
                LOG.warn("在新规则库 {} 上重建常驻检查会话失败，继续使用规则库 {}：{}", next.version(), warm.rulebase.version(), e.toString());
                return;
            }
            synchronized (this) {
                try {
                    if (!catchUp(fresh)) {
                        fresh.session.close();
                        return; // a project joined two groups meanwhile: the next check reopens on this rulebase
                    }
                    if (warm.session.asOf().isAfter(fresh.session.asOf())) {
                        advance(fresh, warm.session.asOf());
                    }
                } catch (RuntimeException e) {
                    fresh.session.close();
                    LOG.warn("常驻检查会话追赶新数据失败：{}", e.toString());
                    return;
                }
                Warm old = warm;
                warm = fresh;
                old.session.close();
            }
            LOG.info("常驻检查会话已换到规则库 {}（{} ms）", next.version(), (System.nanoTime() - started) / 1_000_000);
        });
    }

    /** Sessions on {@code rulebase} at {@code asOf} over every fact stored so far (the version that counts of each). */
    private Warm open(Rulebase rulebase, LocalDate asOf) {
        long started = System.nanoTime();
        long upTo = store.latestSequence();
        Map<String, StoredReport> counting = new LinkedHashMap<>();
        for (StoredReport r : store.since(0, upTo).rows()) {
            counting.remove(r.target() + "#" + r.asOf()); // a later version goes where the latest stored goes
            counting.put(r.target() + "#" + r.asOf(), r);
        }
        Map<String, StoredFact> assignments = new LinkedHashMap<>();
        Map<String, StoredFact> others = new LinkedHashMap<>();
        Map<String, StoredFact> waiting = new LinkedHashMap<>();
        for (StoredFact f : factStore.since(0, upTo)) {
            sort(f, asOf, assignments, others, waiting);
        }
        List<StoredFact> given = new ArrayList<>(assignments.values());
        given.addAll(others.values());
        Catalog catalog = rules.catalog();
        Facts facts = readInChunks(new ArrayList<>(counting.values()), given, assignments.values());
        int reports = counting.size();
        counting = null; // the rows are garbage from here on, while the sessions are built
        Partitioning partitioning = Partitioning.closedOver(catalog, rulebase, facts, threads);
        CheckSession session = CheckSession.open(rulebase, catalog, facts, asOf, partitioning);
        if (reports > CHUNK) {
            rehearse(session, facts.reports(), asOf);
            facts = null;
            collectOpeningGarbage();
        }
        LOG.info("常驻检查会话：{} 条已存报告，{} 条已存其他事实，检查日期 {}，规则库 {}（{} ms）", reports, given.size(), asOf,
                rulebase.version(), (System.nanoTime() - started) / 1_000_000);
        return new Warm(rulebase, partitioning, session, upTo, assignments, waiting);
    }

    /**
     * The stored rows read as facts {@value #CHUNK} reports at a time: a province's rows as facts document trees at
     * once are some 600 MB that live just long enough to be copied into the old generation and die there, which
     * then costs a full collection (a second, on two cores) in the middle of the checks that follow.
     */
    private Facts readInChunks(List<StoredReport> rows, List<StoredFact> facts, Collection<StoredFact> assignments) {
        List<Report> reports = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i += CHUNK) {
            reports.addAll(read(reader, rows.subList(i, Math.min(rows.size(), i + CHUNK)), List.of(), assignments).reports());
        }
        Facts others = read(reader, List.of(), facts, assignments);
        return new Facts(null, reports, others.assignments(), others.projects(), others.energy());
    }

    /**
     * Applies {@value #REHEARSAL} stored reports, spread over the province, to the new sessions once more, as new
     * versions of themselves: nothing changes (each replaces an identical report, and the findings it withdraws come
     * straight back), but the code that applies a batch of reports has run, and the JIT has compiled it, before the
     * first real batch arrives — which otherwise took twice as long as later ones (a medium province: 70–90 ms to
     * apply 1,000 reports against 30–40 once warm).
     */
    private static void rehearse(CheckSession session, List<Report> reports, LocalDate asOf) {
        List<Report> known = reports.stream().filter(r -> !r.asOf().isAfter(asOf)).toList();
        if (known.isEmpty()) {
            return;
        }
        int stride = Math.max(1, known.size() / REHEARSAL);
        List<Report> sample = new ArrayList<>();
        for (int i = 0; i < known.size() && sample.size() < REHEARSAL; i += stride) {
            sample.add(known.get(i));
        }
        long started = System.nanoTime();
        for (int round = 0; round < 3; round++) {
            session.addVersions(sample);
        }
        LOG.info("常驻检查会话预演 {} 条报告 3 次（{} ms）", sample.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A full collection right after a large opening. Building the sessions of a province promotes a few hundred MB
     * that die soon after (the rows read, their facts, the split); left there, they fill the old generation, and the
     * full collection that follows (1–1.5 s for a medium province's 600 MB of sessions on two cores) falls on some
     * later check — measured: one stored check in fifteen, or the check after a batch. Collected here, it is part of
     * the opening, which takes seconds anyway and which no check is waiting behind but the first. A JVM started with
     * {@code -XX:+DisableExplicitGC} skips it.
     */
    private static void collectOpeningGarbage() {
        long started = System.nanoTime();
        System.gc();
        LOG.info("常驻检查会话建成后整理堆内存（{} ms）", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Puts a stored fact where it belongs at the sessions' date: an assignment into the assignments, energy
     * statistics of a period not ended into the waiting ones, the rest into {@code others} — each replacing the
     * earlier version of its key.
     */
    private static void sort(StoredFact f, LocalDate asOf, Map<String, StoredFact> assignments,
            Map<String, StoredFact> others, Map<String, StoredFact> waiting) {
        String key = f.kind() + "#" + f.key();
        if (f.kind().equals(NewFact.ASSIGNMENT)) {
            assignments.put(f.key(), f);
        } else if (f.kind().equals(NewFact.ENERGY) && NewFact.periodEnd(f.key()).isAfter(asOf)) {
            others.remove(key);
            waiting.put(key, f);
        } else {
            waiting.remove(key);
            others.put(key, f);
        }
    }

    /**
     * Applies every row stored after the last one the sessions have read; false when the new rows need the
     * sessions reopened (a project joins two groups of jurisdictions the sessions keep apart).
     */
    private boolean catchUp(Warm w) {
        long upTo = store.latestSequence();
        if (upTo <= w.through) {
            return true;
        }
        long t0 = System.nanoTime();
        ReportStore.Since since = store.since(w.through, upTo);
        List<StoredFact> newFacts = factStore.since(w.through, upTo);
        long t1 = System.nanoTime();
        LocalDate asOf = w.session.asOf();
        List<StoredReport> reports = new ArrayList<>();
        Map<String, StoredFact> newAssignments = new LinkedHashMap<>();
        Map<String, StoredFact> others = new LinkedHashMap<>();
        for (StoredFact f : newFacts) {
            sort(f, asOf, newAssignments, others, w.waitingEnergy);
        }
        Catalog catalog = rules.catalog();
        for (StoredFact a : newAssignments.values()) {
            w.assignments.put(a.key(), a);
            // a target without a unit of its own takes its assignment's: its reports convert again
            if (catalog.target(a.key()).map(t -> t.unit() == null).orElse(false)) {
                reports.addAll(store.current(a.key(), w.through));
            }
        }
        reports.addAll(since.rows());
        List<StoredFact> given = new ArrayList<>(newAssignments.values());
        given.addAll(others.values());
        Facts facts = read(reader, reports, given, w.assignments.values());
        long t2 = System.nanoTime();
        for (var p : facts.projects()) {
            // the join Partitioning.closedOver makes groups closed under: a project's city with its county
            if (p.jurisdiction() != null && p.county() != null
                    && !w.partitioning.group(p.jurisdiction()).equals(w.partitioning.group(p.county()))) {
                return false;
            }
        }
        if (!given.isEmpty()) {
            w.session.add(new Facts(null, List.of(), facts.assignments(), facts.projects(), facts.energy()));
        }
        if (!facts.reports().isEmpty()) {
            w.session.addVersions(facts.reports());
        }
        w.through = upTo;
        if (LOG.isDebugEnabled()) {
            LOG.debug("常驻检查会话追赶 {} 条报告、{} 条其他事实：读取 {} ms，转换 {} ms，规则 {} ms", reports.size(), given.size(),
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        }
        return true;
    }

    /** Moves the sessions to a later date, with the energy statistics whose period has ended by then. */
    private void advance(Warm w, LocalDate date) {
        w.session.advanceTo(date);
        List<StoredFact> due = new ArrayList<>();
        w.waitingEnergy.values().removeIf(f -> {
            if (NewFact.periodEnd(f.key()).isAfter(date)) {
                return false;
            }
            due.add(f);
            return true;
        });
        if (!due.isEmpty()) {
            w.session.add(read(reader, List.of(), due, w.assignments.values()));
        }
    }

    /**
     * Stored rows read as a facts document by the one facts reader, so that a stored value converts into its
     * target's unit exactly as a submitted one does; an error names the stored row. {@code facts} are the stored
     * projects, energy statistics and assignments to read; {@code assignments}, the assignments that count, against
     * which reports are read (only those among {@code facts} are in the answer's assignments).
     */
    static Facts read(FactsReader reader, List<StoredReport> rows, List<StoredFact> facts,
            Collection<StoredFact> assignments) {
        List<StoredFact> all = new ArrayList<>(facts);
        Set<StoredFact> givenAssignments = new HashSet<>();
        facts.stream().filter(f -> f.kind().equals(NewFact.ASSIGNMENT)).forEach(givenAssignments::add);
        assignments.stream().filter(a -> !givenAssignments.contains(a)).forEach(all::add);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("reports", StoredRows.reports(rows));
        Map<String, ArrayNode> lists = StoredRows.facts(all, LocalDate.MAX);
        // which stored row each list entry came from, for the error's place
        Map<String, List<StoredFact>> sources = new HashMap<>();
        for (StoredFact f : all) {
            sources.computeIfAbsent(StoredRows.LISTS.get(f.kind()), k -> new ArrayList<>()).add(f);
        }
        lists.forEach((name, list) -> {
            if (!list.isEmpty()) {
                root.set(name, list);
            }
        });
        Facts read = reader.read(root, pointer -> place(pointer, rows, sources));
        if (givenAssignments.size() == read.assignments().size()) {
            return read;
        }
        Set<String> wanted = new HashSet<>();
        givenAssignments.forEach(a -> wanted.add(a.key()));
        return new Facts(read.asOf(), read.reports(), read.assignments().stream().filter(a -> wanted.contains(a.target()))
                .toList(), read.projects(), read.energy());
    }

    /** Stored reports alone, read as {@link #read(FactsReader, List, List, Collection)} does. */
    public static Facts read(FactsReader reader, List<StoredReport> rows) {
        return read(reader, rows, List.of(), List.of());
    }

    private static Place place(String pointer, List<StoredReport> rows, Map<String, List<StoredFact>> sources) {
        String[] parts = pointer.split("/");
        if (parts.length > 2) {
            try {
                int i = Integer.parseInt(parts[2]);
                if (parts[1].equals("reports")) {
                    return Place.file("已存报告 #" + rows.get(i).id());
                }
                List<StoredFact> list = sources.get(parts[1]);
                if (list != null) {
                    return Place.file("已存事实 #" + list.get(i).id());
                }
            } catch (RuntimeException e) {
                // fall through to the store as a whole
            }
        }
        return Place.file("已存事实");
    }

    @Override
    public synchronized void close() {
        background.shutdownNow();
        if (warm != null) {
            warm.session.close();
            warm = null;
        }
    }
}
