package uk.lscb.casereview.core.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles.PlatformId;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.FollowUpProcessor;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.delivery.DecisionRequests;
import uk.lscb.casereview.core.delivery.DirectMessages;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.RulePacks;

class CaseNotificationsTest {
    private static final UserRef CHAIR = new UserRef(Platform.LOCAL, "chair-staffordshire", "Staffordshire Chair");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/London"));

    private final List<String> cards = new ArrayList<>();
    private final List<Notification> panel = new ArrayList<>();
    private final List<String> direct = new ArrayList<>();
    private final List<Notification> told = new ArrayList<>();
    private final InMemoryReminderJobs jobs = new InMemoryReminderJobs();
    private final InMemoryCases cases = new InMemoryCases();

    private final DecisionRequests platform = new DecisionRequests() {
        @Override
        public boolean post(CaseRecord record, DecisionCard card) {
            cards.add("post " + card.title() + " actions=" + card.actions().size());
            return true;
        }

        @Override
        public boolean postTo(UserRef chair, CaseRecord record, DecisionCard card) {
            cards.add("post to " + chair.id() + " " + card.title());
            return true;
        }

        @Override
        public void update(CaseRecord record, DecisionCard card) {
            cards.add("update " + card.decided().orElse("pending") + " actions=" + card.actions().size());
        }
    };
    private final DecisionRequests broken = new DecisionRequests() {
        @Override
        public boolean post(CaseRecord record, DecisionCard card) {
            throw new IllegalStateException("platform down");
        }

        @Override
        public boolean postTo(UserRef chair, CaseRecord record, DecisionCard card) {
            throw new IllegalStateException("platform down");
        }

        @Override
        public void update(CaseRecord record, DecisionCard card) {
            throw new IllegalStateException("platform down");
        }
    };
    private final CaseNotifications notifications = new CaseNotifications(cases, List.of(broken, platform), panel::add,
            List.<DirectMessages>of((person, note) -> direct.add(person.id() + ": " + note.title()) && told.add(note)),
            new ReminderScheduler(jobs, ReminderPolicy.englandAndWales()), Boards.staffordshireAndStoke(),
            new RulePacks(List.of(PortFixtures.pack())), CLOCK);
    private final FollowUpProcessor followUps = new FollowUpProcessor(cases, notifications, CLOCK, "test",
            java.time.Duration.ofMinutes(2));
    private final CaseService service = new CaseService(cases,
            new Roles(Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(CHAIR))), Map.of()),
            Boards.staffordshireAndStoke(), new RulePacks(List.of(PortFixtures.pack())), CLOCK, followUps);

    @Test
    void aNewCaseReachesTheChairThePanelAndTheReminderScheduleEvenWhenOnePlatformFails() {
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-400", new ConversationKey(Platform.LOCAL, "p"), PortFixtures.AT);
        cases.create(record);

        followUps.referred(record);

        assertThat(cards).containsExactly("post Decision needed: SCR-2026-400 actions=3");
        assertThat(panel).singleElement().satisfies(note -> {
            assertThat(note.title()).isEqualTo("New referral SCR-2026-400: awaiting the Chair's decision");
            assertThat(note.text()).contains("due by 20 December 2026");
        });
        assertThat(jobs.ofCase(record.id())).extracting(ReminderJob::kind).containsOnly(DeadlineKind.CHAIR_DECISION);
    }

    /**
     * A step is announced with what was recorded, one stop after a value typed with its own, and, once the case is
     * over, no "type case … for what is due next".
     */
    @Test
    void aStepIsAnnouncedOnceStoppedAndAnEndedCaseIsNotSentToWhatIsDueNext() {
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-404", new ConversationKey(Platform.LOCAL, "p"),
                PortFixtures.AT);
        cases.create(record);
        followUps.referred(record);
        service.cardAction(new ButtonAction.Decision(DecisionVerb.DECIDE, record.id().value(), 1),
                Map.of(DecisionCard.OUTCOME, Outcome.INTERNAL_MULTI_AGENCY_LEARNING_REVIEW.name(),
                        DecisionCard.REASON, "Learning is local."), CaseService.Actor.person(CHAIR));
        panel.clear();

        service.cardAction(new ButtonAction.TakeStep(record.id().value(), CaseStep.WITHDRAW.id()),
                Map.of(CaseStep.Fields.REASON, "The referral was made in error."), CaseService.Actor.person(CHAIR));

        assertThat(panel).extracting(Notification::text).contains("Why the referral is withdrawn: The referral was made "
                + "in error. Recorded by Staffordshire Chair. The case is withdrawn; it keeps its whole record.");
    }

    @Test
    void aDecisionUpdatesTheCardTellsThePanelAndTheReferrerAndSchedulesTheNationalPanelReminders() {
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-401", new ConversationKey(Platform.LOCAL, "p"), PortFixtures.AT);
        cases.create(record);

        followUps.referred(record);
        cards.clear();
        panel.clear();
        service.cardAction(new ButtonAction.Decision(DecisionVerb.CONFIRM, record.id().value(), 1),
                Map.of(DecisionCard.LEAD_REVIEWERS, "A. Reviewer", DecisionCard.INDEPENDENT, "true"),
                CaseService.Actor.person(CHAIR));

        assertThat(cards).singleElement().asString().startsWith("update Decided by Staffordshire Chair").endsWith("actions=0");
        assertThat(panel).extracting(Notification::title).containsExactly("Decision on SCR-2026-401");
        assertThat(panel.get(0).text()).contains("Serious Case Review", "national panel must be notified by 12 December 2026");
        assertThat(direct).containsExactly("practitioner-1: Decision on your referral SCR-2026-401");
        assertThat(jobs.ofCase(record.id())).filteredOn(job -> job.status() == ReminderJob.Status.PENDING)
                .extracting(ReminderJob::kind)
                .contains(DeadlineKind.NATIONAL_PANEL_NOTIFICATION, DeadlineKind.SCR_COMPLETION)
                .doesNotContain(DeadlineKind.CHAIR_DECISION);
    }

    @Test
    void theReferrerIsToldTheChairsQuestionInQuotesApartFromWhatToDo() {
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-402", new ConversationKey(Platform.LOCAL, "p"), PortFixtures.AT);
        cases.create(record);
        followUps.referred(record);

        service.cardAction(new ButtonAction.Decision(DecisionVerb.MORE_INFORMATION, record.id().value(), 1),
                Map.of(DecisionCard.REQUEST, "  Which agencies saw the family in the last month? "),
                CaseService.Actor.person(CHAIR));

        assertThat(told).singleElement().satisfies(note -> {
            assertThat(note.title()).isEqualTo("The Chair needs more information on SCR-2026-402");
            assertThat(note.text()).isEqualTo("The Chair asks: \u201cWhich agencies saw the family in the last month?"
                    + "\u201d Press Answer the Chair, or type your answer here. When you have answered, the Chair can "
                    + "decide.");
        });
    }
}
