package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;

/**
 * A turn runs on the thread that received it and is answered at its budget if it is still running: a message is
 * accepted (202) and its replies follow, a card action is refused as too slow (503); a turn that ends in time is
 * answered by its own thread. The budget here is short (300 ms) and the Bot Connector is held from answering.
 */
class TeamsTurnBudgetIT {
    private static final String CHAT = "a:budget";
    private final StubConnector connector;
    private final TurnWatch watch = new TurnWatch(Duration.ofMillis(300), Duration.ofMillis(20));
    private final TeamsFixture teams;
    private final ExecutorService requests = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "request"));

    TeamsTurnBudgetIT() throws IOException {
        connector = new StubConnector();
        teams = TeamsFixture.withTurnWatch(connector.url(), watch);
    }

    @AfterEach
    void stop() {
        requests.shutdownNow();
        watch.close();
        connector.close();
    }

    /** The request on its own thread: the answer, given once, and the thread's return when its turn has ended. */
    private record Request(CompletableFuture<TeamsBot.Response> answer, CompletableFuture<String> answeredBy,
                           Future<?> turn) {
    }

    private Request send(ObjectNode activity) {
        CompletableFuture<TeamsBot.Response> answer = new CompletableFuture<>();
        CompletableFuture<String> answeredBy = new CompletableFuture<>();
        Future<?> turn = requests.submit(() -> teams.bot.handle(activity.toString(), null, response -> {
            assertThat(answer.complete(response)).as("answered once").isTrue();
            answeredBy.complete(Thread.currentThread().getName());
        }));
        return new Request(answer, answeredBy, turn);
    }

    @Test
    void aMessageStillRunningAtItsBudgetIsAcceptedAndItsReplyFollowsWhenTheConnectorAnswers() throws Exception {
        StubConnector.Hold reply = connector.hold(request -> request.startsWith("POST "));

        Request request = send(teams.personalText(CHAT, TeamsFixture.PRACTITIONER_AAD, "start"));

        assertThat(reply.awaitArrival(Duration.ofSeconds(30))).as("the reply reached the connector").isTrue();
        TeamsBot.Response answer = request.answer().get(30, TimeUnit.SECONDS);
        assertThat(answer.status()).isEqualTo(202);
        assertThat(request.answeredBy().get(30, TimeUnit.SECONDS)).isEqualTo("teams-turn-budget");
        assertThat(request.turn().isDone()).as("the turn goes on while the connector holds its reply").isFalse();

        reply.release();
        request.turn().get(30, TimeUnit.SECONDS);
        assertThat(connector.activities()).as("the reply followed").isNotEmpty();
    }

    @Test
    void aCardActionStillRunningAtItsBudgetIsRefusedAsTooSlow() throws Exception {
        StubConnector.Hold reply = connector.hold(request -> request.startsWith("POST "));

        Request request = send(teams.invoke(CHAT, "personal", TeamsFixture.PRACTITIONER_AAD, "A Practitioner",
                "card-1", "answer", TeamsFixture.data(new ButtonAction.Run(Command.START).payload())));

        assertThat(reply.awaitArrival(Duration.ofSeconds(30))).as("the card action's reply reached the connector")
                .isTrue();
        TeamsBot.Response answer = request.answer().get(30, TimeUnit.SECONDS);
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.body()).contains("took too long");

        reply.release();
        request.turn().get(30, TimeUnit.SECONDS);
    }

    @Test
    void aTurnThatEndsWithinItsBudgetIsAnsweredByTheThreadThatReceivedIt() throws Exception {
        try (TurnWatch standard = new TurnWatch(Duration.ofSeconds(60), Duration.ofMillis(20))) {
            TeamsFixture patient = TeamsFixture.withTurnWatch(connector.url(), standard);
            CompletableFuture<String> answeredBy = new CompletableFuture<>();
            requests.submit(() -> patient.bot.handle(
                    patient.personalText(CHAT, TeamsFixture.PRACTITIONER_AAD, "start").toString(), null,
                    response -> answeredBy.complete(Thread.currentThread().getName() + " " + response.status())))
                    .get(30, TimeUnit.SECONDS);

            assertThat(answeredBy).isCompletedWithValue("request 202");
            assertThat(connector.activities()).isNotEmpty();
        }
    }
}
