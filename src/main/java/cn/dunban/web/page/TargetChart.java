package cn.dunban.web.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Measure;
import cn.dunban.catalog.Target;
import cn.dunban.catalog.Units;
import cn.dunban.store.StoredReport;
import cn.dunban.vocabulary.RuleFunctions;

/**
 * What a target's chart draws, as data for the page's script: the reports that count (converted into the
 * target's unit), the target value, and for a cumulative target the pro-rata pace line (序时进度, the same
 * elapsed share the rules use) with the yellow band (behind pace by no more than the tolerance) and the red
 * band below it. The tolerance is the rulebase's parameter, so the bands move when policy staff change it.
 */
final class TargetChart {

    private TargetChart() {
    }

    static Map<String, Object> of(Target t, List<StoredReport> history, Double tolerancePercent) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("unit", t.unit() == null ? "" : t.unit());
        chart.put("start", t.periodStart().toString());
        chart.put("deadline", t.deadline() == null ? null : t.deadline().toString());
        List<List<Object>> points = new ArrayList<>();
        for (StoredReport r : history) {
            if (r.current() && r.value() != null) {
                points.add(List.of(r.asOf().toString(), inTargetUnit(t, r)));
            }
        }
        chart.put("reports", points);
        chart.put("target", t.value());
        boolean paced = t.measure() == Measure.CUMULATIVE && t.value() != null && t.deadline() != null
                && (t.comparator() == Comparator.GE || t.comparator() == Comparator.GT);
        chart.put("paced", paced);
        if (paced) {
            double tol = (tolerancePercent == null ? 0 : tolerancePercent) / 100 * t.value();
            List<List<Object>> pace = new ArrayList<>();
            List<List<Object>> red = new ArrayList<>();
            List<List<Object>> yellow = new ArrayList<>();
            for (LocalDate d : days(t)) {
                double expected = t.value() * RuleFunctions.elapsedShare(t, d);
                double redTop = Math.max(0, expected - tol);
                pace.add(List.of(d.toString(), round(expected)));
                red.add(List.of(d.toString(), round(redTop)));
                yellow.add(List.of(d.toString(), round(expected - redTop)));
            }
            chart.put("pace", pace);
            chart.put("redBand", red);
            chart.put("yellowBand", yellow);
            chart.put("tolerance", tolerancePercent);
        }
        return chart;
    }

    /** The first of each month through the deadline, and the deadline: enough for straight lines and the clamp at zero. */
    private static List<LocalDate> days(Target t) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = t.periodStart(); d.isBefore(t.deadline()); d = d.plusMonths(1)) {
            days.add(d);
        }
        days.add(t.deadline());
        return days;
    }

    private static double inTargetUnit(Target t, StoredReport r) {
        if (t.unit() == null || r.unit() == null || t.unit().equals(r.unit())) {
            return r.value();
        }
        return round(Units.convert(r.value(), r.unit(), t.unit()));
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
