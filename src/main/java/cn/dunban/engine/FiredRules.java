package cn.dunban.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Which rules fired while a recording was on: the rule-coverage report of {@code dunban test-rules --coverage}
 * (rules no scenario makes fire are rules no scenario tests). Off unless started; checks then pay nothing.
 */
public final class FiredRules {

    private static volatile Set<String> recording;

    private FiredRules() {
    }

    /** Starts recording (forgetting an earlier recording). */
    public static void start() {
        recording = ConcurrentHashMap.newKeySet();
    }

    /** Stops and returns the rules that fired, as {@code package/rule name}. */
    public static Set<String> stop() {
        Set<String> fired = recording;
        recording = null;
        return fired == null ? Set.of() : Set.copyOf(fired);
    }

    static boolean active() {
        return recording != null;
    }

    static String key(String pkg, String name) {
        return pkg + "/" + name;
    }

    /** The listener sessions get while recording. */
    static DefaultAgendaEventListener listener() {
        return new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                Set<String> r = recording;
                if (r != null) {
                    r.add(key(event.getMatch().getRule().getPackageName(), event.getMatch().getRule().getName()));
                }
            }
        };
    }
}
