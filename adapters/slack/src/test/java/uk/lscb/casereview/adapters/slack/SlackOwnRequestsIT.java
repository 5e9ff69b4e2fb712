package uk.lscb.casereview.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.driver.RecordedLog;

/**
 * What Slack itself sends to {@code /slack/events}, through the real Bolt servlet: its check of the request URL
 * (url_verification), answered with its challenge exactly, in UTF-8, and its notice that it is rate limiting the
 * app's events (app_rate_limited), acknowledged with one line for the operator, where Bolt answered 400.
 */
class SlackOwnRequestsIT {
    private final SlackFixture f;
    private final RecordedLog log = new RecordedLog(RequestFreshness.class);

    SlackOwnRequestsIT() throws Exception {
        f = new SlackFixture();
    }

    @AfterEach
    void stop() throws Exception {
        log.close();
        f.close();
    }

    private static String rateLimited(boolean withMinute) {
        JsonObject body = new JsonObject();
        body.addProperty("token", "legacy");
        body.addProperty("type", "app_rate_limited");
        body.addProperty("team_id", "T0001");
        if (withMinute) {
            body.addProperty("minute_rate_limited", 1518467820);
        }
        body.addProperty("api_app_id", "A0001");
        return body.toString();
    }

    @Test
    void aUrlVerificationChallengeThatIsNotAsciiIsAnsweredExactlyInUtf8() throws Exception {
        String challenge = "d\u00e9fi\u2713";

        HttpResponse<String> response = f.signed("{\"type\": \"url_verification\", \"token\": \"legacy\", "
                + "\"challenge\": \"" + challenge + "\"}", "application/json", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWithIgnoringCase("text/plain").containsIgnoringCase("charset=utf-8");
        assertThat(response.body()).isEqualTo(challenge);
    }

    @Test
    void slacksNoticeThatItIsHoldingBackTheAppsEventsIsAcknowledgedAndLoggedOnceForTheOperator() throws Exception {

        HttpResponse<String> response = f.signed(rateLimited(true), "application/json", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(log.records()).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.WARNING);
            assertThat(RecordedLog.text(line)).isEqualTo("Slack is rate limiting the events of workspace T0001 from "
                    + "2018-02-12T20:37:00Z (more than 30,000 in an hour): until it stops, direct messages and "
                    + "mentions there may not reach the assistant (buttons, forms and commands are not events)");
        });
    }

    @Test
    void slacksNoticeWithoutItsMinuteIsAcknowledgedAndLoggedAllTheSame() throws Exception {

        HttpResponse<String> response = f.signed(rateLimited(false), "application/json", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(log.records()).singleElement().satisfies(line -> assertThat(RecordedLog.text(line))
                .startsWith("Slack is rate limiting the events of workspace T0001 from a minute it did not "
                        + "say (more than 30,000 in an hour)"));
    }

    @Test
    void aRateLimitNoticeNotSignedByTheAppIsRefusedWith401AndNotLogged() throws Exception {
        long now = Instant.now().getEpochSecond();
        String body = rateLimited(true);
        String wrong = new SlackSignature.Generator("not-the-secret").generate(String.valueOf(now), body);

        HttpResponse<String> response = f.send(body, "application/json", now, wrong, Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(log.records()).noneMatch(line -> RecordedLog.text(line).contains("rate limiting"));
    }
}
