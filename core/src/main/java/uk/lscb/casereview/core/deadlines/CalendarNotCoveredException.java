package uk.lscb.casereview.core.deadlines;

import java.time.LocalDate;

/**
 * A date was asked about that the bank-holiday calendar does not cover, so whether it is a working
 * day cannot be known. Thrown rather than guessed: a reminder on a bank holiday, or a deadline
 * silently computed on the wrong day, is worse than a loud failure that says how to fix the data.
 */
public final class CalendarNotCoveredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient LocalDate date;
    private final int firstYear;
    private final int lastYear;

    CalendarNotCoveredException(
            LocalDate date, String calendarName, int firstYear, int lastYear, String whereToAdd) {
        super(
                calendarName
                        + " bank holidays are known for "
                        + firstYear
                        + "–"
                        + lastYear
                        + " only; "
                        + date
                        + " is outside that. Add the year's bank holidays to "
                        + whereToAdd
                        + ".");
        this.date = date;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** The date that was asked about. */
    public LocalDate date() {
        return date;
    }

    /** The first year the calendar covers. */
    public int firstYear() {
        return firstYear;
    }

    /** The last year the calendar covers. */
    public int lastYear() {
        return lastYear;
    }
}
