package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.testing.StallingServer;

/**
 * Every call to the Bot Connector has a deadline, and so has the turn: a {@code serviceUrl} that accepts the
 * connection and never answers (or answers a byte at a time) no longer holds a request thread for the SDK's
 * 120 s read timeout. Bounded: each test gives up after 30 s whatever happens; the margins allow for a machine
 * loaded with other builds (the first turn also loads the SDK).
 */
class TeamsDeadlinesIT {
    private static final Duration BOUND = Duration.ofSeconds(30);
    private StallingServer connector;

    @AfterEach
    void stop() {
        connector.close();
    }

    @Test
    void aTurnWhoseConnectorNeverAnswersIsAnsweredWithinTheTurnBudget() throws Exception {
        connector = StallingServer.silent();
        TeamsFixture teams = new TeamsFixture(TeamsSettings.local(), connector.url());
        long start = System.nanoTime();

        TeamsBot.Response response = assertTimeoutPreemptively(BOUND,
                () -> teams.send(teams.personalText("a:stalled", TeamsFixture.PRACTITIONER_AAD, "start")));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(connector.awaitConnection(0)).isTrue();
        assertThat(took).isLessThanOrEqualTo(TeamsBot.TURN_BUDGET.plusSeconds(8));
        // Refused when the connector's call deadline (10 s) ends the turn first; accepted when the turn budget
        // (12 s) ends first on a slow machine, the turn going on until that call fails.
        assertThat(response.status()).isIn(202, 503);
        if (response.status() == 503) {
            assertThat(response.body()).contains("took too long");
        }
    }

    @Test
    void aProactivePostToAConnectorThatTricklesFailsWithinTheCallDeadline() throws Exception {
        connector = StallingServer.trickling();
        Proactive proactive = new Proactive(new TeamsBot.Adapter(TeamsSettings.local()), "", new ConnectorRetry(1));
        ConversationReference reference = ActivityJson.reference(connector.url(), "a:trickled", "29:someone");
        long start = System.nanoTime();

        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(
                () -> proactive.send(reference, Activity.createMessageActivity())).isNotNull());

        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isLessThanOrEqualTo(TeamsBot.CONNECTOR_CALL_DEADLINE.plusSeconds(8));
    }
}
