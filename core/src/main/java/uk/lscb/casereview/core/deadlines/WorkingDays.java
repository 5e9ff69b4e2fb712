package uk.lscb.casereview.core.deadlines;

import java.time.DayOfWeek;
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

    /** {@code date} itself if it is a working day, otherwise the nearest working day before it. */
    public LocalDate onOrBefore(LocalDate date) {
        LocalDate candidate = date;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }
}
