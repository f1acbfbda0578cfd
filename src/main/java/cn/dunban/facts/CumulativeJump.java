package cn.dunban.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import cn.dunban.catalog.Measure;
import cn.dunban.catalog.Target;

/**
 * A cumulative figure far off the previous report on the same target may be a typo (万 for 亿, an extra
 * zero) or may be true (a big project counted at once). Such a report is stored, with this warning for the
 * officer. Figures of different dates are compared at the pace they imply (序时: the figure divided by the
 * elapsed share of the target's period), so that January's 1 and September's 9 are the same pace; a pace
 * more than {@code factor} times the previous one, or less than its {@code 1/factor}, is far off. The
 * factor is a service parameter ({@code dunban.plausibility.jump-factor}, default 3) that no source gives
 * (status U).
 */
public final class CumulativeJump {

    private CumulativeJump() {
    }

    /** The warning for {@code value} at {@code asOf} after {@code previous} at {@code previousAsOf}, if far off. */
    public static Optional<String> check(Target t, LocalDate previousAsOf, double previous, LocalDate asOf, double value,
            double factor) {
        if (t.measure() != Measure.CUMULATIVE || previous <= 0 || value < 0) {
            return Optional.empty();
        }
        double ratio = (value / share(t, asOf)) / (previous / share(t, previousAsOf));
        if (ratio <= factor && ratio >= 1 / factor) {
            return Optional.empty();
        }
        String unit = t.unit() == null ? "" : t.unit();
        return Optional.of("完成值 " + Numbers.text(value) + unit + "（截至 " + asOf + "）与上次报告 "
                + Numbers.text(previous) + unit + "（截至 " + previousAsOf + "）相差过大：按序时进度折算为上次的 "
                + Numbers.text(ratio) + " 倍（超出 " + Numbers.text(1 / factor) + "—" + Numbers.text(factor)
                + " 倍即提示）。已保存，请核实是否填错");
    }

    /** Elapsed share of the target's period at {@code date}, at least one day's worth. */
    private static double share(Target t, LocalDate date) {
        LocalDate start = t.periodStart();
        LocalDate end = t.deadline() == null || t.deadline().isBefore(start) ? LocalDate.of(t.year(), 12, 31) : t.deadline();
        double total = ChronoUnit.DAYS.between(start, end) + 1;
        double elapsed = Math.min(total, Math.max(1, ChronoUnit.DAYS.between(start, date) + 1));
        return elapsed / total;
    }
}
