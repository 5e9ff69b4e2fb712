package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.cases.CaseAction;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseLifecycle;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.FollowUpProcessor;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.delivery.Deliveries;
import uk.lscb.casereview.core.delivery.DeliveryWorker;
import uk.lscb.casereview.core.delivery.InMemoryDeliveryJobs;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.followups.CaseNotifications;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderDeliveries;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.reminders.ReminderNotifications;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.reminders.ReminderSweeper;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * Through the real Bot Framework SDK against the stub connector: the reason for a delay from an overdue reminder's
 * form, no Mark done on the Chair's decision, every copy of a reminder updated when it is done, and the referrer
 * answering the Chair from the request's form or by typing in their chat.
 */
class TeamsRemindersAndAnswersIT {
    private static final String PANEL = "19:panel@thread.tacv2";
    private static final String CHAIR_CHAT = "a:chair-chat";
    private static final String PRACTITIONER_CHAT = "a:practitioner-chat";
    private static final UserRef CHAIR = new UserRef(Platform.TEAMS, TeamsFixture.CHAIR_AAD, "The Chair");
    private static final UserRef PRACTITIONER = new UserRef(Platform.TEAMS, TeamsFixture.PRACTITIONER_AAD, "A Practitioner");

    private final StubConnector connector = new StubConnector();
    private final TeamsFixture teams = new TeamsFixture(TeamsSettings.local(), connector.url());

    TeamsRemindersAndAnswersIT() throws Exception {
        teams.send(teams.botAdded(CHAIR_CHAT, "personal", TeamsFixture.CHAIR_AAD));
        teams.send(teams.botAdded(PRACTITIONER_CHAT, "personal", TeamsFixture.PRACTITIONER_AAD));
        teams.send(teams.channelMention(PANEL, TeamsFixture.ADMIN_AAD, "register panel channel for Staffordshire"));
        connector.clear();
    }

    @AfterEach
    void stop() {
        connector.close();
    }

    /** A referral made in the practitioner's Teams chat, notified on 20 October 2026: its decision was due 20 November. */
    private CaseRecord referral(String reference) {
        CaseRecord f = PortFixtures.caseRecord(reference, new ConversationKey(Platform.TEAMS, PRACTITIONER_CHAT), PortFixtures.AT);
        CaseRecord record = new CaseRecord(f.id(), f.version(), f.schemaVersion(), f.board(), f.reference(),
                LocalDate.parse("2026-10-20"), PRACTITIONER, f.origin(), f.answers(), f.recommendation(), f.status(),
                f.createdAt(), f.decision(), List.of(CaseDeadline.open(DeadlineKind.CHAIR_DECISION,
                LocalDate.parse("2026-11-20"))), f.audit());
        teams.cases.create(record);
        return record;
    }

    /** What the case's stored changes owe, carried out as the application does, through Teams. */
    private void followUps() {
        CaseNotifications notifications = new CaseNotifications(teams.cases, List.of(teams.delivery()),
                teams.delivery(), List.of(teams.delivery()),
                new ReminderScheduler(new InMemoryReminderJobs(), ReminderPolicy.englandAndWales()), teams.boards,
                new RulePacks(List.of(Wt2015.pack())), TeamsFixture.CLOCK);
        new FollowUpProcessor(teams.cases, notifications, TeamsFixture.CLOCK, "test", Duration.ofMinutes(1))
                .completeAll();
    }

    private Notification overdue(CaseRecord record, DeadlineKind kind) {
        CaseDeadline deadline = teams.cases.find(record.id()).orElseThrow().deadline(kind).orElseThrow();
        return ReminderNotifications.reminder(ReminderJob.pending(record.id(), record.board(),
                        ReminderPolicy.englandAndWales().firstReminders(kind, deadline.due()).get(0)),
                record, deadline, TeamsFixture.CLOCK.instant(), "Staffordshire", Optional.empty());
    }

    private List<StubConnector.Call> postsTo(String conversation) {
        return connector.activities().stream()
                .filter(call -> call.path().startsWith("/v3/conversations/" + conversation + "/activities")).toList();
    }

    /** The activity a pressed card was (the stub does not record the ids it gives). */
    private static String id(StubConnector.Call posted) {
        return "activity-pressed";
    }

    private ObjectNode withInput(String payload, String input, String value) {
        ObjectNode data = TeamsFixture.data(payload);
        data.put(input, value);
        return data;
    }

