package uk.lscb.casereview.core.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.core.deadlines.Audience.CHAIR;
import static uk.lscb.casereview.core.deadlines.Audience.PANEL_CHANNEL;
import static uk.lscb.casereview.core.deadlines.DeadlineKind.CHAIR_DECISION;
import static uk.lscb.casereview.core.deadlines.DeadlineKind.NATIONAL_PANEL_NOTIFICATION;
import static uk.lscb.casereview.core.deadlines.DeadlineKind.NATIONAL_PANEL_REPORT_COPY;
import static uk.lscb.casereview.core.deadlines.DeadlineKind.PUBLICATION_MINIMUM;
import static uk.lscb.casereview.core.deadlines.DeadlineKind.SCR_COMPLETION;
import static uk.lscb.casereview.core.deadlines.ReminderStage.AHEAD;
import static uk.lscb.casereview.core.deadlines.ReminderStage.DUE;
import static uk.lscb.casereview.core.deadlines.ReminderStage.OVERDUE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ReminderPolicyTest {

    private final ReminderPolicy policy = ReminderPolicy.englandAndWales();
    private final WorkingDays workingDays = WorkingDays.englandAndWales();

    @Test
    void reminderAWeekAheadFallingOnGoodFridayIsSentTheThursdayBefore() {
        LocalDate due = LocalDate.parse("2027-04-02"); // Friday; D−7 is Good Friday 26 March
        assertThat(policy.firstReminders(CHAIR_DECISION, due))
                .containsExactly(
                        // 25 March is before the clocks go forward (28 March 2027): 09:00 GMT
                        reminder(CHAIR_DECISION, due, AHEAD, -7, "2027-03-25", "2027-03-25T09:00:00Z", 1, PANEL_CHANNEL, CHAIR),
                        reminder(CHAIR_DECISION, due, AHEAD, -2, "2027-03-31", "2027-03-31T08:00:00Z", 2, PANEL_CHANNEL, CHAIR),
                        reminder(CHAIR_DECISION, due, DUE, 0, "2027-04-02", "2027-04-02T08:00:00Z", 3, PANEL_CHANNEL, CHAIR));
    }

    @Test
    void remindersMovedOntoTheSameDayOverChristmasAreSentOnceKeepingTheDueOne() {
        // Due on Monday 28 December 2026, the Boxing Day substitute. D−2 (Saturday 26th) and D both
        // move back past Christmas Day to Thursday 24th: only the due-day reminder is kept.
        LocalDate due = LocalDate.parse("2026-12-28");
        assertThat(policy.firstReminders(NATIONAL_PANEL_NOTIFICATION, due))
                .containsExactly(
                        reminder(NATIONAL_PANEL_NOTIFICATION, due, AHEAD, -7, "2026-12-21", "2026-12-21T09:00:00Z", 1, PANEL_CHANNEL),
                        reminder(NATIONAL_PANEL_NOTIFICATION, due, DUE, 0, "2026-12-24", "2026-12-24T09:00:00Z", 2, PANEL_CHANNEL));
        // The overdue series carries on numbering from there, and escalates to the Chair.
        assertThat(policy.between(NATIONAL_PANEL_NOTIFICATION, due, instant("2026-12-25T00:00:00Z"), instant("2027-01-12T00:00:00Z")))
                .containsExactly(
                        reminder(NATIONAL_PANEL_NOTIFICATION, due, OVERDUE, 7, "2027-01-04", "2027-01-04T09:00:00Z", 3, PANEL_CHANNEL, CHAIR),
                        reminder(NATIONAL_PANEL_NOTIFICATION, due, OVERDUE, 14, "2027-01-11", "2027-01-11T09:00:00Z", 4, PANEL_CHANNEL, CHAIR));
    }

    @Test
    void reminderTwoDaysAheadFallingOnASundayIsSentTheFridayBefore() {
        LocalDate due = SCR_COMPLETION.dueDate(LocalDate.parse("2025-09-10")); // Tuesday 10 March 2026
        assertThat(due).isEqualTo("2026-03-10");
        assertThat(policy.firstReminders(SCR_COMPLETION, due))
                .containsExactly(
                        reminder(SCR_COMPLETION, due, AHEAD, -7, "2026-03-03", "2026-03-03T09:00:00Z", 1, PANEL_CHANNEL, CHAIR),
                        reminder(SCR_COMPLETION, due, AHEAD, -2, "2026-03-06", "2026-03-06T09:00:00Z", 2, PANEL_CHANNEL, CHAIR),
                        reminder(SCR_COMPLETION, due, DUE, 0, "2026-03-10", "2026-03-10T09:00:00Z", 3, PANEL_CHANNEL, CHAIR));
    }

    @Test
    void nineInTheMorningIsEightUtcOnceTheClocksGoForwardOn29March2026() {
        LocalDate due = LocalDate.parse("2026-03-30"); // the Monday after the change
        assertThat(policy.between(CHAIR_DECISION, due, instant("2026-03-01T00:00:00Z"), instant("2026-04-14T00:00:00Z")))
                .containsExactly(
                        reminder(CHAIR_DECISION, due, AHEAD, -7, "2026-03-23", "2026-03-23T09:00:00Z", 1, PANEL_CHANNEL, CHAIR),
                        reminder(CHAIR_DECISION, due, AHEAD, -2, "2026-03-27", "2026-03-27T09:00:00Z", 2, PANEL_CHANNEL, CHAIR),
                        reminder(CHAIR_DECISION, due, DUE, 0, "2026-03-30", "2026-03-30T08:00:00Z", 3, PANEL_CHANNEL, CHAIR),
                        // D+7 is Easter Monday, D+3 Good Friday: sent on Maundy Thursday
                        reminder(CHAIR_DECISION, due, OVERDUE, 7, "2026-04-02", "2026-04-02T08:00:00Z", 4, PANEL_CHANNEL, CHAIR),
                        reminder(CHAIR_DECISION, due, OVERDUE, 14, "2026-04-13", "2026-04-13T08:00:00Z", 5, PANEL_CHANNEL, CHAIR));
    }

    @Test
    void nineInTheMorningIsNineUtcOnceTheClocksGoBackOn25October2026() {
        LocalDate due = LocalDate.parse("2026-10-26"); // the Monday after the change
        assertThat(policy.between(NATIONAL_PANEL_REPORT_COPY, due, instant("2026-10-01T00:00:00Z"), instant("2026-11-03T00:00:00Z")))
                .containsExactly(
                        reminder(NATIONAL_PANEL_REPORT_COPY, due, AHEAD, -7, "2026-10-19", "2026-10-19T08:00:00Z", 1, PANEL_CHANNEL),
                        reminder(NATIONAL_PANEL_REPORT_COPY, due, AHEAD, -2, "2026-10-23", "2026-10-23T08:00:00Z", 2, PANEL_CHANNEL),
                        reminder(NATIONAL_PANEL_REPORT_COPY, due, DUE, 0, "2026-10-26", "2026-10-26T09:00:00Z", 3, PANEL_CHANNEL),
                        reminder(NATIONAL_PANEL_REPORT_COPY, due, OVERDUE, 7, "2026-11-02", "2026-11-02T09:00:00Z", 4, PANEL_CHANNEL, CHAIR));
    }

    @Test
    void chairDecisionOverdueIsRemindedEverySevenDaysOnWorkingDays() {
        // Notified on 31 January 2026: due Saturday 28 February, so every reminder moves to a Friday.
        LocalDate due = CHAIR_DECISION.dueDate(LocalDate.parse("2026-01-31"));
        assertThat(due).isEqualTo("2026-02-28");
        assertThat(policy.between(CHAIR_DECISION, due, instant("2026-01-31T00:00:00Z"), instant("2026-04-11T00:00:00Z")))
                .containsExactly(
                        reminder(CHAIR_DECISION, due, AHEAD, -7, "2026-02-20", "2026-02-20T09:00:00Z", 1, PANEL_CHANNEL, CHAIR),
                        reminder(CHAIR_DECISION, due, AHEAD, -2, "2026-02-26", "2026-02-26T09:00:00Z", 2, PANEL_CHANNEL, CHAIR),
                        reminder(CHAIR_DECISION, due, DUE, 0, "2026-02-27", "2026-02-27T09:00:00Z", 3, PANEL_CHANNEL, CHAIR),
                        reminder(CHAIR_DECISION, due, OVERDUE, 7, "2026-03-06", "2026-03-06T09:00:00Z", 4, PANEL_CHANNEL, CHAIR),
                        reminder(CHAIR_DECISION, due, OVERDUE, 14, "2026-03-13", "2026-03-13T09:00:00Z", 5, PANEL_CHANNEL, CHAIR),
                        reminder(CHAIR_DECISION, due, OVERDUE, 21, "2026-03-20", "2026-03-20T09:00:00Z", 6, PANEL_CHANNEL, CHAIR),
                        reminder(CHAIR_DECISION, due, OVERDUE, 28, "2026-03-27", "2026-03-27T09:00:00Z", 7, PANEL_CHANNEL, CHAIR),
                        // Friday 3 April is Good Friday
                        reminder(CHAIR_DECISION, due, OVERDUE, 35, "2026-04-02", "2026-04-02T08:00:00Z", 8, PANEL_CHANNEL, CHAIR),
                        reminder(CHAIR_DECISION, due, OVERDUE, 42, "2026-04-10", "2026-04-10T08:00:00Z", 9, PANEL_CHANNEL, CHAIR));
    }

    @ParameterizedTest
    @EnumSource(value = DeadlineKind.class, names = "PUBLICATION_MINIMUM", mode = EnumSource.Mode.EXCLUDE)
    void overdueRemindersEscalateToTheChairAheadOnesGoToTheKindsAudience(DeadlineKind kind) {
        LocalDate due = LocalDate.parse("2027-06-16");
        List<Reminder> reminders = policy.between(kind, due, London.startOf(due.minusDays(10)), London.startOf(due.plusDays(30)));
        assertThat(reminders).filteredOn(r -> r.stage() != OVERDUE).hasSize(3)
                .allSatisfy(r -> assertThat(r.audience()).isEqualTo(kind.audience()));
        assertThat(reminders).filteredOn(r -> r.stage() == OVERDUE).hasSize(4)
                .allSatisfy(r -> assertThat(r.audience()).containsExactly(PANEL_CHANNEL, CHAIR));
    }

    @Test
    void publicationMinimumHasNoRemindersAfterItsDate() {
        LocalDate due = PUBLICATION_MINIMUM.dueDate(LocalDate.parse("2026-07-01")); // Thursday 1 July 2027
        List<Reminder> first = policy.firstReminders(PUBLICATION_MINIMUM, due);
        assertThat(first)
                .containsExactly(
                        reminder(PUBLICATION_MINIMUM, due, AHEAD, -7, "2027-06-24", "2027-06-24T08:00:00Z", 1, PANEL_CHANNEL),
                        reminder(PUBLICATION_MINIMUM, due, AHEAD, -2, "2027-06-29", "2027-06-29T08:00:00Z", 2, PANEL_CHANNEL),
                        reminder(PUBLICATION_MINIMUM, due, DUE, 0, "2027-07-01", "2027-07-01T08:00:00Z", 3, PANEL_CHANNEL));
        assertThat(policy.next(PUBLICATION_MINIMUM, due, first.get(2).at())).isEmpty();
        assertThat(policy.between(PUBLICATION_MINIMUM, due, instant("2027-01-01T00:00:00Z"), instant("2028-01-01T00:00:00Z")))
                .isEqualTo(first);
        assertThat(policy.isOverdue(PUBLICATION_MINIMUM, due, instant("2027-12-01T00:00:00Z"))).isFalse();
    }

    @Test
    void nextSkipsRemindersAtOrBeforeTheGivenInstant() {
        LocalDate due = LocalDate.parse("2026-12-28");
        List<Reminder> first = policy.firstReminders(NATIONAL_PANEL_NOTIFICATION, due);
        Reminder aWeekAhead = first.get(0);
        Reminder onTheDay = first.get(1);

        assertThat(policy.next(NATIONAL_PANEL_NOTIFICATION, due, instant("2026-12-01T00:00:00Z"))).contains(aWeekAhead);
        assertThat(policy.next(NATIONAL_PANEL_NOTIFICATION, due, aWeekAhead.at().minusNanos(1))).contains(aWeekAhead);
        assertThat(policy.next(NATIONAL_PANEL_NOTIFICATION, due, aWeekAhead.at())).contains(onTheDay);
        assertThat(policy.next(NATIONAL_PANEL_NOTIFICATION, due, onTheDay.at()))
                .contains(reminder(NATIONAL_PANEL_NOTIFICATION, due, OVERDUE, 7, "2027-01-04", "2027-01-04T09:00:00Z", 3, PANEL_CHANNEL, CHAIR));
    }

    @Test
    void nextFindsTheOverdueReminderDueMonthsLaterWithoutCountingFromTheStart() {
        LocalDate due = LocalDate.parse("2026-12-28"); // a Monday: the overdue series falls on Mondays
        // D+154 is Monday 31 May 2027, the Spring bank holiday: sent on Friday 28 May.
        assertThat(policy.next(NATIONAL_PANEL_NOTIFICATION, due, instant("2027-05-27T12:00:00Z")))
                .contains(reminder(NATIONAL_PANEL_NOTIFICATION, due, OVERDUE, 154, "2027-05-28", "2027-05-28T08:00:00Z", 24, PANEL_CHANNEL, CHAIR));
        assertThat(policy.next(NATIONAL_PANEL_NOTIFICATION, due, instant("2027-05-28T08:00:00Z")))
                .contains(reminder(NATIONAL_PANEL_NOTIFICATION, due, OVERDUE, 161, "2027-06-07", "2027-06-07T08:00:00Z", 25, PANEL_CHANNEL, CHAIR));
    }

    @ParameterizedTest(name = "due {0}, at {1}: overdue {2}")
    @CsvSource({
        "2026-03-31, 2026-03-31T22:59:59Z, false", // 23:59:59 BST on the due date
        "2026-03-31, 2026-03-31T23:00:00Z, true", // midnight BST, the day after
        "2026-12-01, 2026-12-01T23:59:59Z, false", // 23:59:59 GMT on the due date
        "2026-12-01, 2026-12-02T00:00:00Z, true",
        "2026-12-01, 2026-11-20T09:00:00Z, false",
    })
    void deadlineIsOverdueFromTheStartOfTheNextLondonDay(LocalDate due, Instant now, boolean overdue) {
        assertThat(policy.isOverdue(due, now)).isEqualTo(overdue);
        assertThat(policy.isOverdue(CHAIR_DECISION, due, now)).isEqualTo(overdue);
    }

    @Test
    void deadlineOfAnIncidentNotifiedBefore2010IsStillRemindedCountingOnlyWeekendsAsDaysOff() {
        // The calendar starts in 2010. Due Monday 2 March 2009: D−2 is Saturday 28 February, moved to Friday 27th.
        LocalDate due = LocalDate.parse("2009-03-02");
        assertThat(policy.firstReminders(CHAIR_DECISION, due))
                .containsExactly(
                        reminder(CHAIR_DECISION, due, AHEAD, -7, "2009-02-23", "2009-02-23T09:00:00Z", 1, PANEL_CHANNEL, CHAIR),
                        reminder(CHAIR_DECISION, due, AHEAD, -2, "2009-02-27", "2009-02-27T09:00:00Z", 2, PANEL_CHANNEL, CHAIR),
                        reminder(CHAIR_DECISION, due, DUE, 0, "2009-03-02", "2009-03-02T09:00:00Z", 3, PANEL_CHANNEL, CHAIR));
        assertThat(policy.next(CHAIR_DECISION, due, instant("2026-12-02T10:00:00Z")))
                .map(Reminder::date).contains(LocalDate.parse("2026-12-07"));
    }

    @Test
    void deadlineBeyondTheListedYearsIsRemindedOnTheRulesBankHolidays() {
        // 2032: Christmas Day is a Saturday, so Monday 27 and Tuesday 28 December are the days off.
        LocalDate due = LocalDate.parse("2032-12-28");
        assertThat(policy.firstReminders(NATIONAL_PANEL_NOTIFICATION, due)).extracting(Reminder::date)
                .containsExactly(LocalDate.parse("2032-12-21"), LocalDate.parse("2032-12-24"));
    }

    @ParameterizedTest(name = "a reminder sent on {0}: calendar gap {1}")
    @CsvSource({
        "2009-12-31, the assistant does not know the England and Wales bank holidays of 2009",
        "1998-05-04, the assistant does not know the England and Wales bank holidays of 1998",
        "2010-01-04, ''",
        "2045-06-01, ''",
    })
    void calendarGapNamesTheYearWhoseBankHolidaysAreUnknown(LocalDate sentOn, String gap) {
        assertThat(policy.calendarGap(sentOn)).isEqualTo(gap.isEmpty() ? Optional.empty() : Optional.of(gap));
    }

    /**
     * Every due date whose reminders stay inside 2024–2030: from 9 January 2024 (D−7 is 2 January) to
     * 10 December 2030. The window checked holds two overdue reminders; finding that there is no
     * third inside it means working out the third, D+21, which must be at most 31 December 2030.
     */
    @ParameterizedTest
    @EnumSource(value = DeadlineKind.class, names = {"CHAIR_DECISION", "PUBLICATION_MINIMUM"})
    void everyReminderIsAtNineOnAWorkingDayAtMostOncePerDayAndOnlyOverdueOnesAfterTheDueDate(DeadlineKind kind) {
        for (LocalDate due = LocalDate.parse("2024-01-09");
                !due.isAfter(LocalDate.parse("2030-12-10"));
                due = due.plusDays(1)) {
            Instant from = London.startOf(due.minusDays(14));
            Instant to = London.startOf(due.plusDays(15));
            List<Reminder> reminders = policy.between(kind, due, from, to);
            List<Reminder> first = policy.firstReminders(kind, due);

            assertThat(first).as("first reminders for %s", due).hasSizeBetween(2, 3);
            assertThat(first.get(0).daysFromDue()).as("a week ahead for %s", due).isEqualTo(-7);
            assertThat(first.get(first.size() - 1).stage()).as("due-day reminder for %s", due).isEqualTo(DUE);
            assertThat(reminders).as("reminders for %s", due).startsWith(first.toArray(Reminder[]::new));
            assertThat(reminders).extracting(Reminder::sequence).as("sequence for %s", due)
                    .isEqualTo(rangeClosed(1, reminders.size()));
            assertThat(reminders).extracting(Reminder::date).as("one a day for %s", due).doesNotHaveDuplicates().isSorted();
            assertThat(reminders.size() - first.size()).as("overdue reminders for %s", due)
                    .isEqualTo(kind.hasOverdueSeries() ? 2 : 0);
            for (Reminder r : reminders) {
                assertThat(workingDays.isWorkingDay(r.date())).as("%s on a working day", r).isTrue();
                assertThat(r.at()).as("%s at 09:00 London", r).isEqualTo(London.at(r.date(), LocalTime.of(9, 0)));
                assertThat(r.date()).as("%s on or before the day it stands for", r).isBeforeOrEqualTo(due.plusDays(r.daysFromDue()));
                assertThat(r.date().isAfter(due)).as("%s after the due date only if overdue", r).isEqualTo(r.stage() == OVERDUE);
            }
            assertThat(chainOfNext(kind, due, from, to)).as("next, one after another, for %s", due).isEqualTo(reminders);
        }
    }

    private List<Reminder> chainOfNext(DeadlineKind kind, LocalDate due, Instant from, Instant to) {
        List<Reminder> chain = new ArrayList<>();
        Optional<Reminder> next = policy.next(kind, due, from.minusNanos(1));
        while (next.isPresent() && next.get().at().isBefore(to)) {
            chain.add(next.get());
            next = policy.next(kind, due, next.get().at());
        }
        return chain;
    }

    private static List<Integer> rangeClosed(int from, int to) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    private static Reminder reminder(
            DeadlineKind kind,
            LocalDate due,
            ReminderStage stage,
            int daysFromDue,
            String date,
            String at,
            int sequence,
            Audience... audience) {
        return new Reminder(kind, due, stage, daysFromDue, LocalDate.parse(date), instant(at), Set.of(audience), sequence);
    }

    private static Instant instant(String text) {
        return Instant.parse(text);
    }
}
