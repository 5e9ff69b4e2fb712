package uk.lscb.casereview.core.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.deadlines.WorkingDays;

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

    /** A due date typed is read once for every form that takes one: no date, no day, too soon, or a working day. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            04/12/2026 | due 4 December 2026
            25/12/2026 | due 29 December 2026 (25 December 2026 is not a working day, so it is due on the next one)
            31/02/2027 | 31 February 2027 is not a date (February 2027 has 28 days).
            soon       | Type a date.
            27/11/2026 | The due date must be after today.
            """)
    void aDueDateTypedIsReadOnceByTheRule(String typed, String read) {
        DueDates.Read due = DueDates.read(typed, TODAY, WorkingDays.englandAndWales(), "Type a date.");

        assertThat(due instanceof DueDates.Due on ? "due " + UkDates.format(on.due()) + on.moved()
                : ((DueDates.Refused) due).why()).isEqualTo(read);
    }
}
