package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Activity timestamps in every ISO-8601 form a client may send. The SDK's parser wants fractional seconds
 * (Teams sends seven digits); a valid timestamp without them must be handled like any other.
 */
class TeamsTimestampIT {
    private final StubConnector connector;
    private final TeamsFixture teams;

    TeamsTimestampIT() throws Exception {
        connector = new StubConnector();
        teams = new TeamsFixture(TeamsSettings.local(), connector.url());
    }

    @AfterEach
    void stop() {
        connector.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-11-28T10:00:00Z", "2026-11-28T10:00:00+00:00", "2026-11-28T11:00:00+01:00",
            "2026-11-28T10:00Z", "2026-11-28T10:00:00.1234567Z", "2026-11-28T10:00:00.5Z"})
    void aMessageIsHandledWhateverTheTimestampsPrecision(String timestamp) {
        ObjectNode activity = teams.personalText("a:chat-time", TeamsFixture.PRACTITIONER_AAD, "start");
        activity.put("timestamp", timestamp).put("localTimestamp", timestamp);

        TeamsBot.Response response = teams.send(activity);

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(connector.activities()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"yesterday", "2026-11-28", "2026-11-28 10:00:00", "2026-11-28T10:00:00"})
    void aTimestampThatIsNotAnIsoDateTimeWithAnOffsetIs400SayingSo(String timestamp) {
        ObjectNode activity = teams.personalText("a:chat-time", TeamsFixture.PRACTITIONER_AAD, "start");
        activity.put("timestamp", timestamp);

        TeamsBot.Response response = teams.send(activity);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("timestamp").contains("ISO-8601");
        assertThat(connector.activities()).isEmpty();
    }
}
