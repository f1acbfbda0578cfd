package cn.dunban.bench.baseline;

import static cn.dunban.vocabulary.RuleFunctions.dropPercent;
import static cn.dunban.vocabulary.RuleFunctions.elapsedShare;
import static cn.dunban.vocabulary.RuleFunctions.evidence;
import static cn.dunban.vocabulary.RuleFunctions.inUnit;
import static cn.dunban.vocabulary.RuleFunctions.num;
import static cn.dunban.vocabulary.RuleFunctions.round;
import static cn.dunban.vocabulary.RuleFunctions.sameDimension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dunban.catalog.Target;
import cn.dunban.vocabulary.Goal;
import cn.dunban.facts.EnergyStat;
import cn.dunban.findings.Citation;
import cn.dunban.findings.Finding;
import cn.dunban.findings.Severity;
import cn.dunban.findings.SubjectType;

/**
 * {@code rules/energy}: energy intensity drop and coal cut of a jurisdiction against the same period of the
 * year before, judged against the targets listed in {@code energy.intensityTargets} / {@code energy.coalTargets};
 * and which of those targets count as reported (Measured) because a full year's statistics give the result.
 */
final class EnergyFamily implements Family {

    @Override
    public String name() {
        return "energy";
    }

    @Override
    public Set<String> rules() {
        return Set.of("energy-intensity", "energy-intensity-ytd", "energy-coal", "energy-coal-ytd");
    }

    /** energy-intensity-drop: the latest statistic of each (jurisdiction, year) against the same period a year before. */
    record Drop(EnergyStat stat, double intensity, double baseIntensity, double drop) {
    }

    /** energy-coal-cut */
    record Cut(EnergyStat stat, double coal, double baseCoal, double cut) {
    }

    static List<Drop> drops(Data d) {
        int places = (int) d.parameter("energy.intensityDecimals");
        double share = d.parameter("energy.renewableDeduction");
        List<Drop> out = new ArrayList<>();
        for (EnergyStat s : latestPerYear(d, false)) {
            for (EnergyStat b : d.energy(s.jurisdiction(), s.year() - 1)) {
                if (b.period().equals(s.period()) && b.energy() > b.feedstockExcluded()) {
                    double intensity = round((s.energy() - s.feedstockExcluded() - share * s.renewableExcluded()) / s.gdp(),
                            places);
                    double base = round((b.energy() - b.feedstockExcluded()) / b.gdp(), places);
                    out.add(new Drop(s, intensity, base, dropPercent(intensity, base)));
                }
            }
        }
        return out;
    }

    static List<Cut> cuts(Data d) {
        List<Cut> out = new ArrayList<>();
        for (EnergyStat s : latestPerYear(d, true)) {
            for (EnergyStat b : d.energy(s.jurisdiction(), s.year() - 1)) {
                if (b.coal() != null && b.period().equals(s.period())) {
                    out.add(new Cut(s, s.coal(), b.coal(), b.coal() - s.coal()));
                }
            }
        }
        return out;
    }

