package uk.lscb.casereview.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.cases.CaseAction;
import uk.lscb.casereview.core.cases.CaseLifecycle;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.delivery.DeliveryJob;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * A due reminder goes to each platform as a delivery of its own: a platform that refuses it holds back only its own
 * copy, tried again after its own wait, and every platform posts it once. The case is the one of
 * {@link ReminderSweeperTest}: the Chair's decision due Sunday 20 December 2026, reminded on Friday 11th and 18th.
 */
class ReminderPerPlatformTest {
    private static final Instant AHEAD = Instant.parse("2026-12-11T09:00:00Z");
    private static final Instant DUE_DAY = Instant.parse("2026-12-18T09:00:00Z");
    private static final UserRef CHAIR_USER = new UserRef(Platform.LOCAL, "chair-1", "The Chair");

    private final InMemoryCases cases = new InMemoryCases();
    private final InMemoryReminderJobs jobs = new InMemoryReminderJobs();
    private final ReminderPolicy policy = ReminderPolicy.englandAndWales();
    private final ReminderPlatforms platforms = new ReminderPlatforms(jobs, cases, policy, AHEAD);
    private final List<Notification> teams = new CopyOnWriteArrayList<>();
    private final List<Notification> slack = new CopyOnWriteArrayList<>();
    private final AtomicInteger slackRefusals = new AtomicInteger();
    private volatile boolean slackThrottled;
    private final ChannelNotifier slackChannels = notification -> {
        if (slackThrottled) {
            slackRefusals.incrementAndGet();
            throw new IllegalStateException("HTTP 429");
        }
        slack.add(notification);
    };
    private final ReminderPlatforms.Server server = platforms.server("a", Map.of(Platform.TEAMS, teams::add,
            Platform.SLACK, slackChannels));
    private final ReminderSweeper sweeper = new ReminderSweeper(jobs, cases, server.reminders(), policy, "a",
            Duration.ofMinutes(5));

    private CaseRecord referred(String reference) {
        CaseRecord record = PortFixtures.caseRecord(reference, new ConversationKey(Platform.LOCAL, reference), PortFixtures.AT);
        cases.create(record);
        new ReminderScheduler(jobs, policy).deadlinesChanged(record, PortFixtures.AT);
        return record;
    }

    /** The sweep at {@code at}, with the clock there too. */
    private int sweepAt(Instant at) {
        platforms.clock.set(at);
        return sweeper.sweep(at);
    }

    /** Later: every platform carries out what is due by then (the follow-up sweep's wake). */
    private void deliverAt(Instant at) {
        platforms.clock.set(at);
        server.deliveries().wakeAll();
    }

    private DeliveryJob delivery(CaseRecord record, Platform platform) {
        return platforms.deliveryJobs.ofCase(record.id().value()).stream()
                .filter(job -> job.platform() == platform).findFirst().orElseThrow();
    }

    @Test
    void aPlatformThatRefusesHoldsBackOnlyItsOwnCopyWhichFollowsOnceAfterItsOwnWait() {
        CaseRecord record = referred("SCR-2026-301");
        slackThrottled = true;

        assertThat(sweepAt(AHEAD)).isEqualTo(1);

        assertThat(teams).hasSize(1);
        assertThat(slack).isEmpty();
        assertThat(jobs.ofCase(record.id()).get(0).status()).isEqualTo(ReminderJob.Status.SENT);
        DeliveryJob waiting = delivery(record, Platform.SLACK);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.notBefore()).isEqualTo(AHEAD.plus(Duration.ofMinutes(1)));

        deliverAt(AHEAD.plusSeconds(30));
        assertThat(slackRefusals).hasValue(1);

        slackThrottled = false;
        deliverAt(AHEAD.plusSeconds(60));
        deliverAt(AHEAD.plusSeconds(120));
        sweepAt(AHEAD.plusSeconds(180));

        assertThat(slack).singleElement().isEqualTo(teams.get(0));
        assertThat(teams).hasSize(1);
        assertThat(delivery(record, Platform.SLACK).status()).isEqualTo(DeliveryJob.Status.DONE);
    }

    @Test
    void theSameReminderHandedOverAgainIsPostedOncePerPlatform() {
        CaseRecord record = referred("SCR-2026-302");
        ReminderJob reminder = jobs.ofCase(record.id()).get(0);

        server.reminders().handOver(reminder, AHEAD);
        server.reminders().handOver(reminder, AHEAD.plusSeconds(60));
        deliverAt(AHEAD.plus(Duration.ofHours(2)));

        assertThat(teams).extracting(Notification::dedupeKey).containsExactly(reminder.id());
        assertThat(slack).extracting(Notification::dedupeKey).containsExactly(reminder.id());
        assertThat(platforms.deliveryJobs.ofCase(record.id().value())).extracting(DeliveryJob::platform)
                .containsExactlyInAnyOrder(Platform.TEAMS, Platform.SLACK);
    }

    @Test
    void aCopyStillHeldBackWhenItsDeadlineIsDoneIsNeverPosted() {
        CaseRecord record = referred("SCR-2026-303");
        slackThrottled = true;
        sweepAt(AHEAD);
        CaseLifecycle.Result decided = CaseLifecycle.apply(record, new CaseAction.Decide(CHAIR_USER,
                Outcome.SERIOUS_CASE_REVIEW, Optional.empty(), Optional.empty(), List.of("A. Reviewer"), true, false),
                AHEAD.plusSeconds(30));
        assertThat(cases.update(((CaseLifecycle.Result.Applied) decided).next(), record.version())).isTrue();

        slackThrottled = false;
        deliverAt(AHEAD.plusSeconds(60));

        assertThat(teams).hasSize(1);
        assertThat(slack).isEmpty();
        assertThat(delivery(record, Platform.SLACK).status()).isEqualTo(DeliveryJob.Status.DONE);
    }

    @Test
    void aPlatformAwayUntilTheNextReminderOfTheDeadlinePostsOnlyThatOne() {
        CaseRecord record = referred("SCR-2026-304");
        slackThrottled = true;
        sweepAt(AHEAD);
        deliverAt(AHEAD.plus(Duration.ofHours(1)));

        slackThrottled = false;
        sweepAt(DUE_DAY);

        assertThat(teams).extracting(Notification::title).containsExactly(
                "Reminder: Chair's decision on whether to initiate a serious case review due on Sunday 20 December 2026",
                "Reminder: Chair's decision on whether to initiate a serious case review due on Sunday 20 December 2026");
        assertThat(teams).extracting(Notification::text).allMatch(text -> text.contains("(in 9 days)")
                || text.contains("(in 2 days)"));
        assertThat(slack).singleElement().isEqualTo(teams.get(1));
        assertThat(platforms.deliveryJobs.ofCase(record.id().value())).extracting(DeliveryJob::status)
                .containsOnly(DeliveryJob.Status.DONE);
    }
}
