package uk.lscb.casereview.bot.cases;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import uk.lscb.casereview.core.conversation.ScopingService;

/**
 * The thread that appends committed turns' transcript entries ({@link ScopingService}'s {@code afterCommit}), so a
 * turn is answered as soon as it is committed and the entries follow in a fraction of a millisecond. One thread
 * keeps them in the order the turns were committed. When {@link #QUEUED} appends are waiting (the store slower than
 * the turns), or once the application is closing, a turn appends its own entries before it is answered, as it would
 * without this thread: the queue never grows without bound and nothing is dropped.
 */
public final class TranscriptThread implements Executor, AutoCloseable {
    static final int QUEUED = 10_000;

    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUED), task -> {
                Thread daemon = new Thread(task, "transcript-appends");
                daemon.setDaemon(true);
                return daemon;
            }, (task, refusedBy) -> task.run());

    @Override
    public void execute(Runnable append) {
        thread.execute(append);
    }

    /** Waits until every append queued before this call has run. @return false when they had not within the time */
    public boolean awaitQueued(Duration within) throws InterruptedException {
        CountDownLatch reached = new CountDownLatch(1);
        thread.execute(reached::countDown);
        return reached.await(within.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Lets the queued appends run (for at most {@link DeliveryThreads#GRACE}) before the application closes the store
     * they write to; what is left is in the committed conversations' outboxes, appended after the next start.
     */
    @Override
    public void close() {
        DeliveryThreads.finish(List.of(thread), DeliveryThreads.GRACE);
    }
}
