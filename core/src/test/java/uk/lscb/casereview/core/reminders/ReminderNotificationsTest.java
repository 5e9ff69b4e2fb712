package uk.lscb.casereview.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.Reminder;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;

class ReminderNotificationsTest {
    private final ReminderPolicy policy = ReminderPolicy.englandAndWales();
    private final CaseRecord record =
            PortFixtures.caseRecord("SCR-2026-401", new ConversationKey(Platform.LOCAL, "words"), PortFixtures.AT);

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
        assertThat(ahead.actions()).isEmpty();
    }

    private CaseRecord withDeadline(CaseDeadline deadline) {
        return record.next(record.status(), record.decision(), List.of(deadline), new uk.lscb.casereview.core.cases
                .AuditEvent(PortFixtures.AT, PortFixtures.PRACTITIONER, "delay reason", "", record.recommendation()
                .rulePack()));
    }

    /**
     * Once its reason for the delay is recorded, an overdue reminder says the reason and offers no form for another:
     * Mark done stays where a person marks the deadline done; nothing changes while there is no reason, or once done.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "SCR_COMPLETION | Mark done | Press Mark done once it is done.",
            "CHAIR_DECISION |           | It is done when the Chair decides."})
    void anOverdueReminderWhoseReasonIsRecordedShowsItAndKeepsOnlyMarkDone(DeadlineKind kind, String button,
                                                                          String howDone) {
        CaseDeadline open = CaseDeadline.open(kind, LocalDate.parse("2026-12-01"));
        Notification recorded = ReminderNotifications.delayRecorded(withDeadline(open.withDelayReason(
                "Parallel criminal proceedings")), kind).orElseThrow();

        assertThat(recorded.title()).isEqualTo("Overdue: " + kind.label());
        assertThat(recorded.text()).isEqualTo("Case SCR-2026-401: Reason for the delay recorded: \u201CParallel "
                + "criminal proceedings\u201D. " + howDone);
        assertThat(recorded.actions()).extracting(Choice::label)
                .containsExactlyElementsOf(button == null ? List.of() : List.of(button));
        assertThat(recorded.reminds()).contains(new Notification.Reminds(record.id(), kind));
        assertThat(ReminderNotifications.delayRecorded(withDeadline(open), kind)).isEmpty();
        assertThat(ReminderNotifications.delayRecorded(withDeadline(open.withDelayReason("Reason").markedDone(
                new uk.lscb.casereview.core.cases.DoneMark(PortFixtures.PRACTITIONER, PortFixtures.AT))), kind))
                .isEmpty();
    }

    /** The reminder of a deadline due on 1 December 2026, as sent on 9 December (8 days overdue). */
    private Notification overdue(DeadlineKind kind, Optional<String> delayReason) {
        LocalDate due = LocalDate.parse("2026-12-01");
        Reminder first = policy.firstReminders(kind, due).get(0);
        return ReminderNotifications.reminder(ReminderJob.pending(record.id(), record.board(), first), record,
                new CaseDeadline(kind, due, Optional.empty(), delayReason), Instant.parse("2026-12-09T09:00:00Z"),
                "Staffordshire", Optional.empty());
    }

    @ParameterizedTest(name = "{0}: Mark done {1}")
    @CsvSource({
            "CHAIR_DECISION, false",
            "NATIONAL_PANEL_NOTIFICATION, true",
            "SCR_COMPLETION, true",
            "NATIONAL_PANEL_REPORT_COPY, true"})
    void anOverdueReminderOffersToRecordTheDelayReasonAndMarkDoneOnlyWhereAPersonCompletesTheDeadline(
            DeadlineKind kind, boolean markDone) {
        Notification reminder = overdue(kind, Optional.empty());

        List<Choice> expected = new ArrayList<>();
        if (markDone) {
            expected.add(Choice.of("Mark done", new ButtonAction.MarkDone("staffordshire/SCR-2026-401", kind)));
        }
        expected.add(Choice.of("Record the reason for the delay", new ButtonAction.RecordDelay("staffordshire/SCR-2026-401", kind)));
        assertThat(reminder.actions()).containsExactlyElementsOf(expected);
        assertThat(reminder.text()).contains("press Record the reason for the delay")
                .doesNotContain(markDone ? "It is done when" : "Press Mark done");
    }

    @Test
    void anOverdueReminderWhoseDelayReasonIsRecordedNoLongerAsksForIt() {
        Notification reminder = overdue(DeadlineKind.CHAIR_DECISION, Optional.of("Parallel criminal proceedings"));

        assertThat(reminder.actions()).isEmpty();
        assertThat(reminder.text()).contains("the reason for the delay is recorded").endsWith(
                "It is done when the Chair decides.");
    }
}
