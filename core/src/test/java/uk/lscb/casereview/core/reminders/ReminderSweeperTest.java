package uk.lscb.casereview.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static uk.lscb.casereview.core.deadlines.Audience.CHAIR;
import static uk.lscb.casereview.core.deadlines.Audience.PANEL_CHANNEL;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.cases.CaseAction;
import uk.lscb.casereview.core.cases.CaseLifecycle;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.BankHolidays;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.deadlines.WorkingDays;
import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.delivery.DeliveryJob;
import uk.lscb.casereview.core.delivery.DeliveryJobs;
import uk.lscb.casereview.core.delivery.InMemoryDeliveryJobs;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * One case referred on Saturday 28 November 2026 (notified 20 November): the Chair's decision is due Sunday
 * 20 December, reminded on Friday 11th (D−7), Friday 18th (D), then Thursday 24th and 31st (overdue), all
 * at 09:00 GMT.
 */
class ReminderSweeperTest {
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Instant AHEAD = Instant.parse("2026-12-11T09:00:00Z");
    private static final Instant FIRST_OVERDUE = Instant.parse("2026-12-24T09:00:00Z");
    private static final UserRef CHAIR_USER = new UserRef(Platform.LOCAL, "chair-1", "The Chair");

    private final InMemoryCases cases = new InMemoryCases();
    private final InMemoryReminderJobs jobs = new InMemoryReminderJobs();
    private final ReminderPolicy policy = ReminderPolicy.englandAndWales();
    private final ReminderScheduler scheduler = new ReminderScheduler(jobs, policy);
    private final List<Notification> posted = new ArrayList<>();
    private final ChannelNotifier platform = posted::add;
    /** The hand-overs that fail (the delivery store is away) before one is stored. */
    private final AtomicInteger storeAwayFor = new AtomicInteger();
    private final ReminderPlatforms platforms = new ReminderPlatforms(jobs, cases, policy, PortFixtures.AT,
            new AwayFor(new InMemoryDeliveryJobs(), storeAwayFor));

    private CaseRecord referred(String reference) {
        CaseRecord record = PortFixtures.caseRecord(reference, new ConversationKey(Platform.LOCAL, reference), PortFixtures.AT);
        cases.create(record);
        scheduler.deadlinesChanged(record, PortFixtures.AT);
        return record;
    }

    /** A server's sweeper whose reminders go to one platform, posted at once through {@code notifier}. */
    private ReminderSweeper sweeper(String owner, ChannelNotifier notifier) {
        return platforms.sweeper(owner, LEASE, Map.of(Platform.LOCAL, notifier));
    }

    /** A delivery store that refuses to store while {@code awayFor} counts down. */
    private record AwayFor(DeliveryJobs jobs, AtomicInteger awayFor) implements DeliveryJobs {
        @Override
        public boolean enqueue(DeliveryJob job) {
            if (awayFor.getAndUpdate(left -> Math.max(left - 1, 0)) > 0) {
                throw new StoreUnavailableException("the store is away", null);
            }
            return jobs.enqueue(job);
        }

        @Override
        public Optional<DeliveryJob> claimNext(Platform platform, Instant now, String owner, Duration lease) {
            return jobs.claimNext(platform, now, owner, lease);
        }

        @Override
        public boolean markDone(String id, String owner, Instant at) {
            return jobs.markDone(id, owner, at);
        }

        @Override
        public void failed(String id, String owner, Instant retryAt, long pokesSeen) {
            jobs.failed(id, owner, retryAt, pokesSeen);
        }

        @Override
        public int poke(String caseId, Platform platform, String kind, Instant now) {
            return jobs.poke(caseId, platform, kind, now);
        }

        @Override
        public List<DeliveryJob> ofCase(String caseId) {
            return jobs.ofCase(caseId);
        }

        @Override
        public List<DeliveryJob> pending(Platform platform, String kind) {
            return jobs.pending(platform, kind);
        }

        @Override
        public int forgetDoneBefore(Instant cutoff) {
            return jobs.forgetDoneBefore(cutoff);
        }
    }

    private CaseRecord apply(CaseRecord current, CaseAction action, Instant at) {
        CaseLifecycle.Result result = CaseLifecycle.apply(current, action, at);
        assertThat(result).isInstanceOf(CaseLifecycle.Result.Applied.class);
        CaseRecord next = ((CaseLifecycle.Result.Applied) result).next();
        assertThat(cases.update(next, current.version())).isTrue();
        return next;
    }

