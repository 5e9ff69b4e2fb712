package uk.lscb.casereview.core.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days: Monday to Friday, except bank holidays. Every method throws {@link
 * CalendarNotCoveredException} when it needs a date the bank-holiday calendar does not cover.
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
     * Whether {@code date} is a working day: not a Saturday or Sunday, and not a bank holiday. Throws
     * for any date outside the calendar, weekends included, so that the covered range is one simple
     * rule.
     */
    public boolean isWorkingDay(LocalDate date) {
        bankHolidays.requireCovered(date);
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !bankHolidays.isBankHoliday(date);
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
