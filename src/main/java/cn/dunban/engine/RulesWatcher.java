package cn.dunban.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the rules directory by polling and reloads the {@link RulebaseHolder} once a change has
 * settled (no further change for one poll), so that an editor saving several files, or a copy in
 * progress, triggers one reload of the finished state. Polling rather than inotify because a rules
 * directory shared by several instances usually sits on a network file system, which sends no events.
 */
public final class RulesWatcher implements AutoCloseable {

    private final RulebaseHolder holder;
    private final Duration interval;
    private final Consumer<RulebaseHolder.Reload> listener;
    private final ScheduledExecutorService executor;
    private List<String> seen;
    private List<String> loaded;

    public RulesWatcher(RulebaseHolder holder, Duration interval, Consumer<RulebaseHolder.Reload> listener) {
        this.holder = holder;
        this.interval = interval;
        this.listener = listener;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dunban-rules-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    public RulesWatcher start() {
        loaded = fingerprint(holder.directory());
        seen = loaded;
        long ms = interval.toMillis();
        executor.scheduleWithFixedDelay(this::poll, ms, ms, TimeUnit.MILLISECONDS);
        return this;
    }

    /** One poll: remembers a new state, and reloads a state that has stayed the same since the last poll. */
    void poll() {
        try {
            List<String> now = fingerprint(holder.directory());
            if (!now.equals(seen)) {
                seen = now;
                return;
            }
            if (!now.equals(loaded)) {
                loaded = now;
                listener.accept(holder.reload("watcher"));
            }
        } catch (RuntimeException e) {
            // The directory may be briefly missing while it is replaced; the next poll sees the outcome.
            seen = null;
        }
    }

    /** Every file under the directory with its size and modification time, in path order. */
    static List<String> fingerprint(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<String> out = new ArrayList<>();
            for (Path p : walk.sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (a.isRegularFile()) {
                    out.add(dir.relativize(p) + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "RulesWatcher[" + holder.directory() + ", every " + interval + "]";
    }
}
