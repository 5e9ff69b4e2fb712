package uk.lscb.casereview.core.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A due date is after today and at most two years ahead, or refused saying why. */
class DueDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "accepted", textBlock = """
            2026-11-27 | The due date must be after today.
            2026-11-28 | The due date must be after today.
            2026-11-29 | accepted
            2027-11-28 | accepted
            2028-11-28 | accepted
            2028-11-29 | The due date must be no later than 28 November 2028, two years from today.
            2999-12-31 | The due date must be no later than 28 November 2028, two years from today.
            9999-12-31 | The due date must be no later than 28 November 2028, two years from today.
            """)
    void aDueDateIsAfterTodayAndAtMostTwoYearsAhead(LocalDate due, String refusal) {
        assertThat(DueDates.refusal(due, TODAY).orElse(null)).isEqualTo(refusal);
    }
}
