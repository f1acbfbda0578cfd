package cn.dunban.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import cn.dunban.input.InputError;

/**
 * A request the service turns down, as an RFC 9457 problem. Each problem names the field at fault in
 * {@code field} (the first one) and lists every fault in {@code errors}, so that a client fixes its
 * request in one round.
 */
public class ApiProblem extends RuntimeException {

    /** One fault: the JSON field path ({@code reports[1].unit}), where it is, a stable code and a message. */
    public record Fault(String field, int line, int column, String code, String message, String at) {

        Fault(String field, int line, int column, String code, String message) {
            this(field, line, column, code, message, null);
        }

        /** {@code at} names a spreadsheet cell ({@code 台账.xlsx!重点任务台账!M7}) where the input was a workbook. */
        static Fault of(InputError e) {
            String at = e.file() != null && e.file().contains("!") ? e.file() : null;
            return new Fault(e.field(), e.line(), e.column(), e.code(), e.message(), at);
        }

        public static Fault of(String field, String code, String message) {
            return new Fault(field, 0, 0, code, message);
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", field);
            if (at != null) {
                m.put("at", at);
            }
            if (line > 0) {
                m.put("line", line);
                m.put("column", column);
            }
            m.put("code", code);
            m.put("message", message);
            return m;
        }

        @Override
        public String toString() {
            return (at == null ? "" : at + ": ") + (field == null || field.isEmpty() ? "" : field + ": ") + code + ": "
                    + message;
        }
    }

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final List<Fault> faults;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    public ApiProblem(HttpStatus status, String type, String title, List<Fault> faults) {
        super(title + ": " + faults);
        this.status = status;
        this.type = type;
        this.title = title;
        this.faults = List.copyOf(faults);
    }

    static ApiProblem badRequest(String field, String code, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "请求有误", List.of(Fault.of(field, code, message)));
    }

    static ApiProblem notFound(String field, String code, String message) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "没有找到", List.of(Fault.of(field, code, message)));
    }

    /** The refusal in words, for a page: its title and each fault as {@code field: code: message}. */
    public String title() {
        return title;
    }

    public HttpStatus status() {
        return status;
    }

    public List<String> reasons() {
        return faults.stream().map(Fault::toString).toList();
    }

    /** Each fault's message alone, for a page that already says where (a form next to its fields). */
    public List<String> messages() {
        return faults.stream().map(Fault::message).toList();
    }

    ApiProblem with(String name, Object value) {
        extra.put(name, value);
        return this;
    }

    ProblemDetail toProblem() {
        return problem(status, type, title, faults, extra);
    }

    /** A problem written straight to the response, for the filters that answer before Spring MVC does. */
    static void write(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
            tools.jackson.databind.json.JsonMapper json, HttpStatus status, String type, String title, String detail)
            throws java.io.IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type(type).toString());
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    static URI type(String slug) {
        return URI.create("urn:dunban:problem:" + slug);
    }

    /** The one shape of every problem the service answers. */
    static ProblemDetail problem(HttpStatus status, String type, String title, List<Fault> faults,
            Map<String, Object> extra) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(type(type));
        p.setTitle(title);
        if (!faults.isEmpty()) {
            String first = faults.get(0).toString();
            p.setDetail(faults.size() == 1 ? first : first + "（共 " + faults.size() + " 处，见 errors）");
            p.setProperty("field", faults.get(0).field());
            p.setProperty("errors", faults.stream().map(Fault::toMap).toList());
        }
        extra.forEach(p::setProperty);
        return p;
    }
}
