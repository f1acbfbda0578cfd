package cn.dunban.bench.baseline;

import static cn.dunban.vocabulary.RuleFunctions.evidence;
import static cn.dunban.vocabulary.RuleFunctions.inUnit;
import static cn.dunban.vocabulary.RuleFunctions.num;
import static cn.dunban.vocabulary.RuleFunctions.sameDimension;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.dunban.catalog.Comparator;
import cn.dunban.vocabulary.Goal;
import cn.dunban.vocabulary.TargetLink;
import cn.dunban.findings.Citation;
import cn.dunban.findings.Finding;
import cn.dunban.findings.Severity;
import cn.dunban.findings.SubjectType;

/** {@code rules/cascade}: a lower plan's goal looser than its parent's, per reviewed link (mapping.json). */
final class CascadeFamily implements Family {

    private static final Set<Comparator> LOWER_BOUNDS = EnumSet.of(Comparator.GE, Comparator.GT, Comparator.APPROX,
            Comparator.RANGE);
    private static final Set<Comparator> UPPER_BOUNDS = EnumSet.of(Comparator.LE, Comparator.LT);

    @Override
    public String name() {
        return "cascade";
    }

    @Override
    public Set<String> rules() {
        return Set.of("cascade-floor", "cascade-cap");
    }

    @Override
    public void check(Data d, List<Finding> out) {
        for (TargetLink link : d.links()) {
            for (Goal pg : d.goals(link.parent())) {
                for (Goal lg : d.goals(link.lower())) {
                    if (lg.target().year() != d.asOf().getYear() || lg.target().year() != pg.target().year()
                            || !sameDimension(lg.unit(), pg.unit())) {
                        continue;
                    }
                    Comparator pc = pg.target().comparator();
                    Comparator lc = lg.target().comparator();
                    double lower = inUnit(lg.value(), lg.unit(), pg.unit());
                    if (LOWER_BOUNDS.contains(pc) && LOWER_BOUNDS.contains(lc) && lower < pg.value()) {
                        out.add(finding("cascade-floor", link, lg, pg, "低于"));
                    }
                    if (UPPER_BOUNDS.contains(pc) && UPPER_BOUNDS.contains(lc) && lower > pg.value()) {
                        out.add(finding("cascade-cap", link, lg, pg, "高于"));
                    }
                }
            }
        }
    }

    private static Finding finding(String rule, TargetLink link, Goal lg, Goal pg, String phrase) {
        String unit = pg.unit() == null ? "" : pg.unit();
        int task = pg.target().task();
        String message = "目标衔接：" + lg.target().indicator() + "目标" + num(inUnit(lg.value(), lg.unit(), pg.unit())) + unit + "，"
                + phrase + "上级" + pg.target().document() + (task == 0 ? "主要预期目标" : "第" + task + "项") + "的"
                + num(pg.value()) + unit
                + (link.average() ? "（上级为平均数，须由其他地区补足，请核实）" : "（上级为各地都须达到的标准，下级目标应与上级一致）");
        var t = lg.target();
        return new Finding(Severity.INFO, rule, SubjectType.CASCADE, t.id(), t.document(), t.task(), t.jurisdiction(),
                t.leadUnits(), message,
                evidence("lower", link.lower(), "lowerValue", inUnit(lg.value(), lg.unit(), pg.unit()), "parent",
                        link.parent(), "parentValue", pg.value(), "unit", pg.unit(), "parentText", pg.target().text(),
                        "kind", link.kind(), "reason", link.reason()),
                new Citation(t.document(), t.task(), t.text()));
    }
}
