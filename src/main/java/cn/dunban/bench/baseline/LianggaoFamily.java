package cn.dunban.bench.baseline;

import static cn.dunban.vocabulary.RuleFunctions.describe;
import static cn.dunban.vocabulary.RuleFunctions.evidence;
import static cn.dunban.vocabulary.RuleFunctions.lastPart;
import static cn.dunban.vocabulary.RuleFunctions.orMissing;
import static cn.dunban.vocabulary.RuleFunctions.projectEvidence;
import static cn.dunban.vocabulary.RuleFunctions.ratio;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dunban.vocabulary.Clause;
import cn.dunban.vocabulary.Parameter;
import cn.dunban.facts.Project;
import cn.dunban.findings.Citation;
import cn.dunban.findings.Finding;
import cn.dunban.findings.Severity;
import cn.dunban.findings.SubjectType;

/**
 * {@code rules/lianggao}: new 两高 projects without window guidance, energy review, or with a 减量替代 ratio below
 * what its industry needs (ratios.dslr); new 三高 projects in the counties along the Yellow River.
 */
final class LianggaoFamily implements Family {

    @Override
    public String name() {
        return "lianggao";
    }

    @Override
    public Set<String> rules() {
        return Set.of("lianggao-window-guidance", "lianggao-energy-review", "lianggao-replacement",
                "sangao-yellow-river", "sangao-energy-review");
    }

    @Override
    public void check(Data d, List<Finding> out) {
        List<String> industries = d.parameterValues("lianggao.industries");
        List<String> counties = d.parameterValues("sangao.counties");
        List<Parameter> ratios = d.parametersStartingWith("lianggao.ratio.");
        for (Project p : d.projects()) {
            if (!p.isNew()) {
                continue;
            }
            if (industries.contains(p.industry())) {
                List<Clause> clauses = ProjectControls.clauses(d, "两高", p);
                for (Clause c : clauses) {
                    if (!Boolean.TRUE.equals(p.windowGuidance())) {
                        out.add(finding("lianggao-window-guidance", Severity.VIOLATION, p, c,
                                describe(p) + "新上“两高”项目，未履行窗口指导", projectEvidence(p)));
                    }
                    if (!Boolean.TRUE.equals(p.energyReview())) {
                        out.add(finding("lianggao-energy-review", Severity.VIOLATION, p, c,
                                describe(p) + "新上“两高”项目，未取得节能审查意见", projectEvidence(p)));
                    }
                }
                // ratios.dslr: the industry's own row, else the uniform ratio
                for (Parameter r : ratios) {
                    boolean own = p.industry().equals(r.key());
                    boolean uniform = r.key() == null && r.value() != null && ratios.stream()
                            .noneMatch(o -> o.name().equals(r.name()) && p.industry().equals(o.key()));
                    if (!own && !uniform) {
                        continue;
                    }
                    String dimension = lastPart(r.name());
                    Double reported = p.replacementRatio(dimension);
                    double required = r.value();
                    if (reported == null || reported < required) {
                        for (Clause c : clauses) {
                            out.add(finding("lianggao-replacement", Severity.VIOLATION, p, c, describe(p)
                                    + shortOf(dimension, reported, required),
                                    evidence("dimension", dimension, "industry", p.industry(), "reported",
                                            orMissing(reported), "required", required, "status", r.status())));
                        }
                    }
                }
            }
            if (Boolean.TRUE.equals(p.threeHigh()) && counties.contains(p.county())) {
                for (Clause c : ProjectControls.clauses(d, "三高", p)) {
                    if (Boolean.TRUE.equals(p.energyReview())) {
                        out.add(finding("sangao-yellow-river", Severity.INFO, p, c, describe(p)
                                + "沿黄重点县区新上“三高”项目，属严控对象，请核实是否符合产业政策、“三线一单”及能耗、水耗要求",
                                projectEvidence(p)));
                    } else {
                        out.add(finding("sangao-energy-review", Severity.VIOLATION, p, c,
                                describe(p) + "沿黄重点县区新上“三高”项目，未取得节能审查意见", projectEvidence(p)));
                    }
                }
            }
        }
    }

    private static String shortOf(String dimension, Double reported, double required) {
        if (reported == null) {
            return "新上“两高”项目，" + dimension + "减量替代比例未报送，应不低于" + ratio(required);
        }
        return "新上“两高”项目，" + dimension + "减量替代比例为" + ratio(reported) + "，低于应达的" + ratio(required);
    }

    static Finding finding(String rule, Severity severity, Project p, Clause c, String message,
            Map<String, Object> evidence) {
        return new Finding(severity, rule, SubjectType.PROJECT, p.id(), c.document(), c.task(), p.jurisdiction(),
                c.leadUnits(), message, evidence, new Citation(c.document(), c.task(), c.text()));
    }
}
