package uk.lscb.casereview.adapters.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Bolt's servlet, refusing a request whose {@code X-Slack-Request-Timestamp} is more than five minutes
 * away from now in either direction, with the same 401 as a bad signature. Bolt's own check refuses
 * only old timestamps, so a request signed now but stamped in the future could be replayed until then.
 * A request without the header goes to Bolt, which refuses it unsigned. Checked before Bolt runs, so it
 * needs nothing from Slack (Bolt's middleware is set up on the first request, with a call to Slack).
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
        super.doPost(request, response);
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
