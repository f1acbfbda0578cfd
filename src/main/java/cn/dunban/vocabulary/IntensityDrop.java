package cn.dunban.vocabulary;

import cn.dunban.facts.EnergyStat;

/**
 * A jurisdiction's energy intensity (单位GDP能耗) for a period against the same period of the year before,
 * derived by the rule {@code energy-intensity-drop} (rules/energy): 单位GDP能耗 = (能源消费量 − 原料用能 −
 * 扣除比例 × 新增可再生能源) ÷ 可比价地区生产总值, rounded as the statistics bulletins round it; the base
 * period deducts feedstock only. {@code drop} is in percent, negative when intensity rose.
 */
public final class IntensityDrop {

    private final EnergyStat stat;
    private final double intensity;
    private final double baseIntensity;
    private final double drop;

    public IntensityDrop(EnergyStat stat, double intensity, double baseIntensity, double drop) {
        this.stat = stat;
        this.intensity = intensity;
        this.baseIntensity = baseIntensity;
        this.drop = drop;
    }

    /** The drop of {@code stat} against {@code base}, the renewables deducted at {@code share}, to {@code places} decimals. */
    public static IntensityDrop of(EnergyStat stat, EnergyStat base, double share, int places) {
        double now = RuleFunctions.round((stat.energy() - stat.feedstockExcluded() - share * stat.renewableExcluded())
                / stat.gdp(), places);
        double before = RuleFunctions.round((base.energy() - base.feedstockExcluded()) / base.gdp(), places);
        return new IntensityDrop(stat, now, before, RuleFunctions.dropPercent(now, before));
    }

    public EnergyStat getStat() {
        return stat;
    }

    public double getIntensity() {
        return intensity;
    }

    public double getBaseIntensity() {
        return baseIntensity;
    }

    public double getDrop() {
        return drop;
    }

    /** "下降2.12%" or "不降反升0.5%" (two decimals at most). */
    public String getChange() {
        return drop >= 0 ? "下降" + RuleFunctions.num(drop) + "%" : "不降反升" + RuleFunctions.num(-drop) + "%";
    }
}
