package cn.dunban.vocabulary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.runtime.rule.RuleContext;

import cn.dunban.catalog.Target;
import cn.dunban.catalog.Unit;
import cn.dunban.catalog.Units;
import cn.dunban.facts.Project;
import cn.dunban.findings.Citation;
import cn.dunban.findings.Finding;
import cn.dunban.findings.Severity;
import cn.dunban.findings.SubjectType;

/**
 * The few functions rule files call ({@code import function …}), so that a rule's consequence reads as
 * "record this finding for this target" and carries no plumbing. The finding's {@code rule} id is the
 * rule's {@code @id} metadata, or its name when it has none.
 */
public final class RuleFunctions {

    private RuleFunctions() {
    }

    /** A finding about a target: subject, document, task, units and citation all come from the catalog. */
    public static Finding finding(RuleContext drools, Severity severity, Target t, String message,
            Map<String, Object> evidence) {
        return finding(ruleId(drools), severity, t, message, evidence);
    }

    /** The same, for callers outside a rule (the benchmark's plain-Java baseline) that name the rule id. */
    public static Finding finding(String ruleId, Severity severity, Target t, String message,
            Map<String, Object> evidence) {
        return new Finding(severity, ruleId, SubjectType.TARGET, t.id(), t.document(), t.task(),
                t.jurisdiction(), t.leadUnits(), message, evidence, new Citation(t.document(), t.task(), t.text()));
    }

    /** A finding about a lower plan's target measured against its parent's (上下级目标衔接). */
    public static Finding cascadeFinding(RuleContext drools, Severity severity, Target lower, String message,
            Map<String, Object> evidence) {
        return new Finding(severity, ruleId(drools), SubjectType.CASCADE, lower.id(), lower.document(), lower.task(),
                lower.jurisdiction(), lower.leadUnits(), message, evidence,
                new Citation(lower.document(), lower.task(), lower.text()));
    }

    /** A finding about a project, citing the clause of the document whose control it breaks. */
    public static Finding projectFinding(RuleContext drools, Severity severity, Project p, Target clause,
            String message, Map<String, Object> evidence) {
        return new Finding(severity, ruleId(drools), SubjectType.PROJECT, p.id(),
                clause == null ? null : clause.document(), clause == null ? null : clause.task(),
                p.jurisdiction(), clause == null ? java.util.List.of() : clause.leadUnits(), message, evidence,
                clause == null ? null : new Citation(clause.document(), clause.task(), clause.text()));
    }

    /** A finding about a jurisdiction's statistics (e.g. energy intensity), citing the target it measures. */
    public static Finding jurisdictionFinding(RuleContext drools, Severity severity, String jurisdiction,
            Target clause, String message, Map<String, Object> evidence) {
        return new Finding(severity, ruleId(drools), SubjectType.JURISDICTION, jurisdiction,
                clause == null ? null : clause.document(), clause == null ? null : clause.task(), jurisdiction,
                clause == null ? java.util.List.of() : clause.leadUnits(), message, evidence,
                clause == null ? null : new Citation(clause.document(), clause.task(), clause.text()));
    }

    /**
     * A severity by its Chinese label as rule files write it (违规、预警、进度滞后、未报送、提示), so that a
     * sentence such as {@code 记为{级别}…} serves every level.
     */
    public static Severity level(String label) {
        for (Severity s : Severity.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("不认识的级别“" + label + "”（可用：违规、预警、进度滞后、未报送、提示）");
    }

    /** Evidence as ordered key/value pairs; whole numbers print as integers, others to 4 decimals. */
    public static Map<String, Object> evidence(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            if (v == null) {
                continue;
            }
            if (v instanceof Double || v instanceof Float) {
                v = number(((Number) v).doubleValue());
            } else if (v instanceof LocalDate d) {
                v = d.toString();
            }
            m.put(String.valueOf(keyValues[i]), v);
        }
        return m;
    }

    /** For messages: 98.5 → "98.5", 100.0 → "100", 44.8767 → "44.88" (two decimals at most). */
    public static String num(Double d) {
        if (d == null) {
            return "";
        }
        return rounded(d, 2).toString();
    }

    /** For messages that need more decimals than {@link #num(Double)}: 0.489386 with 4 → "0.4894". */
    public static String num(Double d, int decimals) {
        if (d == null) {
            return "";
        }
        return rounded(d, decimals).toString();
    }

    /**
     * For messages, an amount computed by a rule (序时应完成): rounded to what its unit counts, "约45" for
     * 44.88 家 (see {@link Units#decimals}); an amount that needed no rounding has no 约.
     */
    public static String amount(double value, String unit) {
        BigDecimal exact = BigDecimal.valueOf(value);
        BigDecimal shown = exact.setScale(Units.decimals(unit), RoundingMode.HALF_UP);
        String n = shown.stripTrailingZeros().toPlainString();
        return (exact.compareTo(shown) != 0 ? "约" : "") + n;
    }

    /** Share of a target's period (1 January to its deadline) that has passed at {@code asOf}, 0 to 1. */
    public static double elapsedShare(Target t, LocalDate asOf) {
        long total = ChronoUnit.DAYS.between(t.periodStart(), t.deadline()) + 1;
        long done = ChronoUnit.DAYS.between(t.periodStart(), asOf) + 1;
        if (total <= 0) {
            return 1;
        }
        return Math.max(0, Math.min(1, (double) done / total));
    }

