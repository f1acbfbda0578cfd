package cn.dunban.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs before the password is checked: a sign-in attempt (HTTP Basic credentials, or a sign-in form
 * posted to {@code /login}) for an account or from an address that {@link SignInThrottle} holds back
 * is answered 429 with {@code Retry-After}, and logged. Requests without credentials pass untouched.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final JsonMapper json;

    SignInThrottleFilter(SignInThrottle throttle, JsonMapper json) {
        this.throttle = throttle;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String account = account(request);
        if (account != null) {
            String address = request.getRemoteAddr();
            Optional<Duration> wait = throttle.refusal(account, address);
            if (wait.isPresent()) {
                throttle.refused(account, address, wait.get());
                long seconds = Math.max(1, wait.get().toSeconds() + 1);
                response.setHeader("Retry-After", Long.toString(seconds));
                ApiProblem.write(request, response, json, HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled",
                        "登录失败次数过多", "该账号或该地址近期登录失败次数过多，请 " + seconds + " 秒后再试");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The account a request tries to sign in as, or null if it does not try. */
    static String account(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            return request.getParameter("username");
        }
        return null;
    }
}
