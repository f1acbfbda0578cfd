package cn.dunban.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import cn.dunban.catalog.Catalog;
import cn.dunban.facts.Facts;
import cn.dunban.findings.FindingsReport;
import cn.dunban.input.InputError;
import cn.dunban.vocabulary.Parameter;

/**
 * The rulebase a long-running service checks with, and how it changes while checks run. A reload
 * compiles the rules directory beside the running rulebase, runs the {@link Trial} on it (known facts that
 * must check without a rule failing) and swaps it in only if both pass; otherwise the last good rulebase
 * keeps serving and the errors are kept for the API and the policy page. A check takes {@link #checker()}
 * once and finishes on that rulebase, whatever swaps meanwhile; {@link #check} also survives a rule that
 * fails at check time by answering on the rulebase before it. Every attempt is logged ({@link #history()})
 * with the fingerprint and the files that changed.
 */
public final class RulebaseHolder {

    /** How many reloads {@link #history()} keeps. */
    static final int HISTORY = 50;

    /**
     * What a reload attempt did: swapped to {@code version}, or kept the running one because of {@code errors}
     * (compile errors, or rules that failed the trial). {@code trigger} says who or what asked ("start",
     * "watcher", "api:用户名", "check-failure"); {@code changes} are the files added (+), changed (~) and removed
     * (−) against the rulebase that was running; {@code trial} is what the trial ran.
     */
    public record Reload(Instant at, String trigger, boolean swapped, String version, String previousVersion,
            List<InputError> errors, List<String> changes, List<String> trial) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The running rulebase and the last attempt to replace it. */
    public record Status(Path directory, String version, List<String> files, List<InputError> warnings, Instant loadedAt,
            Reload lastReload) {
    }

    private record Current(Checker checker, Instant loadedAt, Current before) {
    }

    private final Path directory;
    private final Catalog catalog;
    private final Clock clock;
    private final Trial trial;
    private final AtomicReference<Current> current = new AtomicReference<>();
    private final Deque<Reload> history = new ArrayDeque<>();
    private volatile Reload lastReload;

    /** Compiles the rules directory once; throws {@link RulebaseException} if there is no good rulebase to start with. */
    public RulebaseHolder(Path directory, Catalog catalog) {
        this(directory, catalog, Trial.none());
    }

    /** As above, and every new rulebase must pass {@code trial} before it goes live. */
    public RulebaseHolder(Path directory, Catalog catalog, Trial trial) {
        this(directory, catalog, trial, Clock.systemUTC());
    }

    RulebaseHolder(Path directory, Catalog catalog, Clock clock) {
        this(directory, catalog, Trial.none(), clock);
    }

    RulebaseHolder(Path directory, Catalog catalog, Trial trial, Clock clock) {
        this.directory = directory;
        this.catalog = catalog;
        this.clock = clock;
        this.trial = trial;
        Rulebase first = Rulebases.load(directory); // the JVM may have compiled these very files already
        // The first rulebase serves even if its trial fails (there is nothing else to serve); the failure is shown.
        Trial.Result tried = trial.run(first, catalog);
        Instant now = clock.instant();
        current.set(new Current(Checker.partitioned(first, catalog), now, null));
        log(new Reload(now, "start", true, first.version(), null, tried.errors(),
                first.files().stream().map(f -> "+ " + f).toList(), tried.ran()));
    }

    /** The checker to run one check with; take it once per check. */
    public Checker checker() {
        return current.get().checker();
    }

    public Catalog catalog() {
        return catalog;
    }

    public Path directory() {
        return directory;
    }

