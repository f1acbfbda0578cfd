package cn.dunban.web.page;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import cn.dunban.engine.RulebaseHolder;
import cn.dunban.store.ReportStore;
import cn.dunban.store.StoredReport;
import cn.dunban.vocabulary.Parameter;
import cn.dunban.web.ApiProblem;
import tools.jackson.databind.json.JsonMapper;

/** {@code /targets/{id}}: one target — the clause as written, who leads it, every report version, the chart. */
@Controller
class TargetPage {

    /** The rulebase parameter that sets how far behind pace is still yellow (percent of the target value). */
    static final String TOLERANCE = "pace.tolerance";

    private final Catalog catalog;
    private final ReportStore reports;
    private final RulebaseHolder rules;
    private final JsonMapper json;

    TargetPage(Catalog catalog, ReportStore reports, RulebaseHolder rules, JsonMapper json) {
        this.catalog = catalog;
        this.reports = reports;
        this.rules = rules;
        this.json = json;
    }

    @GetMapping("/targets/{id}")
    String target(@PathVariable String id, Model model) {
        Target t = find(catalog, id);
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
        return rules.checker().rulebase().parameters().stream().filter(p -> TOLERANCE.equals(p.name()))
                .map(Parameter::value).findFirst().orElse(null);
    }
}