    /** Percent with one decimal, for messages: 0.7479 → "74.8%". */
    public static String percent(double share) {
        return rounded(share * 100, 1) + "%";
    }

    /** For evidence: whole numbers as integers, others to 4 decimals, so JSON shows 100 and 98.5. */
    private static Number number(double d) {
        Number n = rounded(d, 4);
        return n instanceof BigDecimal b ? b.doubleValue() : n;
    }

    private static Number rounded(double d, int decimals) {
        double r = BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return (long) r;
        }
        return new BigDecimal(BigDecimal.valueOf(r).stripTrailingZeros().toPlainString());
    }

    private static String ruleId(RuleContext drools) {
        Object id = drools.getRule().getMetaData().get("id");
        return id != null ? String.valueOf(id) : drools.getRule().getName();
    }

    /** A finding about a project, citing the control clause (not a numbered target) whose control it breaks. */
    public static Finding projectFinding(RuleContext drools, Severity severity, Project p, Clause clause,
            String message, Map<String, Object> evidence) {
        return new Finding(severity, ruleId(drools), SubjectType.PROJECT, p.id(), clause.document(), clause.task(),
                p.jurisdiction(), clause.leadUnits(), message, evidence,
                new Citation(clause.document(), clause.task(), clause.text()));
    }

    /** How a finding names a project: "某焦化项目（P-001，邹城市，焦化）". */
    public static String describe(Project p) {
        StringBuilder where = new StringBuilder(p.id());
        if (p.county() != null) {
            where.append("，").append(p.county());
        } else if (p.jurisdiction() != null) {
            where.append("，").append(p.jurisdiction());
        }
        if (p.industry() != null) {
            where.append("，").append(p.industry());
        }
        return (p.name() == null ? "项目" : p.name()) + "（" + where + "）";
    }

    /**
     * What a project reported about the controls, as a finding's evidence: industry, stage, county and each
     * yes/no of docs/facts.md ("未报送" where the project did not say).
     */
    public static Map<String, Object> projectEvidence(Project p) {
        return evidence("industry", p.industry(), "stage", p.stage(), "county", p.county(),
                "windowGuidance", orMissing(p.windowGuidance()), "energyReview", orMissing(p.energyReview()),
                "chemical", orMissing(p.chemical()), "inChemicalPark", orMissing(p.inChemicalPark()),
                "threeHigh", orMissing(p.threeHigh()));
    }

    /** A 减量替代 ratio as the documents write it, retired : new: 1.25 → "1.25:1"; null → "未报送". */
    public static String ratio(Double r) {
        return r == null ? "未报送" : num(r) + ":1";
    }

    /** A reported value as evidence: the value, or "未报送" when the unit did not give it. */
    public static Object orMissing(Object reported) {
        return reported == null ? "未报送" : reported;
    }

    /** The part of a parameter name after its last dot: "lianggao.ratio.产能" → "产能". */
    public static String lastPart(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** How findings name a target's item of its document: "第78项", or "主要预期目标" for task 0. */
    public static String taskName(Target t) {
        return t.task() == 0 ? "主要预期目标" : "第" + t.task() + "项";
    }

    /** A statistics period as findings name it: "2025年", "2025年1—9月", "2025年（截至2025-09-20）". */
    public static String periodName(cn.dunban.facts.EnergyStat s) {
        if (s.isFullYear()) {
            return s.year() + "年";
        }
        if (s.asOf().getDayOfMonth() == s.asOf().lengthOfMonth()) {
            return s.year() + "年1—" + s.asOf().getMonthValue() + "月";
        }
        return s.year() + "年（截至" + s.asOf() + "）";
    }

    /** Rounded half-up to {@code places} decimals, as statistics bulletins keep intensities (4). */
    public static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * The fall from {@code base} to {@code current} in percent (2.12 for 0.5 → 0.4894), with the noise of
     * binary floating point rounded away (to 10 decimals) so that a drop of exactly 3% compares as 3.
     */
    public static double dropPercent(double current, double base) {
        return round((1 - current / base) * 100, 10);
    }

    /** Whether two units measure the same thing (万吨 and 吨 do; 万吨 and 万吨标准煤 do not); null never does. */
    public static boolean sameDimension(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        var ua = unit(a);
        var ub = unit(b);
        return ua.isPresent() && ub.isPresent() && ua.get().dimension() == ub.get().dimension();
    }

    /** A value in one unit expressed in another of the same dimension (万吨 → 吨). */
    public static double inUnit(double value, String from, String to) {
        if (from == null || to == null || from.equals(to)) {
            return value;
        }
        Unit a = unit(from).orElseThrow(() -> new IllegalArgumentException("未知单位“" + from + "”"));
        Unit b = unit(to).orElseThrow(() -> new IllegalArgumentException("未知单位“" + to + "”"));
        return a.convert(value, b);
    }

    /**
     * A unit parsed once: rules call {@link #sameDimension} in constraints that every goal of a province
     * passes through. The units of a rulebase and its catalog are a short list; the cache stops growing at
     * a few thousand in case a caller passes anything else.
     */
    private static Optional<Unit> unit(String name) {
        Optional<Unit> u = UNITS.get(name);
        if (u == null) {
            u = Units.parse(name);
            if (UNITS.size() < 4096) {
                UNITS.put(name, u);
            }
        }
        return u;
    }

    private static final Map<String, Optional<Unit>> UNITS = new ConcurrentHashMap<>();
}
