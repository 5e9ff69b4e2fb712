package uk.lscb.casereview.bot.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.web.HostileBodiesTable.Body;

/**
 * Every JSON endpoint of local mode (the Teams endpoint, the assessment API, the local chat, case actions and
 * the test clock) fuzzed with malformed, oversized and wrongly typed bodies: only 4xx, always a JSON error,
 * 413 beyond the request size limit. The Slack endpoint's table is {@code SlackHostileBodiesIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "casereview.reminders.first-sweep-after=PT1H")
@Import(FixedClock.class)
class HostileBodiesIT {
    static final List<String> ENDPOINTS = List.of("/api/messages", "/api/assessments", "/local/api/turn",
            "/local/api/case-action", "/local/api/clock");

    @LocalServerPort
    int port;

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (String endpoint : ENDPOINTS) {
            for (Body body : HostileBodiesTable.common()) {
                rows.add(Arguments.of(endpoint, body));
            }
            for (Body body : specific(endpoint)) {
                rows.add(Arguments.of(endpoint, body));
            }
        }
        return rows.stream();
    }

    private static List<Body> specific(String endpoint) {
        String activity = "{\"type\": \"message\", \"id\": \"a1\", \"channelId\": \"msteams\", \"text\": \"hi\","
                + " \"from\": {\"id\": \"29:u\"}, \"recipient\": {\"id\": \"28:b\", \"role\": \"bot\"},"
                + " \"conversation\": {\"id\": \"c1\"}, \"serviceUrl\": %s}";
        return switch (endpoint) {
            case "/api/messages" -> List.of(
                    new Body("an activity without a type", "{\"text\": \"hi\", \"serviceUrl\": \"http://127.0.0.1:9/\"}"),
                    new Body("an activity whose type is an object", String.format(activity.replace("\"message\"",
                            "{\"x\": 1}"), "\"http://127.0.0.1:9/\"")),
                    new Body("a timestamp that is not a date", String.format(activity.replace("\"text\": \"hi\"",
                            "\"text\": \"hi\", \"timestamp\": \"yesterday\""), "\"http://127.0.0.1:9/\"")),
                    new Body("a serviceUrl of 5", String.format(activity, "5")),
                    new Body("a serviceUrl that is not a URL", String.format(activity, "\"not a url\"")),
                    new Body("a file serviceUrl", String.format(activity, "\"file:///etc/passwd\"")));
            case "/api/assessments" -> List.of(
                    new Body("answers as a list", "{\"answers\": [\"yes\"]}"),
                    new Body("an answer as an object", "{\"answers\": {\"abuse_or_neglect\": {\"x\": 1}}}"),
                    new Body("an unknown rule pack", "{\"rulePack\": \"wt1999\", \"answers\": {}}"));
            case "/local/api/turn" -> List.of(
                    new Body("an unknown identity", "{\"as\": \"nobody\", \"text\": \"hi\"}"),
                    new Body("text and a button", "{\"as\": \"practitioner\", \"text\": \"hi\", \"button\": \"b\"}"),
                    new Body("typed text over the cap", "{\"as\": \"practitioner\", \"text\": \"" + "x".repeat(5000)
                            + "\"}"));
            case "/local/api/case-action" -> List.of(
                    new Body("no payload", "{\"as\": \"chair-staffordshire\", \"inputs\": {}}"),
                    new Body("an input as a list", "{\"as\": \"chair-staffordshire\", \"payload\": \"x\","
                            + " \"inputs\": {\"reason\": [1]}}"),
                    new Body("an input over the cap", "{\"as\": \"chair-staffordshire\", \"payload\": \"x\","
                            + " \"inputs\": {\"reason\": \"" + "x".repeat(5000) + "\"}}"));
            case "/local/api/clock" -> List.of(
                    new Body("days as text", "{\"advanceDays\": \"seven\"}"),
                    new Body("days as digits in a string", "{\"advanceDays\": \"2\"}"),
                    new Body("days as true", "{\"advanceDays\": true}"),
                    new Body("days as a list", "{\"advanceDays\": [2]}"),
                    new Body("days beyond the limit", "{\"advanceDays\": 401}"),
                    new Body("negative days", "{\"advanceDays\": -1}"),
                    new Body("a fraction of a day", "{\"advanceDays\": 1.5}"),
                    new Body("a duplicate key", "{\"advanceDays\": 1, \"advanceDays\": \"x\"}"));
            default -> List.of();
        };
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("table")
    void aHostileBodyIsRefusedWithAJsonError(String endpoint, Body body) throws Exception {
        HostileBodiesTable.assertRefusedWithJson(endpoint, body,
                HostileBodiesTable.send("http://127.0.0.1:" + port + endpoint, body, Map.of()));
    }
}
