package uk.lscb.casereview.core.deadlines;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days: Monday to Friday, except bank holidays. Where the bank-holiday calendar does not cover a
 * date ({@link #knowsBankHolidaysOn}), only Saturdays and Sundays are days off: a reminder on a day that
 * may be a bank holiday is better than none, and its words say so ({@link ReminderPolicy#calendarGap}).
 */
public final class WorkingDays {

    private static final WorkingDays ENGLAND_AND_WALES =
            new WorkingDays(BankHolidays.englandAndWales());

    private final BankHolidays bankHolidays;

    public WorkingDays(BankHolidays bankHolidays) {
        this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
    }

    /** Working days in England and Wales. */
    public static WorkingDays englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    /**
     * Whether {@code date} is a working day: not a Saturday or Sunday, and not a bank holiday; outside the
     * bank-holiday calendar, any weekday.
     */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !(bankHolidays.covers(date) && bankHolidays.isBankHoliday(date));
    }

    /** The name of the bank-holiday calendar, e.g. "England and Wales". */
    public String calendarName() {
        return bankHolidays.name();
    }

    /** Whether the bank holidays of {@code date}'s year are known. */
    public boolean knowsBankHolidaysOn(LocalDate date) {
        return bankHolidays.covers(date);
    }

    /**
     * The day that is {@code n} working days after {@code start}, the start counting as day 0 whatever
     * day it is: a Friday plus 1 is the Monday (or the Tuesday after a bank-holiday Monday), a Saturday
     * plus 1 is the Monday. Zero is {@code start} itself.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + n);
        }
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** {@link #plusWorkingDays(LocalDate, int)} from the London date of {@code start}. */
    public LocalDate plusWorkingDays(Instant start, int n) {
        return plusWorkingDays(London.dateOf(start), n);
    }

    /** {@code date} itself if it is a working day, otherwise the nearest working day before it. */
    public LocalDate onOrBefore(LocalDate date) {
        LocalDate candidate = date;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }
}
