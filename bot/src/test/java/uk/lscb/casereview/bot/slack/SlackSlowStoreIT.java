package uk.lscb.casereview.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;

/**
 * Work before an ack that takes longer than the 3 s Slack waits: here MongoDB is down and a request gives up on it
 * after 4 s, as a remote store does after its server selection limit. A slash command is acknowledged within
 * Slack's 3 s, saying the answer follows, and the answer (here, that the case records can't be reached) is then sent
 * to the command's response_url, shown to the person only. A case card's button is acknowledged within the 3 s and the
 * person told, where they pressed it. A modal's submission is acknowledged within the 3 s by the modal saying it is still
 * saving, and the person is then told, where they pressed the button that opened it, and in the modal. Before, each
 * ack came after the store gave up, too late for Slack, which showed its own failure notice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "SLACK_BOT_TOKEN=xoxb-test-token",
        "SLACK_SIGNING_SECRET=" + SlackSlowStoreIT.SECRET,
        "server.address=127.0.0.1",
        "casereview.reminders.first-sweep-after=PT1H",
        // Each request waits the selection limit: no failing at once after the first found no server.
        "casereview.store-unreachable-for=0s",
        "casereview.boards[0].id=staffordshire",
        "casereview.boards[0].name=Staffordshire",
        "casereview.boards[0].chairs.slack[0]=UCHAIR01",
        "casereview.boards[1].id=stoke-on-trent",
        "casereview.boards[1].name=Stoke-on-Trent"})
@Import(FixedClock.class)
class SlackSlowStoreIT {
    static final String SECRET = "slow-store-it-signing-secret-0123456789";
    private static final Duration SLACK_WAITS = Duration.ofSeconds(3);
    private static final String UNREACHABLE = "Sorry, I can't reach the case records just now, so nothing has "
            + "changed. Please try again in a minute.";
    private static final ObjectMapper JSON = new ObjectMapper();
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
    SlackRequests slack;

    @BeforeEach
    void storeDown() {
        slack = new SlackRequests(SECRET, "http://127.0.0.1:" + port + "/slack/events");
        MONGO.stop();
    }

    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    /** The request's ack: HTTP 200, within the 3 s Slack waits. */
    private static HttpResponse<String> acknowledgedInTime(Request request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> acknowledged = request.send();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(acknowledged.statusCode()).isEqualTo(200);
        assertThat(took).isLessThan(SLACK_WAITS);
        return acknowledged;
    }

    @Test
    void aCommandSlowerThanSlackWaitsIsAcknowledgedAtOnceAndAnsweredThroughItsResponseUrl() throws Exception {

        HttpResponse<String> acknowledged = acknowledgedInTime(() -> slack.command("UPRAC001", "CPANEL01",
                "status SCR-2026-001", SLACK.responseUrl()));

        assertThat(JSON.readTree(acknowledged.body()).path("text").asText())
                .isEqualTo("Looking that up: I'll answer here in a moment.");
        SlackRequests.await("the answer at the response_url", () -> !SLACK.calls(StubSlackApi.RESPONSE_URL).isEmpty());
        assertThat(SLACK.calls(StubSlackApi.RESPONSE_URL)).singleElement().satisfies(answer -> {
            assertThat(answer.get("response_type")).isEqualTo("ephemeral");
            assertThat(answer.get("text")).isEqualTo(UNREACHABLE);
        });
    }

    @Test
    void aCaseCardButtonWhoseCaseIsSlowerToReadThanSlackWaitsIsAcknowledgedAtOnceAndThePersonToldWhy()
            throws Exception {
        String confirm = ActionCodec.encode(new ButtonAction.Decision(DecisionVerb.CONFIRM,
                "00000000-0000-0000-0000-000000000001", 1));

        acknowledgedInTime(() -> slack.press("UCHAIR01", "DUCHAIR01", "1790000000.000001", "cr_case_0", confirm));

        SlackRequests.await("the Chair told, where they pressed", () -> SLACK.calls("chat.postEphemeral").stream()
                .anyMatch(call -> call.get("user").equals("UCHAIR01") && call.get("channel").equals("DUCHAIR01")));
        assertThat(SLACK.calls("chat.postEphemeral")).filteredOn(told -> told.get("channel").equals("DUCHAIR01"))
                .singleElement().satisfies(told -> assertThat(told.get("text")).isEqualTo(UNREACHABLE));
    }

    @Test
    void aModalSubmittedWhenItsAnswerIsSlowerThanSlackWaitsSaysItIsStillSavingAndThePersonIsThenToldWhere()
            throws Exception {
        String confirm = ActionCodec.encode(new ButtonAction.Decision(DecisionVerb.CONFIRM,
                "00000000-0000-0000-0000-000000000002", 1));

        HttpResponse<String> acknowledged = acknowledgedInTime(() -> slack.submit("UCHAIR01",
                SlackRequests.decisionModal(confirm, "CPANEL01", "1790000000.000002", "lead_reviewers"),
                Map.of("lead_reviewers", "A. Reviewer")));

        JsonNode ack = JSON.readTree(acknowledged.body());
        assertThat(ack.path("response_action").asText()).isEqualTo("update");
        assertThat(ack.path("view").path("title").path("text").asText()).isEqualTo("Chair's decision");
        assertThat(ack.path("view").has("submit")).as("nothing more to submit").isFalse();
        assertThat(ack.path("view").path("blocks").get(0).path("text").path("text").asText())
                .isEqualTo("Still saving: the case records are slow to answer just now. You can close this. I'll "
                        + "tell you whether it was recorded where you pressed the button.");
        SlackRequests.await("the Chair told, where they pressed", () -> SLACK.calls("chat.postEphemeral").stream()
                .anyMatch(call -> call.get("user").equals("UCHAIR01") && call.get("channel").equals("CPANEL01")));
        assertThat(SLACK.calls("chat.postEphemeral")).filteredOn(told -> told.get("channel").equals("CPANEL01"))
                .singleElement().satisfies(told -> assertThat(told.get("text")).isEqualTo(UNREACHABLE));
        SlackRequests.await("the modal, if still open, says so too", () -> !SLACK.calls("views.update").isEmpty());
        assertThat(SLACK.calls("views.update")).singleElement().satisfies(update -> {
            assertThat(update.get("view_id")).isEqualTo("V0001");
            assertThat(JSON.readTree(update.get("view")).path("blocks").get(0).path("text").path("text").asText())
                    .isEqualTo(UNREACHABLE);
        });
    }
}
