package uk.lscb.casereview.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.platforms.Platform;

/** Outside local mode with no admin token configured, every transcript request is refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"SLACK_BOT_TOKEN=xoxb-test", "casereview.admin-token=",
                // Slack is on with a bot token: HTTP mode needs its signing secret, and the Web API is pointed
                // at a closed local port so that nothing goes to slack.com.
                "SLACK_SIGNING_SECRET=no-admin-token-it-secret", "SLACK_API_URL=http://127.0.0.1:9/api/"})
@Import(FixedClock.class)
class NoAdminTokenIT {

    @LocalServerPort
    int port;
    @Autowired
    ScopingService scoping;

    @Test
    void withNoTokenConfiguredEveryTranscriptRequestIsRefused() {
        Referrals.submitted(scoping, Platform.SLACK, "NTKN-001");
        Http http = new Http(port);
        for (Map<String, String> headers : java.util.List.of(Map.<String, String>of(),
                Map.of("Authorization", "Bearer "), Map.of("Authorization", "Bearer anything-at-all-1234"))) {
            Http.Response refused = http.get("/api/cases/NTKN-001/transcript", headers);
            assertThat(refused.status()).isIn(401, 403);
            assertThat(refused.json().get("error").asText()).isEqualTo("admin_token_not_configured");
            assertThat(refused.json().get("message").asText()).contains("CASEREVIEW_ADMIN_TOKEN");
        }
    }
}
