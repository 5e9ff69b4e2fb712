package uk.lscb.casereview.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * Slack while MongoDB is down, as each person meets it: whatever they did, they are told that nothing has changed
 * and to try again, in Slack's own way for what they did, and the log has a line saying what failed, never Bolt's
 * 500 with a stack trace. Before, a direct message vanished without a word to the person or a line in the log (the
 * work after the ack failed inside a future nobody read), and a slash command or a case card's button got HTTP 500.
 * MongoDB is real (mongo-java-server over TCP) and is shut down mid-test; a request gives up on it after a second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "SLACK_BOT_TOKEN=xoxb-test-token",
        "SLACK_SIGNING_SECRET=" + SlackStoreUnavailableIT.SECRET,
        "server.address=127.0.0.1",
        "casereview.reminders.first-sweep-after=PT1H",
        "casereview.boards[0].id=staffordshire",
        "casereview.boards[0].name=Staffordshire",
        "casereview.boards[0].chairs.slack[0]=" + SlackStoreUnavailableIT.CHAIR,
        "casereview.boards[0].administrators.slack[0]=" + SlackStoreUnavailableIT.ADMIN,
        "casereview.boards[1].id=stoke-on-trent",
        "casereview.boards[1].name=Stoke-on-Trent",
        "casereview.boards[1].chairs.slack[0]=UCHAIR02"})
@Import(FixedClock.class)
@ExtendWith(OutputCaptureExtension.class)
class SlackStoreUnavailableIT {
    static final String SECRET = "store-down-it-signing-secret-0123456789";
    static final String CHAIR = "UCHAIR01";
    static final String ADMIN = "UADMIN01";
    private static final String PRACTITIONER = "UPRAC001";
    private static final String NEWCOMER = "UPRAC002";
    private static final String PANEL = "CPANEL01";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StubSlackApi SLACK = StubSlackApi.started();
    private static final RemoteMongo MONGO = new RemoteMongo();

    @DynamicPropertySource
    static void slackAndMongo(DynamicPropertyRegistry registry) {
        registry.add("SLACK_API_URL", SLACK::url);
        registry.add("MONGODB_URI", () -> MONGO.uri(Duration.ofSeconds(1)));
    }

    @AfterAll
    static void stop() {
        SLACK.close();
        MONGO.stop();
    }

    @LocalServerPort
    int port;

    @Test
    void everyoneWhoUsesTheAppWhileMongoDbIsDownIsToldNothingChangedAndToTryAgain(CapturedOutput output)
            throws Exception {
        SlackRequests slack = new SlackRequests(SECRET, "http://127.0.0.1:" + port + "/slack/events");
        String dm = "D" + PRACTITIONER;
        assertThat(slack.directMessage(PRACTITIONER, "start").statusCode()).isEqualTo(200);
        SLACK.awaitPosts(dm, "the first question", posts -> posts.stream()
                .anyMatch(post -> post.get("text").startsWith("Question 1")), Duration.ofSeconds(30));
        int before = SLACK.postsTo(dm).size();
        String confirm = ActionCodec.encode(new ButtonAction.Decision(DecisionVerb.CONFIRM,
                "00000000-0000-0000-0000-000000000001", 1));

        MONGO.stop();
        CompletableFuture<HttpResponse<String>> answer = async(() -> slack.directMessage(PRACTITIONER,
                "Staffordshire"));
        CompletableFuture<HttpResponse<String>> firstMessage = async(() -> slack.directMessage(NEWCOMER, "start"));
        CompletableFuture<HttpResponse<String>> status = async(() -> slack.command(PRACTITIONER, PANEL,
                "status SCR-2026-001"));
        CompletableFuture<HttpResponse<String>> pressed = async(() -> slack.press(CHAIR, "D" + CHAIR,
                "1790000000.000001", "cr_case_0", confirm));
        CompletableFuture<HttpResponse<String>> registered = async(() -> slack.command(ADMIN, PANEL,
                "register panel channel for Staffordshire"));
        CompletableFuture<HttpResponse<String>> submitted = async(() -> slack.submit(CHAIR,
                SlackRequests.decisionModal(confirm, "D" + CHAIR, "1790000000.000001", "lead_reviewers"),
                Map.of("lead_reviewers", "A. Reviewer")));

        assertThat(List.of(answer.get(), firstMessage.get(), pressed.get()))
                .allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(200));
        List<StubSlackApi.Call> posts = SLACK.awaitPosts(dm, "the answer while the store is down",
                all -> all.size() > before, Duration.ofSeconds(30));
        assertThat(posts.subList(before, posts.size())).extracting(post -> post.get("text"))
                .containsExactly(StoreUnavailableException.NOTHING_SAVED);
        assertThat(SLACK.awaitPosts("D" + NEWCOMER, "the newcomer's answer", all -> !all.isEmpty(),
                Duration.ofSeconds(30))).extracting(post -> post.get("text")).containsExactly(StoreUnavailableException.NOTHING_SAVED);

        assertThat(status.get().statusCode()).isEqualTo(200);
        JsonNode shown = JSON.readTree(status.get().body());
        assertThat(shown.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(shown.path("text").asText()).contains("can't reach the case records just now")
                .contains("nothing has changed");

        SlackRequests.await("the Chair told, where they pressed", () -> SLACK.calls("chat.postEphemeral").stream()
                .anyMatch(call -> call.get("user").equals(CHAIR) && call.get("channel").equals("D" + CHAIR)
                        && call.get("text").contains("can't reach the case records just now")));

        assertThat(registered.get().statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(registered.get().body()).path("text").asText())
                .isEqualTo(StoreUnavailableException.NOTHING_SAVED);

        JsonNode modal = JSON.readTree(submitted.get().body());
        assertThat(submitted.get().statusCode()).isEqualTo(200);
        assertThat(modal.path("response_action").asText()).isEqualTo("errors");
        assertThat(modal.path("errors").path("lead_reviewers").asText())
                .contains("can't reach the case records just now");

        assertThat(output.getOut()).contains("a Slack request (Command) failed: MongoDB unavailable")
                .contains("a Slack request (BlockAction) failed: MongoDB unavailable")
                .contains("a Slack request (ViewSubmission) failed: MongoDB unavailable")
                .contains("store unavailable during a slack turn")
                .contains("could not remember the address of slack:" + NEWCOMER)
                .doesNotContain("Something is wrong");
    }

    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    private static CompletableFuture<HttpResponse<String>> async(Request request) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return request.send();
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        });
    }
}