    /**
     * Checks on the running rulebase. If a rule fails while it runs, that rulebase is withdrawn (logged as a
     * reload with trigger "check-failure" and the rule named) and the check answers on the rulebase that ran
     * before it; with none before it, the failure is thrown as a {@link RulebaseException} naming the rule.
     */
    public FindingsReport check(Facts facts, LocalDate asOf) {
        Current c = current.get();
        try {
            return c.checker().check(facts, asOf);
        } catch (RuntimeException e) {
            if (!RuleFailures.fromRules(e)) {
                throw e;
            }
            InputError failure = RuleFailures.describe(e, c.checker().rulebase());
            Current fallback = withdraw(c, failure);
            if (fallback == null) {
                throw new RulebaseException(List.of(failure));
            }
            return fallback.checker().check(facts, asOf);
        }
    }

    private synchronized Current withdraw(Current failed, InputError failure) {
        Current now = current.get();
        if (now != failed) {
            return now; // another check or a reload has already moved on
        }
        if (failed.before() == null) {
            log(new Reload(clock.instant(), "check-failure", false, failed.checker().rulebase().version(),
                    failed.checker().rulebase().version(), List.of(failure), List.of(), List.of()));
            return null;
        }
        current.set(failed.before());
        log(new Reload(clock.instant(), "check-failure", true, failed.before().checker().rulebase().version(),
                failed.checker().rulebase().version(), List.of(failure), List.of(), List.of()));
        return failed.before();
    }

    /**
     * Compiles the rules directory again and runs the trial on it. Reloads are serialised; checks are not
     * held up: they go on with the running rulebase until the new one is complete, tried and swapped in.
     */
    public synchronized Reload reload(String trigger) {
        Current running = current.get();
        Rulebase was = running.checker().rulebase();
        String previous = was.version();
        List<String> changes = changes(was.digests(), RulebaseLoader.digests(directory));
        Reload result;
        try {
            Rulebase next = Rulebases.load(directory); // unchanged files: the same rulebase, not compiled again
            Trial.Result tried = trial.run(next, catalog);
            Instant now = clock.instant();
            if (tried.ok()) {
                current.set(new Current(Checker.partitioned(next, catalog), now, running));
                result = new Reload(now, trigger, true, next.version(), previous, List.of(), changes, tried.ran());
            } else {
                result = new Reload(now, trigger, false, previous, previous, tried.errors(), changes, tried.ran());
            }
        } catch (RulebaseException e) {
            result = new Reload(clock.instant(), trigger, false, previous, previous, e.errors(), changes, List.of());
        } catch (RuntimeException e) {
            // A rules compiler that fails in an unplanned way must not take the running rulebase with it.
            result = new Reload(clock.instant(), trigger, false, previous, previous,
                    List.of(RuleErrors.whole(directory.toString(), RuleErrors.COMPILE, e.toString())), changes, List.of());
        }
        log(result);
        return result;
    }

    public Status status() {
        Current c = current.get();
        Rulebase rb = c.checker().rulebase();
        return new Status(directory, rb.version(), rb.files(), rb.warnings(), c.loadedAt(), lastReload);
    }

    /** The reload log, newest first (at most {@value #HISTORY} entries): when, by whom, which files, what came of it. */
    public synchronized List<Reload> history() {
        return List.copyOf(history);
    }

    /** The running rulebase's parameters, each with its label, value, unit, source, status (C/P/U) and file. */
    public List<Parameter> parameters() {
        return checker().rulebase().parameters();
    }

    /** The errors of the last reload attempt (compile errors or rules that failed the trial); empty if it went live. */
    public List<InputError> lastErrors() {
        return lastReload.errors();
    }

    private synchronized void log(Reload r) {
        lastReload = r;
        history.addFirst(r);
        while (history.size() > HISTORY) {
            history.removeLast();
        }
    }

    /** "+ a.drl", "~ b.dslr", "− c.json": what differs from {@code before} to {@code after}. */
    static List<String> changes(Map<String, String> before, Map<String, String> after) {
        List<String> out = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String f : all) {
            String a = before.get(f);
            String b = after.get(f);
            if (a == null) {
                out.add("+ " + f);
            } else if (b == null) {
                out.add("− " + f);
            } else if (!a.equals(b)) {
                out.add("~ " + f);
            }
        }
        return out;
    }
}
