package uk.lscb.casereview.core.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as people in England type them: day first, relative to a fixed today. */
class UkDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "today               | 2026-11-28",
                "Today               | 2026-11-28",
                "' TODAY. '          | 2026-11-28",
                "yesterday           | 2026-11-27",
                "Yesterday!          | 2026-11-27",
                "28/11/2026          | 2026-11-28",
                "28-11-2026          | 2026-11-28",
                "28.11.2026          | 2026-11-28",
                "28 / 11 / 2026      | 2026-11-28",
                "28/11/26            | 2026-11-28",
                "3/11/2026           | 2026-11-03",
                "03/11/2026          | 2026-11-03",
                "1/2/2026            | 2026-02-01", // day first: 1 February, not 2 January
                "28 Nov 2026         | 2026-11-28",
                "28 nov 2026         | 2026-11-28",
                "28 November 2026    | 2026-11-28",
                "28th November 2026  | 2026-11-28",
                "3 Nov 2026          | 2026-11-03",
                "3rd November 2026   | 2026-11-03",
                "1st Nov 2026        | 2026-11-01",
                "2nd Nov 2026        | 2026-11-02",
                "21st November 2026  | 2026-11-21",
                "28 of November 2026 | 2026-11-28",
                "3 Sept 2026         | 2026-09-03",
                "Nov 28 2026         | 2026-11-28",
                "'November 28, 2026' | 2026-11-28",
                "2026-11-28          | 2026-11-28",
                "2026-1-5            | 2026-01-05",
                "3 Nov               | 2026-11-03", // no year: this year's, not after today
                "28 Nov              | 2026-11-28",
                "29 Nov              | 2025-11-29", // no year, would be after today: last year's
                "25 Dec              | 2025-12-25",
                "1 Jan 2027          | 2027-01-01", // parsing does not refuse the future; the conversation does
            })
    void readsDayFirstDates(String typed, LocalDate expected) {
        assertThat(UkDates.parse(typed, TODAY)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "tomorrow",
                "last week",
                "31/02/2026",
                "11/28/2026", // month first is not read as 28 November
                "32 Nov 2026",
                "0/11/2026",
                "28 Foo 2026",
                "2026-13-01",
                "28/11",
                "28112026",
                "hello",
                "28 November 2026 and some more words after it",
            })
    void refusesWhatIsNotADate(String typed) {
        assertThat(UkDates.parse(typed, TODAY)).isEmpty();
    }

    /** A day its month does not have, in any form a date is typed in, is said not to be a date, and why. */
    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
        "31/02/2027          | 31 February 2027 is not a date (February 2027 has 28 days).",
        "30/02/2027          | 30 February 2027 is not a date (February 2027 has 28 days).",
        "29/02/2027          | 29 February 2027 is not a date (February 2027 has 28 days).",
        "29-02-27            | 29 February 2027 is not a date (February 2027 has 28 days).",
        "30.02.2028          | 30 February 2028 is not a date (February 2028 has 29 days).",
        "31/04/2027          | 31 April 2027 is not a date (April has 30 days).",
        "31/06/2027          | 31 June 2027 is not a date (June has 30 days).",
        "31/09/2027          | 31 September 2027 is not a date (September has 30 days).",
        "31/11/2026          | 31 November 2026 is not a date (November has 30 days).",
        "2027-02-29          | 29 February 2027 is not a date (February 2027 has 28 days).",
        "2027-4-31           | 31 April 2027 is not a date (April has 30 days).",
        "31 Feb 2027         | 31 February 2027 is not a date (February 2027 has 28 days).",
        "31st April 2027     | 31 April 2027 is not a date (April has 30 days).",
        "'February 30, 2027' | 30 February 2027 is not a date (February 2027 has 28 days).",
        "30 Feb              | 30 February is not a date (February never has more than 29 days).",
        "31 sept             | 31 September is not a date (September never has more than 30 days).",
    })
    void aDayItsMonthDoesNotHaveIsSaidNotToBeADate(String typed, String why) {
        assertThat(UkDates.parse(typed, TODAY)).isEmpty();
        assertThat(UkDates.impossible(typed)).contains(why);
    }

    @ParameterizedTest(name = "\"{0}\" is not said to be an impossible date")
    @NullAndEmptySource
    @ValueSource(strings = {"28/02/2027", "29/02/2028", "30/04/2027", "29 Feb", "31/12/2026", "today", "32/01/2027",
        "0/02/2027", "31/13/2027", "31/00/2027", "31 Foo 2027", "hello", "31/02/2027 and more"})
    void aRealDateOrTextThatIsNoDateIsNotCalledImpossible(String typed) {
        assertThat(UkDates.impossible(typed)).isEmpty();
    }

    @Test
    void formatsLongUkDates() {
        assertThat(UkDates.format(LocalDate.of(2026, 11, 3))).isEqualTo("3 November 2026");
        assertThat(UkDates.format(LocalDate.of(2027, 1, 31))).isEqualTo("31 January 2027");
    }

    @Test
    void formattedDatesReadBack() {
        for (LocalDate date = LocalDate.of(2025, 1, 1); date.isBefore(LocalDate.of(2027, 1, 1));
                date = date.plusDays(1)) {
            assertThat(UkDates.parse(UkDates.format(date), TODAY)).as("%s", date).contains(date);
        }
    }

    @Test
    void leapDayWithoutAYearIsTheLatestOneNotAfterToday() {
        // The Javadoc: "a day and month without a year (the latest such date that is not after today)".
        assertThat(UkDates.parse("29 Feb", TODAY)).contains(LocalDate.of(2024, 2, 29));
    }
}
