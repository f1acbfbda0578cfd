package cn.dunban.web.page;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.dunban.catalog.Catalog;
import cn.dunban.engine.RulebaseException;
import cn.dunban.engine.RulebaseHolder;
import cn.dunban.engine.Rulebases;
import cn.dunban.policy.RulesDiff;
import cn.dunban.web.ApiProblem;
import cn.dunban.web.Checks;

/**
 * {@code /rules}: for policy staff, the rulebase the service is checking with — version, when it was loaded,
 * the reload log (who or what triggered each reload, its fingerprint, the files it changed, the trial it ran
 * and its errors), and every parameter with its source and status (C confirmed, P partly, U a documented
 * default). {@code /rules/diff}: what an edited rules directory would change on the stored facts, before it
 * is activated (policy staff only).
 */
@Controller
class RulesPage {

    private final RulebaseHolder rules;
    private final Checks checks;
    private final Catalog catalog;

    RulesPage(RulebaseHolder rules, Checks checks, Catalog catalog) {
        this.rules = rules;
        this.checks = checks;
        this.catalog = catalog;
    }

    @GetMapping("/rules")
    String rules(Model model) {
        model.addAttribute("status", rules.status());
        model.addAttribute("history", rules.history());
        model.addAttribute("errors", rules.lastErrors());
        model.addAttribute("parameters", rules.parameters());
        return "rules";
    }

    @GetMapping("/rules/diff")
    String diff(@RequestParam(required = false) String edited, @RequestParam(required = false) String asOf,
            Model model) {
        model.addAttribute("edited", edited);
        LocalDate date = PageDates.parse(asOf, "asOf").orElse(null);
        model.addAttribute("asOf", date);
        if (edited == null || edited.isBlank()) {
            return "rules-diff";
        }
        Path dir = directory(edited);
        LocalDate on = date != null ? date : checks.today();
        try {
            RulesDiff.Result result = RulesDiff.compare(rules.checker().rulebase(), Rulebases.load(dir), catalog,
                    checks.storedFacts(on), on);
            model.addAttribute("result", result);
        } catch (RulebaseException e) {
            model.addAttribute("compileErrors", e.errors().stream().map(Object::toString).toList());
        }
        return "rules-diff";
    }

    private static Path directory(String typed) {
        try {
            Path dir = Path.of(typed.strip());
            if (Files.isDirectory(dir)) {
                return dir;
            }
        } catch (InvalidPathException e) {
            // worded below
        }
        throw new ApiProblem(HttpStatus.BAD_REQUEST, "no-such-directory", "找不到规则目录",
                List.of(ApiProblem.Fault.of("edited", "no-such-directory",
                        "服务器上没有目录“" + typed + "”（填写服务所在机器上规则副本的路径）")));
    }
}
