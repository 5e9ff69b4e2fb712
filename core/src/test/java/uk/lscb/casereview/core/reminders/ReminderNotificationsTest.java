package uk.lscb.casereview.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.conversation.Choice;
import uk.lscb.casereview.core.conversation.Fact;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.Reminder;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.port.ConversationKey;
import uk.lscb.casereview.core.port.Notification;
import uk.lscb.casereview.core.port.PortFixtures;
import uk.lscb.casereview.core.port.ReminderJob;

class ReminderNotificationsTest {
    private final ReminderPolicy policy = ReminderPolicy.englandAndWales();
    private final CaseRecord record =
            PortFixtures.caseRecord("SCR-2026-401", new ConversationKey("local", "words"), PortFixtures.AT);

    private Notification sent(DeadlineKind kind, LocalDate due, int sequence) {
        Reminder reminder = policy.firstReminders(kind, due).get(sequence - 1);
        return ReminderNotifications.reminder(ReminderJob.pending(record.id(), record.board(), reminder), record,
                CaseDeadline.open(kind, due), reminder.at(), "Staffordshire", policy.calendarGap(reminder.date()));
    }

    @Test
    void aReminderSentOnTheDueDaySaysToday() {
        Notification due = sent(DeadlineKind.SCR_COMPLETION, LocalDate.parse("2027-06-21"), 3);

        assertThat(due.title()).isEqualTo("Reminder: Serious case review completed due on Monday 21 June 2027");
        assertThat(due.text()).contains("is due on Monday 21 June 2027 (today)");
        assertThat(due.facts()).endsWith(Fact.of("Days left", "0"));
    }

    @Test
    void theMinimumPublicationReminderSaysHowLongTheReportMustStayUp() {
        Notification ahead = sent(DeadlineKind.PUBLICATION_MINIMUM, LocalDate.parse("2028-07-26"), 1);

        assertThat(ahead.title())
                .isEqualTo("Reminder: the final report must stay published until at least Wednesday 26 July 2028");
        assertThat(ahead.text()).isEqualTo("Case SCR-2026-401: the final report must stay on the board's website until"
                + " at least Wednesday 26 July 2028 (in 7 days), and be available on request after that.");
        assertThat(ahead.actions()).containsExactly(
                new Choice("Mark done", "case:done:staffordshire/SCR-2026-401:PUBLICATION_MINIMUM"));
    }
}
