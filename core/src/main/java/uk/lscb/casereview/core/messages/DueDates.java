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

    /** A due date as typed and read by the rule: the day it is due on, or why it cannot be one. */
    public sealed interface Read permits Due, Refused {
    }

    /**
     * @param typed the day typed
     * @param due   that day when it is a working day, otherwise the next working day (no one is expected to answer on
     *              a weekend or an England and Wales bank holiday)
     */
    public record Due(LocalDate typed, LocalDate due) implements Read {
        /** " (… is not a working day, so it is due on the next one)" when the due date was moved, otherwise "". */
        public String moved() {
            return due.equals(typed) ? "" : " (" + UkDates.format(typed) + " is not a working day, so it is due on "
                    + "the next one)";
        }
    }

    /** Why the text typed cannot be a due date, in a sentence for the person. */
    public record Refused(String why) implements Read {
    }

    /**
     * The due date {@code typed} gives on {@code today}: refused when it is no date ({@code howToWriteOne}, or why a
     * day its month does not have is none) or breaks {@link #refusal}; otherwise due on a working day.
     */
    public static Read read(String typed, LocalDate today, WorkingDays workingDays, String howToWriteOne) {
        Optional<LocalDate> date = UkDates.parse(typed == null ? "" : typed, today);
        if (date.isEmpty()) {
            return new Refused(UkDates.impossible(typed).orElse(howToWriteOne));
        }
        Optional<String> notDue = refusal(date.get(), today);
        if (notDue.isPresent()) {
            return new Refused(notDue.get());
        }
        LocalDate due = date.get();
        while (!workingDays.isWorkingDay(due)) {
            due = due.plusDays(1);
        }
        return new Due(date.get(), due);
    }
}
