package cn.dunban.facts;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A jurisdiction's energy statistics for a year, normalised on input: {@code gdp} in 亿元 at constant
 * prices, {@code energy} and the exclusions in 万吨标准煤, {@code coal} (煤炭消费量, null if not given) in 万吨.
 * {@code asOf} is the end of the period the figures cover: 12-31 for a whole year, an earlier date for a
 * year-to-date statistic (1—9月 …), which is compared with the same period of the year before.
 */
public record EnergyStat(String jurisdiction, int year, double gdp, double energy, double renewableExcluded,
        double feedstockExcluded, LocalDate asOf, Double coal) {

    public EnergyStat {
        if (asOf == null) {
            asOf = LocalDate.of(year, 12, 31);
        }
    }

    /** A whole year's statistics, without coal. */
    public EnergyStat(String jurisdiction, int year, double gdp, double energy, double renewableExcluded,
            double feedstockExcluded) {
        this(jurisdiction, year, gdp, energy, renewableExcluded, feedstockExcluded, null, null);
    }

    /** Whether the figures cover the whole year rather than the year to date. */
    public boolean isFullYear() {
        return asOf.getMonthValue() == 12 && asOf.getDayOfMonth() == 31;
    }

    /** The period's end within its year (09-30 for 1—9月), to find the same period of another year. */
    public MonthDay period() {
        return MonthDay.from(asOf);
    }
}
