package cn.dunban.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestStepFinished;

/**
 * Prints each scenario, grouped by feature file in file and line order: {@code 通过} or {@code 未通过} with its
 * {@code file:line}, and for a failure the step that failed and why (预期/实际). Scenarios may finish on several
 * threads in any order, so the lines are collected and printed by {@link #print()} once all have run.
 * Counts passes and failures.
 */
final class ScenarioReport implements ConcurrentEventListener {

    /** How much of a failure's explanation is shown: enough to see why, not the whole supervision list. */
    private static final int MAX_LINES = 12;

    private final PrintStream out;
    private final java.util.TreeMap<String, java.util.TreeMap<Integer, List<String>>> lines = new java.util.TreeMap<>();
    private final java.util.Map<Long, String> failedSteps = new java.util.HashMap<>();
    private int passed;
    private int failed;

    ScenarioReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::caseFinished);
    }

    private synchronized void stepFinished(TestStepFinished e) {
        long thread = Thread.currentThread().getId();
        if (!failedSteps.containsKey(thread) && e.getResult().getStatus() != Status.PASSED
                && e.getResult().getStatus() != Status.SKIPPED && e.getTestStep() instanceof PickleStepTestStep step) {
            failedSteps.put(thread, step.getStep().getKeyword() + step.getStep().getText() + "（第" + step.getStep().getLine() + "行）");
        }
    }

    private synchronized void caseFinished(TestCaseFinished e) {
        URI uri = e.getTestCase().getUri();
        int line = e.getTestCase().getLocation().getLine();
        String where = display(uri) + ":" + line;
        String failedStep = failedSteps.remove(Thread.currentThread().getId());
        List<String> out = new java.util.ArrayList<>();
        Status status = e.getResult().getStatus();
        if (status == Status.PASSED) {
            passed++;
            out.add("  通过    " + e.getTestCase().getName() + "  (" + where + ")");
        } else {
            failed++;
            out.add("  未通过  " + e.getTestCase().getName() + "  (" + where + ")");
            if (failedStep != null) {
                out.add("          步骤: " + failedStep);
            }
            if (status == Status.UNDEFINED) {
                out.add("          原因: 这句步骤没有对应的程序（写法与已有步骤不一致）");
            } else if (e.getResult().getError() != null) {
                String[] text = String.valueOf(e.getResult().getError().getMessage()).strip().split("\\R");
                for (int i = 0; i < Math.min(text.length, MAX_LINES); i++) {
                    out.add("          " + text[i]);
                }
                if (text.length > MAX_LINES) {
                    out.add("          ……（共 " + text.length + " 行，余下从略）");
                }
            } else {
                out.add("          状态: " + status);
            }
        }
        lines.computeIfAbsent(display(uri), k -> new java.util.TreeMap<>()).put(line, out);
    }

    /** Prints every scenario, by feature file and line. */
    synchronized void print() {
        lines.forEach((feature, scenarios) -> {
            out.println();
            out.println(feature);
            scenarios.values().forEach(l -> l.forEach(out::println));
        });
    }

    int passed() {
        return passed;
    }

    int failed() {
        return failed;
    }

    private static String display(URI uri) {
        if ("file".equals(uri.getScheme())) {
            Path p = Path.of(uri);
            Path cwd = Path.of("").toAbsolutePath();
            return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
        }
        return uri.toString();
    }
}
