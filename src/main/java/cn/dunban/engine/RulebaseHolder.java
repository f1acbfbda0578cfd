package cn.dunban.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import cn.dunban.catalog.Catalog;

/**
 * The rulebase a long-running service checks with, and how it changes while checks run. A reload
 * compiles the rules directory beside the running rulebase and swaps it in only if it compiles;
 * otherwise the last good rulebase keeps serving and the compile errors are kept for the API.
 * A check takes {@link #checker()} once and finishes on that rulebase, whatever swaps meanwhile.
 */
public final class RulebaseHolder {

    /** What a reload attempt did: swapped to {@code version}, or kept the running one because of {@code errors}. */
    public record Reload(Instant at, String trigger, boolean swapped, String version, String previousVersion,
            List<RuleError> errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The running rulebase and the last attempt to replace it. */
    public record Status(Path directory, String version, List<String> files, List<RuleError> warnings, Instant loadedAt,
            Reload lastReload) {
    }

    private record Current(Checker checker, Instant loadedAt) {
    }

    private final Path directory;
    private final Catalog catalog;
    private final Clock clock;
    private final AtomicReference<Current> current = new AtomicReference<>();
    private volatile Reload lastReload;

    /** Compiles the rules directory once; throws {@link RulebaseException} if there is no good rulebase to start with. */
    public RulebaseHolder(Path directory, Catalog catalog) {
        this(directory, catalog, Clock.systemUTC());
    }

    RulebaseHolder(Path directory, Catalog catalog, Clock clock) {
        this.directory = directory;
        this.catalog = catalog;
        this.clock = clock;
        Rulebase first = Rulebases.load(directory); // the JVM may have compiled these very files already
        Instant now = clock.instant();
        current.set(new Current(Checker.partitioned(first, catalog), now));
        lastReload = new Reload(now, "start", true, first.version(), null, List.of());
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
     * Compiles the rules directory again. Reloads are serialised; checks are not held up: they go on
     * with the running rulebase until the new one is complete and swapped in.
     */
    public synchronized Reload reload(String trigger) {
        String previous = checker().rulebase().version();
        Reload result;
        try {
            Rulebase next = RulebaseCache.load(directory);
            Instant now = clock.instant();
            current.set(new Current(Checker.partitioned(next, catalog), now));
            result = new Reload(now, trigger, true, next.version(), previous, List.of());
        } catch (RulebaseException e) {
            result = new Reload(clock.instant(), trigger, false, previous, previous, e.errors());
        } catch (RuntimeException e) {
            // A rules compiler that fails in an unplanned way must not take the running rulebase with it.
            result = new Reload(clock.instant(), trigger, false, previous, previous,
                    List.of(new RuleError(directory.toString(), 0, 0, "rule-compile: " + e)));
        }
        lastReload = result;
        return result;
    }

    public Status status() {
        Current c = current.get();
        Rulebase rb = c.checker().rulebase();
        return new Status(directory, rb.version(), rb.files(), rb.warnings(), c.loadedAt(), lastReload);
    }
}
