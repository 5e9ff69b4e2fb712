package uk.lscb.casereview.adapters.slack;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * What a listener leaves for after its ack, run on the app's executor. A task that fails is logged, where the
 * executor's {@code submit} kept the failure in a future nobody read, so that a direct message written while the
 * store was down vanished without a word to the person or a line in the log. The store being unreachable is one
 * line naming what was being done (never a document); anything else, the assistant's own fault, with its stack trace.
 */
final class SlackTasks {
    private static final System.Logger LOG = System.getLogger(SlackTasks.class.getName());

    private final Executor executor;

    SlackTasks(Executor executor) {
        this.executor = executor;
    }

    /** Work whose result its caller waits for, for a while: a failure is the caller's to handle, not logged here. */
    <T> CompletableFuture<T> soon(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor);
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
