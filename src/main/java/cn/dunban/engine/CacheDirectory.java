package cn.dunban.engine;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where dunban keeps what it can rebuild but would rather not on every run (compiled rulebases, the
 * unpacked jar and its class-data archive): {@code $DUNBAN_CACHE} or the system property
 * {@code dunban.cache}; otherwise {@code $XDG_CACHE_HOME/dunban}, otherwise {@code ~/.cache/dunban}.
 * {@code off} means no cache. Loads nothing else, so the command line can ask before it starts anything.
 */
public final class CacheDirectory {

    private CacheDirectory() {
    }

    /** The directory as this process's environment sets it; {@code null} for none. */
    public static Path resolve() {
        return from(System.getenv(), System.getProperty("dunban.cache"), System.getProperty("user.home"));
    }

    static Path from(Map<String, String> env, String property, String home) {
        String chosen = property != null ? property : env.get("DUNBAN_CACHE");
        if (chosen != null && !chosen.isBlank()) {
            return chosen.strip().equalsIgnoreCase("off") ? null : Path.of(chosen.strip());
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "dunban");
        }
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "dunban");
    }
}
