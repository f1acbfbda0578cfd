package cn.dunban.web;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import cn.dunban.input.InputException;

/**
 * Every request the service turns down is answered as an RFC 9457 problem ({@code application/problem+json})
 * that names the field at fault. Spring's own rejections (wrong method, unknown path, bad parameter
 * type) come through {@link ResponseEntityExceptionHandler} in the same shape.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
        ProblemDetail p = e.toProblem();
        return ResponseEntity.status(p.getStatus()).body(p);
    }

    /** Facts or reports that do not read: 400 with every error, each with its field, line and column. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidInput(InputException e) {
        List<ApiProblem.Fault> faults = e.errors().stream().map(ApiProblem.Fault::of).toList();
        ProblemDetail p = ApiProblem.problem(HttpStatus.BAD_REQUEST, "invalid-input", "输入有误", faults, Map.of());
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        String want = ex.getRequiredType() == null ? "" : "（应为" + typeName(ex.getRequiredType()) + "）";
        ProblemDetail p = ApiProblem.problem(HttpStatus.BAD_REQUEST, "invalid-request", "请求有误",
                List.of(ApiProblem.Fault.of(field, "wrong-type", "“" + ex.getValue() + "”不合要求" + want)), Map.of());
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = ApiProblem.problem(HttpStatus.BAD_REQUEST, "invalid-request", "请求有误",
                List.of(ApiProblem.Fault.of(ex.getParameterName(), "missing-parameter", "缺少参数")), Map.of());
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail p = ApiProblem.problem(HttpStatus.NOT_FOUND, "not-found", "没有找到", List.of(), Map.of());
        p.setDetail("没有 /" + ex.getResourcePath() + " 这个地址；接口一览见 /swagger-ui.html");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(p);
    }

    /** A body that does not read; one cut off at {@code dunban.max-body} is 413, as the filter says. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BodySizeFilter.TooLarge tooLarge) {
                ProblemDetail p = ApiProblem.problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "请求体过大",
                        List.of(), Map.of());
                p.setDetail(tooLarge.detail());
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header("Connection", "close").body(p);
            }
        }
        ProblemDetail p = ApiProblem.problem(HttpStatus.BAD_REQUEST, "invalid-request", "请求有误", List.of(), Map.of());
        p.setDetail("请求体无法读取");
        return ResponseEntity.badRequest().body(p);
    }

    /**
     * Spring's other rejections (405, 406, 415 …) keep their status and headers ({@code Allow}) but
     * speak Chinese like every other problem.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body == null || (body instanceof ProblemDetail p && (p.getType() == null
                || !p.getType().toString().startsWith("urn:dunban:")))) {
            int status = statusCode.value();
            String method = request instanceof ServletWebRequest s ? s.getRequest().getMethod() : "";
            String uri = request instanceof ServletWebRequest s ? s.getRequest().getRequestURI() : "";
            ProblemDetail chinese = ProblemDetail.forStatus(statusCode);
            chinese.setType(ApiProblem.type(StatusTitles.slug(status)));
            chinese.setTitle(StatusTitles.title(status));
            chinese.setDetail(StatusTitles.detail(status, method, uri));
            chinese.setInstance(java.net.URI.create(uri));
            body = chinese;
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    /** Anything unplanned: 500 without internals, and the stack trace in the log. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        log.error("内部错误", e);
        ProblemDetail p = ApiProblem.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "内部错误", List.of(),
                Map.of());
        p.setDetail("服务内部错误，已记录日志；请稍后重试或联系管理员");
        return ResponseEntity.internalServerError().body(p);
    }

    private static String typeName(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "整数";
        }
        return type.getSimpleName();
    }
}
