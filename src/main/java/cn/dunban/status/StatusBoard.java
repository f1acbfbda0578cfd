package cn.dunban.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import cn.dunban.engine.Checker;
import cn.dunban.facts.Facts;
import cn.dunban.facts.Report;
import cn.dunban.findings.Finding;
import cn.dunban.findings.FindingsReport;
import cn.dunban.scope.Scope;
import cn.dunban.vocabulary.Concern;
import cn.dunban.vocabulary.CountingReport;
import cn.dunban.vocabulary.Progress;
import cn.dunban.vocabulary.Reading;
import cn.dunban.vocabulary.Signal;
import cn.dunban.vocabulary.StatusRequest;
import cn.dunban.vocabulary.TargetLight;

/**
 * Runs a check that asks for status lights ({@link StatusRequest}) and assembles the board: what the rules in
 * {@code rules/status/} derived per target (its light, the signals behind it, its progress) with the report
 * that counts and the findings that concern it. No policy here: which light is the rules' decision; this only
 * reads it out, and refuses a rulebase that gives a target in scope no light or two.
 * Used by the {@code status} command and {@code /api/status}, and by the pages.
 */
public final class StatusBoard {

    public static final List<Class<?>> KINDS = List.of(TargetLight.class, Signal.class, Progress.class,
            Concern.class, Reading.class, CountingReport.class);

    private StatusBoard() {
    }

    public static StatusReport of(Checker checker, Facts facts, LocalDate asOf, Scope scope) {
        return from(checker.check(facts, asOf, REQUESTS, KINDS), checker.catalog(), asOf, scope);
    }

    /** What a check must be asked for a board: put {@link #REQUESTS} into its sessions, collect {@link #KINDS}. */
    public static final List<Object> REQUESTS = List.of(new StatusRequest());

    /** The board of a check run with {@link #REQUESTS} that collected {@link #KINDS} (a fresh one, or warm sessions'). */
    public static StatusReport from(Checker.Derived run, Catalog catalog, LocalDate asOf, Scope scope) {
        Map<String, List<TargetLight>> lights = byTarget(run.all(TargetLight.class), TargetLight::getTargetId);
        Map<String, List<Signal>> signals = byTarget(run.all(Signal.class), Signal::getTargetId);
        Map<String, Progress> progress = new HashMap<>();
        run.all(Progress.class).forEach(p -> progress.put(p.getTargetId(), p));
        Map<String, Reading> readings = new HashMap<>();
        run.all(Reading.class).forEach(r -> readings.put(r.getTargetId(), r));
        Map<String, Report> latest = new HashMap<>();
        run.all(CountingReport.class).forEach(c -> latest.put(c.target(), c.report()));
        Map<String, List<Concern>> concerns = byTarget(run.all(Concern.class), Concern::getTargetId);

        FindingsReport findings = scope.filter(run.report());
        List<TargetStatus> rows = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Target t : catalog.targets()) {
            if (!scope.includes(t)) {
                continue;
            }
            List<TargetLight> mine = lights.getOrDefault(t.id(), List.of());
            if (mine.size() != 1) {
                wrong.add(t.id() + "（" + mine.size() + " 盏："
                        + String.join("、", mine.stream().map(l -> l.light().label()).toList()) + "）");
                continue;
            }
            var light = mine.get(0).light();
            List<String> reasons = signals.getOrDefault(t.id(), List.of()).stream()
                    .filter(s -> s.light() == light).map(Signal::reason).distinct().sorted().toList();
            List<Finding> about = concerns.getOrDefault(t.id(), List.of()).stream().map(Concern::finding)
                    .sorted(FindingsReport.ORDER).toList();
            Progress p = progress.get(t.id());
            Reading reading = readings.get(t.id());
            Report report = latest.get(t.id());
            Double required = reading != null ? Double.valueOf(reading.getRequired()) : t.value();
            String unit = reading != null && reading.getGoal().unit() != null ? reading.getGoal().unit() : t.unit();
            rows.add(new TargetStatus(t, light, reasons, report == null ? null : report.value(), required, unit,
                    p == null ? null : p.progress(), p == null ? null : p.expected(),
                    report == null ? null : report.asOf(), report == null ? null : report.done(), about));
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("状态灯规则应给每个目标恰好一盏灯，以下目标不是：" + String.join("；", wrong)
                    + "。请检查 rules/status/ 的规则。");
        }
        return new StatusReport(asOf, run.report().rulebase(), scope, rows, findings);
    }

    private static <T> Map<String, List<T>> byTarget(List<T> facts, java.util.function.Function<T, String> id) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        facts.forEach(f -> out.computeIfAbsent(id.apply(f), k -> new ArrayList<>()).add(f));
        return out;
    }
}
