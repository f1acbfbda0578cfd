package cn.dunban.web.page;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.dunban.engine.RulebaseHolder;

/**
 * {@code /rules}: for policy staff, the rulebase the service is checking with — version, when it was
 * loaded, the last reload and its errors, the rule files, and every parameter with its source and status
 * (C confirmed, P partly, U a documented default).
 */
@Controller
class RulesPage {

    private final RulebaseHolder rules;

    RulesPage(RulebaseHolder rules) {
        this.rules = rules;
    }

    @GetMapping("/rules")
    String rules(Model model) {
        RulebaseHolder.Status s = rules.status();
        model.addAttribute("status", s);
        model.addAttribute("parameters", rules.checker().rulebase().parameters());
        return "rules";
    }
}
