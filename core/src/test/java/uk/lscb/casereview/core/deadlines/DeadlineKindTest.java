package uk.lscb.casereview.core.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import uk.lscb.casereview.core.Seed;

class DeadlineKindTest {

    @ParameterizedTest(name = "{0} from {1} is due {2}")
    @CsvSource({
        "CHAIR_DECISION, 2026-01-31, 2026-02-28", // clamps to the end of February
        "CHAIR_DECISION, 2028-01-31, 2028-02-29", // leap year
        "CHAIR_DECISION, 2026-11-30, 2026-12-30",
        "CHAIR_DECISION, 2026-12-15, 2027-01-15", // across the year end
        "CHAIR_DECISION, 2026-03-31, 2026-04-30",
        "NATIONAL_PANEL_NOTIFICATION, 2026-04-01, 2026-04-15",
        "NATIONAL_PANEL_NOTIFICATION, 2026-12-20, 2027-01-03", // calendar days, holidays and all
        "SCR_COMPLETION, 2027-08-31, 2028-02-29",
        "SCR_COMPLETION, 2026-08-31, 2027-02-28",
        "SCR_COMPLETION, 2026-05-15, 2026-11-15",
        "NATIONAL_PANEL_REPORT_COPY, 2026-06-05, 2026-05-29", // a week before publication
        "NATIONAL_PANEL_REPORT_COPY, 2027-03-03, 2027-02-24",
        "PUBLICATION_MINIMUM, 2028-02-29, 2029-02-28", // leap day + 12 months
        "PUBLICATION_MINIMUM, 2026-07-01, 2027-07-01",
        "AGENCY_INFORMATION, 2026-12-18, 2026-12-18", // the due date set when asking
    })
    void dueDateIsTheStartPlusTheLengthClampedToTheMonthEnd(
            DeadlineKind kind, LocalDate start, LocalDate due) {
        assertThat(kind.dueDate(start)).isEqualTo(due);
    }

    @Test
    void oneMonthLaterIsTheSameDayNextMonthOrItsLastDayForEveryDayOf2024To2030() {
        for (LocalDate start = LocalDate.of(2024, 1, 1);
                !start.isAfter(LocalDate.of(2030, 12, 31));
                start = start.plusDays(1)) {
            LocalDate due = DeadlineKind.CHAIR_DECISION.dueDate(start);
            YearMonth nextMonth = YearMonth.from(start).plusMonths(1);
            assertThat(YearMonth.from(due)).as("month of due date for %s", start).isEqualTo(nextMonth);
            assertThat(due.getDayOfMonth())
                    .as("day of due date for %s", start)
                    .isEqualTo(Math.min(start.getDayOfMonth(), nextMonth.lengthOfMonth()));
            assertThat(due).as("due date for %s", start).isAfter(start);
        }
    }

    @Test
    void startInstantCountsByItsLondonDate() {
        // 23:30 UTC on 31 March 2026 is 00:30 BST on 1 April in London.
        Instant decidedAt = Instant.parse("2026-03-31T23:30:00Z");
        assertThat(London.dateOf(decidedAt)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(DeadlineKind.NATIONAL_PANEL_NOTIFICATION.dueDate(decidedAt))
                .isEqualTo(LocalDate.of(2026, 4, 15));
        // In winter London is on UTC: 23:30 UTC on 31 December is still 31 December.
        assertThat(London.dateOf(Instant.parse("2026-12-31T23:30:00Z")))
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void whoIsRemindedAndWhichKindsGoOverdue() {
        assertThat(DeadlineKind.CHAIR_DECISION.audience())
                .containsExactly(Audience.PANEL_CHANNEL, Audience.CHAIR);
        assertThat(DeadlineKind.NATIONAL_PANEL_NOTIFICATION.audience()).containsExactly(Audience.PANEL_CHANNEL);
        assertThat(DeadlineKind.SCR_COMPLETION.audience())
                .containsExactly(Audience.PANEL_CHANNEL, Audience.CHAIR);
        assertThat(DeadlineKind.NATIONAL_PANEL_REPORT_COPY.audience()).containsExactly(Audience.PANEL_CHANNEL);
        assertThat(DeadlineKind.PUBLICATION_MINIMUM.audience()).containsExactly(Audience.PANEL_CHANNEL);
        assertThat(DeadlineKind.AGENCY_INFORMATION.audience()).containsExactly(Audience.PANEL_CHANNEL);
        assertThat(EnumSet.allOf(DeadlineKind.class))
                .filteredOn(kind -> kind.declaringPack().isEmpty())
                .filteredOn(DeadlineKind::hasOverdueSeries)
                .containsExactlyInAnyOrder(
                        DeadlineKind.CHAIR_DECISION,
                        DeadlineKind.NATIONAL_PANEL_NOTIFICATION,
                        DeadlineKind.SCR_COMPLETION,
                        DeadlineKind.NATIONAL_PANEL_REPORT_COPY,
                        DeadlineKind.AGENCY_INFORMATION);
    }

    @Test
    void clocksStartAtTheFrameworksEvents() {
        assertThat(DeadlineKind.CHAIR_DECISION.clockStart()).isEqualTo(ClockStart.NOTIFIED);
        assertThat(DeadlineKind.NATIONAL_PANEL_NOTIFICATION.clockStart()).isEqualTo(ClockStart.CHAIR_DECIDED);
        assertThat(DeadlineKind.SCR_COMPLETION.clockStart()).isEqualTo(ClockStart.SCR_COMMENCEMENT_AGREED);
        assertThat(DeadlineKind.NATIONAL_PANEL_REPORT_COPY.clockStart()).isEqualTo(ClockStart.PUBLICATION_PLANNED);
        assertThat(DeadlineKind.PUBLICATION_MINIMUM.clockStart()).isEqualTo(ClockStart.PUBLISHED);
        assertThat(DeadlineKind.AGENCY_INFORMATION.clockStart()).isEqualTo(ClockStart.AGENCY_DUE_DATE_SET);
    }

    @ParameterizedTest
    @EnumSource(value = DeadlineKind.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"SERIOUS_INCIDENT_NOTIFICATION", "RAPID_REVIEW", "LOCAL_REVIEW_PUBLICATION"})
    void citationIsQuotedWordForWordFromTheFramework(DeadlineKind kind) {
        String framework = Seed.frameworkCollapsed();
        assertThat(framework).as("the framework text").contains(kind.citation());
        assertThat(framework).as("the section heading").contains(kind.section());
    }
}
