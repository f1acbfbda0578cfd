package cn.dunban.bench.baseline;

import java.util.ArrayList;
import java.util.List;

import cn.dunban.vocabulary.Clause;
import cn.dunban.facts.Project;

/**
 * The sentence both project families share: "依据项目所在地的“…”管控条款" — the clauses of a control in the
 * project's city or county-level area, each the latest of its jurisdiction's up to the check year.
 */
final class ProjectControls {

    private ProjectControls() {
    }

    static List<Clause> clauses(Data d, String control, Project p) {
        List<Clause> out = new ArrayList<>();
        latest(d, control, p.jurisdiction(), out);
        if (p.county() != null && !p.county().equals(p.jurisdiction())) {
            latest(d, control, p.county(), out);
        }
        return out;
    }

    /** The clauses of the latest year up to the check year among one jurisdiction's. */
    private static void latest(Data d, String control, String jurisdiction, List<Clause> out) {
        int checkYear = d.asOf().getYear();
        List<Clause> all = d.clauses(control, jurisdiction);
        int year = all.stream().mapToInt(Clause::year).filter(y -> y <= checkYear).max().orElse(Integer.MIN_VALUE);
        all.stream().filter(c -> c.year() == year).forEach(out::add);
    }
}
