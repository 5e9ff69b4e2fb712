package uk.lscb.casereview.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.lscb.casereview.adapters.teams.ActivityJson;
import uk.lscb.casereview.adapters.teams.MalformedActivities;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.Http;

/**
 * Bodies a fuzzer found answered with 500 in local mode, each now a 4xx with a JSON error: a duplicate key in the
 * test clock's JSON, a Teams activity whose {@code serviceUrl} is not an http(s) URL, and the Teams activities of
 * {@link MalformedActivities} (an ill-formed id or serviceUrl, a null member or entity, a mention that is not
 * one, an event with no name, an invoke this bot does not handle, a card action with no Action.Execute in it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "casereview.reminders.first-sweep-after=PT1H")
@Import(FixedClock.class)
class MalformedInputIT {
    @LocalServerPort
    int port;

    static Stream<Arguments> serviceUrls() {
        return Stream.of(Arguments.of("a number", 5), Arguments.of("not a url", "not a url"),
                Arguments.of("a file URL", "file:///etc/passwd"), Arguments.of("no host", "http://"),
                Arguments.of("an ftp URL", "ftp://127.0.0.1/"));
    }

    @ParameterizedTest(name = "serviceUrl {0}")
    @MethodSource("serviceUrls")
    void aTeamsActivityWhoseServiceUrlIsNotAnHttpUrlIsRefusedWith400(String what, Object serviceUrl) {
        TeamsActivities teams = new TeamsActivities(port, "http://127.0.0.1:9/");
        ObjectNode activity = teams.personalText("a:fuzz-chat", "00000000-0000-0000-0000-00000000f022", "help");
        if (serviceUrl instanceof Integer number) {
            activity.put("serviceUrl", number);
        } else {
            activity.put("serviceUrl", (String) serviceUrl);
        }

        TeamsActivities.Response response = teams.send(activity);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).isEqualTo("invalid_activity");
        assertThat(response.json().path("message").asText()).contains("serviceUrl");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.lscb.casereview.adapters.teams.MalformedActivities#all")
    void aMalformedTeamsActivityIsRefusedWith4xxAndAJsonErrorNamingNoJavaClass(
            String what, Function<ActivityJson, ObjectNode> malformed) {
        TeamsActivities teams = new TeamsActivities(port, "http://127.0.0.1:9/");
        ObjectNode activity = malformed.apply(teams);

        TeamsActivities.Response response = teams.send(activity);

        MalformedActivities.assertRefused(response.status(), response.body(), activity);
        assertThat(response.contentType()).startsWith("application/json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clockBodies")
    void aTestClockBodyThatIsNotOneJsonObjectWithOneAdvanceDaysIsRefusedWith400(String what, String body) {
        Http.Response response = new Http(port).post("/local/api/clock", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).isNotBlank();
    }

    static Stream<Arguments> clockBodies() {
        return Stream.of(Arguments.of("a duplicate key", "{\"advanceDays\": 1, \"advanceDays\": 2}"),
                Arguments.of("a duplicate key, second invalid", "{\"advanceDays\": 1, \"advanceDays\": \"x\"}"),
                Arguments.of("a number too big", "{\"advanceDays\": 1e400}"),
                Arguments.of("an array", "[{\"advanceDays\": 1}]"));
    }
}