    @Test
    void aJobClaimedByAServerThatDiedIsSentByAnotherOnceTheLeaseHasExpiredAndOnlyOnce() {
        CaseRecord record = referred("SCR-2026-201");
        ReminderJob claimedByTheDeadServer = jobs.claimNext(AHEAD, "a", LEASE).orElseThrow();
        ReminderSweeper b = sweeper("b", platform);

        assertThat(b.sweep(AHEAD)).isZero();
        assertThat(b.sweep(AHEAD.plus(LEASE).minusSeconds(1))).isZero();
        assertThat(posted).isEmpty();

        assertThat(b.sweep(AHEAD.plus(LEASE))).isEqualTo(1);
        assertThat(b.sweep(AHEAD.plus(LEASE).plusSeconds(60))).isZero();
        assertThat(b.sweep(AHEAD.plus(Duration.ofHours(3)))).isZero();

        assertThat(posted).extracting(Notification::dedupeKey).containsExactly(claimedByTheDeadServer.id());
        assertThat(jobs.ofCase(record.id())).extracting(ReminderJob::sequence, ReminderJob::status).containsExactly(
                tuple(1, ReminderJob.Status.SENT),
                tuple(2, ReminderJob.Status.PENDING));
    }

    @Test
    void aHandOverThatFailsOnceIsRetriedAfterTheBackoffAndSentOnce() {
        CaseRecord record = referred("SCR-2026-202");
        storeAwayFor.set(1);
        ReminderSweeper a = sweeper("a", platform);

        assertThat(a.sweep(AHEAD)).isZero();
        ReminderJob released = jobs.ofCase(record.id()).get(0);
        assertThat(released.status()).isEqualTo(ReminderJob.Status.PENDING);
        assertThat(released.attempts()).isEqualTo(1);
        assertThat(released.at()).isEqualTo(AHEAD.plus(Duration.ofMinutes(1)));
        assertThat(released.leaseOwner()).isEmpty();

        assertThat(a.sweep(AHEAD.plusSeconds(30))).isZero();
        assertThat(sweeper("b", platform).sweep(AHEAD.plusSeconds(60))).isEqualTo(1);
        assertThat(a.sweep(AHEAD.plusSeconds(120))).isZero();

        assertThat(posted).extracting(Notification::dedupeKey).containsExactly(released.id());
        ReminderJob sent = jobs.ofCase(record.id()).get(0);
        assertThat(sent.status()).isEqualTo(ReminderJob.Status.SENT);
        assertThat(sent.sentAt()).contains(AHEAD.plusSeconds(60));
        // The next one is still due at its own time, not shifted by the retry.
        assertThat(jobs.ofCase(record.id()).get(1).at()).isEqualTo(Instant.parse("2026-12-18T09:00:00Z"));
    }

    @Test
    void aCopyThePlatformRefusesForOneCaseDoesNotHoldUpTheOtherReminders() {
        CaseRecord failing = referred("SCR-2026-203");
        CaseRecord fine = referred("SCR-2026-204");
        ChannelNotifier failsForOne = notification -> {
            if (notification.dedupeKey().startsWith(failing.id().value() + "/")) {
                throw new IllegalStateException("platform refused");
            }
            posted.add(notification);
        };

        assertThat(sweeper("a", failsForOne).sweep(AHEAD)).isEqualTo(2);

        assertThat(posted).extracting(Notification::dedupeKey)
                .containsExactly(ReminderJob.idOf(fine.id(), DeadlineKind.CHAIR_DECISION, LocalDate.parse("2026-12-20"), 1));
    }

