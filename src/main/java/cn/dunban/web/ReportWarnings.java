package cn.dunban.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import cn.dunban.catalog.Units;
import cn.dunban.facts.CumulativeJump;
import cn.dunban.store.Batch;
import cn.dunban.store.NewReport;
import cn.dunban.store.ReportStore;
import cn.dunban.store.ReportWarning;
import cn.dunban.store.StoredReport;
import cn.dunban.store.WarningStore;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Stores reports and, with them, a warning on each cumulative figure far off the previous report on its
 * target ({@link CumulativeJump}; {@code dunban.plausibility.jump-factor}, default 3, status U), which the
 * officer reads in the answer and at {@code GET /api/reports/warnings}.
 */
@Component
public class ReportWarnings {

    /** A stored batch as answered: the batch's fields, and the warnings kept with its reports. */
    public record Submitted(String id, String submittedBy, Instant submittedAt, List<StoredReport> reports,
            List<ReportWarning> warnings) {
    }


    private final ReportStore reports;
    private final WarningStore warnings;
    private final Catalog catalog;
    private final double factor;
    private final MeterRegistry registry;

    ReportWarnings(ReportStore reports, WarningStore warnings, Catalog catalog, MeterRegistry registry,
            @Value("${dunban.plausibility.jump-factor:3}") double factor) {
        this.registry = registry;
        if (!(factor > 1)) {
            throw new IllegalArgumentException("dunban.plausibility.jump-factor 应大于 1，现为 " + factor);
        }
        this.reports = reports;
        this.warnings = warnings;
        this.catalog = catalog;
        this.factor = factor;
    }

    public Submitted store(List<NewReport> batch, String who) {
        return store(batch, who, b -> reports.append(b, who));
    }

    /**
     * Stores the batch through {@code storing} (which may store other facts with it, in the same transaction) and
     * keeps a warning for each report that looks implausible against the reports stored before it.
     */
    Submitted store(List<NewReport> batch, String who, java.util.function.Function<List<NewReport>, Batch> storing) {
        List<Optional<String>> found = new ArrayList<>();
        Map<String, List<StoredReport>> histories = new HashMap<>();
        for (NewReport r : batch) {
            // only cumulative figures are compared, so only their targets' histories are read
            boolean cumulative = r.value() != null && catalog.target(r.target())
                    .map(t -> t.measure() == cn.dunban.catalog.Measure.CUMULATIVE).orElse(false);
            found.add(cumulative ? check(r, histories.computeIfAbsent(r.target(), reports::history)) : Optional.empty());
        }
        Batch stored = storing.apply(batch);
        List<WarningStore.NewWarning> kept = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).isPresent()) {
                StoredReport s = stored.reports().get(i);
                kept.add(new WarningStore.NewWarning(s.id(), s.target(), "far-off-previous", found.get(i).get()));
            }
        }
        List<ReportWarning> added = warnings.add(kept);
        registry.counter("dunban.reports.stored").increment(stored.reports().size());
        return new Submitted(stored.id(), stored.submittedBy(), stored.submittedAt(), stored.reports(), added);
    }

    /** The warning for one report against the latest current report on its target dated no later. */
    private Optional<String> check(NewReport r, List<StoredReport> history) {
        Target t = catalog.target(r.target()).orElse(null);
        if (t == null || r.value() == null) {
            return Optional.empty();
        }
        StoredReport previous = null;
        for (StoredReport s : history) {
            if (s.current() && s.value() != null && !s.asOf().isAfter(r.asOf())
                    && (previous == null || !s.asOf().isBefore(previous.asOf()))) {
                previous = s;
            }
        }
        if (previous == null) {
            return Optional.empty();
        }
        Double now = inTargetUnit(t, r.value(), r.unit());
        Double before = inTargetUnit(t, previous.value(), previous.unit());
        if (now == null || before == null) {
            return Optional.empty();
        }
        LocalDate at = previous.asOf();
        return CumulativeJump.check(t, at, before, r.asOf(), now, factor);
    }

    private static Double inTargetUnit(Target t, double value, String unit) {
        if (t.unit() == null || unit == null) {
            return t.unit() == null && unit == null ? value : null;
        }
        try {
            return Units.convert(value, unit, t.unit());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
