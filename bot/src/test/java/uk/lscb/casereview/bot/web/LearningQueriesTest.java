package uk.lscb.casereview.bot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The learning log's {@code from} and {@code to} read a date as every other date field does (day first, UK style,
 * ISO still), or a year; anything else is refused naming the field.
 */
class LearningQueriesTest {
    static final LocalDate TODAY = LocalDate.parse("2027-04-15");

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "01/04/2026      | from | 2026-04-01",
        "1/4/2026        | from | 2026-04-01",
        "1 April 2026    | from | 2026-04-01",
        "1st April 2026  | from | 2026-04-01",
        "1 Apr 2026      | from | 2026-04-01",
        "2026-04-01      | from | 2026-04-01",
        "' 2026-04-01 '  | from | 2026-04-01",
        "31.03.27        | to   | 2027-03-31",
        "31 March 2027   | to   | 2027-03-31",
        "2026            | from | 2026-01-01",
        "2026            | to   | 2026-12-31",
        "today           | to   | 2027-04-15",
        "1 April         | from | 2027-04-01"})
    void aDateIsReadAsEveryDateFieldReadsOneOrAYear(String typed, String field, LocalDate day) {
        assertThat(LearningQueries.day(typed, field, field.equals("from"), TODAY)).hasValue(day);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"last spring", "31/02/2026", "2026-13-01", "32 March 2026", "April",
        "26", "01/04"})
    void anythingElseIsRefusedNamingTheField(String typed) {
        assertThatThrownBy(() -> LearningQueries.day(typed, "from", true, TODAY)).isInstanceOf(ApiException.class)
                .hasMessage("'from' is a date (2026-04-01, 01/04/2026 or 1 April 2026) or a year.")
                .satisfies(refused -> assertThat(((ApiException) refused).body()).containsEntry("field", "from"));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {"''", "'   '"})
    void nothingTypedIsNoLimit(String typed) {
        assertThat(LearningQueries.day(typed, "to", false, TODAY)).isEmpty();
    }
}
