package cn.dunban.web.page;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import cn.dunban.web.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A refusal on a page is a page: the same Chinese title and located reasons the API gives as a JSON
 * problem, shown with the title bar so the user can go back, and with the same HTTP status.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private final PageModel common;

    PageErrors(PageModel common) {
        this.common = common;
    }

    @ExceptionHandler
    String refused(ApiProblem problem, Authentication user, HttpServletResponse response, Model model) {
        common.common(user, model);
        response.setStatus(problem.status().value());
        model.addAttribute("title", problem.title());
        model.addAttribute("reasons", problem.messages());
        return "refused";
    }
}
