package cn.dunban.vocabulary;

import cn.dunban.facts.EnergyStat;

/**
 * How much a jurisdiction's coal consumption fell against the same period of the year before (煤炭消费压减量),
 * derived by the rule {@code energy-coal-cut} (rules/energy). Statistics give coal in 万吨; a goal set in
 * another unit of mass compares through {@link #cutIn}, which converts with the catalog's units.
 */
public final class CoalCut {

    private final EnergyStat stat;
    private final double coal;
    private final double baseCoal;
    private final double cut;

    public CoalCut(EnergyStat stat, EnergyStat base) {
        this.stat = stat;
        this.coal = stat.coal();
        this.baseCoal = base.coal();
        this.cut = baseCoal - coal;
    }

    public EnergyStat getStat() {
        return stat;
    }

    public double getCoal() {
        return coal;
    }

    public double getBaseCoal() {
        return baseCoal;
    }

    /** 万吨; negative when consumption rose. */
    public double getCut() {
        return cut;
    }

    /** The cut in {@code unit} (a goal's unit of mass: 万吨, 吨 …). */
    public double cutIn(String unit) {
        return RuleFunctions.inUnit(cut, "万吨", unit);
    }

    /** "压减12万吨" or "不减反增3万吨" (two decimals at most). */
    public String getChange() {
        return cut >= 0 ? "压减" + RuleFunctions.num(cut) + "万吨" : "不减反增" + RuleFunctions.num(-cut) + "万吨";
    }
}
