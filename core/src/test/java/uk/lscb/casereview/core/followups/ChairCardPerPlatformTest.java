package uk.lscb.casereview.core.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles.PlatformId;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.ChairArrivals;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.FollowUpProcessor;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.delivery.DecisionRequests;
import uk.lscb.casereview.core.delivery.Deliveries;
import uk.lscb.casereview.core.delivery.DeliveryWorker;
import uk.lscb.casereview.core.delivery.InMemoryDeliveryJobs;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.rules.RulePacks;

/**
 * The Chair's card is delivered per platform: reaching the Chair on one platform does not count for another, and a
 * Chair who arrives while a try is still running gets the card at once, not after the next backoff wait.
 */
class ChairCardPerPlatformTest {
    private static final UserRef LOCAL_CHAIR = new UserRef(Platform.LOCAL, "chair-staffordshire", "Local Chair");
    private static final UserRef TEAMS_CHAIR = new UserRef(Platform.TEAMS, "aad-chair", "Teams Chair");
    private static final Instant START = Instant.parse("2026-11-28T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(START, ZoneId.of("Europe/London"));

    /** One platform's card posts: reaches its Chair only once the Chair has written to it. */
    private static class PlatformCards implements DecisionRequests {
        final Platform name;
        volatile boolean chairReachable;
        final List<CaseId> posted = new CopyOnWriteArrayList<>();

        PlatformCards(Platform name, boolean chairReachable) {
            this.name = name;
            this.chairReachable = chairReachable;
        }

        @Override
        public boolean post(CaseRecord record, DecisionCard card) {
            if (!chairReachable) {
                return false;
            }
            posted.add(record.id());
            return true;
        }

        @Override
        public boolean postTo(UserRef chair, CaseRecord record, DecisionCard card) {
            return post(record, card);
        }

        @Override
        public void update(CaseRecord record, DecisionCard card) {
        }
    }

    private final InMemoryCases cases = new InMemoryCases();
    private final Roles roles = new Roles(Map.of(PortFixtures.STAFFORDSHIRE,
            Set.of(PlatformId.of(LOCAL_CHAIR), PlatformId.of(TEAMS_CHAIR))), Map.of());
    private final List<Notification> panel = new CopyOnWriteArrayList<>();

    private FollowUpProcessor followUps(PlatformCards... platforms) {
        return followUps(java.util.concurrent.Executors.newSingleThreadExecutor(), platforms);
    }

    private FollowUpProcessor followUps(java.util.concurrent.Executor threads, PlatformCards... platforms) {
        Deliveries deliveries = new Deliveries(new InMemoryDeliveryJobs(), CLOCK);
        CaseNotifications notifications = new CaseNotifications(cases, deliveries,
                new ReminderScheduler(new InMemoryReminderJobs(), ReminderPolicy.englandAndWales()),
                Boards.staffordshireAndStoke(), new RulePacks(List.of(PortFixtures.pack())), CLOCK);
        for (PlatformCards platform : platforms) {
            CaseNotifications.Outlet outlet = new CaseNotifications.Outlet(platform.name, platform, panel::add,
                    List.of());
            deliveries.register(new DeliveryWorker(platform.name, deliveries.jobs(), notifications.carrier(outlet),
                    CLOCK, "test", Duration.ofMinutes(2)), threads);
        }
        return new FollowUpProcessor(cases, notifications, CLOCK, "test", Duration.ofMinutes(2));
    }

    @Test
    void aCardThatReachedTheLocalChairIsStillPostedToTheTeamsChairWhenTheyFirstWrite() {
        PlatformCards local = new PlatformCards(Platform.LOCAL, true);
        PlatformCards teams = new PlatformCards(Platform.TEAMS, false);
        FollowUpProcessor followUps = followUps(Runnable::run, local, teams);
        ChairArrivals arrivals = new ChairArrivals(roles, followUps);
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-420", new ConversationKey(Platform.LOCAL, "p"), START);
        cases.create(record);
        followUps.referred(record);
        assertThat(local.posted).containsExactly(record.id());
        assertThat(teams.posted).isEmpty();

        teams.chairReachable = true;
        arrivals.reachable(TEAMS_CHAIR);

        assertThat(teams.posted).containsExactly(record.id());
        assertThat(local.posted).containsExactly(record.id());
    }

    @Test
    void aChairWhoWritesWhileTheFirstTryIsRunningGetsTheCardWithoutWaitingForTheNextTry() throws Exception {
        CountDownLatch tryStarted = new CountDownLatch(1);
        CountDownLatch chairArrived = new CountDownLatch(1);
        PlatformCards teams = new PlatformCards(Platform.TEAMS, false) {
            private boolean first = true;

            @Override
            public boolean post(CaseRecord record, DecisionCard card) {
                boolean reachableAtStart = chairReachable;
                if (first) {
                    first = false;
                    tryStarted.countDown();
                    await(chairArrived);
                    return false; // it looked before the Chair wrote: not reachable then
                }
                if (!reachableAtStart) {
                    return false;
                }
                posted.add(record.id());
                return true;
            }
        };
        FollowUpProcessor followUps = followUps(Runnable::run, teams);
        ChairArrivals arrivals = new ChairArrivals(roles, followUps);
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-421", new ConversationKey(Platform.LOCAL, "p"), START);
        cases.create(record);
        Thread firstTry = new Thread(() -> followUps.referred(record));
        firstTry.start();
        assertThat(tryStarted.await(10, TimeUnit.SECONDS)).isTrue();

        teams.chairReachable = true;
        arrivals.reachable(TEAMS_CHAIR);
        chairArrived.countDown();
        firstTry.join(10_000);
        followUps.completeAll(); // the clock has not moved: only what is due now runs

        assertThat(teams.posted).containsExactly(record.id());
    }

    @Test
    void theReferralIsHandedOverBeforeAnyPlatformPostIsAttempted() throws Exception {
        CountDownLatch postStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PlatformCards teams = new PlatformCards(Platform.TEAMS, true) {
            @Override
            public boolean post(CaseRecord record, DecisionCard card) {
                postStarted.countDown();
                ChairCardPerPlatformTest.await(release);
                return super.post(record, card);
            }
        };
        FollowUpProcessor followUps = followUps(teams);
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-422", new ConversationKey(Platform.LOCAL, "p"), START);
        cases.create(record);

        followUps.referred(record); // what the referrer's turn calls: returns while the post is held

        assertThat(postStarted.await(10, TimeUnit.SECONDS)).as("the post runs on the platform's thread").isTrue();
        assertThat(teams.posted).isEmpty();
        release.countDown();
        awaitPosted(teams, record.id());
    }

    @Test
    void aThrottledPlatformDelaysOnlyItsOwnCardWhichArrivesOnceItRecovers() throws Exception {
        PlatformCards teams = new PlatformCards(Platform.TEAMS, true);
        PlatformCards slack = new PlatformCards(Platform.SLACK, true) {
            volatile boolean throttled = true;

            @Override
            public boolean post(CaseRecord record, DecisionCard card) {
                if (throttled) {
                    throttled = false;
                    throw new IllegalStateException("HTTP 429");
                }
                return super.post(record, card);
            }
        };
        java.util.concurrent.atomic.AtomicReference<Instant> now = new java.util.concurrent.atomic.AtomicReference<>(
                START);
        Clock moving = new Clock() {
            @Override
            public ZoneId getZone() {
                return CLOCK.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        Deliveries deliveries = new Deliveries(new InMemoryDeliveryJobs(), moving);
        CaseNotifications notifications = new CaseNotifications(cases, deliveries,
                new ReminderScheduler(new InMemoryReminderJobs(), ReminderPolicy.englandAndWales()),
                Boards.staffordshireAndStoke(), new RulePacks(List.of(PortFixtures.pack())), moving);
        for (PlatformCards platform : List.of(teams, slack)) {
            deliveries.register(new DeliveryWorker(platform.name, deliveries.jobs(), notifications.carrier(
                    new CaseNotifications.Outlet(platform.name, platform, panel::add, List.of())), moving, "test",
                    Duration.ofMinutes(2)), java.util.concurrent.Executors.newSingleThreadExecutor());
        }
        FollowUpProcessor followUps = new FollowUpProcessor(cases, notifications, moving, "test",
                Duration.ofMinutes(2));
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-423", new ConversationKey(Platform.LOCAL, "p"), START);
        cases.create(record);

        followUps.referred(record);

        awaitPosted(teams, record.id());
        awaitCondition(() -> deliveries.jobs().ofCase(record.id().value()).stream().anyMatch(job ->
                job.platform() == Platform.SLACK && job.attempts() == 1));
        assertThat(slack.posted).isEmpty();
        now.set(START.plus(Duration.ofMinutes(1)));
        followUps.completeAll(); // the sweep: Slack's wait is over
        awaitPosted(slack, record.id());
        assertThat(teams.posted).containsExactly(record.id());
    }

    private static void awaitPosted(PlatformCards platform, CaseId id) throws InterruptedException {
        awaitCondition(() -> platform.posted.contains(id));
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
