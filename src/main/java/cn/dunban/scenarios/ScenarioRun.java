package cn.dunban.scenarios;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.Plugin;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;

/**
 * Runs the Chinese scenarios against a rules directory in this JVM, on every core, and returns each
 * scenario's outcome: what {@code dunban test-rules} prints and what the policy page shows as the scenarios'
 * results for the running rules. Rulebases are compiled once per directory and content for all scenarios
 * (a scenario that edits a copy compiles that copy once).
 */
public final class ScenarioRun {

    /** One scenario: its name, feature file and line, whether it passed, and why not (预期/实际). */
    public record Scenario(String name, String feature, int line, boolean passed, String failure) {
    }

    /** All scenarios of one run, in feature file and line order. */
    public record Result(List<Scenario> scenarios) {

        public long passed() {
            return scenarios.stream().filter(Scenario::passed).count();
        }

        public long failed() {
            return scenarios.size() - passed();
        }
    }

    private static final String GLUE = "cn.dunban.scenarios";
    /** Scenarios are independent (each has its own World and rules copy): run them on every core, up to four. */
    static final int THREADS = Math.max(1, Math.min(4, java.lang.Runtime.getRuntime().availableProcessors()));

    private ScenarioRun() {
    }

    /**
     * Runs the scenarios of {@code features} (a directory or one file) against {@code rules}; {@code plugins}
     * also hear the run (the command line's report). Throws if the feature files cannot be run at all.
     */
    public static synchronized Result run(Path rules, Path features, Plugin... plugins) {
        Collector collector = new Collector();
        ByteArrayOutputStream cucumberOutput = new ByteArrayOutputStream();
        RuntimeOptions options = new CommandlineOptionsParser(cucumberOutput)
                .parse("--glue", GLUE, "--monochrome", "--threads", String.valueOf(THREADS), features.toString())
                .build();
        String previous = System.getProperty(World.RULES_PROPERTY);
        System.setProperty(World.RULES_PROPERTY, rules.toString());
        try {
            Runtime.Builder builder = Runtime.builder()
                    .withRuntimeOptions(options)
                    .withClassLoader(ScenarioRun.class::getClassLoader)
                    .withAdditionalPlugins(collector);
            for (Plugin p : plugins) {
                builder = builder.withAdditionalPlugins(p);
            }
            builder.build().run();
        } catch (RuntimeException e) {
            throw new IllegalStateException("场景文件无法运行: " + e.getMessage() + "\n"
                    + cucumberOutput.toString(StandardCharsets.UTF_8), e);
        } finally {
            if (previous == null) {
                System.clearProperty(World.RULES_PROPERTY);
            } else {
                System.setProperty(World.RULES_PROPERTY, previous);
            }
        }
        List<Scenario> all = new ArrayList<>(collector.scenarios);
        all.sort(Comparator.comparing(Scenario::feature).thenComparingInt(Scenario::line));
        return new Result(List.copyOf(all));
    }

    private static final class Collector implements ConcurrentEventListener {

        private final List<Scenario> scenarios = new ArrayList<>();

        @Override
        public void setEventPublisher(EventPublisher publisher) {
            publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        }

        private synchronized void finished(TestCaseFinished e) {
            Status status = e.getResult().getStatus();
            String why = status == Status.PASSED ? null
                    : e.getResult().getError() != null ? String.valueOf(e.getResult().getError().getMessage()).strip()
                    : status == Status.UNDEFINED ? "这句步骤没有对应的程序（写法与已有步骤不一致）" : "状态: " + status;
            scenarios.add(new Scenario(e.getTestCase().getName(), String.valueOf(e.getTestCase().getUri()),
                    e.getTestCase().getLocation().getLine(), status == Status.PASSED, why));
        }
    }
}
