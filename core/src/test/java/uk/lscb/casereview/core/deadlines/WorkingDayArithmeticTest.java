package uk.lscb.casereview.core.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Adding working days, the day of awareness counting as day 0 (England and Wales, Europe/London). */
class WorkingDayArithmeticTest {

    private final WorkingDays workingDays = WorkingDays.englandAndWales();

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
        2026-03-06 | 0  | 2026-03-06 | the day of awareness is day 0
        2026-03-06 | 1  | 2026-03-09 | a Friday: the next working day is Monday
        2026-03-06 | 5  | 2026-03-13 | a Friday: five working days is the next Friday
        2026-03-06 | 15 | 2026-03-27 | a Friday: fifteen working days is three weeks on
        2026-03-07 | 0  | 2026-03-07 | a Saturday is day 0 too
        2026-03-07 | 1  | 2026-03-09 | a Saturday: day 1 is Monday
        2026-05-01 | 1  | 2026-05-05 | a Friday before the early May bank holiday: day 1 is Tuesday
        2026-05-01 | 5  | 2026-05-11 | five working days skip the bank holiday
        2026-08-28 | 5  | 2026-09-07 | before the summer bank holiday
        2026-12-23 | 5  | 2027-01-04 | over Christmas, the Boxing Day substitute and New Year's Day
        2026-12-23 | 15 | 2027-01-18 | fifteen working days over Christmas
        2027-12-24 | 1  | 2027-12-29 | Christmas Day and Boxing Day substitutes on Monday and Tuesday
        2027-12-31 | 1  | 2028-01-04 | the New Year's Day substitute on Monday 3 January 2028
        2026-04-02 | 1  | 2026-04-07 | the Thursday before Easter: Good Friday and Easter Monday skipped
        2026-04-02 | 5  | 2026-04-13 | five working days over Easter 2026
        2027-03-25 | 5  | 2027-04-05 | Easter 2027, the weekend the clocks go forward
        2027-03-25 | 15 | 2027-04-19 | fifteen working days over Easter 2027
        """)
    void addsWorkingDaysCountingTheStartAsDayZero(LocalDate start, int n, LocalDate due, String what) {
        assertThat(workingDays.plusWorkingDays(start, n)).as(what).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
        2026-03-29T23:30:00Z | 5 | 2026-04-08 | 00:30 BST on Monday 30 March is the London day, not Sunday 29 (UTC)
        2026-03-28T23:30:00Z | 1 | 2026-03-30 | 23:30 GMT on Saturday, the night the clocks go forward
        2026-10-22T23:30:00Z | 1 | 2026-10-26 | 00:30 BST on Friday 23 October, across the clocks going back
        2026-10-25T23:30:00Z | 1 | 2026-10-26 | 23:30 GMT on Sunday 25 October, after the clocks went back
        """)
    void anInstantCountsFromItsLondonDate(Instant aware, int n, LocalDate due, String what) {
        assertThat(workingDays.plusWorkingDays(aware, n)).as(what).isEqualTo(due);
    }

    @Test
    void refusesANegativeNumberOfDays() {
        assertThatThrownBy(() -> workingDays.plusWorkingDays(LocalDate.of(2026, 3, 6), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be negative");
    }

    /** Every day from 15 December to 9 January, 2010-11 to 2060-61. */
    private static Stream<LocalDate> aroundEveryYearEnd() {
        return IntStream.rangeClosed(2010, 2060).boxed()
                .flatMap(year -> Stream.iterate(LocalDate.of(year, 12, 15), d -> d.isBefore(LocalDate.of(year + 1, 1, 10)),
                        d -> d.plusDays(1)));
    }

    @Test
    void acrossYearEndsTheDueDateIsAWorkingDayWithExactlyNWorkingDaysUpToIt() {
        aroundEveryYearEnd().forEach(this::dueDateIsAWorkingDayWithExactlyNWorkingDaysUpToIt);
    }

    private void dueDateIsAWorkingDayWithExactlyNWorkingDaysUpToIt(LocalDate start) {
        Set<LocalDate> holidays = holidaysAround(start.getYear());
        for (int n = 1; n <= 20; n++) {
            LocalDate due = workingDays.plusWorkingDays(start, n);
            assertThat(isWorkday(due, holidays)).as("%s + %d = %s is a working day", start, n, due).isTrue();
            long counted = start.plusDays(1).datesUntil(due.plusDays(1)).filter(d -> isWorkday(d, holidays)).count();
            assertThat(counted).as("working days in (%s, %s]", start, due).isEqualTo(n);
            assertThat(workingDays.plusWorkingDays(start, n - 1)).isBefore(due);
        }
    }

    @Test
    void acrossYearEndsAddingInTwoStepsIsAddingOnce() {
        aroundEveryYearEnd().forEach(this::addingInTwoStepsIsAddingOnce);
    }

    private void addingInTwoStepsIsAddingOnce(LocalDate start) {
        for (int a = 0; a <= 6; a++) {
            for (int b = 0; b <= 6; b++) {
                assertThat(workingDays.plusWorkingDays(workingDays.plusWorkingDays(start, a), b))
                        .isEqualTo(workingDays.plusWorkingDays(start, a + b));
            }
        }
    }

    @Test
    void noDueDateFallsOnASubstituteDayAndTheDayBeforeOneSkipsIt() {
        BankHolidays calendar = BankHolidays.englandAndWales();
        int substitutes = 0;
        for (int year = 2010; year <= 2060; year++) {
            for (BankHoliday holiday : calendar.inYear(year)) {
                if (!holiday.name().contains("substitute")) {
                    continue;
                }
                substitutes++;
                LocalDate lastWorking = workingDays.onOrBefore(holiday.date().minusDays(1));
                LocalDate next = workingDays.plusWorkingDays(lastWorking, 1);
                assertThat(next).as("the working day after %s (%s)", lastWorking, holiday).isAfter(holiday.date());
                assertThat(workingDays.isWorkingDay(holiday.date())).isFalse();
            }
        }
        assertThat(substitutes).as("substitute days 2010-2060").isGreaterThan(20);
    }

    /** Bank holidays of the year and the next, read from the calendar's lists, not through WorkingDays. */
    private static Set<LocalDate> holidaysAround(int year) {
        Set<LocalDate> days = new HashSet<>();
        for (int y = year; y <= year + 1; y++) {
            BankHolidays.englandAndWales().inYear(y).forEach(holiday -> days.add(holiday.date()));
        }
        return days;
    }

    private static boolean isWorkday(LocalDate date, Set<LocalDate> holidays) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }
}
