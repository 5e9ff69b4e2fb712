package uk.lscb.casereview.adapters.slack;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * What a listener leaves for after its ack, run on the app's executor, and what it needs before its ack, waited for
 * only as long as Slack allows. A task that fails is logged, where the executor's {@code submit} kept the failure in
 * a future nobody read, so that a direct message written while the store was down vanished without a word to the
 * person or a line in the log. The store being unreachable is one line naming what was being done (never a document);
 * anything else, the assistant's own fault, with its stack trace.
 */
final class SlackTasks {
    private static final System.Logger LOG = System.getLogger(SlackTasks.class.getName());

    /** How long a listener waits for work it needs before its ack: Slack waits 3 s for the ack. */
    static final Duration ACK_BUDGET = Duration.ofMillis(2500);

    private final Executor executor;
    /**
     * Where a listener's work before its ack runs: threads of its own (idle ones end after a minute), so that it never
     * waits behind the work after other acks, which can be held up by a slow Slack.
     */
    private final Executor beforeAck = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "slack-before-ack");
        thread.setDaemon(true);
        return thread;
    });

    SlackTasks(Executor executor) {
        this.executor = executor;
    }

    /**
     * Work a listener needs before its ack, waited for up to {@code budget}: its result when it is ready by then (a
     * failure by then is thrown, for {@link StoreUnreachable} to answer); otherwise empty, and {@code late} is given
     * the result, or what it failed with, once the work ends.
     */
    <T> Optional<T> within(Duration budget, Supplier<T> work, BiConsumer<T, Throwable> late) {
        CompletableFuture<T> working = CompletableFuture.supplyAsync(work, beforeAck);
        try {
            return Optional.of(working.get(budget.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException slow) {
            working.whenComplete((result, failed) -> late.accept(result, unwrapped(failed)));
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            working.whenComplete((result, failed) -> late.accept(result, unwrapped(failed)));
            return Optional.empty();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException(failed.getCause());
        }
    }

    private static Throwable unwrapped(Throwable failed) {
        return failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
    }

    void later(Runnable task) {
        executor.execute(() -> {
            try {
                task.run();
            } catch (StoreUnavailableException down) {
                LOG.log(System.Logger.Level.WARNING, "a Slack request failed after its ack: {0}",
                        down.getMessage());
            } catch (RuntimeException failed) {
                LOG.log(System.Logger.Level.ERROR, "a Slack request failed after its ack", failed);
            }
        });
    }
}
