package cn.dunban.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where a browser goes after signing in: back to the page it asked for, else to the desk of the
 * user's role — a unit to {@code /my}, policy staff to {@code /rules}, an officer to the board.
 */
final class SignInLanding extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        return landing(authentication);
    }

    static String landing(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof Account a) {
            return switch (a.role()) {
                case UNIT -> "/my";
                case POLICY -> "/rules";
                case OFFICER -> "/";
            };
        }
        return "/";
    }
}
