package uk.lscb.casereview.core.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When a deadline's reminders are sent, and to whom (PRODUCT.md, "Deadlines and reminders").
 *
 * <p>For a deadline due on D: reminders for D−7, D−2 and D; then, for kinds with an overdue
 * series, for D+7, D+14, … without end. Each is sent at 09:00 Europe/London on the day it stands
 * for, moved back to the nearest working day when that day is a weekend or a bank holiday. Where
 * two reminders are moved onto the same day only the later stage is kept, so nobody is reminded
 * twice in a day. Overdue reminders also go to the Chair (escalation).
 *
 * <p>Pure: time comes in as arguments. A durable scheduler calls {@link #next} after each send and
 * stops once the deadline is marked done. On a day outside the bank-holiday calendar only weekends
 * are days off ({@link WorkingDays}); {@link #calendarGap} gives the words for the people reminded.
 */
public final class ReminderPolicy {

    /** The London time of day every reminder is sent. */
    public static final LocalTime SEND_AT = LocalTime.of(9, 0);

    /** Days from the due date of the reminders every deadline gets, in order. */
    private static final int[] AHEAD_AND_DUE_DAYS = {-7, -2, 0};

    private static final int OVERDUE_EVERY_DAYS = 7;

    private static final ReminderPolicy ENGLAND_AND_WALES =
            new ReminderPolicy(WorkingDays.englandAndWales());

    private final WorkingDays workingDays;

    public ReminderPolicy(WorkingDays workingDays) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    /** Reminders on England and Wales working days. */
    public static ReminderPolicy englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    /**
     * The ahead and due reminders (D−7, D−2, D) after moving and de-duplicating: two or three
     * reminders, in date order, numbered from 1. Some may already be in the past for the caller.
     */
    public List<Reminder> firstReminders(DeadlineKind kind, LocalDate due) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        // Keyed by the day sent: a later stage moved onto the same day replaces the earlier one.
        // Moving back never reorders them (onOrBefore is monotonic), so insertion order is date order.
        Map<LocalDate, Integer> daysFromDueBySendDate = new LinkedHashMap<>();
        for (int daysFromDue : AHEAD_AND_DUE_DAYS) {
            daysFromDueBySendDate.put(sendDate(due, daysFromDue), daysFromDue);
        }
        List<Reminder> reminders = new ArrayList<>();
        daysFromDueBySendDate.forEach(
                (date, daysFromDue) ->
                        reminders.add(
                                new Reminder(
                                        kind,
                                        due,
                                        daysFromDue == 0 ? ReminderStage.DUE : ReminderStage.AHEAD,
                                        daysFromDue,
                                        date,
                                        London.at(date, SEND_AT),
                                        kind.audience(),
                                        reminders.size() + 1)));
        return List.copyOf(reminders);
    }

    /**
     * The first reminder sent strictly after {@code after}; empty once D's reminder is past for a
     * kind without an overdue series. A reminder sent exactly at {@code after} is not returned, so a
     * scheduler can pass the instant of the reminder it has just sent.
     */
    public Optional<Reminder> next(DeadlineKind kind, LocalDate due, Instant after) {
        Objects.requireNonNull(after, "after");
        List<Reminder> first = firstReminders(kind, due);
        for (Reminder reminder : first) {
            if (reminder.at().isAfter(after)) {
                return Optional.of(reminder);
            }
        }
        if (!kind.hasOverdueSeries()) {
            return Optional.empty();
        }
        // The n-th overdue reminder is sent on or before D + 7n, so none with D + 7n before the London
        // date of `after` can be after it: start the search there rather than at n = 1.
        long daysPastDue = ChronoUnit.DAYS.between(due, London.dateOf(after));
        long n = Math.max(1, Math.floorDiv(daysPastDue, OVERDUE_EVERY_DAYS));
        while (true) {
            Reminder reminder = overdue(kind, due, Math.toIntExact(n), first.size());
            if (reminder.at().isAfter(after)) {
                return Optional.of(reminder);
            }
            n++;
        }
    }

    /**
     * Every reminder sent at or after {@code from} and before {@code to}, in order: for previews and
     * tests. The overdue series is unbounded; to know where it stops this works out the first
     * reminder at or after {@code to}.
     */
    public List<Reminder> between(DeadlineKind kind, LocalDate due, Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<Reminder> reminders = new ArrayList<>();
        List<Reminder> first = firstReminders(kind, due);
        for (Reminder reminder : first) {
            if (within(reminder, from, to)) {
                reminders.add(reminder);
            }
        }
        if (kind.hasOverdueSeries()) {
            for (int n = 1; ; n++) {
                Reminder reminder = overdue(kind, due, n, first.size());
                if (!reminder.at().isBefore(to)) {
                    break;
                }
                if (within(reminder, from, to)) {
                    reminders.add(reminder);
                }
            }
        }
        return List.copyOf(reminders);
    }

    /**
     * Why a reminder sent on {@code sentOn} may fall on a bank holiday, in plain words for the people
     * reminded ("the assistant does not know the England and Wales bank holidays of 2009"); empty when
     * that day's bank holidays are known. Outside the calendar only weekends count as days off, so the
     * reminder is still sent; this is what tells them so.
     */
    public Optional<String> calendarGap(LocalDate sentOn) {
        Objects.requireNonNull(sentOn, "sentOn");
        if (workingDays.knowsBankHolidaysOn(sentOn)) {
            return Optional.empty();
        }
        return Optional.of("the assistant does not know the " + workingDays.calendarName() + " bank holidays of "
                + sentOn.getYear());
    }

    /**
     * Whether a deadline due on {@code due} is overdue at {@code now}: from the first instant of the
     * next day in London. (Whether it is done is the caller's to know.)
     */
    public boolean isOverdue(LocalDate due, Instant now) {
        return !now.isBefore(London.startOf(due.plusDays(1)));
    }

    /**
     * As {@link #isOverdue(LocalDate, Instant)}, but never for a kind without an overdue series: a
     * report past its minimum publication date is free to come down, not late.
     */
    public boolean isOverdue(DeadlineKind kind, LocalDate due, Instant now) {
        return kind.hasOverdueSeries() && isOverdue(due, now);
    }

    /** The n-th overdue reminder (n from 1), numbered after the {@code firstCount} first ones. */
    private Reminder overdue(DeadlineKind kind, LocalDate due, int n, int firstCount) {
        int daysFromDue = n * OVERDUE_EVERY_DAYS;
        // Overdue reminders move back to a working day too: no reminder lands on a day nobody works,
        // where it would sit unread until the next working morning under a pile of others. Moving back
        // at most a few days keeps each one after the previous (a 7-day gap, and no more than four
        // non-working days in a row), so the series never repeats a day or falls back onto D.
        LocalDate date = sendDate(due, daysFromDue);
        EnumSet<Audience> audience = EnumSet.copyOf(kind.audience());
        audience.add(Audience.CHAIR);
        return new Reminder(
                kind,
                due,
                ReminderStage.OVERDUE,
                daysFromDue,
                date,
                London.at(date, SEND_AT),
                audience,
                firstCount + n);
    }

    private LocalDate sendDate(LocalDate due, int daysFromDue) {
        return workingDays.onOrBefore(due.plusDays(daysFromDue));
    }

    private static boolean within(Reminder reminder, Instant from, Instant to) {
        return !reminder.at().isBefore(from) && reminder.at().isBefore(to);
    }
}
