package cn.dunban.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestStepFinished;

/**
 * Prints each scenario as it finishes, grouped by feature file: {@code 通过} or {@code 未通过} with its
 * {@code file:line}, and for a failure the step that failed and why. Counts passes and failures.
 */
final class ScenarioReport implements ConcurrentEventListener {

    /** How much of a failure's explanation is shown: enough to see why, not the whole supervision list. */
    private static final int MAX_LINES = 12;

    private final PrintStream out;
    private URI currentFeature;
    private String failedStep;
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
        if (failedStep == null && e.getResult().getStatus() != Status.PASSED
                && e.getResult().getStatus() != Status.SKIPPED && e.getTestStep() instanceof PickleStepTestStep step) {
            failedStep = step.getStep().getKeyword() + step.getStep().getText() + "（第" + step.getStep().getLine() + "行）";
        }
    }

    private synchronized void caseFinished(TestCaseFinished e) {
        URI uri = e.getTestCase().getUri();
        if (!uri.equals(currentFeature)) {
            currentFeature = uri;
            out.println();
            out.println(display(uri));
        }
        String where = display(uri) + ":" + e.getTestCase().getLocation().getLine();
        Status status = e.getResult().getStatus();
        if (status == Status.PASSED) {
            passed++;
            out.println("  通过    " + e.getTestCase().getName() + "  (" + where + ")");
        } else {
            failed++;
            out.println("  未通过  " + e.getTestCase().getName() + "  (" + where + ")");
            if (failedStep != null) {
                out.println("          步骤: " + failedStep);
            }
            if (status == Status.UNDEFINED) {
                out.println("          原因: 这句步骤没有对应的程序（写法与已有步骤不一致）");
            } else if (e.getResult().getError() != null) {
                String[] lines = String.valueOf(e.getResult().getError().getMessage()).strip().split("\\R");
                for (int i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
                    out.println("          " + lines[i]);
                }
                if (lines.length > MAX_LINES) {
                    out.println("          ……（共 " + lines.length + " 行，余下从略）");
                }
            } else {
                out.println("          状态: " + status);
            }
        }
        failedStep = null;
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
