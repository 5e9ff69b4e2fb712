package uk.lscb.casereview.core.deadlines;

import java.time.LocalDate;

/**
 * A date was asked about that the bank-holiday calendar does not cover, so whether it is a bank holiday
 * cannot be known. {@link WorkingDays} never lets it out: outside the calendar it counts only weekends as
 * days off, and {@link ReminderPolicy#calendarGap} gives the words that tell the people reminded so.
 */
public final class CalendarNotCoveredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient LocalDate date;

    CalendarNotCoveredException(LocalDate date, String message) {
        super(message);
        this.date = date;
    }

    /** The date that was asked about. */
    public LocalDate date() {
        return date;
    }
}
