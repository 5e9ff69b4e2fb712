package uk.lscb.casereview.bot.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DeliveryThreadsTest {

    @Test
    void closingWaitsForTheDeliveryUnderWayBeforeTheStoreIsClosed() throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        thread.execute(() -> {
            started.countDown();
            awaitIgnoringInterrupts(release);
            finished.set(true);
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        AtomicBoolean finishedWhenClosed = new AtomicBoolean();
        Thread closer = new Thread(() -> {
            DeliveryThreads.finish(List.of(thread), Duration.ofSeconds(30));
            finishedWhenClosed.set(finished.get());
        });
        closer.start();
        waitUntilWaitingOrDone(closer);
        release.countDown();
        closer.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(finishedWhenClosed).as("the delivery under way finished before close returned").isTrue();
        assertThat(thread.isTerminated()).isTrue();
    }

    @Test
    void closingGivesUpOnADeliveryThatOutlastsTheGraceAndInterruptsIt() throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        thread.execute(() -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException stopped) {
                interrupted.countDown();
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        DeliveryThreads.finish(List.of(thread), Duration.ZERO);

        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Until the closer is waiting for the delivery (or, had it not waited, has returned). */
    private static void waitUntilWaitingOrDone(Thread closer) {
        Thread.State state = closer.getState();
        while (state != Thread.State.TIMED_WAITING && state != Thread.State.WAITING
                && state != Thread.State.TERMINATED) {
            Thread.onSpinWait();
            state = closer.getState();
        }
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        boolean done = false;
        while (!done) {
            try {
                done = latch.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                // the old close interrupted deliveries under way; this one must be let finish
            }
        }
    }
}
