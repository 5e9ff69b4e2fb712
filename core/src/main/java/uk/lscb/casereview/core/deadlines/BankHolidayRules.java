package uk.lscb.casereview.core.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The England and Wales bank holidays as the standing rules give them (the Banking and Financial Dealings
 * Act 1971 and the yearly proclamations of the early May and spring holidays): New Year's Day, Good
 * Friday, Easter Monday, the first Monday of May, the last Mondays of May and August, Christmas Day and
 * Boxing Day, with a substitute weekday for each of the fixed days that falls on a weekend. One-off days
 * and moved days are proclaimed, not ruled, so a year GOV.UK has published is read from its list; these
 * rules stand for the years after it.
 */
public final class BankHolidayRules {

    private static final String SUBSTITUTE = " (substitute day)";

    private BankHolidayRules() {}

    /** The year's eight bank holidays in date order, substitute days as the days off actually given. */
    public static List<BankHoliday> englandAndWales(int year) {
        List<BankHoliday> holidays = new ArrayList<>();
        LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
        holidays.add(isWeekend(newYear)
                ? new BankHoliday(newYear.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), "New Year's Day" + SUBSTITUTE)
                : new BankHoliday(newYear, "New Year's Day"));
        LocalDate easter = easterSunday(year);
        holidays.add(new BankHoliday(easter.minusDays(2), "Good Friday"));
        holidays.add(new BankHoliday(easter.plusDays(1), "Easter Monday"));
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        holidays.add(new BankHoliday(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "Early May bank holiday"));
        holidays.add(new BankHoliday(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday"));
        holidays.add(new BankHoliday(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Summer bank holiday"));
        holidays.addAll(christmas(year));
        return List.copyOf(holidays);
    }

    /**
     * Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus, also known as the
     * Meeus/Jones/Butcher algorithm).
     */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int monthAndDay = h + l - 7 * m + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }

    /**
     * Christmas Day and Boxing Day. On a weekend each is given on the next weekday that is not already a
     * holiday: Christmas on a Saturday gives Monday 27 and Tuesday 28; on a Sunday, Boxing Day stays Monday
     * 26 and Christmas moves to Tuesday 27; Boxing Day on a Saturday moves to Monday 28.
     */
    private static List<BankHoliday> christmas(int year) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxing = christmas.plusDays(1);
        return switch (christmas.getDayOfWeek()) {
            case SATURDAY -> List.of(
                    new BankHoliday(christmas.plusDays(2), "Christmas Day" + SUBSTITUTE),
                    new BankHoliday(christmas.plusDays(3), "Boxing Day" + SUBSTITUTE));
            case SUNDAY -> List.of(
                    new BankHoliday(boxing, "Boxing Day"),
                    new BankHoliday(christmas.plusDays(2), "Christmas Day" + SUBSTITUTE));
            case FRIDAY -> List.of(
                    new BankHoliday(christmas, "Christmas Day"),
                    new BankHoliday(christmas.plusDays(3), "Boxing Day" + SUBSTITUTE));
            default -> List.of(new BankHoliday(christmas, "Christmas Day"), new BankHoliday(boxing, "Boxing Day"));
        };
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
