package uk.lscb.casereview.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.driver.RecordedLog;
import uk.lscb.casereview.core.store.StoreUnavailableException;

class SlackTasksTest {
    private final RecordedLog log = new RecordedLog(SlackTasks.class);
    /** Each task run on the caller's thread, as the app's executor would run it on one of its own. */
    private final SlackTasks tasks = new SlackTasks(Runnable::run);

    @AfterEach
    void stopRecording() {
        log.close();
    }

    @Test
    void aTaskThatFindsTheStoreUnreachableIsLoggedInOneLineSayingWhatFailed() {
        tasks.later(() -> {
            throw new StoreUnavailableException("MongoDB unavailable: saving an address", new RuntimeException("x"));
        });

        assertThat(log.records()).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(RecordedLog.text(record))
                    .isEqualTo("a Slack request failed after its ack: MongoDB unavailable: saving an address");
            assertThat(record.getThrown()).isNull();
        });
    }

    @Test
    void workReadyWithinTheBudgetIsGivenAndTheLateCallbackIsNotCalled() {
        List<String> late = new ArrayList<>();

        Optional<String> ready = tasks.within(Duration.ofSeconds(10), () -> "answer",
                (result, failed) -> late.add(result));

        assertThat(ready).contains("answer");
        assertThat(late).isEmpty();
    }

    @Test
    void workThatFailsWithinTheBudgetThrowsWhatItFailedWith() {
        StoreUnavailableException down = new StoreUnavailableException("MongoDB unavailable: reading a case", null);

        assertThatThrownBy(() -> tasks.within(Duration.ofSeconds(10), () -> {
            throw down;
        }, (result, failed) -> { })).isSameAs(down);
    }

    @Test
    void workSlowerThanTheBudgetGivesNothingNowAndItsResultOrFailureLater() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(2);
        List<Object> late = new CopyOnWriteArrayList<>();
        StoreUnavailableException down = new StoreUnavailableException("MongoDB unavailable: reading a case", null);

        Optional<String> answered = tasks.within(Duration.ofMillis(1), () -> {
            awaitQuietly(release);
            return "answer";
        }, (result, failed) -> {
            late.add(result);
            ended.countDown();
        });
        Optional<String> failedLater = tasks.within(Duration.ofMillis(1), () -> {
            awaitQuietly(release);
            throw down;
        }, (result, failed) -> {
            late.add(failed);
            ended.countDown();
        });
        release.countDown();

        assertThat(answered).isEmpty();
        assertThat(failedLater).isEmpty();
        assertThat(ended.await(10, TimeUnit.SECONDS)).as("both ended").isTrue();
        assertThat(late).containsExactlyInAnyOrder("answer", down);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aTaskThatFailsOtherwiseIsLoggedAsAnErrorWithWhatWasThrownAndTheNextTaskStillRuns() {
        List<String> ran = new ArrayList<>();
        IllegalStateException bug = new IllegalStateException("the assistant's own fault");

        tasks.later(() -> {
            throw bug;
        });
        tasks.later(() -> ran.add("next"));

        assertThat(log.records()).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getThrown()).isSameAs(bug);
        });
        assertThat(ran).containsExactly("next");
    }
}
