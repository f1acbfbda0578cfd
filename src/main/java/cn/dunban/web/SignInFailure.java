package cn.dunban.web;

import java.io.IOException;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A failed sign-in goes back to the form with a Chinese reason: a wrong name or password is said the
 * same way for both (so the form does not tell which names exist); any other refusal — say, too many
 * attempts — is shown as its message words it. The name typed is kept in the form.
 */
final class SignInFailure implements AuthenticationFailureHandler {

    static final String REASON = "dunban.signInFailure";
    static final String NAME = "dunban.signInName";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        String reason = e instanceof BadCredentialsException || e.getMessage() == null || e.getMessage().isBlank()
                ? "用户名或密码不正确" : e.getMessage();
        var session = request.getSession();
        session.setAttribute(REASON, reason);
        session.setAttribute(NAME, request.getParameter("username"));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