    @Test
    void theBackoffDoublesFromOneMinuteUpToAnHour() {
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7, 50, Integer.MAX_VALUE).stream().map(ReminderSweeper::backoff).toList())
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                        Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofHours(1),
                        Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void failedHandOversAreRetriedWithAGrowingBackoff() {
        CaseRecord record = referred("SCR-2026-205");
        storeAwayFor.set(Integer.MAX_VALUE);
        ReminderSweeper a = sweeper("a", platform);

        a.sweep(AHEAD);
        a.sweep(AHEAD.plus(Duration.ofMinutes(1)));
        a.sweep(AHEAD.plus(Duration.ofMinutes(3)));

        ReminderJob job = jobs.ofCase(record.id()).get(0);
        assertThat(job.attempts()).isEqualTo(3);
        assertThat(job.at()).isEqualTo(AHEAD.plus(Duration.ofMinutes(7)));
    }

    @Test
    void nothingIsSentForACaseThatIsGone() {
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-206", new ConversationKey(Platform.LOCAL, "x"), PortFixtures.AT);
        scheduler.deadlinesChanged(record, PortFixtures.AT); // scheduled, but the case was never stored

        assertThat(sweeper("a", platform).sweep(AHEAD)).isZero();

        assertThat(posted).isEmpty();
        assertThat(jobs.ofCase(record.id())).extracting(ReminderJob::status).containsOnly(ReminderJob.Status.CANCELLED);
    }

    @Test
    void nothingIsSentForAWithdrawnReferral() {
        CaseRecord record = referred("SCR-2026-207");
        apply(record, new CaseAction.Step(PortFixtures.PRACTITIONER, CaseStep.WITHDRAW,
                Map.of(CaseStep.Fields.REASON, "referred to the wrong board")),
                PortFixtures.AT.plusSeconds(3600)); // the scheduler is not told: the sweeper still checks

        assertThat(sweeper("a", platform).sweep(AHEAD)).isZero();

        assertThat(posted).isEmpty();
        assertThat(jobs.ofCase(record.id())).extracting(ReminderJob::status).containsOnly(ReminderJob.Status.CANCELLED);
    }

    @Test
    void nothingIsSentForADeadlineDone() {
        CaseRecord record = referred("SCR-2026-208");
        apply(record, new CaseAction.Decide(CHAIR_USER, Outcome.SERIOUS_CASE_REVIEW, Optional.empty(), Optional.empty(),
                List.of("A. Reviewer"), true, false), PortFixtures.AT.plusSeconds(60));

        assertThat(sweeper("a", platform).sweep(FIRST_OVERDUE)).isZero();

        assertThat(posted).isEmpty();
        assertThat(jobs.ofCase(record.id())).extracting(ReminderJob::status).containsOnly(ReminderJob.Status.CANCELLED);
    }

    @Test
    void theNationalPanelIsRemindedOfACaseDecidedWithNoFurtherActionWhichStaysOpenUntilItIsNotified() {
        CaseRecord record = referred("SCR-2026-209");
        Instant decided = Instant.parse("2026-12-01T10:00:00Z");
        CaseRecord open = apply(record, new CaseAction.Decide(CHAIR_USER, Outcome.NO_FURTHER_ACTION,
                Optional.of("the criteria are not met on the facts"),
                Optional.of("the death was not linked to abuse or neglect after inquiry"), List.of(), false, false),
                decided);
        scheduler.deadlinesChanged(open, decided);
        assertThat(open.status()).isEqualTo(CaseStatus.DECIDED);

        // Due Tuesday 15 December: D−7 is Tuesday 8 December; D−2 (Sunday 13th) moves back to Friday 11th.
        assertThat(sweeper("a", platform).sweep(Instant.parse("2026-12-08T09:00:00Z"))).isEqualTo(1);
        assertThat(sweeper("a", platform).sweep(AHEAD)).isEqualTo(1);

        LocalDate due = LocalDate.parse("2026-12-15");
        assertThat(posted).extracting(Notification::dedupeKey).containsExactly(
                ReminderJob.idOf(record.id(), DeadlineKind.NATIONAL_PANEL_NOTIFICATION, due, 1),
                ReminderJob.idOf(record.id(), DeadlineKind.NATIONAL_PANEL_NOTIFICATION, due, 2));
    }

    @Test
    void afterAnOutageOnlyTheLatestDueReminderIsSentAndTheSeriesCarriesOn() {
        CaseRecord record = referred("SCR-2026-210");
        Instant backOnChristmasDay = Instant.parse("2026-12-25T10:00:00Z");

        assertThat(sweeper("a", platform).sweep(backOnChristmasDay)).isEqualTo(1);

        assertThat(posted).extracting(Notification::dedupeKey).containsExactly(
                ReminderJob.idOf(record.id(), DeadlineKind.CHAIR_DECISION, LocalDate.parse("2026-12-20"), 3));
        assertThat(jobs.ofCase(record.id())).extracting(ReminderJob::sequence, ReminderJob::status).containsExactly(
                tuple(1, ReminderJob.Status.CANCELLED),
                tuple(3, ReminderJob.Status.SENT),
                tuple(4, ReminderJob.Status.PENDING));
    }

    @Test
    void aReminderAheadNamesOnlyTheCaseReferenceBoardAndDeadlineAndSaysTheDecisionIsWhatDoesIt() {
        CaseRecord record = referred("SCR-2026-211");

        sweeper("a", platform).sweep(AHEAD);

        Notification reminder = posted.get(0);
        assertThat(reminder.board()).isEqualTo(PortFixtures.STAFFORDSHIRE);
        assertThat(reminder.to()).containsExactly(PANEL_CHANNEL, CHAIR);
        assertThat(reminder.title()).isEqualTo(
                "Reminder: Chair's decision on whether to initiate a serious case review due on Sunday 20 December 2026");
        assertThat(reminder.text()).isEqualTo("Case SCR-2026-211: Chair's decision on whether to initiate a serious case"
                + " review is due on Sunday 20 December 2026 (in 9 days). It is done when the Chair decides.");
        assertThat(reminder.facts()).containsExactly(
                Fact.of("Case reference", "SCR-2026-211"),
                Fact.of("Board", "Staffordshire"),
                Fact.of("Deadline", "Chair's decision on whether to initiate a serious case review"),
                Fact.of("Due", "Sunday 20 December 2026"),
                Fact.of("Days left", "9"));
        assertThat(reminder.actions()).isEmpty();
        assertThat(reminder.dedupeKey()).isEqualTo("staffordshire/SCR-2026-211/CHAIR_DECISION/2026-12-20/1");
        assertThat(record.id().value()).isEqualTo("staffordshire/SCR-2026-211");
    }

    @Test
    void anOverdueReminderAsksForTheReasonForTheDelayUntilItIsRecorded() {
        CaseRecord record = referred("SCR-2026-212");
        ReminderSweeper a = sweeper("a", platform);
        a.sweep(AHEAD);
        a.sweep(Instant.parse("2026-12-18T09:00:00Z"));
        a.sweep(FIRST_OVERDUE);
        apply(record, new CaseAction.RecordDelay(CHAIR_USER, DeadlineKind.CHAIR_DECISION,
                "parallel criminal proceedings"), Instant.parse("2026-12-29T10:00:00Z"));
        a.sweep(Instant.parse("2026-12-31T09:00:00Z"));

        assertThat(posted).hasSize(4);
        Notification first = posted.get(2);
        assertThat(first.to()).containsExactly(PANEL_CHANNEL, CHAIR);
        assertThat(first.title()).isEqualTo("Overdue: Chair's decision on whether to initiate a serious case review"
                + " was due on Sunday 20 December 2026, 4 days ago \u2014 please record the reason for the delay");
        assertThat(first.facts()).endsWith(Fact.of("Days overdue", "4"));
        Notification second = posted.get(3);
        assertThat(second.title()).isEqualTo("Overdue: Chair's decision on whether to initiate a serious case review"
                + " was due on Sunday 20 December 2026, 11 days ago");
        assertThat(second.text()).doesNotContain("parallel criminal proceedings");
    }

    @Test
    void aReminderOnADayTheCalendarCannotPlaceIsStillSentAndSaysWhyInPlainWords() {
        // A calendar that knows 2026 only: the second overdue reminder of the decision due Sunday 20 December
        // 2026 stands for Sunday 3 January 2027 and, counting only weekends as days off, is sent on Friday
        // 1 January 2027, which is in fact New Year's Day. The people reminded are told why.
        BankHolidays only2026 = BankHolidays.of("England and Wales", "the test",
                BankHolidays.englandAndWales().inYear(2026));
        ReminderPolicy shortCalendar = new ReminderPolicy(new WorkingDays(only2026));
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-250", new ConversationKey(Platform.LOCAL, "gap"), PortFixtures.AT);
        cases.create(record);
        new ReminderScheduler(jobs, shortCalendar).deadlinesChanged(record, Instant.parse("2026-12-31T10:00:00Z"));
        ReminderSweeper sweeper = new ReminderPlatforms(jobs, cases, shortCalendar, PortFixtures.AT)
                .sweeper("a", LEASE, Map.of(Platform.LOCAL, platform));

        assertThat(sweeper.sweep(Instant.parse("2027-01-01T09:00:00Z"))).isEqualTo(1);

        assertThat(posted).singleElement().extracting(Notification::text).asString()
                .contains("was due on Sunday 20 December 2026, 12 days ago")
                .endsWith(" The assistant does not know the England and Wales bank holidays of 2027, so it timed"
                        + " this reminder counting only Saturdays and Sundays as days off: today may be a bank holiday.");
        assertThat(jobs.ofCase(record.id())).extracting(ReminderJob::status)
                .contains(ReminderJob.Status.SENT, ReminderJob.Status.PENDING);
    }

    @Test
    void aReminderOnADayTheCalendarKnowsHasNoCalendarNote() {
        referred("SCR-2026-251");

        sweeper("a", platform).sweep(AHEAD);

        assertThat(posted).singleElement().extracting(Notification::text).asString()
                .doesNotContain("bank holidays");
    }

    @Test
    void aSweeperNeedsAnOwnerAndALease() {
        ReminderDeliveries deliveries = platforms.server("a", Map.of()).reminders();
        assertThatThrownBy(() -> new ReminderSweeper(jobs, cases, deliveries, policy, " ", LEASE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderSweeper(jobs, cases, deliveries, policy, "a", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
