package cn.dunban.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Refusals that never reach a controller — the firewall's rejected URLs, {@code sendError} from a
 * filter, the container's own 404 — are forwarded by Tomcat to {@code /error}; this answers them as
 * the same RFC 9457 problem in Chinese as every other refusal, instead of Spring's or Tomcat's page.
 */
@RestController
@Hidden
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        if (status < 400) {
            status = 500;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ApiProblem.type(StatusTitles.slug(status)).toString());
        body.put("title", StatusTitles.title(status));
        body.put("status", status);
        body.put("detail", StatusTitles.detail(status, request.getMethod(), path));
        body.put("instance", path);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
