package uk.lscb.casereview.core.driver;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Waiting for something to happen, on events rather than fixed delays: the test stubs (a Bot Connector, a Slack
 * Web API) {@link #signal} each request they receive, and a waiter re-checks its condition when signalled. A
 * condition on state that changes without a signal (a store written by a background job) is re-checked at the
 * latest every {@value #RECHECK_MS} ms, until the deadline.
 */
public final class Eventually {
    public static final Duration DEFAULT = Duration.ofSeconds(15);
    static final long RECHECK_MS = 50;
    private static final Object SIGNAL = new Object();
    private static long signals;

    private Eventually() {
    }

    /** Something happened that a waiter may be waiting for. */
    public static void signal() {
        synchronized (SIGNAL) {
            signals++;
            SIGNAL.notifyAll();
        }
    }

    /** Waits up to 15 s for the condition; fails naming {@code what}. */
    public static void await(String what, BooleanSupplier condition) {
        await(what, condition, DEFAULT);
    }

    public static void await(String what, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen;
            synchronized (SIGNAL) {
                seen = signals;
            }
            if (condition.getAsBoolean()) {
                return;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for: " + what);
            }
            synchronized (SIGNAL) {
                if (signals == seen) {
                    try {
                        SIGNAL.wait(Math.max(1, Math.min(RECHECK_MS, TimeUnit.NANOSECONDS.toMillis(left))));
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw new AssertionError("interrupted waiting for: " + what, interrupted);
                    }
                }
            }
        }
    }
}
