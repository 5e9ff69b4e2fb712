package uk.lscb.casereview.core.messages;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import uk.lscb.casereview.core.deadlines.WorkingDays;

/**
 * The rule for a due date someone gives, the same in chat, on every platform's forms and over the API: an agency's
 * request for information and an action on a review's recommendation are due after today and at most
 * {@link #FURTHEST} ahead. A date further ahead ({@code 31/12/9999} for 31/12/2026, {@code 2999-12-31}) is a slip,
 * not a plan, and is refused like a date in the past, saying by when. A review's planned publication date has the
 * same furthest (the framework sets none). Both are due on a working day: a weekend or an England and Wales bank
 * holiday moves to the next one, and the person is told.
 */
public final class DueDates {
    /** How far ahead a due date may be. */
    public static final Period FURTHEST = Period.ofYears(2);

    private DueDates() {
    }

    /** Why {@code due} cannot be a due date on {@code today}, if it cannot. */
    public static Optional<String> refusal(LocalDate due, LocalDate today) {
        if (!due.isAfter(today)) {
            return Optional.of("The due date must be after today.");
        }
        LocalDate latest = today.plus(FURTHEST);
        if (due.isAfter(latest)) {
            return Optional.of("The due date must be no later than " + UkDates.format(latest) + ", two years from "
                    + "today.");
        }
        return Optional.empty();
    }

    /**
     * The due date {@code typed} gives: that day when it is a working day, otherwise the next working day (no one is
     * expected to answer on a weekend or an England and Wales bank holiday).
     */
    public static LocalDate workingDayFrom(LocalDate typed, WorkingDays workingDays) {
        LocalDate due = typed;
        while (!workingDays.isWorkingDay(due)) {
            due = due.plusDays(1);
        }
        return due;
    }

    /** " (… is not a working day, so it is due on the next one)" when the due date was moved, otherwise "". */
    public static String moved(LocalDate typed, LocalDate due) {
        return due.equals(typed) ? "" : " (" + UkDates.format(typed) + " is not a working day, so it is due on the "
                + "next one)";
    }
}
