package cn.dunban.bench.baseline;

import java.util.ArrayList;
import java.util.List;

import cn.dunban.engine.Clause;
import cn.dunban.facts.Project;

/**
 * The sentence both project families share: "依据项目所在地的“…”管控条款" — the clauses of a control in the
 * project's city or county-level area, each the latest of its jurisdiction's up to the check year.
 */
final class ProjectControls {

    private ProjectControls() {
    }

    static List<Clause> clauses(Data d, String control, Project p) {
        int checkYear = d.asOf().getYear();
        List<Clause> out = new ArrayList<>();
        for (Clause c : d.clauses(control)) {
            boolean here = c.jurisdiction().equals(p.jurisdiction()) || c.jurisdiction().equals(p.county());
            if (!here || c.year() > checkYear) {
                continue;
            }
            boolean newer = d.clauses(control).stream().anyMatch(o -> o.jurisdiction().equals(c.jurisdiction())
                    && o.year() > c.year() && o.year() <= checkYear);
            if (!newer) {
                out.add(c);
            }
        }
        return out;
    }
}
