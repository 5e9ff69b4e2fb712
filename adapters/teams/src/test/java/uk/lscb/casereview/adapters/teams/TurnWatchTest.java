package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A turn is answered once: by its own thread when it ends within its budget, or else by the watch's thread. */
class TurnWatchTest {

    @Test
    void aTurnThatOverrunsItsBudgetIsAnsweredOnceByTheWatchsThreadAndNotByItsOwn() throws Exception {
        try (TurnWatch watch = new TurnWatch(Duration.ofMillis(50), Duration.ofMillis(10))) {
            CountDownLatch answered = new CountDownLatch(1);
            AtomicInteger answers = new AtomicInteger();
            AtomicReference<String> answeringThread = new AtomicReference<>();

            TurnWatch.Watched turn = watch.start(() -> {
                answers.incrementAndGet();
                answeringThread.set(Thread.currentThread().getName());
                answered.countDown();
            });

            assertThat(answered.await(30, TimeUnit.SECONDS)).as("answered at the budget").isTrue();
            assertThat(turn.claim()).as("the turn, ending late, answers nothing").isFalse();
            assertThat(answers).hasValue(1);
            assertThat(answeringThread.get()).isEqualTo("teams-turn-budget");
        }
    }

    @Test
    void aTurnThatEndsWithinItsBudgetIsAnsweredByItsOwnThreadAndNeverByTheWatch() throws Exception {
        try (TurnWatch watch = new TurnWatch(Duration.ofMillis(50), Duration.ofMillis(10))) {
            AtomicInteger overruns = new AtomicInteger();
            TurnWatch.Watched finished = watch.start(overruns::incrementAndGet);
            assertThat(finished.claim()).as("ended in time: its caller answers").isTrue();

            // a later turn left to overrun: once the watch has answered it, it has looked at every turn in flight
            CountDownLatch later = new CountDownLatch(1);
            watch.start(later::countDown);
            assertThat(later.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(overruns).hasValue(0);
        }
    }

    @Test
    void anOverrunAnswerThatThrowsAnErrorLeavesTheWatchAnsweringLaterTurns() throws Exception {
        try (TurnWatch watch = new TurnWatch(Duration.ofMillis(50), Duration.ofMillis(10))) {
            CountDownLatch failing = new CountDownLatch(1);
            watch.start(() -> {
                failing.countDown();
                throw new AssertionError("an answer that fails with an Error, not an exception");
            });
            assertThat(failing.await(30, TimeUnit.SECONDS)).isTrue();

            CountDownLatch later = new CountDownLatch(1);
            watch.start(later::countDown);
            assertThat(later.await(30, TimeUnit.SECONDS)).as("a later turn still answered at its budget").isTrue();
        }
    }
}
