package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lscb.casereview.core.driver.RecordedLog;

/**
 * Activities a fuzzer found answered with 500 ({@link MalformedActivities}): each is refused with a 4xx and a JSON
 * error, {@code {"error": code, "message": plain words}} as every endpoint's, naming no Java class and repeating
 * nothing of the activity, nothing is posted to the Bot Connector, and at most one line is logged, with no stack
 * trace and nothing of the activity.
 */
class TeamsMalformedActivitiesIT {
    private final StubConnector connector;
    private final TeamsFixture teams;
    private final RecordedLog log;

    TeamsMalformedActivitiesIT() throws Exception {
        connector = new StubConnector();
        teams = new TeamsFixture(TeamsSettings.local(), connector.url());
        log = new RecordedLog(TeamsBot.class); // after the bot's start, so without the local mode's warning
    }

    @AfterEach
    void stop() {
        log.close();
        connector.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.lscb.casereview.adapters.teams.MalformedActivities#all")
    void aMalformedActivityIsRefusedWith4xxAndAJsonErrorPostingAndLoggingNothingOfIt(
            String what, Function<ActivityJson, ObjectNode> malformed) {
        ObjectNode activity = malformed.apply(teams);

        TeamsBot.Response response = teams.send(activity);

        MalformedActivities.assertRefused(response.status(), response.body(), activity);
        assertThat(connector.calls()).isEmpty();
        assertThat(log.records()).hasSizeLessThanOrEqualTo(1).allSatisfy(record -> {
            assertThat(record.getLevel().intValue()).isLessThanOrEqualTo(Level.WARNING.intValue());
            assertThat(record.getThrown()).as("no stack trace").isNull();
            assertThat(RecordedLog.text(record)).doesNotContain(activity.path("conversation").path("id").asText());
        });
    }

    /**
     * The assistant speaks UK English whatever an activity's locale, and a locale, readable or not, is no one else's:
     * the SDK made each activity's locale the JVM's default, for every thread, and one that was not a language tag
     * failed the turn.
     */
    @ParameterizedTest(name = "locale \"{0}\"")
    @ValueSource(strings = {"th-TH-u-nu-thai", "ar-SA", " ", "1.5", "en_GB", "\uD83D\uDE00"})
    void aMessagesLocaleIsAnsweredInEnglishAndLeavesTheJvmsDefaultLocaleAsItWas(String locale) {
        Locale before = Locale.getDefault();

        TeamsBot.Response response = teams.send(teams.personalText("a:chat-locale", TeamsFixture.PRACTITIONER_AAD,
                "help").put("locale", locale));

        assertThat(response.status()).isBetween(200, 299);
        assertThat(connector.activities()).as("answered").isNotEmpty();
        assertThat(Locale.getDefault()).isEqualTo(before);
    }

    /** The bot acts on no event: a Teams meeting's start or end is not read, so a value that is not one is no error. */
    @ParameterizedTest(name = "{0} with value {1}")
    @CsvSource(delimiter = '|', value = {"application/vnd.microsoft.meetingStart | \"x\"",
            "application/vnd.microsoft.meetingEnd | 5", "application/vnd.microsoft.meetingStart | []"})
    void aMeetingEventIsAcceptedAndIgnoredWhateverItsValue(String name, String value) throws Exception {
        ObjectNode event = teams.base("event", "a:meeting-chat", "personal", TeamsFixture.PRACTITIONER_AAD,
                "A Practitioner").put("name", name);
        event.set("value", ActivityJson.JSON.readTree(value));

        TeamsBot.Response response = teams.send(event);

        assertThat(response.status()).isEqualTo(202);
        assertThat(connector.calls()).isEmpty();
        assertThat(log.records()).isEmpty();
    }
}
