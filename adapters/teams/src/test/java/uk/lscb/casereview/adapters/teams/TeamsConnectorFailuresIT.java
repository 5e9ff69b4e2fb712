package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ServerSocket;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.driver.MissedReply;
import uk.lscb.casereview.core.driver.RecordedLog;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;

/**
 * A turn whose reply the Bot Connector does not take (it cannot be reached, or it answers with an error status) is
 * answered 502 with a JSON error, and logged as one line: the failure is the connector's, not the assistant's, and
 * an outage of the connector must not fill the log with a stack trace for every message. The practitioner's next
 * message is then not used as an answer to the question they never saw: that question is shown again.
 */
class TeamsConnectorFailuresIT {
    private final RecordedLog log = new RecordedLog(TeamsBot.class);

    @AfterEach
    void stopRecording() {
        log.close();
    }

    @Test
    void aTurnWhoseConnectorRefusesTheConnectionIsAnswered502AndLoggedInOneLine() throws Exception {
        String closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = "http://127.0.0.1:" + socket.getLocalPort() + "/";
        }

        assertNotDeliveredAndLoggedInOneLine(new TeamsFixture(TeamsSettings.local(), closedPort),
                "the Bot Connector could not be reached (java.net.ConnectException");
    }

    @Test
    void aTurnWhoseReplyTheConnectorRefusesIsAnswered502AndLoggedInOneLine() throws Exception {
        try (StubConnector connector = new StubConnector()) {
            TeamsFixture teams = new TeamsFixture(TeamsSettings.local(), connector.url());
            connector.failNext(403);

            assertNotDeliveredAndLoggedInOneLine(teams, "the Bot Connector refused its reply (status 403)");
        }
    }

    @Test
    void afterARefusedReplyThePractitionersNextMessageIsNotUsedAndTheQuestionTheyMissedIsShown() throws Exception {
        try (StubConnector connector = new StubConnector()) {
            TeamsFixture teams = new TeamsFixture(TeamsSettings.local(), connector.url());
            ConversationKey key = new ConversationKey(Platform.TEAMS, "a:missed");
            assertThat(say(teams, key, "start").status()).isEqualTo(202);
            connector.failNext(403);
            assertThat(say(teams, key, "Staffordshire").status()).isEqualTo(502); // the reference question, refused
            connector.clear();

            assertThat(say(teams, key, "yes").status()).isEqualTo(202);

            assertThat(connector.activities()).hasSize(2);
            assertThat(connector.activities().get(0).text()).startsWith("Sorry, my last reply didn't reach you");
            assertThat(connector.last().card().toString()).contains("case reference");
            MissedReply.assertSetAsideAt(teams.conversations, teams.transcripts, key, "case_reference");
        }
    }

    @Test
    void theSameMessageDeliveredAgainAfterARefusedReplyIsAnsweredWithTheQuestionItLed() throws Exception {
        try (StubConnector connector = new StubConnector()) {
            TeamsFixture teams = new TeamsFixture(TeamsSettings.local(), connector.url());
            ConversationKey key = new ConversationKey(Platform.TEAMS, "a:redelivered");
            say(teams, key, "start");
            ObjectNode board = teams.personalText(key.id(), TeamsFixture.PRACTITIONER_AAD, "Staffordshire");
            connector.failNext(403);
            assertThat(teams.send(board).status()).isEqualTo(502);
            connector.clear();

            assertThat(teams.send(board).status()).isEqualTo(202);
            assertThat(teams.send(board).status()).isEqualTo(202);

            assertThat(connector.activities()).as("answered once, then a redelivery as usual: nothing").hasSize(2);
            assertThat(connector.activities().get(0).text()).startsWith("Sorry, my reply to that didn't reach you");
            assertThat(connector.last().card().toString()).contains("case reference");
        }
    }

    private static TeamsBot.Response say(TeamsFixture teams, ConversationKey key, String text) {
        return teams.send(teams.personalText(key.id(), TeamsFixture.PRACTITIONER_AAD, text));
    }

    /** A practitioner's "start" through {@code teams}: 502 with a JSON error, and one warning line saying so. */
    private void assertNotDeliveredAndLoggedInOneLine(TeamsFixture teams, String saying) throws Exception {
        log.clear(); // the local mode's warning, from the bot's start

        TeamsBot.Response response = teams.send(teams.personalText("a:not-delivered", TeamsFixture.PRACTITIONER_AAD,
                "start"));

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.body()).startsWith("{\"error\":\"not_delivered\",\"message\":\"The reply could not be "
                + "delivered");
        assertThat(log.records()).filteredOn(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
                .singleElement()
                .satisfies(record -> {
                    assertThat(record.getLevel()).isEqualTo(Level.WARNING);
                    assertThat(RecordedLog.text(record))
                            .contains(saying);
                    assertThat(record.getThrown()).as("no stack trace").isNull();
                });
    }
}
