package uk.lscb.casereview.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lscb.casereview.adapters.slack.SlackRequests;
import uk.lscb.casereview.adapters.slack.StubSlackApi;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.RemoteMongo;

/**
 * A slash command whose answer takes longer than the 3 s Slack waits for the ack: here MongoDB is down and a request
 * gives up on it after 4 s, as a remote store does after its server selection limit. The command is acknowledged
 * within Slack's 3 s, saying the answer follows, and the answer (here, that the case records can't be reached) is
 * then sent to the command's response_url, shown to the person only. Before, the ack came after the store gave up,
 * too late for Slack, which showed its own timeout notice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "SLACK_BOT_TOKEN=xoxb-test-token",
        "SLACK_SIGNING_SECRET=" + SlackSlowStoreIT.SECRET,
        "server.address=127.0.0.1",
        "casereview.reminders.first-sweep-after=PT1H",
        "casereview.boards[0].id=staffordshire",
        "casereview.boards[0].name=Staffordshire",
        "casereview.boards[0].chairs.slack[0]=UCHAIR01",
        "casereview.boards[1].id=stoke-on-trent",
        "casereview.boards[1].name=Stoke-on-Trent"})
@Import(FixedClock.class)
class SlackSlowStoreIT {
    static final String SECRET = "slow-store-it-signing-secret-0123456789";
    private static final Duration SLACK_WAITS = Duration.ofSeconds(3);
    private static final StubSlackApi SLACK = StubSlackApi.started();
    private static final RemoteMongo MONGO = new RemoteMongo();

    @DynamicPropertySource
    static void slackAndMongo(DynamicPropertyRegistry registry) {
        registry.add("SLACK_API_URL", SLACK::url);
        registry.add("MONGODB_URI", () -> MONGO.uri(Duration.ofSeconds(4)));
    }

    @AfterAll
    static void stop() {
        SLACK.close();
        MONGO.stop();
    }

    @LocalServerPort
    int port;

    @Test
    void aCommandSlowerThanSlackWaitsIsAcknowledgedAtOnceAndAnsweredThroughItsResponseUrl() throws Exception {
        SlackRequests slack = new SlackRequests(SECRET, "http://127.0.0.1:" + port + "/slack/events");
        MONGO.stop();

        long started = System.nanoTime();
        HttpResponse<String> acknowledged = slack.command("UPRAC001", "CPANEL01", "status SCR-2026-001",
                SLACK.responseUrl());
        Duration ackTook = Duration.ofNanos(System.nanoTime() - started);

        assertThat(acknowledged.statusCode()).isEqualTo(200);
        assertThat(ackTook).isLessThan(SLACK_WAITS);
        assertThat(new ObjectMapper().readTree(acknowledged.body()).path("text").asText())
                .isEqualTo("Looking that up: I'll answer here in a moment.");
        SlackRequests.await("the answer at the response_url", () -> !SLACK.calls(StubSlackApi.RESPONSE_URL).isEmpty());
        assertThat(SLACK.calls(StubSlackApi.RESPONSE_URL)).singleElement().satisfies(answer -> {
            assertThat(answer.get("response_type")).isEqualTo("ephemeral");
            assertThat(answer.get("text")).isEqualTo("Sorry, I can't reach the case records just now, so nothing "
                    + "has changed. Please try again in a minute.");
        });
    }
}
