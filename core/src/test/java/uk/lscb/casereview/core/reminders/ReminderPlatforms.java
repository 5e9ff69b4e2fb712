package uk.lscb.casereview.core.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.delivery.Deliveries;
import uk.lscb.casereview.core.delivery.DeliveryJobs;
import uk.lscb.casereview.core.delivery.DeliveryWorker;
import uk.lscb.casereview.core.delivery.InMemoryDeliveryJobs;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * Reminders handed to named test platforms, each carried out by its own delivery worker from one shared delivery
 * store, at once in the thread that wakes it (so a test sees every post when its call returns), on a clock the test
 * moves by hand.
 */
final class ReminderPlatforms {
    static final Duration LEASE = Duration.ofMinutes(2);

    /** A clock that stands still until the test moves it. */
    static final class HandClock extends Clock {
        private volatile Instant now;

        HandClock(Instant start) {
            now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** One server's deliveries to its platforms, and its reminders' hand-over to them. */
    record Server(Deliveries deliveries, ReminderDeliveries reminders) {
    }

    final HandClock clock;
    final DeliveryJobs deliveryJobs;
    private final ReminderJobs jobs;
    private final Cases cases;
    private final ReminderPolicy policy;

    ReminderPlatforms(ReminderJobs jobs, Cases cases, ReminderPolicy policy, Instant start) {
        this(jobs, cases, policy, start, new InMemoryDeliveryJobs());
    }

    ReminderPlatforms(ReminderJobs jobs, Cases cases, ReminderPolicy policy, Instant start, DeliveryJobs deliveryJobs) {
        this.jobs = jobs;
        this.cases = cases;
        this.policy = policy;
        this.clock = new HandClock(start);
        this.deliveryJobs = deliveryJobs;
    }

    /** A server named {@code owner} delivering to these platforms, by name. */
    Server server(String owner, Map<Platform, ChannelNotifier> platforms) {
        Deliveries deliveries = new Deliveries(deliveryJobs, clock);
        ReminderDeliveries reminders = new ReminderDeliveries(jobs, cases, policy, Boards.staffordshireAndStoke(),
                deliveries, clock);
        platforms.forEach((name, channels) -> deliveries.register(new DeliveryWorker(name, deliveryJobs,
                reminders.carrier(channels), clock, owner, LEASE), Runnable::run));
        return new Server(deliveries, reminders);
    }

    /** A sweeper named {@code owner} whose reminders go to these platforms. */
    ReminderSweeper sweeper(String owner, Duration lease, Map<Platform, ChannelNotifier> platforms) {
        return new ReminderSweeper(jobs, cases, server(owner, platforms).reminders(), policy, owner, lease);
    }
}
