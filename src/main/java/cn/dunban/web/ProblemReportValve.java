package cn.dunban.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word: what it answers itself when no error page applies (a request it could not map,
 * an error after Spring gave up). Its HTML page becomes the same problem document, in Chinese, as
 * every other refusal. Installed on the host by {@link TomcatProblems}.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String uri = request.getDecodedRequestURI() == null ? "" : request.getDecodedRequestURI();
        String body = "{\"type\":\"" + ApiProblem.type(StatusTitles.slug(status)) + "\",\"title\":\""
                + escape(StatusTitles.title(status)) + "\",\"status\":" + status + ",\"detail\":\""
                + escape(StatusTitles.detail(status, request.getMethod(), uri)) + "\",\"instance\":\"" + escape(uri)
                + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer w = response.getReporter();
            if (w != null) {
                w.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone; nothing to answer
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
