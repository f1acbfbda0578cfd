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
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facts and report batches are read whole into memory, so a request body larger than
 * {@code dunban.max-body} (32MB: some 300,000 reports) is refused with {@code 413}. A declared
 * {@code Content-Length} over the limit is refused before anything is read; every body, chunked or not,
 * is also counted as it is read, and reading stops with {@code 413} at the first byte over the limit,
 * whatever the endpoint.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
class BodySizeFilter extends OncePerRequestFilter {

    /** Thrown by the counting stream; the filter turns it into the 413 problem. */
    static final class TooLarge extends IOException {
        private final long max;

        TooLarge(long max) {
            super("request body over " + max + " bytes");
            this.max = max;
        }

        String detail() {
            return "请求体超过上限 " + max / 1024 + " KB（dunban.max-body）；请分批提交";
        }
    }

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
            refuse(request, response, request.getContentLengthLong() / 1024 + " KB");
            return;
        }
        Limited limited = new Limited(request, max.toBytes());
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!limited.exceeded) {
                throw e;
            }
        }
        if (limited.exceeded) {
            // Whatever the endpoint made of the broken read (400, 500, nothing), the answer is 413.
            if (response.isCommitted()) {
                return;
            }
            response.reset();
            refuse(request, response, "超过 " + max.toKilobytes() + " KB");
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String size) throws IOException {
        response.setHeader("Connection", "close");
        ApiProblem.write(request, response, json, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "请求体过大",
                "请求体 " + size + "，超过上限 " + max.toKilobytes() + " KB（dunban.max-body）；请分批提交");
    }

    /** The request with its body counted as it is read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream in;
        volatile boolean exceeded;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                in = new Counting(super.getInputStream());
            }
            return in;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String enc = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), enc));
        }

        private final class Counting extends ServletInputStream {

            private final ServletInputStream delegate;
            private long read;

            Counting(ServletInputStream delegate) {
                this.delegate = delegate;
            }

            private void count(long n) throws TooLarge {
                if (n > 0) {
                    read += n;
                    if (read > max) {
                        exceeded = true;
                        throw new TooLarge(max);
                    }
                }
            }

            @Override
            public int read() throws IOException {
                int b = delegate.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = delegate.read(b, off, len);
                count(n);
                return n;
            }

            @Override
            public boolean isFinished() {
                return delegate.isFinished();
            }

            @Override
            public boolean isReady() {
                return delegate.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                delegate.setReadListener(listener);
            }
        }
    }
}
