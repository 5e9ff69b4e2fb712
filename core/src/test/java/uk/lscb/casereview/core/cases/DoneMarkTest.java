package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;

class DoneMarkTest {

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NATIONAL_PANEL_NOTIFICATION | 2026-12-10T09:30:00Z | Marked done by Pat Chair on 10 December 2026 at 09:30.
            NATIONAL_PANEL_NOTIFICATION | 2026-07-01T08:05:00Z | Marked done by Pat Chair on 1 July 2026 at 09:05.
            CHAIR_DECISION              | 2026-12-10T09:30:00Z | Done by Pat Chair on 10 December 2026 at 09:30.
            """)
    void theDoneLineSaysWhoAndWhenInLondonTimeAndWhetherAPersonMarkedIt(DeadlineKind kind, Instant at, String line) {
        assertThat(new DoneMark(new UserRef(Platform.SLACK, "U1", "Pat Chair"), at).line(kind)).isEqualTo(line);
    }
}
