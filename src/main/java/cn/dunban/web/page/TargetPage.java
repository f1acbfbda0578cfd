package cn.dunban.web.page;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import cn.dunban.engine.RulebaseHolder;
import cn.dunban.scope.Scope;
import cn.dunban.status.StatusReport;
import cn.dunban.store.ReportStore;
import cn.dunban.store.StoredReport;
import cn.dunban.vocabulary.Parameter;
import cn.dunban.web.ApiProblem;
import cn.dunban.web.Statuses;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /targets/{id}}: one target — the clause as written, who leads it, its light at the check date (the
 * status rules'), every report version, the chart.
 */
@Controller
class TargetPage {

    /**
     * The rulebase parameters that set how far behind pace is still yellow (percent of the target value): the
     * status rules' red line, else the pace rules' tolerance.
     */
    static final List<String> TOLERANCE = List.of("status.red", "pace.tolerance");

    private final Catalog catalog;
    private final ReportStore reports;
    private final RulebaseHolder rules;
    private final Statuses statuses;
    private final JsonMapper json;

    TargetPage(Catalog catalog, ReportStore reports, RulebaseHolder rules, Statuses statuses, JsonMapper json) {
        this.catalog = catalog;
        this.statuses = statuses;
        this.reports = reports;
        this.rules = rules;
        this.json = json;
    }

    @GetMapping("/targets/{id}")
    String target(@PathVariable String id, @RequestParam(required = false) String asOf, Model model) {
        Target t = find(catalog, id);
        StatusReport board = statuses.board(PageDates.parse(asOf, "asOf").orElse(null),
                Scope.of(catalog, List.of(t.document()), List.of(), List.of()));
        model.addAttribute("asOf", board.asOf());
        model.addAttribute("status", board.targets().stream().filter(s -> s.target().id().equals(t.id())).findFirst()
                .orElse(null));
        List<StoredReport> history = reports.history(t.id());
        model.addAttribute("t", t);
        model.addAttribute("document", catalog.document(t.document()).orElse(null));
        model.addAttribute("history", history);
        model.addAttribute("chart", json.writeValueAsString(TargetChart.of(t, history, tolerance(rules))));
        return "target";
    }

    static Target find(Catalog catalog, String id) {
        return catalog.target(id).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "unknown-target",
                "没有这个目标", List.of(ApiProblem.Fault.of("id", "unknown-target", "目录中没有目标“" + id + "”"))));
    }

    static Double tolerance(RulebaseHolder rules) {
        List<Parameter> params = rules.checker().rulebase().parameters();
        for (String name : TOLERANCE) {
            for (Parameter p : params) {
                if (name.equals(p.name()) && p.value() != null) {
                    return p.value();
                }
            }
        }
        return null;
    }
}
