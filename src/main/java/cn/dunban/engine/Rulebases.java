package cn.dunban.engine;

import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled rulebases this JVM already has, by rules directory and content. Compiling {@code rules/} takes
 * seconds; a directory whose files are unchanged since it was last compiled here (same path, same
 * {@link RulebaseLoader#fingerprint fingerprint}) is not compiled again. {@code dunban test-rules} compiles
 * once to report the version and its scenarios reuse it; the test suite compiles {@code rules/} once for
 * the command line, the scenarios and the service together instead of some fifty times. What this JVM has
 * not compiled yet comes from {@link RulebaseCache} (earlier runs, on disk) before it is compiled afresh.
 *
 * <p>Entries are soft: a service that has swapped to newer rules lets the garbage collector take the old
 * ones. A directory that does not compile is never kept, so its errors are reported afresh each time. A
 * reload of a service ({@link RulebaseHolder#reload}) asks here too: files edited back to a content compiled
 * before come back without a compile, and a reload with nothing changed is the running rulebase.
 */
public final class Rulebases {

    private static final Map<String, SoftReference<Rulebase>> COMPILED = new ConcurrentHashMap<>();
    private static final Map<String, Object> LOADING = new ConcurrentHashMap<>();

    private Rulebases() {
    }

    /** The compiled rulebase of {@code dir}: the one compiled before if its files have not changed, else a new one. */
    public static Rulebase load(Path dir) {
        String fingerprint = RulebaseLoader.fingerprint(dir);
        if (fingerprint.isEmpty()) {
            return RulebaseLoader.load(dir); // missing or unreadable: let the loader say why
        }
        String key = key(dir, fingerprint);
        // two threads asking for the same rules (the service's start and its warm-up) wait for one load
        synchronized (LOADING.computeIfAbsent(key, k -> new Object())) { // one small lock per content ever loaded
            SoftReference<Rulebase> ref = COMPILED.get(key);
            Rulebase cached = ref == null ? null : ref.get();
            if (cached != null) {
                return cached;
            }
            Rulebase compiled = RulebaseCache.load(dir); // from the disk cache of an earlier run, or compiled now
            COMPILED.values().removeIf(r -> r.get() == null);
            // Kept under the version it compiled to (the same hash over the files it read), so a file edited
            // while compiling cannot leave the new content under the old fingerprint.
            COMPILED.put(key(dir, compiled.version()), new SoftReference<>(compiled));
            return compiled;
        }
    }

    /** The path as given is part of the key: error and warning texts name files relative to it. */
    private static String key(Path dir, String fingerprint) {
        return dir + "\u0000" + dir.toAbsolutePath().normalize() + "\u0000" + fingerprint;
    }
}
