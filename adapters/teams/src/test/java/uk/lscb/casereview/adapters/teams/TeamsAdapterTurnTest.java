package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The SDK closes a turn's context as soon as its pipeline has been started (BotFrameworkAdapter.processActivity),
 * while an invoke's response is sent on the SDK's own executor: unless the adapter waits for the turn, that send adds
 * to the context's state while it is being closed (a ConcurrentModificationException answered 500, seen on card
 * presses under load). A pipeline that has not finished when processing returns is that race.
 */
class TeamsAdapterTurnTest {

    @Test
    void aCardActionsTurnHasFinishedWithItsResponseWhenTheAdapterHandsItBack() {
        TeamsBot.Adapter adapter = new TeamsBot.Adapter(TeamsSettings.local());
        ActivityHandler bot = new ActivityHandler() {
            @Override
            protected CompletableFuture<InvokeResponse> onInvokeActivity(TurnContext turn) {
                return CompletableFuture.completedFuture(new InvokeResponse(200, "done"));
            }
        };
        for (int press = 0; press < 50; press++) {
            CompletableFuture<InvokeResponse> turn = adapter.processIncomingActivity("", cardAction(press), bot);

            assertThat(turn).as("press %d", press).isDone();
            assertThat(turn.join().getStatus()).isEqualTo(200);
        }
    }

    private static Activity cardAction(int press) {
        Activity invoke = ActivityJson.incoming(ActivityTypes.INVOKE, "press-" + press, "http://127.0.0.1:9/",
                "29:chair", "a:chair-chat");
        invoke.setName("adaptiveCard/action");
        return invoke;
    }
}
