package uk.lscb.casereview.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.adapters.slack.SlackFixture.CHAIR;
import static uk.lscb.casereview.adapters.slack.SlackFixture.PRACTITIONER;
import static uk.lscb.casereview.adapters.slack.SlackFixture.await;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.driver.ReferralAnswers;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The Chair's Confirm pressed 20 times at once (a double-click, a slow Slack, the card open on several devices), on a
 * card whose Confirm needs nothing more: one decision, each press answered, and the card's message updated once,
 * where every press that found the case decided updated it again with the same card.
 */
class SlackConfirmPressedTogetherIT {
    private static final int PRESSES = 20;
    private static final String CHAIR_DM = "D" + CHAIR;
    /** A copy of the card the app does not know of (its address lost): only a press can bring it up to date. */
    private static final String UNKNOWN_COPY = "1790000000.424242";

    private SlackFixture f;
    private CaseRecord referred;
    private StubSlackApi.Call card;
    private String confirm;

    @BeforeEach
    void aCardWaitingForTheChair() throws Exception {
        f = new SlackFixture();
        f.addresses.save(new Addresses.Address(Platform.SLACK, Addresses.Kind.PERSON, CHAIR, CHAIR_DM));
        // Nothing decisive: no learning review is recommended, and confirming it needs nothing more.
        f.driver(PRACTITIONER).refer(ReferralAnswers.with("SCR-2026-031", "today", Map.of()));
        await("the case", () -> !f.cases.ofBoard(SlackFixture.STAFFORDSHIRE).isEmpty());
        referred = f.cases.ofBoard(SlackFixture.STAFFORDSHIRE).get(0);
        assertThat(referred.recommendation().outcome()).isEqualTo(Outcome.NO_FURTHER_ACTION);
        await("the Chair's card", () -> !f.postsTo(CHAIR_DM).isEmpty());
        card = f.postsTo(CHAIR_DM).get(0);
        confirm = SlackFixture.buttonValues(card).stream().filter(v -> Payloads.isDecision(v, DecisionVerb.CONFIRM))
                .findFirst().orElseThrow();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    /** Sends the presses at the same moment, each on its own thread; every one acknowledged. */
    private static void together(Callable<HttpResponse<String>> press) throws Exception {
        ExecutorService pressing = Executors.newFixedThreadPool(PRESSES);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> acks = new ArrayList<>();
            for (int i = 0; i < PRESSES; i++) {
                acks.add(pressing.submit(() -> {
                    go.await();
                    return press.call();
                }));
            }
            go.countDown();
            for (Future<HttpResponse<String>> ack : acks) {
                assertThat(ack.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        } finally {
            pressing.shutdownNow();
        }
    }

    private List<StubSlackApi.Call> updatesOf(String ts) {
        return f.slack.calls("chat.update").stream().filter(call -> call.get("ts").equals(ts)).toList();
    }

    private List<StubSlackApi.Call> toldTheChair() {
        return f.slack.calls("chat.postEphemeral").stream().filter(call -> call.get("user").equals(CHAIR)).toList();
    }

    private String actionId() {
        return SlackFixture.actionIdOf(card, confirm);
    }

    private long decisions() {
        return f.cases.find(referred.id()).orElseThrow().audit().stream()
                .filter(event -> event.action().equals("decided")).count();
    }

    @Test
    void pressedTogetherOnTheCardTheAppPostedItIsDecidedOnceAndTheCardUpdatedOnceByTheDeliveries() throws Exception {

        together(() -> f.press(CHAIR, CHAIR_DM, card, confirm));

        await("every other press told", () -> toldTheChair().size() == PRESSES - 1);
        f.awaitIdle();
        assertThat(decisions()).isEqualTo(1);
        assertThat(toldTheChair()).allSatisfy(told -> assertThat(told.get("text"))
                .startsWith("This case has already been decided, by Pat Chair on"));
        assertThat(updatesOf(card.get("posted_ts")).size()).as("chat.update calls on the card").isEqualTo(1);
        assertThat(SlackFixture.blocks(updatesOf(card.get("posted_ts")).get(0)).toString())
                .contains("Decided by Pat Chair");
    }

    @Test
    void pressedTogetherOnACopyTheAppDoesNotKnowOfItIsDecidedOnceAndThatCopyUpdatedOnce() throws Exception {

        together(() -> f.press(CHAIR, CHAIR_DM, UNKNOWN_COPY, actionId(), confirm));

        await("every other press told", () -> toldTheChair().size() == PRESSES - 1);
        f.awaitIdle();
        assertThat(decisions()).isEqualTo(1);
        assertThat(updatesOf(UNKNOWN_COPY).size()).as("chat.update calls on the copy").isEqualTo(1);
        assertThat(SlackFixture.blocks(updatesOf(UNKNOWN_COPY).get(0)).toString()).contains("Decided by Pat Chair");
        assertThat(updatesOf(card.get("posted_ts")).size()).as("chat.update calls on the copy the app posted, by the "
                + "deliveries").isEqualTo(1);
    }

    @Test
    void pressedTogetherOnACopyOfACaseDecidedBeforeEachIsToldWhoDecidedAndThatCopyIsUpdatedOnce() throws Exception {
        f.press(CHAIR, CHAIR_DM, card, confirm);
        await("the decision", () -> decisions() == 1);
        f.awaitIdle();

        together(() -> f.press(CHAIR, CHAIR_DM, UNKNOWN_COPY, actionId(), confirm));

        await("every press told", () -> toldTheChair().size() == PRESSES);
        f.awaitIdle();
        assertThat(decisions()).isEqualTo(1);
        assertThat(toldTheChair()).allSatisfy(told -> assertThat(told.get("text"))
                .startsWith("This case has already been decided, by Pat Chair on"));
        assertThat(updatesOf(UNKNOWN_COPY).size()).as("chat.update calls on the copy").isEqualTo(1);
        assertThat(SlackFixture.blocks(updatesOf(UNKNOWN_COPY).get(0)).toString()).contains("Decided by Pat Chair");
    }
}