    @Test
    void theReasonForTheDelayIsTakenFromAnOverdueReminderPostedByASweepAheadOfTheApplicationClock() {
        // Due 30 November; the application's clock still reads 28 November, the sweep runs on 8 December.
        CaseRecord f = referral("SCR-2026-411");
        CaseRecord record = new CaseRecord(f.id(), f.version() + 1, f.schemaVersion(), f.board(), f.reference(),
                f.notifiedOn(), f.referrer(), f.origin(), f.answers(), f.recommendation(), f.status(), f.createdAt(),
                f.decision(), List.of(CaseDeadline.open(DeadlineKind.CHAIR_DECISION, LocalDate.parse("2026-11-30"))),
                f.audit());
        assertThat(teams.cases.update(record, f.version())).isTrue();
        ReminderPolicy policy = ReminderPolicy.englandAndWales();
        new ReminderScheduler(teams.reminderJobs, policy).deadlinesChanged(record, TeamsFixture.CLOCK.instant());
        Deliveries deliveries = new Deliveries(new InMemoryDeliveryJobs(), TeamsFixture.CLOCK);
        ReminderDeliveries reminders = new ReminderDeliveries(teams.reminderJobs, teams.cases, policy, teams.boards,
                deliveries, TeamsFixture.CLOCK);
        deliveries.register(new DeliveryWorker(Platform.TEAMS, deliveries.jobs(), reminders.carrier(teams.delivery()),
                TeamsFixture.CLOCK, "test", Duration.ofMinutes(1)), Runnable::run);
        ReminderSweeper sweeper = new ReminderSweeper(teams.reminderJobs, teams.cases, reminders, policy, "test",
                Duration.ofMinutes(1));
        sweeper.sweep(java.time.Instant.parse("2026-12-08T12:00:00Z"));
        StubConnector.Call posted = postsTo(PANEL).stream().filter(call -> call.card() != null
                && call.card().toString().contains("Overdue: Chair's decision")).findFirst().orElseThrow();
        assertThat(posted.card().toString()).contains("Record the reason for the delay");

        TeamsBot.Response recorded = teams.send(teams.invoke(PANEL + ";messageid=5", "channel",
                TeamsFixture.PRACTITIONER_AAD, "A Panel Member", id(posted), "case",
                withInput(ReminderNotifications.delayPayload(record, DeadlineKind.CHAIR_DECISION),
                        CaseLifecycle.DELAY_REASON, "Parallel criminal proceedings")));

        assertThat(recorded.body()).contains("Reason for the delay recorded: \u201CParallel criminal proceedings\u201D.");
        assertThat(teams.cases.find(record.id()).orElseThrow().deadline(DeadlineKind.CHAIR_DECISION).orElseThrow()
                .delayReason()).contains("Parallel criminal proceedings");
    }

    /** A deadline a person marks done keeps its Mark done once the reason for its delay is recorded. */
    @Test
    void aReminderWhoseReasonForTheDelayIsRecordedShowsTheReasonAndKeepsOnlyMarkDone() throws Exception {
        CaseRecord f = referral("SCR-2026-412");
        CaseRecord record = new CaseRecord(f.id(), f.version() + 1, f.schemaVersion(), f.board(), f.reference(),
                f.notifiedOn(), f.referrer(), f.origin(), f.answers(), f.recommendation(), f.status(), f.createdAt(),
                f.decision(), List.of(CaseDeadline.open(DeadlineKind.NATIONAL_PANEL_NOTIFICATION,
                LocalDate.parse("2026-11-20"))), f.audit());
        assertThat(teams.cases.update(record, f.version())).isTrue();
        teams.delivery().send(overdue(record, DeadlineKind.NATIONAL_PANEL_NOTIFICATION));
        assertThat(postsTo(PANEL)).isNotEmpty();
        connector.clear();
        String delay = ReminderNotifications.delayPayload(record, DeadlineKind.NATIONAL_PANEL_NOTIFICATION);

        TeamsBot.Response recorded = teams.send(teams.invoke(PANEL + ";messageid=6", "channel",
                TeamsFixture.PRACTITIONER_AAD, "A Panel Member", "activity-pressed", "case",
                withInput(delay, CaseLifecycle.DELAY_REASON, "Awaiting the coroner")));
        followUps();

        // The card pressed at once, and every posted copy of the reminder once the case's follow-ups are done.
        List<String> cards = new java.util.ArrayList<>(List.of(TeamsFixture.JSON.readTree(recorded.body())
                .path("value").toString()));
        connector.updates().forEach(update -> cards.add(update.card().toString()));
        assertThat(connector.updates()).isNotEmpty();
        assertThat(cards).allSatisfy(card -> assertThat(card).contains("Overdue: National panel notified")
                .contains("Reason for the delay recorded: \u201CAwaiting the coroner\u201D.")
                .contains(ReminderNotifications.markDonePayload(record, DeadlineKind.NATIONAL_PANEL_NOTIFICATION))
                .doesNotContain(delay).doesNotContain("Action.ShowCard"));
    }

