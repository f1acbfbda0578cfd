package cn.dunban.checking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.dunban.catalog.Catalog;
import cn.dunban.engine.CheckSession;
import cn.dunban.engine.Partitioning;
import cn.dunban.engine.Rulebase;
import cn.dunban.engine.RulebaseHolder;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.facts.InputException;
import cn.dunban.facts.Place;
import cn.dunban.findings.FindingsReport;
import cn.dunban.store.ReportStore;
import cn.dunban.store.StoredReport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks of the stored facts on warm sessions: the stored reports are read once into a {@link CheckSession}
 * (one session per group of jurisdictions the rules never join across, {@link Partitioning#closedOver}), and
 * each check first catches up with what was stored since — by any instance: it reads the rows whose sequence
 * number (migration V4) is above the last it applied — and then reads the findings the sessions hold. A check
 * costs the new rows, not the province.
 *
 * <p>Dates. The sessions stand at one check date: opened at the date of the first stored check, moved forward
 * by a check for a later date (up to today in China; a session cannot move back). A check for an earlier date,
 * or for a date after today, is not served here ({@link #check} answers empty) and the caller checks the stored
 * facts afresh, as of that date.
 *
 * <p>Rules. When the rulebase in force changes, new sessions are built on it in the background, from the store;
 * until they are ready, checks are answered from the sessions on the previous rulebase, whose version the
 * findings document names. Memory: one set of sessions, two while a rebuild runs.
 */
public final class WarmChecks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WarmChecks.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A check's findings and the last sequence number of stored facts they include. */
    public record Answer(FindingsReport report, long through) {
    }

    /** The sessions on one rulebase and how far into the store they have read. */
    private static final class Warm {
        final Rulebase rulebase;
        final CheckSession session;
        long through;

        Warm(Rulebase rulebase, CheckSession session, long through) {
            this.rulebase = rulebase;
            this.session = session;
            this.through = through;
        }
    }

    private final RulebaseHolder rules;
    private final ReportStore store;
    private final FactsReader reader;
    private final Clock clock;
    private final int threads;
    private final ExecutorService background;
    private Warm warm;
    private Future<?> rebuild;
    /** The store's sequence number when opening failed on rows that do not read; no new attempt until it moves. */
    private long failedAt = -1;

    /** {@code reader} reads against the catalog of {@code rules}. */
    public WarmChecks(RulebaseHolder rules, ReportStore store, FactsReader reader, Clock clock) {
        this.rules = rules;
        this.store = store;
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
            catchUp(warm);
            if (asOf.isAfter(warm.session.asOf())) {
                warm.session.advanceTo(asOf);
            }
            return Optional.of(new Answer(warm.session.findings(), warm.through));
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
                    catchUp(fresh);
                    if (warm.session.asOf().isAfter(fresh.session.asOf())) {
                        fresh.session.advanceTo(warm.session.asOf());
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

    /** Sessions on {@code rulebase} at {@code asOf} over every report stored so far (the version that counts of each). */
    private Warm open(Rulebase rulebase, LocalDate asOf) {
        long started = System.nanoTime();
        ReportStore.Since all = store.since(0);
        Map<String, StoredReport> counting = new LinkedHashMap<>();
        for (StoredReport r : all.rows()) {
            counting.remove(r.target() + "#" + r.asOf()); // a later version goes where the latest stored goes
            counting.put(r.target() + "#" + r.asOf(), r);
        }
        Catalog catalog = rules.catalog();
        Facts facts = read(reader, new ArrayList<>(counting.values()));
        Partitioning partitioning = Partitioning.closedOver(catalog, rulebase, facts, threads);
        CheckSession session = CheckSession.open(rulebase, catalog, facts, asOf, partitioning);
        LOG.info("常驻检查会话：{} 条已存报告，检查日期 {}，规则库 {}（{} ms）", counting.size(), asOf, rulebase.version(),
                (System.nanoTime() - started) / 1_000_000);
        return new Warm(rulebase, session, all.through());
    }

    /** Applies every row stored after the last one the sessions have read. */
    private void catchUp(Warm w) {
        ReportStore.Since since = store.since(w.through);
        if (!since.rows().isEmpty()) {
            w.session.addVersions(read(reader, since.rows()).reports());
        }
        w.through = since.through();
    }

    /**
     * Stored rows read as a facts document's reports by the one facts reader, so that a stored value converts into
     * its target's unit exactly as a submitted one does; an error names the stored row.
     */
    public static Facts read(FactsReader reader, List<StoredReport> rows) {
        ObjectNode root = JSON.createObjectNode();
        root.set("reports", StoredRows.reports(rows));
        return reader.read(root, pointer -> {
            String[] parts = pointer.split("/");
            if (parts.length > 2 && parts[1].equals("reports")) {
                try {
                    return Place.file("已存报告 #" + rows.get(Integer.parseInt(parts[2])).id());
                } catch (RuntimeException e) {
                    // fall through to the store as a whole
                }
            }
            return Place.file("已存报告");
        });
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
