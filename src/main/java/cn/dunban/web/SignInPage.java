package cn.dunban.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** {@code GET /login}: the sign-in form, with the reason of a failed attempt or a note after signing out. */
@Controller
class SignInPage {

    @GetMapping("/login")
    String login(HttpServletRequest request, HttpSession session, Authentication user, Model model) {
        if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
            return "redirect:" + SignInLanding.landing(user);
        }
        if (request.getParameterMap().containsKey("error")) {
            model.addAttribute("failure", session.getAttribute(SignInFailure.REASON));
            model.addAttribute("name", session.getAttribute(SignInFailure.NAME));
            session.removeAttribute(SignInFailure.REASON);
            session.removeAttribute(SignInFailure.NAME);
        }
        model.addAttribute("signedOut", request.getParameterMap().containsKey("logout"));
        return "login";
    }
}
