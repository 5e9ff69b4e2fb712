package uk.lscb.casereview.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.SlackSignature;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
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
import uk.lscb.casereview.bot.web.HostileBodiesTable;
import uk.lscb.casereview.bot.web.HostileBodiesTable.Body;

/**
 * {@code /slack/events} fuzzed with the same malformed, oversized and wrongly typed bodies as the other
 * endpoints ({@code HostileBodiesIT}), unsigned and validly signed: only 4xx, always a JSON error, 413 beyond
 * the request size limit before Bolt reads (and signs) the body; and validly signed bodies that are not what Slack
 * sends (wrong types, missing fields, a payload that is not JSON), refused the same way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "SLACK_BOT_TOKEN=xoxb-test-token",
        "SLACK_SIGNING_SECRET=" + SlackHostileBodiesIT.SECRET,
        "server.address=127.0.0.1",
        "casereview.reminders.first-sweep-after=PT1H"})
@Import(FixedClock.class)
class SlackHostileBodiesIT {
    static final String SECRET = "hostile-bodies-signing-secret-0123456789";
    static final StubSlackApi SLACK = StubSlackApi.started();

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

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (Body body : HostileBodiesTable.common()) {
            rows.add(Arguments.of(body, false));
            rows.add(Arguments.of(body, true));
        }
        String form = "application/x-www-form-urlencoded";
        for (Body body : List.of(
                new Body("a command form without a command", "user_id=U1&text=hi").as(form),
                new Body("an interaction payload that is not JSON", "payload=%7Bnot+json").as(form),
                new Body("an interaction payload of the wrong type", "payload=%5B1%2C2%5D").as(form),
                new Body("an event without an event", "{\"type\": \"event_callback\", \"event_id\": \"Ev1\"}"),
                new Body("an event whose type is a number", "{\"type\": 5, \"event\": {\"type\": 7}}"),
                new Body("a payload that is a JSON array", payload("[1, 2]")).as(form),
                new Body("a payload whose type is a number", payload("{\"type\": 5}")).as(form),
                new Body("a payload of an unknown type", payload("{\"type\": \"nonsense\"}")).as(form),
                new Body("block_actions without a user", payload("{\"type\": \"block_actions\", \"actions\": "
                        + "[{\"action_id\": \"a\", \"value\": \"v\", \"type\": \"button\"}]}")).as(form),
                new Body("block_actions whose user is a string", payload("{\"type\": \"block_actions\", "
                        + "\"user\": \"U1\", \"actions\": [{\"action_id\": \"a\", \"value\": \"v\"}]}")).as(form),
                new Body("block_actions whose actions is a string", payload("{\"type\": \"block_actions\", "
                        + "\"user\": {\"id\": \"U1\"}, \"actions\": \"press\"}")).as(form),
                new Body("block_actions whose action value is an object", payload("{\"type\": \"block_actions\", "
                        + "\"user\": {\"id\": \"U1\"}, \"actions\": [{\"action_id\": \"a\", \"value\": {}}]}"))
                        .as(form),
                new Body("view_submission without a view", payload("{\"type\": \"view_submission\", "
                        + "\"user\": {\"id\": \"U1\"}}")).as(form),
                new Body("view_submission whose view is a number", payload("{\"type\": \"view_submission\", "
                        + "\"user\": {\"id\": \"U1\"}, \"view\": 7}")).as(form),
                new Body("a slash command without a user", "command=%2Fcasereview&text=help").as(form),
                new Body("an event whose event is a string", "{\"type\": \"event_callback\", \"event_id\": "
                        + "\"Ev1\", \"event\": \"message\"}"),
                new Body("a message event whose text is an object", "{\"type\": \"event_callback\", "
                        + "\"event_id\": \"Ev2\", \"event\": {\"type\": \"message\", \"channel_type\": \"im\", "
                        + "\"user\": \"U1\", \"channel\": \"DU1\", \"text\": {}}}"),
                new Body("an event body of the wrong type", "{\"type\": 12}"),
                new Body("a message whose edited is a string", event("{\"type\": \"message\", \"channel_type\": "
                        + "\"im\", \"user\": \"U1\", \"channel\": \"DU1\", \"ts\": \"1.1\", \"text\": \"hi\", "
                        + "\"edited\": \"x\"}")),
                new Body("a message whose blocks is a number", event("{\"type\": \"message\", \"user\": \"U1\", "
                        + "\"channel\": \"DU1\", \"ts\": \"1.1\", \"text\": \"hi\", \"blocks\": 5}")),
                new Body("an edited message whose text is an object", event("{\"type\": \"message\", \"subtype\": "
                        + "\"message_changed\", \"channel\": \"DU1\", \"ts\": \"1.2\", \"message\": {\"text\": {}}}")),
                new Body("a message whose user is null", event("{\"type\": \"message\", \"user\": null, "
                        + "\"channel\": \"DU1\", \"ts\": \"1.1\", \"text\": \"hi\"}")),
                new Body("a message without a channel", event("{\"type\": \"message\", \"user\": \"U1\", "
                        + "\"ts\": \"1.1\", \"text\": \"hi\"}")),
                new Body("a mention without a ts", event("{\"type\": \"app_mention\", \"user\": \"U1\", "
                        + "\"channel\": \"C1\", \"text\": \"<@UBOT> hi\"}")),
                new Body("an app home opened whose view is a string", event("{\"type\": \"app_home_opened\", "
                        + "\"user\": \"U1\", \"channel\": \"DU1\", \"tab\": \"messages\", \"view\": \"x\"}")),
                new Body("an event whose event_time is not a number", "{\"type\": \"event_callback\", "
                        + "\"event_id\": \"Ev9\", \"event_time\": \"abc\", \"event\": {\"type\": \"message\", "
                        + "\"user\": \"U1\", \"channel\": \"DU1\", \"ts\": \"1.1\", \"text\": \"hi\"}}"),
                new Body("an event whose authorizations is a string", "{\"type\": \"event_callback\", "
                        + "\"event_id\": \"Ev10\", \"authorizations\": \"x\", \"event\": {\"type\": \"message\", "
                        + "\"user\": \"U1\", \"channel\": \"DU1\", \"ts\": \"1.1\", \"text\": \"hi\"}}"),
                new Body("block_actions whose actions hold a null", payload("{\"type\": \"block_actions\", "
                        + "\"user\": {\"id\": \"U1\"}, \"actions\": [null]}")).as(form),
                new Body("a JSON body cut short", "{\"type\": "))) {
            rows.add(Arguments.of(body, true));
        }
        return rows.stream();
    }

    private static int events;

    /** An Events API envelope around this event, with an id of its own. */
    private static String event(String event) {
        return "{\"type\": \"event_callback\", \"event_id\": \"EvHostile" + (++events) + "\", \"event_time\": 1, "
                + "\"event\": " + event + "}";
    }

    /** The Chair's decision modal submitted with these state values (JSON), for a case that is not stored. */
    private static String decisionModal(String values) {
        JsonObject view = SlackRequests.decisionModal("case:confirm:00000000-0000-0000-0000-000000000001:1", "DU1",
                "1.1", "lead_reviewers");
        view.addProperty("id", "V1");
        JsonObject state = new JsonObject();
        state.add("values", JsonParser.parseString(values));
        view.add("state", state);
        JsonObject submission = new JsonObject();
        submission.addProperty("type", "view_submission");
        submission.add("user", SlackRequests.object("id", "U1"));
        submission.add("view", view);
        return submission.toString();
    }

    /**
     * Signed bodies of shapes Slack does send, or that are odd but readable: answered 2xx, where Bolt answered 404 (an
     * event without a listener, which Slack retries and in the end turns the app's events off for), 400 (Slack's
     * notice that it is rate limiting the app's events, a body Bolt does not know) or 500 (a modal whose inputs hold
     * nothing).
     */
    static Stream<Body> answered() {
        String form = "application/x-www-form-urlencoded";
        return Stream.of(
                new Body("Slack's check of the request URL", "{\"type\": \"url_verification\", \"token\": \"t\", "
                        + "\"challenge\": \"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\"}"),
                new Body("Slack's notice that it is rate limiting the app's events", "{\"token\": \"t\", \"type\": "
                        + "\"app_rate_limited\", \"team_id\": \"T1\", \"minute_rate_limited\": 1518467820, "
                        + "\"api_app_id\": \"A1\"}"),
                new Body("a thread's reply also sent to the channel", event("{\"type\": \"message\", \"subtype\": "
                        + "\"thread_broadcast\", \"user\": \"U1\", \"channel\": \"DU1\", \"ts\": \"1.3\", "
                        + "\"thread_ts\": \"1.1\", \"text\": \"hi\"}")),
                new Body("a /me message", event("{\"type\": \"message\", \"subtype\": \"me_message\", \"user\": "
                        + "\"U1\", \"channel\": \"DU1\", \"ts\": \"1.4\", \"text\": \"waves\"}")),
                new Body("the app uninstalled", event("{\"type\": \"app_uninstalled\"}")),
                new Body("the app's tokens revoked", event("{\"type\": \"tokens_revoked\", \"tokens\": "
                        + "{\"oauth\": [], \"bot\": [\"UBOT\"]}}")),
                new Body("a decision modal whose input block holds null",
                        payload(decisionModal("{\"lead_reviewers\": null}"))).as(form),
                new Body("a decision modal whose chosen option has no value", payload(decisionModal(
                        "{\"outcome\": {\"outcome\": {\"type\": \"static_select\", \"selected_option\": "
                        + "{\"text\": {\"type\": \"plain_text\", \"text\": \"x\"}}}}}"))).as(form));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answered")
    void aSignedBodyOfAShapeSlackSendsOrCanBeReadIsAnswered2xx(Body body) throws Exception {
        long now = Instant.now().getEpochSecond();
        String signature = new SlackSignature.Generator(SECRET).generate(String.valueOf(now),
                new String(body.bytes(), StandardCharsets.UTF_8));

        HttpResponse<String> response = HostileBodiesTable.send("http://127.0.0.1:" + port + "/slack/events", body,
                Map.of("X-Slack-Request-Timestamp", String.valueOf(now), "X-Slack-Signature", signature));

        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    @Test
    void slacksCheckOfTheRequestUrlIsAnsweredWithItsChallengeExactlyInUtf8() throws Exception {
        String challenge = "d\u00e9fi\u2713";
        SlackRequests slack = new SlackRequests(SECRET, "http://127.0.0.1:" + port + "/slack/events");

        HttpResponse<String> response = slack.signed("{\"type\": \"url_verification\", \"token\": \"t\", "
                + "\"challenge\": \"" + challenge + "\"}", "application/json", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWithIgnoringCase("text/plain").containsIgnoringCase("charset=utf-8");
        assertThat(response.body()).isEqualTo(challenge);
    }

    @ParameterizedTest(name = "{0}, signed: {1}")
    @MethodSource("table")
    void aHostileBodyIsRefusedWithAJsonError(Body body, boolean signed) throws Exception {
        long now = Instant.now().getEpochSecond();
        String signature = signed
                ? new SlackSignature.Generator(SECRET).generate(String.valueOf(now),
                        new String(body.bytes(), StandardCharsets.UTF_8))
                : "v0=0000000000000000000000000000000000000000000000000000000000000000";
        HostileBodiesTable.assertRefusedWithJson("/slack/events", body, HostileBodiesTable.send(
                "http://127.0.0.1:" + port + "/slack/events", body,
                Map.of("X-Slack-Request-Timestamp", String.valueOf(now), "X-Slack-Signature", signature)));
    }
}
