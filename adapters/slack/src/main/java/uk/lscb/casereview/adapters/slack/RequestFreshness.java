package uk.lscb.casereview.adapters.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.MiddlewareOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.time.Duration;

/**
 * Refuses an HTTP request whose {@code X-Slack-Request-Timestamp} is more than five minutes away from
 * now in either direction, with the same 401 as a bad signature. Bolt's own check refuses only old
 * timestamps, so a request signed now but stamped in the future could be replayed until then. Runs
 * after Bolt's signature check (the timestamp is then the one that was signed); Socket Mode requests,
 * which carry no timestamp, pass.
 */
final class RequestFreshness implements Middleware {
    private static final System.Logger LOG = System.getLogger(RequestFreshness.class.getName());
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final String TIMESTAMP = "X-Slack-Request-Timestamp";

    /** Wall-clock time, as Slack stamps its requests: never the application's business clock. */
    private final Clock clock;

    RequestFreshness(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.isSocketMode() || MiddlewareOps.isNoSlackSignatureRequest(req.getRequestType())) {
            return chain.next(req);
        }
        if (fresh(req.getHeaders().getFirstValue(TIMESTAMP))) {
            return chain.next(req);
        }
        LOG.log(System.Logger.Level.INFO, "Slack request refused: its timestamp is more than {0} minutes from now",
                WINDOW.toMinutes());
        return Response.json(401, "{\"error\":\"invalid request\"}");
    }

    private boolean fresh(String timestamp) {
        if (timestamp == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException unreadable) {
            return false;
        }
        return Math.abs(clock.instant().getEpochSecond() - seconds) <= WINDOW.toSeconds();
    }
}
