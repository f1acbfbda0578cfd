package cn.dunban.facts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import cn.dunban.catalog.Dimension;
import cn.dunban.catalog.Target;
import cn.dunban.catalog.Unit;
import cn.dunban.catalog.Units;

/**
 * Facts that cannot be true are refused, with the reason: a report dated after today (no figure is known
 * ahead of its date) or outside the years its target runs (1 January of the document's year to the end
 * of its deadline's year), and a negative count or amount (人, 家, 亿元, 万吨标准煤 …). Rates and
 * percentage points may be negative: a growth rate can fall, an intensity can rise.
 */
final class Plausibility {

    /** Today in China, where the reports are made. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    Plausibility(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** Whether a report is plausible; if not, says why at its date or value. */
    boolean report(FactsReader.Walk w, String path, Target t, LocalDate asOf, Double value, String unit) {
        boolean ok = true;
        LocalDate today = today();
        if (asOf != null && asOf.isAfter(today)) {
            w.error(path + ".asOf", "future-date", "报告日期 " + asOf + " 晚于今天（" + today + "）：数据不能截至未来的日期");
            ok = false;
        } else if (asOf != null) {
            LocalDate from = LocalDate.of(t.year(), 1, 1);
            int lastYear = t.deadline() == null ? t.year() : Math.max(t.year(), t.deadline().getYear());
            LocalDate to = LocalDate.of(lastYear, 12, 31);
            if (asOf.isBefore(from) || asOf.isAfter(to)) {
                w.error(path + ".asOf", "out-of-period", "报告日期 " + asOf + " 不在目标 " + t.id() + " 的年度内（"
                        + (lastYear == t.year() ? t.year() + "年" : t.year() + "—" + lastYear + "年") + "）");
                ok = false;
            }
        }
        if (value != null && value < 0 && !signed(unit)) {
            w.error(path + ".value", "negative", "完成值 " + Numbers.text(value) + (unit == null ? "" : unit)
                    + " 是负数：" + dimensionLabel(unit) + "不会小于 0");
            ok = false;
        }
        return ok;
    }

    /** Whether an amount of energy statistics is plausible: not negative, not dated in the future. */
    boolean amount(FactsReader.Walk w, String field, Double value, String what) {
        if (value != null && value < 0) {
            w.error(field, "negative", what + " " + Numbers.text(value) + " 是负数，不会小于 0");
            return false;
        }
        return true;
    }

    boolean notFuture(FactsReader.Walk w, String field, LocalDate date) {
        LocalDate today = today();
        if (date != null && date.isAfter(today)) {
            w.error(field, "future-date", "日期 " + date + " 晚于今天（" + today + "）：数据不能截至未来的日期");
            return false;
        }
        return true;
    }

    /** Rates (%) and percentage points may be negative; counts and amounts may not; no unit, no judgement. */
    private static boolean signed(String unit) {
        Optional<Unit> u = Units.parse(unit);
        return u.isEmpty() || u.get().dimension() == Dimension.PERCENT || u.get().dimension() == Dimension.POINTS;
    }

    private static String dimensionLabel(String unit) {
        return Units.parse(unit).map(u -> u.dimension().label()).orElse("数量");
    }
}
