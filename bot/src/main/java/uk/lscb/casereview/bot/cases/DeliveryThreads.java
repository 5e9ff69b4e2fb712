package uk.lscb.casereview.bot.cases;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import uk.lscb.casereview.bot.local.LocalPlatform;
import uk.lscb.casereview.core.followups.CaseNotifications;
import uk.lscb.casereview.core.delivery.Deliveries;
import uk.lscb.casereview.core.delivery.DeliveryWorker;
import uk.lscb.casereview.core.learning.LearningDigests;
import uk.lscb.casereview.core.reminders.ReminderDeliveries;

/**
 * One delivery worker per platform, each on its own thread, so a platform that is slow, throttled (Slack's 429,
 * waited out inside its API client) or down delays only its own deliveries, and no inbound request waits for any.
 * Each carries out what a case's change owes ({@link CaseNotifications}) and each platform's copy of a due reminder
 * ({@link ReminderDeliveries}) and of a board's weekly digest of its agencies' actions ({@link LearningDigests}).
 * The local page's platform is an in-memory feed of this application that no network can hold up: its deliveries
 * are carried out straight after they are stored, in the thread that stored them, so the page shows them at once.
 */
final class DeliveryThreads implements AutoCloseable {
    static final Duration GRACE = Duration.ofSeconds(10);

    private final List<ExecutorService> threads = new ArrayList<>();

    DeliveryThreads(Deliveries deliveries, CaseNotifications notifications, ReminderDeliveries reminders,
                    LearningDigests digests, List<CaseNotifications.Outlet> outlets, Clock clock, String owner) {
        for (CaseNotifications.Outlet outlet : outlets) {
            DeliveryWorker.Carrier carrier = DeliveryWorker.Carrier.byKind(
                    Map.of(ReminderDeliveries.KIND, reminders.carrier(outlet.channels()),
                            LearningDigests.KIND, digests.carrier(outlet.channels())),
                    notifications.carrier(outlet));
            DeliveryWorker worker = new DeliveryWorker(outlet.platform(), deliveries.jobs(), carrier, clock, owner,
                    Duration.ofMinutes(2));
            if (outlet.platform() == LocalPlatform.PLATFORM) {
                deliveries.register(worker, Runnable::run);
                continue;
            }
            ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
                Thread daemon = new Thread(task, "delivery-" + outlet.platform().id());
                daemon.setDaemon(true);
                return daemon;
            });
            threads.add(thread);
            deliveries.register(worker, thread);
        }
    }

    /**
     * Lets a delivery that is under way finish (for at most {@link #GRACE}) before the application closes the store
     * it writes to: closing waits only for a write under way, and the delivery's next write would be refused. What
     * has not started waits in the store for the next start.
     */
    @Override
    public void close() {
        finish(threads, GRACE);
    }

    static void finish(List<ExecutorService> threads, Duration grace) {
        threads.forEach(ExecutorService::shutdown);
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            for (ExecutorService thread : threads) {
                if (!thread.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    thread.shutdownNow();
                }
            }
        } catch (InterruptedException interrupted) {
            threads.forEach(ExecutorService::shutdownNow);
            Thread.currentThread().interrupt();
        }
    }
}
