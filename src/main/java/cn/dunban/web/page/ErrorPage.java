package cn.dunban.web.page;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A refusal that never reached a page's controller (a role that may not open the page, an address that does
 * not exist), for a browser: a page in Chinese with the title bar, so the user can go on. Scripts and API
 * clients, which do not ask for HTML, keep getting the JSON problem of {@code /error}.
 */
@Controller
class ErrorPage {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("path", uri == null ? request.getRequestURI() : uri.toString());
        return "error";
    }
}
