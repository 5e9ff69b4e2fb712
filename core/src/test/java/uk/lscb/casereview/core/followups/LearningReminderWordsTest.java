package uk.lscb.casereview.core.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.delivery.Deliveries;
import uk.lscb.casereview.core.delivery.DeliveryJob;
import uk.lscb.casereview.core.delivery.InMemoryDeliveryJobs;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.learning.InMemoryLearningLogs;
import uk.lscb.casereview.core.learning.LearningAction;
import uk.lscb.casereview.core.learning.ReviewLearning;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.requests.InMemoryAgencyRequests;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.RulePacks;

/**
 * An action's reminder says where it stands when it is sent, as an agency request's does: sent late (the servers were
 * down, or the clock moved on past the day it was for), an ahead reminder said "is due on" an action already past its
 * date, and the day's own reminder "It is due today" a week on. Escalation stays with the reminder's stage: the
 * first overdue one.
 */
class LearningReminderWordsTest {
    private static final UserRef MANAGER = new UserRef(Platform.LOCAL, "business-manager", "Business manager");
    private static final LocalDate DUE = LocalDate.parse("2026-12-14");
    private static final String WHAT = "action 1 on SCR-2026-520 (Staffordshire Police)";

    @ParameterizedTest(name = "{0} for {1}, sent at {2}")
    @CsvSource(delimiter = '|', textBlock = """
            AHEAD   | 2026-12-07 | 2026-12-07T09:00:00Z | Reminder: | is due on  | Press Mark done                    | false
            DUE     | 2026-12-14 | 2026-12-14T09:00:00Z | Reminder: | is due on  | It is due today. Press Mark done   | false
            AHEAD   | 2026-12-10 | 2026-12-15T10:00:00Z | Overdue:  | was due on | It was due 1 day ago. Press Mark done | false
            DUE     | 2026-12-14 | 2026-12-21T08:00:00Z | Overdue:  | was due on | It was due 7 days ago. Press Mark done | false
            OVERDUE | 2026-12-15 | 2026-12-15T09:00:00Z | Overdue:  | was due on | It was due 1 day ago. Press Mark done | true
            OVERDUE | 2026-12-15 | 2026-12-16T09:00:00Z | Overdue:  | was due on | It was due 2 days ago. Press Mark done | true
            OVERDUE | 2026-12-22 | 2026-12-22T09:00:00Z | Overdue:  | was due on | It was due 8 days ago. Press Mark done | false
            """)
    void anActionsReminderSaysWhereItStandsWhenItIsSent(String stage, LocalDate forDay, Instant sentAt, String start,
                                                        String verb, String words, boolean escalated) {
        List<Notification> panel = new ArrayList<>();
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-520", new ConversationKey(Platform.LOCAL, "p"),
                PortFixtures.AT);
        InMemoryCases cases = new InMemoryCases();
        cases.create(record);
        InMemoryLearningLogs logs = new InMemoryLearningLogs();
        logs.create(new ReviewLearning(record.id(), 0, record.board(), record.reference(), Outcome.SERIOUS_CASE_REVIEW,
                List.of(), List.of(), List.of(), List.of(new LearningAction(1, 1, "Staffordshire Police",
                Optional.empty(), DUE, LearningAction.Progress.NOT_STARTED, Optional.empty(), MANAGER,
                PortFixtures.AT)), Optional.empty(), true));
        Clock clock = Clock.fixed(sentAt, London.ZONE);
        CaseNotifications notifications = new CaseNotifications(cases, new Deliveries(new InMemoryDeliveryJobs(), clock),
                new ReminderScheduler(new InMemoryReminderJobs(), ReminderPolicy.englandAndWales()),
                Boards.staffordshireAndStoke(), new RulePacks(List.of(PortFixtures.pack())), clock,
                new InMemoryAgencyRequests(), logs);
        String text = "1/" + stage + "/" + forDay;

        notifications.carrier(new CaseNotifications.Outlet(Platform.LOCAL, new NoCards(), panel::add, List.of()))
                .carryOut(DeliveryJob.pending(record.id().value(), "learning-reminder", Platform.LOCAL,
                        FollowUp.Kind.LEARNING_REMINDER.name(), 1, Optional.of(text), sentAt));

        assertThat(panel).singleElement().satisfies(note -> {
            assertThat(note.title()).isEqualTo(start + " " + WHAT + " " + verb + " 14 December 2026");
            assertThat(note.text()).startsWith(words);
            assertThat(note.to().contains(Audience.CHAIR)).isEqualTo(escalated);
            assertThat(note.text().contains("Escalated to the Chair.")).isEqualTo(escalated);
        });
    }
}
