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
