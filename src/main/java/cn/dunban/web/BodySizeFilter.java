package cn.dunban.web;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facts and report batches are read whole into memory, so a request body larger than
 * {@code dunban.max-body} (32MB: some 300,000 reports) is refused with {@code 413} before it is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
class BodySizeFilter extends OncePerRequestFilter {

    private final JsonMapper json;
    private final DataSize max;

    BodySizeFilter(JsonMapper json, @Value("${dunban.max-body:32MB}") DataSize max) {
        this.json = json;
        this.max = max;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > max.toBytes()) {
            ApiProblem.write(request, response, json, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "请求体过大",
                    "请求体 " + request.getContentLengthLong() / 1024 + " KB，超过上限 " + max.toKilobytes()
                            + " KB（dunban.max-body）；请分批提交");
            return;
        }
        chain.doFilter(request, response);
    }
}
