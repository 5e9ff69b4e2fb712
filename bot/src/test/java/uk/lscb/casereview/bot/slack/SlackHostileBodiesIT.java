package uk.lscb.casereview.bot.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import uk.lscb.casereview.adapters.slack.StubSlackApi;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.web.HostileBodiesTable;
import uk.lscb.casereview.bot.web.HostileBodiesTable.Body;

/**
 * {@code /slack/events} fuzzed with the same malformed, oversized and wrongly typed bodies as the other
 * endpoints ({@code HostileBodiesIT}), unsigned and validly signed: only 4xx, always a JSON error, 413 beyond
 * the request size limit before Bolt reads (and signs) the body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "SLACK_BOT_TOKEN=xoxb-test-token",
        "SLACK_SIGNING_SECRET=" + SlackHostileBodiesIT.SECRET,
        "server.address=127.0.0.1",
        "casereview.reminders.first-sweep-after=PT1H"})
@Import(FixedClock.class)
class SlackHostileBodiesIT {
    static final String SECRET = "hostile-bodies-signing-secret-0123456789";
    static final StubSlackApi SLACK = startStub();

    private static StubSlackApi startStub() {
        try {
            return new StubSlackApi();
        } catch (java.io.IOException failed) {
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
                new Body("an event whose type is a number", "{\"type\": 5, \"event\": {\"type\": 7}}"))) {
            rows.add(Arguments.of(body, true));
        }
        return rows.stream();
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
