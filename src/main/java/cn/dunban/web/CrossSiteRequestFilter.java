package cn.dunban.web;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser that has signed in to dunban sends the HTTP Basic credentials with every request to it,
 * also with a form that another web site makes it post. So a request that changes something is refused
 * when the browser says it comes from another site ({@code Sec-Fetch-Site}, or else an {@code Origin}
 * whose scheme, host or port differ from this service's). Scripts and curl send neither header and are not affected; dunban's own page
 * is same-origin.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final JsonMapper json;

    CrossSiteRequestFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (crossSite(request)) {
            ApiProblem.write(request, response, json, HttpStatus.FORBIDDEN, "cross-site-request", "拒绝跨站请求",
                    "浏览器表明这个请求来自其他网站；修改数据的请求只接受来自 dunban 自己页面或脚本的调用");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        return !sameOrigin(origin, request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /**
     * The same origin is the same scheme, host and port (RFC 6454): {@code http://127.0.0.1:9999} is
     * another site than dunban on {@code http://127.0.0.1:8080}. An origin that does not parse, or
     * {@code null} (sandboxed frames, redirects), is another site.
     */
    static boolean sameOrigin(String origin, String scheme, String host, int port) {
        try {
            URI o = URI.create(origin.strip());
            if (o.getScheme() == null || o.getHost() == null || (o.getPath() != null && !o.getPath().isEmpty())
                    || o.getQuery() != null || o.getUserInfo() != null) {
                return false;
            }
            return o.getScheme().equalsIgnoreCase(scheme) && stripBrackets(o.getHost()).equalsIgnoreCase(stripBrackets(host))
                    && effectivePort(o.getScheme(), o.getPort()) == effectivePort(scheme, port);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static int effectivePort(String scheme, int port) {
        if (port > 0) {
            return port;
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
