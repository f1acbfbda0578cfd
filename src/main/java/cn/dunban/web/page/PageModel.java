package cn.dunban.web.page;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.dunban.engine.RulebaseHolder;
import cn.dunban.web.Account;

/** What every page shows in its title bar and footer: who is signed in, in which role, and the rulebase. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RulebaseHolder rules;
    private final Clock clock;

    PageModel(RulebaseHolder rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Authentication user, Model model) {
        Account me = user != null && user.getPrincipal() instanceof Account a ? a : null;
        model.addAttribute("me", me);
        model.addAttribute("roleLabel", me == null ? "" : Labels.role(me.role()));
        model.addAttribute("rulebaseVersion", rules.status().version());
        model.addAttribute("now", MINUTE.format(clock.instant().atZone(CHINA)));
    }
}
