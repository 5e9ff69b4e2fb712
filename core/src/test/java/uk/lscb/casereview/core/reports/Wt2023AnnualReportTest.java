package uk.lscb.casereview.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.cases.CaseSummary;
import uk.lscb.casereview.core.deadlines.DeadlineKind;

/**
 * A partnership on rule pack wt2023: its annual report (2026-27, drawn up on 15 April 2027) counts the timeliness of
 * the serious incident notifications (5 working days), rapid reviews (15 working days) and local reviews' publication
 * (6 months from initiation) due in the year, with the figures worked out by hand beside each case of {@link ScriptedWt2023Year}. A deadline
 * is done on the day it was recorded; one not done is late by the days from its due date to 15 April 2027.
 */
class Wt2023AnnualReportTest {
    @Test
    void thePartnershipsReportCountsItsNotificationsRapidReviewsAndPublicationsAsWorkedOutByHand() {
        AnnualReport report = AnnualReport.of(ScriptedWt2023Year.STOKE, new ReportingYear(2026),
                ScriptedWt2023Year.scriptedYear().stream().map(CaseSummary::of).toList(), List.of(), List.of(), ScriptedYear.AS_OF);

        assertThat(report.timeliness().get(DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION)).as("P and T on time; Q 2 and "
                + "R 29 days late").isEqualTo(new AnnualReport.Timeliness(2, 2, 0, Optional.of(15.5)));
        assertThat(report.timeliness().get(DeadlineKind.RAPID_REVIEW)).as("Q on time; T 6 and P 197 days late; R's "
                + "is due after the year").isEqualTo(new AnnualReport.Timeliness(1, 2, 0, Optional.of(101.5)));
        assertThat(report.timeliness().get(DeadlineKind.LOCAL_REVIEW_PUBLICATION)).as("T on time; P 18 and Q 20 days "
                + "late").isEqualTo(new AnnualReport.Timeliness(1, 2, 0, Optional.of(19.0)));
        assertThat(report.timed()).containsSubsequence(DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION,
                DeadlineKind.RAPID_REVIEW, DeadlineKind.LOCAL_REVIEW_PUBLICATION);
    }

    @Test
    void aBoardOnTheFrameworkWithNoWt2023DeadlinesDueIsNotShownThem() {
        AnnualReport report = AnnualReport.of(ScriptedYear.STAFFORDSHIRE, new ReportingYear(2026), List.of(), List.of(),
                List.of(), ScriptedYear.AS_OF);

        assertThat(report.timed()).containsExactly(DeadlineKind.CHAIR_DECISION,
                DeadlineKind.NATIONAL_PANEL_NOTIFICATION, DeadlineKind.AGENCY_INFORMATION, DeadlineKind.SCR_COMPLETION,
                DeadlineKind.NATIONAL_PANEL_REPORT_COPY);
    }
}
