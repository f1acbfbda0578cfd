package cn.dunban.bench.baseline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dunban.catalog.Catalog;
import cn.dunban.engine.Rulebase;
import cn.dunban.facts.Facts;
import cn.dunban.findings.Finding;
import cn.dunban.findings.FindingsReport;

/**
 * The benchmark's yardstick: the checks of {@code rules/} written by hand in plain Java, one class per
 * rule family, over hash-indexed data. It exists to be compared with: same findings as dunban, in how
 * much time. It reads the same data files the rules read (parameters, clauses, links).
 */
public final class Baseline {

    /** One entry per folder of {@code rules/}; a family added there is "not covered" until it has its counterpart here. */
    static final List<Family> FAMILIES = List.of(new TargetsFamily(), new FloorFamily(), new PaceFamily(),
            new ReportingFamily(), new CoverageFamily(), new EnergyFamily(), new CascadeFamily(), new LianggaoFamily(),
            new ChemparkFamily());

    private final Rulebase rulebase;

    /** Reads the rulebase's data only (parameters, clauses, links), never its compiled rules. */
    public Baseline(Rulebase rulebase) {
        this.rulebase = rulebase;
    }

    public FindingsReport check(Catalog catalog, Facts facts, LocalDate asOf) {
        Data data = new Data(catalog, facts, asOf, rulebase);
        List<Finding> out = new ArrayList<>();
        for (Family f : FAMILIES) {
            if (data.hasFamily(f.name())) {
                f.check(data, out);
            }
        }
        return new FindingsReport(asOf, "baseline", out.stream().distinct().toList());
    }

    public static List<Family> families() {
        return FAMILIES;
    }

    /** Rule id → the family that reproduces it. */
    public static Map<String, String> familyOfRule() {
        Map<String, String> m = new HashMap<>();
        FAMILIES.forEach(f -> f.rules().forEach(r -> m.put(r, f.name())));
        return m;
    }
}
