package cn.dunban.bench.baseline;

import static cn.dunban.vocabulary.RuleFunctions.describe;
import static cn.dunban.vocabulary.RuleFunctions.projectEvidence;

import java.util.List;
import java.util.Set;

import cn.dunban.vocabulary.Clause;
import cn.dunban.facts.Project;
import cn.dunban.findings.Finding;
import cn.dunban.findings.Severity;

/** {@code rules/chempark}: a new chemical project outside a recognised chemical park, unless its kind is exempt. */
final class ChemparkFamily implements Family {

    @Override
    public String name() {
        return "chempark";
    }

    @Override
    public Set<String> rules() {
        return Set.of("chempark-outside-park");
    }

    @Override
    public void check(Data d, List<Finding> out) {
        List<String> exempt = d.parameterValues("chempark.exemptIndustries");
        for (Project p : d.projects()) {
            if (!p.isNew() || !Boolean.TRUE.equals(p.chemical()) || Boolean.TRUE.equals(p.inChemicalPark())
                    || exempt.contains(p.industry())) {
                continue;
            }
            for (Clause c : ProjectControls.clauses(d, "化工入园", p)) {
                out.add(LianggaoFamily.finding("chempark-outside-park", Severity.VIOLATION, p, c, describe(p)
                        + "新上化工项目，不在认定的化工园区（含专业化工园区、化工重点监控点）内建设", projectEvidence(p)));
            }
        }
    }
}
