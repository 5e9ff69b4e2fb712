package uk.lscb.casereview.bot.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The request size limit on every endpoint (the Teams and Slack endpoints, the JSON APIs, Bolt's servlet
 * alike): a body larger than {@code casereview.http.max-request-body} (256 kB: Teams activities and Slack
 * payloads are far smaller, a Teams message is at most ~80 kB) is answered 413 with a JSON error and never
 * read. A declared {@code Content-Length} over the limit is refused at once; a chunked body is read up to
 * the limit and handed on from memory, so whatever reads it next (Spring's converters, Bolt's signature
 * check, which reads the raw body) sees exactly the bytes that came. Tomcat's own limit is larger (2 MB for
 * form posts) and Spring MVC has none for a body read as a String or a JSON tree, so without this 10 MB bodies
 * were read on every endpoint. After the 413 Tomcat drops up to {@code server.tomcat.max-swallow-size} (16 MB) of
 * what the client is still sending, so that the client reads the answer rather than a reset.
 */
public final class RequestSizeLimit extends OncePerRequestFilter {
    private final long limit;
    private final String message;

    public RequestSizeLimit(DataSize limit) {
        this.limit = limit.toBytes();
        this.message = "The request body is larger than " + limit.toKilobytes() + " kB, the most this server reads."
                + " Nothing was done.";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(response);
            return;
        }
        if (declared >= 0 || !chunked(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            refuse(response);
            return;
        }
        chain.doFilter(new Buffered(request, body), response);
    }

    private static boolean chunked(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && !encoding.isBlank();
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Connection", "close");
        response.getWriter().write("{\"error\":\"payload_too_large\",\"message\":\"" + message + "\"}");
    }

    /** A request whose body has been read already, served again from memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }
    }
}
