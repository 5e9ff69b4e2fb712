package uk.lscb.casereview.bot.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TranscriptThreadTest {

    @Test
    void appendsRunOnTheirOwnThreadInTheOrderTheTurnsWereCommitted() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        try (TranscriptThread thread = new TranscriptThread()) {
            for (int turn = 1; turn <= 100; turn++) {
                String name = "turn " + turn;
                thread.execute(() -> ran.add(name + " on " + Thread.currentThread().getName()));
            }

            assertThat(thread.awaitQueued(Duration.ofSeconds(30))).isTrue();
        }

        assertThat(ran).hasSize(100).first().isEqualTo("turn 1 on transcript-appends");
        assertThat(ran).last().isEqualTo("turn 100 on transcript-appends");
        assertThat(ran).isSortedAccordingTo((a, b) -> Integer.compare(number(a), number(b)));
    }

    @Test
    void aTurnAppendsItsOwnEntriesWhenTheQueueIsFull() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> ranOn = new CopyOnWriteArrayList<>();
        try (TranscriptThread thread = new TranscriptThread()) {
            thread.execute(() -> {
                busy.countDown();
                awaitQuietly(release);
            });
            assertThat(busy.await(30, TimeUnit.SECONDS)).isTrue();
            for (int queued = 0; queued < TranscriptThread.QUEUED; queued++) {
                thread.execute(() -> { });
            }

            thread.execute(() -> ranOn.add(Thread.currentThread().getName()));

            assertThat(ranOn).containsExactly(Thread.currentThread().getName());
            release.countDown();
        }
    }

    @Test
    void closingLetsTheQueuedAppendsRunAndLaterOnesRunInTheTurnsThread() {
        List<String> ran = new CopyOnWriteArrayList<>();
        TranscriptThread thread = new TranscriptThread();
        CountDownLatch release = new CountDownLatch(1);
        thread.execute(() -> awaitQuietly(release));
        thread.execute(() -> ran.add("queued on " + Thread.currentThread().getName()));
        release.countDown();

        thread.close();
        thread.execute(() -> ran.add("after close on " + Thread.currentThread().getName()));

        assertThat(ran).containsExactly("queued on transcript-appends",
                "after close on " + Thread.currentThread().getName());
    }

    private static int number(String ran) {
        return Integer.parseInt(ran.substring("turn ".length(), ran.indexOf(" on ")));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
