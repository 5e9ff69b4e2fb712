package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles.PlatformId;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.delivery.DecisionRequests;
import uk.lscb.casereview.core.delivery.DeliveryJob;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.followups.CaseNotifications;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.rules.RulePacks;

/** The Chair's card that no platform could deliver is tried again after 1, 2, 4 … minutes, at most hourly. */
class ChairCardBackoffTest {
    private static final UserRef CHAIR = new UserRef(Platform.LOCAL, "chair-staffordshire", "Staffordshire Chair");
    private static final Instant START = Instant.parse("2026-11-28T10:00:00Z");

    /** A fixed clock that the test moves on by hand. */
    private static final class HandClock extends Clock {
        private Instant now = START;

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

    @ParameterizedTest(name = "after failed try {0} the next try waits {1} minutes")
    @CsvSource({"1, 1", "2, 2", "3, 4", "4, 8", "5, 16", "6, 32", "7, 60", "8, 60", "20, 60", "40, 60"})
    void eachFailedTryDoublesTheWaitUpToAnHour(int failedTries, long waitMinutes) {
        assertThat(DeliveryJob.waitAfter(failedTries)).isEqualTo(Duration.ofMinutes(waitMinutes));
    }

    private final HandClock clock = new HandClock();
    private final List<Instant> tries = new ArrayList<>();
    private final List<Notification> panel = new ArrayList<>();
    private final InMemoryCases cases = new InMemoryCases();
    private final DecisionRequests chairUnreachable = new DecisionRequests() {
        @Override
        public boolean post(CaseRecord record, DecisionCard card) {
            tries.add(clock.instant());
            return false;
        }

        @Override
        public boolean postTo(UserRef chair, CaseRecord record, DecisionCard card) {
            return false;
        }

        @Override
        public void update(CaseRecord record, DecisionCard card) {
        }
    };
    private final CaseNotifications notifications = new CaseNotifications(cases, List.of(chairUnreachable), panel::add,
            List.of(), new ReminderScheduler(new InMemoryReminderJobs(), ReminderPolicy.englandAndWales()),
            Boards.staffordshireAndStoke(), new RulePacks(List.of(PortFixtures.pack())), clock);
    private final FollowUpProcessor followUps = new FollowUpProcessor(cases, notifications, clock, "test",
            Duration.ofMinutes(2));
    private final CaseService service = new CaseService(cases,
            new Roles(Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(CHAIR))), Map.of()),
            Boards.staffordshireAndStoke(), new RulePacks(List.of(PortFixtures.pack())), clock, followUps);

    @Test
    void anUndeliveredCardIsTriedAgainAfterOneTwoFourMinutesNotInBetweenAndThePanelIsToldOnce() {
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-410", new ConversationKey(Platform.LOCAL, "p"), START);
        cases.create(record);
        followUps.referred(record);

        for (long minute : new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 14, 15}) {
            clock.set(START.plus(Duration.ofMinutes(minute)));
            followUps.completeAll();
        }

        assertThat(tries).containsExactly(START, START.plus(Duration.ofMinutes(1)), START.plus(Duration.ofMinutes(3)),
                START.plus(Duration.ofMinutes(7)), START.plus(Duration.ofMinutes(15)));
        assertThat(cardJobs(record)).singleElement().satisfies(card -> {
            assertThat(card.attempts()).isEqualTo(5);
            assertThat(card.notBefore()).isEqualTo(START.plus(Duration.ofMinutes(15 + 16)));
        });
        assertThat(panel).extracting(Notification::title)
                .containsOnlyOnce("The decision card for SCR-2026-410 could not reach the Chair");
    }

    @Test
    void anUndeliveredCardIsDroppedWithoutAnotherTryOnceTheCaseNoLongerAwaitsTheChair() {
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-411", new ConversationKey(Platform.LOCAL, "p"), START);
        cases.create(record);
        followUps.referred(record);
        service.cardAction(new ButtonAction.Decision(DecisionVerb.CONFIRM, record.id().value(), 1),
                Map.of(DecisionCard.LEAD_REVIEWERS, "A. Reviewer", DecisionCard.INDEPENDENT, "true"),
                CaseService.Actor.person(CHAIR));
        assertThat(cases.find(record.id()).orElseThrow().decision()).isPresent();

        clock.set(START.plus(Duration.ofHours(2)));
        followUps.completeAll();

        assertThat(tries).containsExactly(START);
        assertThat(cardJobs(record)).extracting(DeliveryJob::status).containsExactly(DeliveryJob.Status.DONE);
    }

    private List<DeliveryJob> cardJobs(CaseRecord record) {
        return notifications.deliveries().jobs().ofCase(record.id().value()).stream()
                .filter(job -> job.kind().equals(FollowUp.Kind.POST_DECISION_CARD.name())).toList();
    }
}
