package uk.lscb.casereview.core.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankHolidaysTest {

    private final BankHolidays holidays = BankHolidays.englandAndWales();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2024-01-01, New Year's Day",
        "2024-03-29, Good Friday",
        "2024-04-01, Easter Monday",
        "2024-05-06, Early May bank holiday",
        "2024-05-27, Spring bank holiday",
        "2024-08-26, Summer bank holiday",
        "2024-12-25, Christmas Day",
        "2024-12-26, Boxing Day",
        "2025-01-01, New Year's Day",
        "2025-04-18, Good Friday",
        "2025-04-21, Easter Monday",
        "2025-05-05, Early May bank holiday",
        "2025-05-26, Spring bank holiday",
        "2025-08-25, Summer bank holiday",
        "2025-12-25, Christmas Day",
        "2025-12-26, Boxing Day",
        "2026-01-01, New Year's Day",
        "2026-04-03, Good Friday",
        "2026-04-06, Easter Monday",
        "2026-05-04, Early May bank holiday",
        "2026-05-25, Spring bank holiday",
        "2026-08-31, Summer bank holiday",
        "2026-12-25, Christmas Day",
        "2026-12-28, Boxing Day (substitute day)",
        "2027-01-01, New Year's Day",
        "2027-03-26, Good Friday",
        "2027-03-29, Easter Monday",
        "2027-05-03, Early May bank holiday",
        "2027-05-31, Spring bank holiday",
        "2027-08-30, Summer bank holiday",
        "2027-12-27, Christmas Day (substitute day)",
        "2027-12-28, Boxing Day (substitute day)",
        "2028-01-03, New Year's Day (substitute day)",
        "2028-04-14, Good Friday",
        "2028-04-17, Easter Monday",
        "2028-05-01, Early May bank holiday",
        "2028-05-29, Spring bank holiday",
        "2028-08-28, Summer bank holiday",
        "2028-12-25, Christmas Day",
        "2028-12-26, Boxing Day",
        "2029-01-01, New Year's Day",
        "2029-03-30, Good Friday",
        "2029-04-02, Easter Monday",
        "2029-05-07, Early May bank holiday",
        "2029-05-28, Spring bank holiday",
        "2029-08-27, Summer bank holiday",
        "2029-12-25, Christmas Day",
        "2029-12-26, Boxing Day",
        "2030-01-01, New Year's Day",
        "2030-04-19, Good Friday",
        "2030-04-22, Easter Monday",
        "2030-05-06, Early May bank holiday",
        "2030-05-27, Spring bank holiday",
        "2030-08-26, Summer bank holiday",
        "2030-12-25, Christmas Day",
        "2030-12-26, Boxing Day",
    })
    void listedDateIsABankHolidayWithItsName(LocalDate date, String name) {
        assertThat(holidays.isBankHoliday(date)).isTrue();
        assertThat(holidays.on(date)).contains(new BankHoliday(date, name));
    }

    @ParameterizedTest(name = "{0} is not a bank holiday")
    @CsvSource({
        "2024-01-02", // the day after New Year
        "2024-03-31", // Easter Sunday is not itself a bank holiday
        "2024-05-13", // second Monday of May
        "2025-05-01", // 1 May is not the holiday unless it is the first Monday
        "2026-12-26", // Boxing Day on a Saturday: the day off is Monday 28th
        "2026-12-24", // Christmas Eve
        "2027-12-25", // Christmas on a Saturday: the day off is Monday 27th
        "2027-12-31", // New Year's Eve
        "2028-01-01", // New Year's Day on a Saturday: the day off is Monday 3rd
        "2029-04-01", // Easter Sunday
        "2030-08-05", // first Monday of August is Scotland's, not England's
    })
    void ordinaryDayIsNotABankHoliday(LocalDate date) {
        assertThat(holidays.isBankHoliday(date)).isFalse();
        assertThat(holidays.on(date)).isEmpty();
    }

    @Test
    void coversEveryYearFrom2024To2030WithEightBankHolidaysEach() {
        assertThat(holidays.firstYear()).isEqualTo(2024);
        assertThat(holidays.lastYear()).isEqualTo(2030);
        assertThat(holidays.all()).hasSize(56);
        assertThat(holidays.all().stream().collect(Collectors.groupingBy(h -> h.date().getYear(), Collectors.counting())))
                .containsOnlyKeys(2024, 2025, 2026, 2027, 2028, 2029, 2030)
                .allSatisfy((year, count) -> assertThat(count).as("holidays in %s", year).isEqualTo(8));
    }

    @Test
    void noBankHolidayFallsOnAWeekendBecauseSubstituteDaysAreListedInstead() {
        assertThat(holidays.all())
                .allSatisfy(h -> assertThat(h.date().getDayOfWeek().getValue()).as(h.toString()).isLessThanOrEqualTo(5));
    }

    @Test
    void goodFridayAndEasterMondayFrameEachYearsEasterSunday() {
        List<LocalDate> easterSundays =
                List.of(
                        LocalDate.of(2024, 3, 31),
                        LocalDate.of(2025, 4, 20),
                        LocalDate.of(2026, 4, 5),
                        LocalDate.of(2027, 3, 28),
                        LocalDate.of(2028, 4, 16),
                        LocalDate.of(2029, 4, 1),
                        LocalDate.of(2030, 4, 21));
        for (LocalDate easter : easterSundays) {
            assertThat(holidays.on(easter.minusDays(2))).map(BankHoliday::name).contains("Good Friday");
            assertThat(holidays.on(easter.plusDays(1))).map(BankHoliday::name).contains("Easter Monday");
        }
    }

    @ParameterizedTest(name = "{0} is outside the calendar")
    @CsvSource({"2023-12-29", "2031-01-02"})
    void dateOutsideTheCoveredYearsIsRefusedWithAMessageSayingHowToFixIt(LocalDate date) {
        assertThatThrownBy(() -> holidays.isBankHoliday(date))
                .isInstanceOf(CalendarNotCoveredException.class)
                .hasMessageStartingWith(
                        "England and Wales bank holidays are known for 2024–2030 only; "
                                + date
                                + " is outside that. Add the year's bank holidays to core/src/main/resources/uk/lscb/casereview/core/deadlines/bank-holidays-england-and-wales.csv")
                .satisfies(
                        e -> {
                            CalendarNotCoveredException notCovered = (CalendarNotCoveredException) e;
                            assertThat(notCovered.date()).isEqualTo(date);
                            assertThat(notCovered.firstYear()).isEqualTo(2024);
                            assertThat(notCovered.lastYear()).isEqualTo(2030);
                        });
    }

    @Test
    void coversIsTheOneQuestionThatNeverThrows() {
        assertThat(holidays.covers(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(holidays.covers(LocalDate.of(2030, 12, 31))).isTrue();
        assertThat(holidays.covers(LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(holidays.covers(LocalDate.of(2031, 1, 1))).isFalse();
    }

    @Test
    void calendarWithAMissingYearInTheMiddleIsRejected() {
        assertThatThrownBy(
                        () ->
                                BankHolidays.of(
                                        "Test",
                                        "the test",
                                        List.of(
                                                new BankHoliday(LocalDate.of(2024, 1, 1), "New Year's Day"),
                                                new BankHoliday(LocalDate.of(2026, 1, 1), "New Year's Day"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no bank holidays listed for 2025");
    }
}
