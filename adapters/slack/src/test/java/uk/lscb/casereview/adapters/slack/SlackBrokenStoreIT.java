package uk.lscb.casereview.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.adapters.slack.SlackFixture.CHAIR;
import static uk.lscb.casereview.adapters.slack.SlackFixture.PRACTITIONER;
import static uk.lscb.casereview.adapters.slack.SlackFixture.await;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.driver.RecordedLog;

/**
 * Work before an ack that fails after Slack has stopped waiting for it, not because the store cannot be reached but
 * because of a fault of the assistant's own (here a case store that throws): the person is told, in the assistant's
 * own words, that something went wrong on its side, and nothing of the failure reaches them; the operator gets it
 * with its stack trace in the log.
 */
class SlackBrokenStoreIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private BrokenCases store;
    private final SlackFixture f;

    SlackBrokenStoreIT() throws Exception {
        f = new SlackFixture(false, cases -> store = new BrokenCases(cases));
    }

    @AfterEach
    void stop() throws Exception {
        store.release();
        f.close();
    }

    /** Nothing the app sent to Slack (messages, modals, command answers) holds the failure. */
    private void assertNothingOfTheFailureSent() {
        assertThat(f.slack.all()).allSatisfy(call -> assertThat(String.valueOf(call.params()))
                .doesNotContain(BrokenCases.DETAIL, "IllegalStateException", "Exception", "\tat "));
    }

    private static void assertLoggedWithItsStackTrace(RecordedLog log) {
        assertThat(log.records()).filteredOn(line -> line.getLevel() == Level.SEVERE).singleElement()
                .satisfies(line -> assertThat(line.getThrown()).isInstanceOf(IllegalStateException.class)
                        .hasMessage(BrokenCases.DETAIL));
    }

    @Test
    void aSlashCommandWhoseAnswerFailsAfterItsAckTellsThePersonSomethingWentWrongAndNothingOfTheFailure()
            throws Exception {
        try (RecordedLog log = new RecordedLog(SlackHandlers.class)) {
            store.breakNow();

            HttpResponse<String> acknowledged = f.command(PRACTITIONER, "CGENERAL", "status SCR-2026-014",
                    f.slack.responseUrl());

            assertThat(store.awaitCall(WAIT)).isTrue();
            assertThat(StubSlackApi.json(acknowledged.body()).getAsJsonObject().get("text").getAsString())
                    .isEqualTo(SlackHandlers.LOOKING);
            store.release();
            await("the answer at the response_url", () -> !f.slack.calls(StubSlackApi.RESPONSE_URL).isEmpty());
            assertThat(f.slack.calls(StubSlackApi.RESPONSE_URL)).singleElement().satisfies(answer -> {
                assertThat(answer.get("response_type")).isEqualTo("ephemeral");
                assertThat(answer.get("text")).isEqualTo(SlackHandlers.SOMETHING_WRONG);
            });
            assertNothingOfTheFailureSent();
            assertLoggedWithItsStackTrace(log);
        }
    }

    @Test
    void aModalWhoseDecisionFailsAfterItsAckTellsThePersonWhereTheyPressedAndInTheModalAndNothingOfTheFailure()
            throws Exception {
        String confirm = ActionCodec.encode(new ButtonAction.Decision(DecisionVerb.CONFIRM,
                "00000000-0000-0000-0000-000000000001", 1));
        JsonObject modal = SlackRequests.decisionModal(confirm, "D" + CHAIR, "1790000000.000001", "lead_reviewers");
        try (RecordedLog log = new RecordedLog(SlackCaseActions.class)) {
            store.breakNow();

            HttpResponse<String> acknowledged = f.submit(CHAIR, modal, Map.of("lead_reviewers", "A. Reviewer"));

            assertThat(store.awaitCall(WAIT)).isTrue();
            JsonObject ack = StubSlackApi.json(acknowledged.body()).getAsJsonObject();
            assertThat(ack.get("response_action").getAsString()).isEqualTo("update");
            store.release();
            await("the Chair told, where they pressed", () -> !f.slack.calls("chat.postEphemeral").isEmpty());
            assertThat(f.slack.calls("chat.postEphemeral")).singleElement().satisfies(told -> {
                assertThat(told.get("channel")).isEqualTo("D" + CHAIR);
                assertThat(told.get("user")).isEqualTo(CHAIR);
                assertThat(told.get("text")).isEqualTo(SlackCaseActions.NOT_SURE);
            });
            await("the modal, if still open, says so too", () -> !f.slack.calls("views.update").isEmpty());
            assertThat(f.slack.calls("views.update")).singleElement().satisfies(update -> {
                assertThat(update.get("view_id")).isEqualTo("V0001");
                assertThat(StubSlackApi.json(update.get("view")).getAsJsonObject().getAsJsonArray("blocks").get(0)
                        .getAsJsonObject().getAsJsonObject("text").get("text").getAsString())
                        .isEqualTo(SlackCaseActions.NOT_SURE);
            });
            assertNothingOfTheFailureSent();
            assertLoggedWithItsStackTrace(log);
        }
    }
}
