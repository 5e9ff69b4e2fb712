package uk.lscb.casereview.adapters.slack;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The event of the Slack handlers dropping a redelivered message ("redelivery … ignored", logged at DEBUG
 * once the turn has decided to send nothing): lets a test wait until each redelivery has been handled
 * rather than sleeping and hoping. Listens from construction to {@link #close()}.
 */
final class RedeliveriesIgnored extends Handler implements AutoCloseable {
    private final Logger logger = Logger.getLogger(SlackHandlers.class.getName());
    private final Level levelBefore = logger.getLevel();
    private final Semaphore ignored = new Semaphore(0);

    RedeliveriesIgnored() {
        logger.setLevel(Level.FINE);
        logger.addHandler(this);
    }

    /** Waits until {@code count} redeliveries have been ignored; fails after {@code timeout}. */
    void await(int count, Duration timeout) throws InterruptedException {
        if (!ignored.tryAcquire(count, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + count
                    + " redeliveries to be ignored; " + ignored.availablePermits() + " were");
        }
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getMessage() != null && record.getMessage().startsWith("redelivery ")
                && record.getMessage().endsWith(" ignored")) {
            ignored.release();
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(levelBefore);
    }
}
