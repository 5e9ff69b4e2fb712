package uk.lscb.casereview.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lscb.casereview.adapters.slack.SlackRequests;
import uk.lscb.casereview.adapters.slack.StubSlackApi;
import uk.lscb.casereview.bot.FixedClock;

/**
 * Validly signed Slack bodies that are not what Slack sends (wrong types, missing fields, a payload that is not
 * JSON): each is answered with a 4xx, never a 500, and nothing is posted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "SLACK_BOT_TOKEN=xoxb-test-token",
        "SLACK_SIGNING_SECRET=" + MalformedSlackBodiesIT.SECRET,
        "server.address=127.0.0.1",
        "casereview.reminders.first-sweep-after=PT1H"})
@Import(FixedClock.class)
class MalformedSlackBodiesIT {
    static final String SECRET = "fuzz-it-signing-secret-0123456789abcdef";
    static final StubSlackApi SLACK = start();

    private static StubSlackApi start() {
        try {
            return new StubSlackApi();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        registry.add("SLACK_API_URL", SLACK::url);
    }

    @AfterAll
    static void stopStub() {
        SLACK.close();
    }

    @LocalServerPort
    int port;

    private static String payload(String json) {
        return "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
    }

    static Stream<Arguments> bodies() {
        String form = "application/x-www-form-urlencoded";
        String json = "application/json";
        return Stream.of(
                Arguments.of("a payload that is not JSON", payload("not json at all"), form),
                Arguments.of("a payload that is a JSON array", payload("[1, 2]"), form),
                Arguments.of("a payload whose type is a number", payload("{\"type\": 5}"), form),
                Arguments.of("a payload of an unknown type", payload("{\"type\": \"nonsense\"}"), form),
                Arguments.of("block_actions without a user", payload("{\"type\": \"block_actions\", \"actions\": "
                        + "[{\"action_id\": \"a\", \"value\": \"v\", \"type\": \"button\"}]}"), form),
                Arguments.of("block_actions whose user is a string", payload("{\"type\": \"block_actions\", "
                        + "\"user\": \"U1\", \"actions\": [{\"action_id\": \"a\", \"value\": \"v\"}]}"), form),
                Arguments.of("block_actions whose actions is a string", payload("{\"type\": \"block_actions\", "
                        + "\"user\": {\"id\": \"U1\"}, \"actions\": \"press\"}"), form),
                Arguments.of("block_actions whose action value is an object", payload("{\"type\": \"block_actions\", "
                        + "\"user\": {\"id\": \"U1\"}, \"actions\": [{\"action_id\": \"a\", \"value\": {}}]}"), form),
                Arguments.of("view_submission without a view", payload("{\"type\": \"view_submission\", "
                        + "\"user\": {\"id\": \"U1\"}}"), form),
                Arguments.of("view_submission whose view is a number", payload("{\"type\": \"view_submission\", "
                        + "\"user\": {\"id\": \"U1\"}, \"view\": 7}"), form),
                Arguments.of("a slash command without a user", "command=%2Fcasereview&text=help", form),
                Arguments.of("an event whose event is a string", "{\"type\": \"event_callback\", \"event_id\": "
                        + "\"Ev1\", \"event\": \"message\"}", json),
                Arguments.of("a message event whose text is an object", "{\"type\": \"event_callback\", \"event_id\": "
                        + "\"Ev2\", \"event\": {\"type\": \"message\", \"channel_type\": \"im\", \"user\": \"U1\", "
                        + "\"channel\": \"DU1\", \"text\": {}}}", json),
                Arguments.of("an event body of the wrong type", "{\"type\": 12}", json),
                Arguments.of("a JSON body that is not JSON", "{\"type\": ", json));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void aValidlySignedBodyThatIsNotWhatSlackSendsIsAnsweredWithout500(String what, String body, String contentType)
            throws Exception {
        SlackRequests slack = new SlackRequests(SECRET, "http://127.0.0.1:" + port + "/slack/events");

        HttpResponse<String> response = slack.signed(body, contentType, Map.of());

        assertThat(response.statusCode()).as(what).isLessThan(500);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.").doesNotContain("at uk.");
    }
}
