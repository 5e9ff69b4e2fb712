package uk.lscb.casereview.adapters.slack;

import com.slack.api.app_backend.SlackSignature;
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
 * and one line in the log, where Bolt would answer 500 with a stack trace. Slack's notice that it is rate limiting
 * the app's events ({@link AppRateLimited}), which Bolt does not know, is answered here: 200 and one warning for the
 * operator when it is signed with the app's secret, otherwise 401 as Bolt answers a bad signature. Bolt's answers
 * are written in UTF-8.
 */
final class RequestFreshness extends SlackAppServlet {
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    private static final System.Logger LOG = System.getLogger(RequestFreshness.class.getName());

    /** Wall-clock time, as Slack stamps its requests: never the application's business clock. */
    private final transient Clock clock;
    /** Empty in Socket Mode, where the app has no signing secret and Slack sends nothing to this servlet. */
    private final transient Optional<SlackSignature.Verifier> signature;

    RequestFreshness(App app, Clock clock) {
        super(app);
        this.clock = clock;
        this.signature = Optional.ofNullable(app.config().getSigningSecret()).filter(secret -> !secret.isBlank())
                .map(secret -> new SlackSignature.Verifier(new SlackSignature.Generator(secret)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String timestamp = request.getHeader(TIMESTAMP);
        if (timestamp != null && !fresh(timestamp)) {
            LOG.log(System.Logger.Level.INFO, "Slack request refused: its timestamp is more than {0} minutes from now",
                    WINDOW.toMinutes());
            answer(response, HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String text = new String(body, StandardCharsets.UTF_8);
        Optional<String> problem = SlackBodyCheck.problem(text, request.getContentType());
        if (problem.isPresent()) {
            refuse(response, problem.get());
            return;
        }
        Optional<AppRateLimited> rateLimited = AppRateLimited.in(text, request.getContentType());
        if (rateLimited.isPresent()) {
            rateLimited(request, text, rateLimited.get(), response);
            return;
        }
        // Bolt's answers in plain text (the challenge of Slack's check of the URL) carry no charset, so the container
        // wrote them in ISO-8859-1, with "?" for every character outside it: they are written in UTF-8.
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            super.doPost(new ReadAgain(request, body), response);
        } catch (RuntimeException unreadable) { // Bolt reading a field of the wrong type, before any handler
            if (response.isCommitted()) {
                throw unreadable;
            }
            refuse(response, "a field of the wrong type (" + unreadable.getClass().getSimpleName() + ")");
        }
    }

    /** Slack's notice, checked as Bolt checks a request (its signature and timestamp), and acknowledged. */
    private void rateLimited(HttpServletRequest request, String body, AppRateLimited notice,
                             HttpServletResponse response) throws IOException {
        if (signature.filter(verifier -> verifier.isValid(request.getHeader(TIMESTAMP), body,
                request.getHeader(SlackSignature.HeaderNames.X_SLACK_SIGNATURE), clock.millis())).isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "Slack request refused: a rate limit notice not signed by this app");
            answer(response, HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "Slack is rate limiting the events of workspace {0} from {1} (more "
                + "than 30,000 in an hour): until it stops, direct messages and mentions there may not reach the "
                + "assistant (buttons, forms and commands are not events)", notice.team(), notice.from());
        response.setStatus(HttpServletResponse.SC_OK);
    }

    private static void refuse(HttpServletResponse response, String problem) throws IOException {
        LOG.log(System.Logger.Level.WARNING, "Slack request refused: {0}", problem);
        answer(response, HttpServletResponse.SC_BAD_REQUEST);
    }

    private static void answer(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
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
