package uk.lscb.casereview.core.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BankHolidaysTest {

    /**
     * Every England and Wales bank holiday 2010–2030: 2010–2026 as GOV.UK published them (one-off days and
     * moved days included), 2027–2030 as the rules give them.
     */
    private static final String EXPECTED =
            """
            2010-01-01,New Year's Day
            2010-04-02,Good Friday
            2010-04-05,Easter Monday
            2010-05-03,Early May bank holiday
            2010-05-31,Spring bank holiday
            2010-08-30,Summer bank holiday
            2010-12-27,Christmas Day (substitute day)
            2010-12-28,Boxing Day (substitute day)
            2011-01-03,New Year's Day (substitute day)
            2011-04-22,Good Friday
            2011-04-25,Easter Monday
            2011-04-29,Royal wedding
            2011-05-02,Early May bank holiday
            2011-05-30,Spring bank holiday
            2011-08-29,Summer bank holiday
            2011-12-26,Boxing Day
            2011-12-27,Christmas Day (substitute day)
            2012-01-02,New Year's Day (substitute day)
            2012-04-06,Good Friday
            2012-04-09,Easter Monday
            2012-05-07,Early May bank holiday
            2012-06-04,Spring bank holiday
            2012-06-05,Queen's Diamond Jubilee
            2012-08-27,Summer bank holiday
            2012-12-25,Christmas Day
            2012-12-26,Boxing Day
            2013-01-01,New Year's Day
            2013-03-29,Good Friday
            2013-04-01,Easter Monday
            2013-05-06,Early May bank holiday
            2013-05-27,Spring bank holiday
            2013-08-26,Summer bank holiday
            2013-12-25,Christmas Day
            2013-12-26,Boxing Day
            2014-01-01,New Year's Day
            2014-04-18,Good Friday
            2014-04-21,Easter Monday
            2014-05-05,Early May bank holiday
            2014-05-26,Spring bank holiday
            2014-08-25,Summer bank holiday
            2014-12-25,Christmas Day
            2014-12-26,Boxing Day
            2015-01-01,New Year's Day
            2015-04-03,Good Friday
            2015-04-06,Easter Monday
            2015-05-04,Early May bank holiday
            2015-05-25,Spring bank holiday
            2015-08-31,Summer bank holiday
            2015-12-25,Christmas Day
            2015-12-28,Boxing Day (substitute day)
            2016-01-01,New Year's Day
            2016-03-25,Good Friday
            2016-03-28,Easter Monday
            2016-05-02,Early May bank holiday
            2016-05-30,Spring bank holiday
            2016-08-29,Summer bank holiday
            2016-12-26,Boxing Day
            2016-12-27,Christmas Day (substitute day)
            2017-01-02,New Year's Day (substitute day)
            2017-04-14,Good Friday
            2017-04-17,Easter Monday
            2017-05-01,Early May bank holiday
            2017-05-29,Spring bank holiday
            2017-08-28,Summer bank holiday
            2017-12-25,Christmas Day
            2017-12-26,Boxing Day
            2018-01-01,New Year's Day
            2018-03-30,Good Friday
            2018-04-02,Easter Monday
            2018-05-07,Early May bank holiday
            2018-05-28,Spring bank holiday
            2018-08-27,Summer bank holiday
            2018-12-25,Christmas Day
            2018-12-26,Boxing Day
            2019-01-01,New Year's Day
            2019-04-19,Good Friday
            2019-04-22,Easter Monday
            2019-05-06,Early May bank holiday
            2019-05-27,Spring bank holiday
            2019-08-26,Summer bank holiday
            2019-12-25,Christmas Day
            2019-12-26,Boxing Day
            2020-01-01,New Year's Day
            2020-04-10,Good Friday
            2020-04-13,Easter Monday
            2020-05-08,Early May bank holiday (VE day)
            2020-05-25,Spring bank holiday
            2020-08-31,Summer bank holiday
            2020-12-25,Christmas Day
            2020-12-28,Boxing Day (substitute day)
            2021-01-01,New Year's Day
            2021-04-02,Good Friday
            2021-04-05,Easter Monday
            2021-05-03,Early May bank holiday
            2021-05-31,Spring bank holiday
            2021-08-30,Summer bank holiday
            2021-12-27,Christmas Day (substitute day)
            2021-12-28,Boxing Day (substitute day)
            2022-01-03,New Year's Day (substitute day)
            2022-04-15,Good Friday
            2022-04-18,Easter Monday
            2022-05-02,Early May bank holiday
            2022-06-02,Spring bank holiday
            2022-06-03,Platinum Jubilee bank holiday
            2022-08-29,Summer bank holiday
            2022-09-19,Bank Holiday for the State Funeral of Queen Elizabeth II
            2022-12-26,Boxing Day
            2022-12-27,Christmas Day (substitute day)
            2023-01-02,New Year's Day (substitute day)
            2023-04-07,Good Friday
            2023-04-10,Easter Monday
            2023-05-01,Early May bank holiday
            2023-05-08,Bank holiday for the coronation of King Charles III
            2023-05-29,Spring bank holiday
            2023-08-28,Summer bank holiday
            2023-12-25,Christmas Day
            2023-12-26,Boxing Day
            2024-01-01,New Year's Day
            2024-03-29,Good Friday
            2024-04-01,Easter Monday
            2024-05-06,Early May bank holiday
            2024-05-27,Spring bank holiday
            2024-08-26,Summer bank holiday
            2024-12-25,Christmas Day
            2024-12-26,Boxing Day
            2025-01-01,New Year's Day
            2025-04-18,Good Friday
            2025-04-21,Easter Monday
            2025-05-05,Early May bank holiday
            2025-05-26,Spring bank holiday
            2025-08-25,Summer bank holiday
            2025-12-25,Christmas Day
            2025-12-26,Boxing Day
            2026-01-01,New Year's Day
            2026-04-03,Good Friday
            2026-04-06,Easter Monday
            2026-05-04,Early May bank holiday
            2026-05-25,Spring bank holiday
            2026-08-31,Summer bank holiday
            2026-12-25,Christmas Day
            2026-12-28,Boxing Day (substitute day)
            2027-01-01,New Year's Day
            2027-03-26,Good Friday
            2027-03-29,Easter Monday
            2027-05-03,Early May bank holiday
            2027-05-31,Spring bank holiday
            2027-08-30,Summer bank holiday
            2027-12-27,Christmas Day (substitute day)
            2027-12-28,Boxing Day (substitute day)
            2028-01-03,New Year's Day (substitute day)
            2028-04-14,Good Friday
            2028-04-17,Easter Monday
            2028-05-01,Early May bank holiday
            2028-05-29,Spring bank holiday
            2028-08-28,Summer bank holiday
            2028-12-25,Christmas Day
            2028-12-26,Boxing Day
            2029-01-01,New Year's Day
            2029-03-30,Good Friday
            2029-04-02,Easter Monday
            2029-05-07,Early May bank holiday
            2029-05-28,Spring bank holiday
            2029-08-27,Summer bank holiday
            2029-12-25,Christmas Day
            2029-12-26,Boxing Day
            2030-01-01,New Year's Day
            2030-04-19,Good Friday
            2030-04-22,Easter Monday
            2030-05-06,Early May bank holiday
            2030-05-27,Spring bank holiday
            2030-08-26,Summer bank holiday
            2030-12-25,Christmas Day
            2030-12-26,Boxing Day
            """;

    /**
     * The official days the rules cannot know (proclaimed one-offs and moved days), and the rule days that
     * were moved away in those years. Every other official day 2010–2026 is one the rules give.
     */
    private static final Map<Integer, List<String>> ONE_OFFS =
            Map.of(
                    2011, List.of("+2011-04-29,Royal wedding"),
                    2012, List.of("-2012-05-28,Spring bank holiday", "+2012-06-04,Spring bank holiday",
                            "+2012-06-05,Queen's Diamond Jubilee"),
                    2020, List.of("-2020-05-04,Early May bank holiday", "+2020-05-08,Early May bank holiday (VE day)"),
                    2022, List.of("-2022-05-30,Spring bank holiday", "+2022-06-02,Spring bank holiday",
                            "+2022-06-03,Platinum Jubilee bank holiday",
                            "+2022-09-19,Bank Holiday for the State Funeral of Queen Elizabeth II"),
                    2023, List.of("+2023-05-08,Bank holiday for the coronation of King Charles III"));

    private final BankHolidays holidays = BankHolidays.englandAndWales();

    private static Map<Integer, List<BankHoliday>> expectedByYear() {
        Map<Integer, List<BankHoliday>> byYear = new TreeMap<>();
        EXPECTED.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            BankHoliday holiday = parse(line);
            byYear.computeIfAbsent(holiday.date().getYear(), year -> new ArrayList<>()).add(holiday);
        });
        return byYear;
    }

    private static BankHoliday parse(String line) {
        int comma = line.indexOf(',');
        return new BankHoliday(LocalDate.parse(line.substring(0, comma)), line.substring(comma + 1));
    }

    static IntStream years2010To2030() {
        return IntStream.rangeClosed(2010, 2030);
    }

    static IntStream officialYears() {
        return IntStream.rangeClosed(2010, 2026);
    }

    @ParameterizedTest(name = "{0}: the calendar gives exactly the expected days")
    @MethodSource("years2010To2030")
    void eachYearFrom2010To2030IsTheOfficialList(int year) {
        List<BankHoliday> expected = expectedByYear().get(year);
        assertThat(holidays.inYear(year)).containsExactlyElementsOf(expected);
        for (BankHoliday holiday : expected) {
            assertThat(holidays.isBankHoliday(holiday.date())).isTrue();
            assertThat(holidays.on(holiday.date())).contains(holiday);
        }
    }

    @ParameterizedTest(name = "{0}: the rules give the official list apart from its one-off days")
    @MethodSource("officialYears")
    void theRulesReproduceEveryOfficialYearExceptItsOneOffDays(int year) {
        Set<BankHoliday> official = Set.copyOf(expectedByYear().get(year));
        Set<BankHoliday> computed = Set.copyOf(BankHolidayRules.englandAndWales(year));
        List<String> oneOffs = ONE_OFFS.getOrDefault(year, List.of());

        assertThat(official.stream().filter(h -> !computed.contains(h)).map(h -> "+" + h.date() + "," + h.name()))
                .as("official days the rules do not give").containsExactlyInAnyOrderElementsOf(
                        oneOffs.stream().filter(s -> s.startsWith("+")).toList());
        assertThat(computed.stream().filter(h -> !official.contains(h)).map(h -> "-" + h.date() + "," + h.name()))
                .as("rule days that were moved away").containsExactlyInAnyOrderElementsOf(
                        oneOffs.stream().filter(s -> s.startsWith("-")).toList());
    }

    @ParameterizedTest(name = "Easter Sunday {0}")
    @CsvSource({
        "2008-03-23", "2010-04-04", "2011-04-24", "2012-04-08", "2013-03-31", "2014-04-20", "2015-04-05",
        "2016-03-27", "2017-04-16", "2018-04-01", "2019-04-21", "2020-04-12", "2021-04-04", "2022-04-17",
        "2023-04-09", "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01",
        "2030-04-21",
        "1818-03-22", // the earliest possible date
        "2285-03-22",
        "1943-04-25", // the latest possible date
        "2038-04-25",
        "2000-04-23",
    })
    void easterSundayFollowsTheGregorianComputus(LocalDate easter) {
        assertThat(BankHolidayRules.easterSunday(easter.getYear())).isEqualTo(easter);
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @ParameterizedTest(name = "{0} is not a bank holiday")
    @CsvSource({
        "2024-01-02", // the day after New Year
        "2024-03-31", // Easter Sunday is not itself a bank holiday
        "2024-05-13", // second Monday of May
        "2025-05-01", // 1 May is not the holiday unless it is the first Monday
        "2026-12-26", // Boxing Day on a Saturday: the day off is Monday 28th
        "2027-12-25", // Christmas on a Saturday: the day off is Monday 27th
        "2028-01-01", // New Year's Day on a Saturday: the day off is Monday 3rd
        "2030-08-05", // first Monday of August is Scotland's, not England's
        "2012-05-28", // the last Monday of May 2012: the spring holiday was moved to 4 June
        "2020-05-04", // the first Monday of May 2020: moved to VE day, Friday 8 May
        "2022-05-30", // the last Monday of May 2022: moved to 2 June
    })
    void ordinaryDayIsNotABankHoliday(LocalDate date) {
        assertThat(holidays.isBankHoliday(date)).isFalse();
        assertThat(holidays.on(date)).isEmpty();
    }

    @Test
    void listsEveryYearFrom2010To2026AndWorksOutEveryLaterYearByTheRules() {
        assertThat(holidays.firstYear()).isEqualTo(2010);
        assertThat(holidays.lastListedYear()).isEqualTo(2026);
        assertThat(holidays.all().stream().collect(Collectors.groupingBy(h -> h.date().getYear(), Collectors.counting())))
                .containsOnlyKeys(officialYears().boxed().toList());
        assertThat(holidays.covers(LocalDate.of(2010, 1, 1))).isTrue();
        assertThat(holidays.covers(LocalDate.of(2040, 6, 1))).isTrue();
        assertThat(holidays.covers(LocalDate.of(2100, 12, 31))).isTrue();
        assertThat(holidays.inYear(2040)).hasSize(8);
    }

    @Test
    void noBankHolidayFallsOnAWeekendBecauseSubstituteDaysAreGivenInstead() {
        for (int year = 2010; year <= 2080; year++) {
            assertThat(holidays.inYear(year))
                    .allSatisfy(h -> assertThat(h.date().getDayOfWeek().getValue()).as(h.toString()).isLessThanOrEqualTo(5));
        }
    }

    @ParameterizedTest(name = "{0} is outside the calendar")
    @CsvSource({"2009-12-31", "1999-06-01"})
    void dateBeforeTheFirstListedYearIsRefusedWithAMessageSayingHowToFixIt(LocalDate date) {
        assertThat(holidays.covers(date)).isFalse();
        assertThatThrownBy(() -> holidays.isBankHoliday(date))
                .isInstanceOf(CalendarNotCoveredException.class)
                .hasMessageStartingWith(
                        "England and Wales bank holidays are known from 2010 on (listed to 2026, worked out by the "
                                + "rules after); " + date + " is outside that. Add the year's bank holidays to "
                                + "core/src/main/resources/uk/lscb/casereview/core/deadlines/bank-holidays-england-and-wales.csv")
                .satisfies(e -> assertThat(((CalendarNotCoveredException) e).date()).isEqualTo(date));
    }

    @Test
    void aCalendarOfListedYearsOnlyCoversThoseYears() {
        BankHolidays listed = BankHolidays.of("Test", "the test",
                List.of(new BankHoliday(LocalDate.of(2024, 1, 1), "New Year's Day"),
                        new BankHoliday(LocalDate.of(2025, 1, 1), "New Year's Day")));

        assertThat(listed.covers(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(listed.covers(LocalDate.of(2026, 1, 1))).isFalse();
        assertThatThrownBy(() -> listed.on(LocalDate.of(2026, 1, 1)))
                .isInstanceOf(CalendarNotCoveredException.class)
                .hasMessageStartingWith("Test bank holidays are known for 2024–2025 only; 2026-01-01 is outside that.");
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