    @Test
    void anOverdueDecisionReminderHasAFormForTheReasonForTheDelayAndNoMarkDone() throws Exception {
        CaseRecord record = referral("SCR-2026-410");

        teams.delivery().send(overdue(record, DeadlineKind.CHAIR_DECISION));

        JsonNode card = postsTo(PANEL).get(0).card();
        String json = card.toString();
        assertThat(json).contains("Overdue: Chair's decision").doesNotContain("Mark done")
                .contains("\"type\":\"Action.ShowCard\",\"title\":\"Record the reason for the delay\"")
                .contains("\"id\":\"delay_reason\"").contains("Do not give a child's name");
        String payload = ReminderNotifications.delayPayload(record, DeadlineKind.CHAIR_DECISION);

        // Marking the decision done is refused on the server too, from the panel channel or the Chair's chat.
        String done = ReminderNotifications.markDonePayload(record, DeadlineKind.CHAIR_DECISION);
        TeamsBot.Response markDone = teams.send(teams.invoke(PANEL + ";messageid=3", "channel",
                TeamsFixture.PRACTITIONER_AAD, "A Panel Member", id(postsTo(PANEL).get(0)), "case",
                TeamsFixture.data(done)));
        assertThat(markDone.body()).contains("cannot be marked done: it is done when the Chair decides");
        assertThat(teams.cases.find(record.id()).orElseThrow().deadline(DeadlineKind.CHAIR_DECISION).orElseThrow()
                .isDone()).isFalse();

        TeamsBot.Response recorded = teams.send(teams.invoke(PANEL + ";messageid=4", "channel",
                TeamsFixture.PRACTITIONER_AAD, "A Panel Member", id(postsTo(PANEL).get(0)), "case",
                withInput(payload, CaseLifecycle.DELAY_REASON, "Parallel criminal proceedings")));

        assertThat(recorded.body()).contains("Reason for the delay recorded: \u201C").doesNotContain("Action.");
        assertThat(teams.cases.find(record.id()).orElseThrow().deadline(DeadlineKind.CHAIR_DECISION).orElseThrow()
                .delayReason()).contains("Parallel criminal proceedings");
    }

