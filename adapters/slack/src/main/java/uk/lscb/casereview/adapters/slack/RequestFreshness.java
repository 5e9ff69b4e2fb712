package uk.lscb.casereview.adapters.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Bolt's servlet, refusing a request whose {@code X-Slack-Request-Timestamp} is more than five minutes
 * away from now in either direction, with the same 401 as a bad signature. Bolt's own check refuses
 * only old timestamps, so a request signed now but stamped in the future could be replayed until then.
 * A request without the header goes to Bolt, which refuses it unsigned. Checked before Bolt runs, so it
 * needs nothing from Slack (Bolt's middleware is set up on the first request, with a call to Slack).
 * A body that is not what Slack sends ({@link SlackBodyCheck}), or that Bolt cannot read, is refused with 400
 * and one line in the log, where Bolt would answer 500 with a stack trace.
 */
final class RequestFreshness extends SlackAppServlet {
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    private static final System.Logger LOG = System.getLogger(RequestFreshness.class.getName());

    /** Wall-clock time, as Slack stamps its requests: never the application's business clock. */
    private final transient Clock clock;

    RequestFreshness(App app, Clock clock) {
        super(app);
        this.clock = clock;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String timestamp = request.getHeader(TIMESTAMP);
        if (timestamp != null && !fresh(timestamp)) {
            LOG.log(System.Logger.Level.INFO, "Slack request refused: its timestamp is more than {0} minutes from now",
                    WINDOW.toMinutes());
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"error\":\"invalid request\"}");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        Optional<String> problem = SlackBodyCheck.problem(new String(body, StandardCharsets.UTF_8),
                request.getContentType());
        if (problem.isPresent()) {
            refuse(response, problem.get());
            return;
        }
        try {
            super.doPost(new ReadAgain(request, body), response);
        } catch (RuntimeException unreadable) { // Bolt reading a field of the wrong type, before any handler
            if (response.isCommitted()) {
                throw unreadable;
            }
            refuse(response, "a field of the wrong type (" + unreadable.getClass().getSimpleName() + ")");
        }
    }

    private static void refuse(HttpServletResponse response, String problem) throws IOException {
        LOG.log(System.Logger.Level.WARNING, "Slack request refused: {0}", problem);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"invalid request\"}");
    }

    /** The request with its body, already read, to be read again by Bolt. */
    private static final class ReadAgain extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }

                @Override
                public int read() {
                    return bytes.read();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }
    }

    private boolean fresh(String timestamp) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException unreadable) {
            return false;
        }
        return Math.abs(clock.instant().getEpochSecond() - seconds) <= WINDOW.toSeconds();
    }
}
