package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A turn's replies are posted by the thread that runs the turn, which waits for them anyway: the SDK would hand each
 * send to its executor and OkHttp's dispatcher, two threads woken and waited for on every reply. What the Bot
 * Connector answers, and how a refused reply fails the turn, are as the SDK's.
 */
class TeamsReplyThreadTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final AtomicReference<Thread> turnThread = new AtomicReference<>();
    private final ActivityHandler bot = new ActivityHandler() {
        @Override
        protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
            turnThread.set(Thread.currentThread());
            turn.sendActivity(MessageFactory.text("first")).join();
            turn.sendActivity(MessageFactory.text("second")).join();
            return CompletableFuture.completedFuture(null);
        }
    };

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void aTurnsReplyIsPostedToTheBotConnectorByTheThreadRunningTheTurn() throws Exception {
        try (StubConnector connector = new StubConnector()) {
            StubConnector.Hold reply = connector.hold(request -> request.startsWith("POST "));
            TeamsBot.Adapter adapter = new TeamsBot.Adapter(TeamsSettings.local());
            Future<?> turn = worker.submit(() -> adapter.processIncomingActivity("", message(connector.url()), bot)
                    .join());
            try {
                assertThat(reply.awaitArrival(Duration.ofSeconds(30))).as("the reply reached the connector").isTrue();
                StackTraceElement[] whileHeld = turnThread.get().getStackTrace();

                assertThat(Arrays.stream(whileHeld).map(StackTraceElement::getClassName))
                        .as("the turn's thread while the connector holds its reply")
                        .anyMatch(frame -> frame.startsWith("okhttp3."));
            } finally {
                reply.release();
            }
            turn.get(30, TimeUnit.SECONDS);

            assertThat(connector.activities()).extracting(StubConnector.Call::text).containsExactly("first", "second");
            assertThat(connector.activities()).allMatch(call -> call.path().endsWith("/activities/incoming-1"),
                    "a reply to the message it answers");
        }
    }

    @Test
    void aReplyTheConnectorRefusesFailsTheTurnWithTheConnectorsError() throws Exception {
        try (StubConnector connector = new StubConnector()) {
            connector.failNext(400);
            TeamsBot.Adapter adapter = new TeamsBot.Adapter(TeamsSettings.local());

            CompletableFuture<?> turn = adapter.processIncomingActivity("", message(connector.url()), bot);

            assertThatThrownBy(turn::join).isInstanceOf(CompletionException.class)
                    .hasRootCauseInstanceOf(ErrorResponseException.class);
            assertThat(connector.activities()).as("nothing after the refused reply").isEmpty();
        }
    }

    private static Activity message(String serviceUrl) {
        Activity message = ActivityJson.incoming(ActivityTypes.MESSAGE, "incoming-1", serviceUrl, "29:practitioner",
                "a:practitioner-chat");
        message.setText("hello");
        return message;
    }
}