    /** Per (jurisdiction, year), the statistics at or before the check date with no later one that year. */
    private static List<EnergyStat> latestPerYear(Data d, boolean withCoal) {
        Map<String, List<EnergyStat>> byYear = new HashMap<>();
        for (EnergyStat s : d.energy()) {
            if ((!withCoal || s.coal() != null) && !s.asOf().isAfter(d.asOf())) {
                byYear.computeIfAbsent(s.jurisdiction() + "#" + s.year(), k -> new ArrayList<>()).add(s);
            }
        }
        List<EnergyStat> out = new ArrayList<>();
        for (List<EnergyStat> year : byYear.values()) {
            for (EnergyStat s : year) {
                if (year.stream().noneMatch(o -> o.asOf().isAfter(s.asOf()))) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** energy-measures-intensity, energy-measures-coal: targets whose result a full year's statistics give. */
    static Set<String> measured(Data d) {
        Set<String> out = new HashSet<>();
        Set<String> intensity = new HashSet<>(d.parameterValues("energy.intensityTargets"));
        Set<String> coal = new HashSet<>(d.parameterValues("energy.coalTargets"));
        Set<String> fullDrops = new HashSet<>();
        drops(d).stream().filter(x -> x.stat().isFullYear()).forEach(x -> fullDrops.add(key(x.stat())));
        Set<String> fullCuts = new HashSet<>();
        cuts(d).stream().filter(x -> x.stat().isFullYear()).forEach(x -> fullCuts.add(key(x.stat())));
        for (Target t : d.targets()) {
            String k = t.jurisdiction() + "#" + t.year();
            if ((intensity.contains(t.id()) && fullDrops.contains(k)) || (coal.contains(t.id()) && fullCuts.contains(k))) {
                out.add(t.id());
            }
        }
        return out;
    }

    private static String key(EnergyStat s) {
        return s.jurisdiction() + "#" + s.year();
    }

    @Override
    public void check(Data d, List<Finding> out) {
        int places = (int) d.parameter("energy.intensityDecimals");
        double share = d.parameter("energy.renewableDeduction");
        Set<String> intensityIds = new HashSet<>(d.parameterValues("energy.intensityTargets"));
        Set<String> coalIds = new HashSet<>(d.parameterValues("energy.coalTargets"));
        for (Drop x : drops(d)) {
            EnergyStat s = x.stat();
            for (Target t : d.targetsOf(s.jurisdiction(), s.year())) {
                if (!intensityIds.contains(t.id())) {
                    continue;
                }
                for (Goal g : d.goals(t.id())) {
                    if ((g.unit() == null || sameDimension(g.unit(), "%")) && g.value() > x.drop()) {
                        boolean full = s.isFullYear();
                        out.add(finding(full ? "energy-intensity" : "energy-intensity-ytd",
                                full ? Severity.VIOLATION : Severity.AT_RISK, s.jurisdiction(), t,
                                intensityMessage(x, g.value(), full, places),
                                evidence("year", s.year(), "asOf", s.asOf(), "intensity", x.intensity(), "baseIntensity",
                                        x.baseIntensity(), "drop", x.drop(), "required", g.value(), "unit", "%",
                                        "renewableDeduction", share)));
                    }
                }
            }
        }
        for (Cut c : cuts(d)) {
            EnergyStat s = c.stat();
            for (Target t : d.targetsOf(s.jurisdiction(), s.year())) {
                if (!coalIds.contains(t.id())) {
                    continue;
                }
                for (Goal g : d.goals(t.id())) {
                    if (!sameDimension(g.unit(), "万吨")) {
                        continue;
                    }
                    double cut = inUnit(c.cut(), "万吨", g.unit());
                    if (s.isFullYear() && g.value() > cut) {
                        out.add(finding("energy-coal", Severity.VIOLATION, s.jurisdiction(), t,
                                coalMessage(c, g.value(), g.value(), g.unit(), true),
                                evidence("year", s.year(), "asOf", s.asOf(), "coal", c.coal(), "baseCoal", c.baseCoal(),
                                        "cut", cut, "required", g.value(), "unit", g.unit())));
                    } else if (!s.isFullYear() && g.value() * elapsedShare(t, s.asOf()) > cut) {
                        double expected = g.value() * elapsedShare(t, s.asOf());
                        out.add(finding("energy-coal-ytd", Severity.AT_RISK, s.jurisdiction(), t,
                                coalMessage(c, g.value(), expected, g.unit(), false),
                                evidence("year", s.year(), "asOf", s.asOf(), "coal", c.coal(), "baseCoal", c.baseCoal(),
                                        "cut", cut, "expected", expected, "required", g.value(), "unit", g.unit(),
                                        "elapsed", elapsedShare(t, s.asOf()))));
                    }
                }
            }
        }
    }

    private static Finding finding(String rule, Severity severity, String jurisdiction, Target t, String message,
            java.util.Map<String, Object> evidence) {
        return new Finding(severity, rule, SubjectType.JURISDICTION, jurisdiction, t.document(), t.task(), jurisdiction,
                t.leadUnits(), message, evidence, new Citation(t.document(), t.task(), t.text()));
    }

    private static String periodName(EnergyStat s) {
        if (s.isFullYear()) {
            return s.year() + "年";
        }
        if (s.asOf().getDayOfMonth() == s.asOf().lengthOfMonth()) {
            return s.year() + "年1—" + s.asOf().getMonthValue() + "月";
        }
        return s.year() + "年（截至" + s.asOf() + "）";
    }

    private static String change(double drop) {
        return drop >= 0 ? "下降" + num(drop) + "%" : "不降反升" + num(-drop) + "%";
    }

    private static String intensityMessage(Drop d, double required, boolean fullYear, int places) {
        EnergyStat s = d.stat();
        return s.jurisdiction() + periodName(s) + "单位GDP能耗" + num(d.intensity(), places) + "吨标准煤/万元，比上年同期"
                + num(d.baseIntensity(), places) + change(d.drop())
                + (fullYear ? "，未达到下降" : "，落后于全年下降") + num(required) + "%的目标";
    }

    private static String coalMessage(Cut c, double required, double expected, String unit, boolean fullYear) {
        EnergyStat s = c.stat();
        String done = c.cut() >= 0 ? "压减" + num(c.cut()) + "万吨" : "不减反增" + num(-c.cut()) + "万吨";
        return s.jurisdiction() + periodName(s) + "煤炭消费量" + num(c.coal()) + "万吨，比上年同期" + done
                + (fullYear ? "，未完成下达的压减" + num(required) + unit + "任务"
                        : "，按时间进度应压减约" + num(expected) + unit + "（全年" + num(required) + unit + "）");
    }
}