    @Test
    void aCaseStepsFormFromTeamsComesBackRefusedBesideItsFieldThenBecomesWhatWasRecorded() throws Exception {
        CaseRecord record = referral("SCR-2026-412");
        teams.caseService.act(record.id(), new CaseAction.Decide(CHAIR, uk.lscb.casereview.core.rules.Outcome
                .SERIOUS_CASE_REVIEW, Optional.empty(), Optional.empty(), List.of("A. Reviewer"), true, false),
                CaseService.Actor.person(CHAIR));
        String payload = new uk.lscb.casereview.core.actions.ButtonAction.TakeStep(record.id().value(),
                uk.lscb.casereview.core.cases.CaseStep.NATIONAL_PANEL_NOTIFIED.id()).payload();

        TeamsBot.Response future = teams.send(teams.invoke(CHAIR_CHAT, "personal", TeamsFixture.CHAIR_AAD,
                "The Chair", "activity-form", "case", withInput(payload, "sent_on", "2026-11-29")));
        JsonNode again = TeamsFixture.JSON.readTree(future.body()).path("value");
        assertThat(again.toString()).contains("\"type\":\"Input.Date\"", "\"value\":\"2026-11-29\"",
                "\"errorMessage\":\"The date the notification was sent cannot be in the future.\"");

        TeamsBot.Response recorded = teams.send(teams.invoke(CHAIR_CHAT, "personal", TeamsFixture.CHAIR_AAD,
                "The Chair", "activity-form", "case", withInput(payload, "sent_on", "2026-11-28")));

        assertThat(recorded.body()).contains("National panel notified on 28 November 2026.")
                .doesNotContain("Action.").doesNotContain("Decision needed");
        assertThat(teams.cases.find(record.id()).orElseThrow().deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION)
                .orElseThrow().isDone()).isTrue();
    }

    @Test
    void everyCopyOfAReminderIsUpdatedWhenItIsDoneAndAStaleCopyPressedShowsItDone() throws Exception {
        CaseRecord record = referral("SCR-2026-411");
        teams.caseService.act(record.id(), new CaseAction.Decide(CHAIR, uk.lscb.casereview.core.rules.Outcome
                .SERIOUS_CASE_REVIEW, Optional.empty(), Optional.empty(), List.of("A. Reviewer"), true, false),
                CaseService.Actor.person(CHAIR));
        followUps();
        connector.clear();
        Notification reminder = new Notification(record.board(), EnumSet.of(Audience.PANEL_CHANNEL, Audience.CHAIR),
                "Overdue: national panel", "Press Mark done once it is done.", List.of(),
                List.of(new uk.lscb.casereview.core.messages.Choice("Mark done",
                        ReminderNotifications.markDonePayload(record, DeadlineKind.NATIONAL_PANEL_NOTIFICATION))),
                "job-panel-1", Optional.of(new Notification.Reminds(record.id(), DeadlineKind.NATIONAL_PANEL_NOTIFICATION)));
        teams.delivery().send(reminder);
        String panelCopy = "activity-panel";
        String chairCopy = "activity-chair";
        String payload = ReminderNotifications.markDonePayload(record, DeadlineKind.NATIONAL_PANEL_NOTIFICATION);

        teams.send(teams.invoke(PANEL + ";messageid=5", "channel", TeamsFixture.PRACTITIONER_AAD, "A Panel Member",
                panelCopy, "case", TeamsFixture.data(payload)));
        followUps();

        assertThat(connector.updates()).extracting(StubConnector.Call::path).hasSize(2)
                .anyMatch(path -> path.matches("/v3/conversations/" + CHAIR_CHAT + "/activities/activity-\\d+"))
                .anyMatch(path -> path.matches("/v3/conversations/" + PANEL + "/activities/activity-\\d+"));
        assertThat(connector.updates()).allSatisfy(update -> assertThat(update.card().toString())
                .contains("Marked done by A Panel Member").doesNotContain("Action."));
        TeamsBot.Response stale = teams.send(teams.invoke(CHAIR_CHAT, "personal", TeamsFixture.CHAIR_AAD, "The Chair",
                chairCopy, "case", TeamsFixture.data(payload)));
        JsonNode response = TeamsFixture.JSON.readTree(stale.body());
        assertThat(response.path("type").asText()).isEqualTo(TeamsCards.CONTENT_TYPE);
        assertThat(response.path("value").toString()).contains("Marked done by A Panel Member");
    }

    @Test
    void theReferrerAnswersTheChairFromTheRequestsFormOrByTypingInTheirChat() throws Exception {
        CaseRecord record = referral("SCR-2026-412");
        teams.caseService.act(record.id(), new CaseAction.RequestMoreInformation(CHAIR, "Which agencies knew the family?"),
                CaseService.Actor.person(CHAIR));
        followUps();

        StubConnector.Call request = postsTo(PRACTITIONER_CHAT).get(0);
        assertThat(request.card().toString()).contains("Which agencies knew the family?")
                .contains("\"type\":\"Action.ShowCard\",\"title\":\"Answer the Chair\"").contains("\"id\":\"answer\"");
        String answer = request.card().toString().replaceAll(".*\"payload\":\"(case:answer:[^\"]+)\".*", "$1");
        connector.clear();

        // Typed in the chat: a name is refused and not kept; then the answer is taken.
        teams.send(teams.personalText(PRACTITIONER_CHAT, TeamsFixture.PRACTITIONER_AAD, "Jane Smith's school knew"));
        List<StubConnector.Call> sent = connector.activities();
        assertThat(sent.get(sent.size() - 2).text()).startsWith("I haven't kept your answer");
        assertThat(connector.last().text()).as("followed by how to delete it from the chat")
                .contains("More options \u2026 and then Delete");
        teams.send(teams.personalText(PRACTITIONER_CHAT, TeamsFixture.PRACTITIONER_AAD, "the school and the police"));
        assertThat(connector.last().text()).contains("your answer has been sent to the Chair");
        CaseRecord answered = teams.cases.find(record.id()).orElseThrow();
        assertThat(answered.status()).isEqualTo(CaseStatus.AWAITING_DECISION);
        followUps();
        assertThat(postsTo(CHAIR_CHAT)).anySatisfy(post -> assertThat(post.card().toString())
                .contains("The referrer has answered on SCR-2026-412").contains("the school and the police"));

        // Asked again, answered from the request's form.
        teams.caseService.act(record.id(), new CaseAction.RequestMoreInformation(CHAIR, "Was a meeting held?"),
                CaseService.Actor.person(CHAIR));
        TeamsBot.Response fromForm = teams.send(teams.invoke(PRACTITIONER_CHAT, "personal",
                TeamsFixture.PRACTITIONER_AAD, "A Practitioner", id(request), "case",
                withInput(answer, CaseLifecycle.ANSWER, "yes, on the second day")));
        assertThat(fromForm.body()).contains("your answer has been sent to the Chair");
        assertThat(teams.cases.find(record.id()).orElseThrow().audit()).last()
                .satisfies(event -> assertThat(event.detail()).isEqualTo("yes, on the second day"));
    }
}
