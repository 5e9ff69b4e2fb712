package uk.lscb.casereview.core.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    private final WorkingDays workingDays = WorkingDays.englandAndWales();

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({
        "2026-03-02, true", // Monday
        "2026-03-06, true", // Friday
        "2026-03-07, false", // Saturday
        "2026-03-08, false", // Sunday
        "2026-04-03, false", // Good Friday
        "2026-04-06, false", // Easter Monday
        "2026-12-24, true", // Christmas Eve is a working day
        "2026-12-28, false", // Boxing Day substitute
        "2027-12-29, true",
    })
    void workingDayIsAWeekdayThatIsNotABankHoliday(LocalDate date, boolean working) {
        assertThat(workingDays.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "on or before {0} is {1}")
    @CsvSource({
        "2026-03-04, 2026-03-04", // a working Wednesday is itself
        "2026-03-07, 2026-03-06", // Saturday -> Friday
        "2026-03-08, 2026-03-06", // Sunday -> Friday
        "2026-04-06, 2026-04-02", // Easter Monday -> Thursday before Good Friday
        "2026-12-28, 2026-12-24", // Boxing Day substitute -> Christmas Eve
        "2027-12-28, 2027-12-24", // Christmas and Boxing Day substitutes -> Friday 24th
        "2028-01-03, 2027-12-31", // New Year substitute -> Friday 31 Dec
    })
    void onOrBeforeMovesBackToTheNearestWorkingDay(LocalDate date, LocalDate expected) {
        assertThat(workingDays.onOrBefore(date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, outside the calendar, working day: {1}")
    @CsvSource({
        "2009-12-31, true", // Thursday: the bank holidays of 2009 are not known, so only weekends are days off
        "2009-12-25, true", // Christmas Day 2009 is not known either: a weekday counts as working
        "2009-12-26, false", // Saturday
        "2009-12-27, false", // Sunday
    })
    void outsideTheCalendarOnlyWeekendsAreDaysOff(LocalDate date, boolean working) {
        assertThat(workingDays.knowsBankHolidaysOn(date)).isFalse();
        assertThat(workingDays.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "on or before {0} is {1}")
    @CsvSource({
        "2010-01-01, 2009-12-31", // New Year's Day 2010 -> Thursday 31 December 2009, counting weekends only
        "2010-01-03, 2009-12-31", // Sunday -> Saturday -> New Year's Day -> Thursday
        "2009-03-01, 2009-02-27", // Sunday -> Friday
        "2040-12-25, 2040-12-24", // a year worked out by the rules: Christmas Day Tuesday -> Monday
    })
    void movingBackOutOfTheCalendarCarriesOnCountingWeekendsOnly(LocalDate date, LocalDate expected) {
        assertThat(workingDays.onOrBefore(date)).isEqualTo(expected);
    }
}
