package uk.lscb.casereview.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseSummary;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.learning.LearningAction;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The annual report's figures for a scripted reporting year (2026-27, drawn up on 15 April 2027) equal the ones
 * worked out by hand beside each case below.
 */
class AnnualReportTest {
    static final Board STAFFORDSHIRE = ScriptedYear.STAFFORDSHIRE;
    static final LocalDate AS_OF = ScriptedYear.AS_OF;

    @Test
    void aScriptedYearsFiguresEqualTheOnesWorkedOutByHand() {
        List<CaseRecord> cases = ScriptedYear.scriptedYear();

        AnnualReport report = AnnualReport.of(STAFFORDSHIRE, new ReportingYear(2026), cases.stream().map(CaseSummary::of).toList(), ScriptedYear.requests(cases),
                ScriptedYear.learning(cases), AS_OF);

        assertThat(report.referrals()).as("A, B, C and D were notified in the year").isEqualTo(4);
        assertThat(report.decisions()).isEqualTo(Map.of(Outcome.SERIOUS_CASE_REVIEW, 1,
                Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW, 1, Outcome.NO_FURTHER_ACTION, 1));
        assertThat(report.decided()).isEqualTo(3);
        assertThat(report.decisionsByMonth().keySet()).first().isEqualTo(YearMonth.of(2026, 4));
        assertThat(report.decisionsByMonth().get(YearMonth.of(2026, 5))).isEqualTo(Map.of(Outcome.SERIOUS_CASE_REVIEW, 1));
        assertThat(report.decisionsByMonth().get(YearMonth.of(2026, 7)))
                .isEqualTo(Map.of(Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW, 1));
        assertThat(report.decisionsByMonth().get(YearMonth.of(2027, 3))).isEqualTo(Map.of(Outcome.NO_FURTHER_ACTION, 1));
        assertThat(report.decisionsByMonth().values().stream().mapToInt(month -> month.values().stream()
                .mapToInt(Integer::intValue).sum()).sum()).isEqualTo(3);

        assertThat(report.timeliness().get(DeadlineKind.CHAIR_DECISION))
                .isEqualTo(new AnnualReport.Timeliness(1, 2, 0, Optional.of(14.5)));
        assertThat(report.timeliness().get(DeadlineKind.NATIONAL_PANEL_NOTIFICATION))
                .isEqualTo(new AnnualReport.Timeliness(2, 1, 0, Optional.of(31.0)));
        assertThat(report.timeliness().get(DeadlineKind.SCR_COMPLETION))
                .isEqualTo(new AnnualReport.Timeliness(1, 1, 0, Optional.of(20.0)));
        assertThat(report.timeliness().get(DeadlineKind.NATIONAL_PANEL_REPORT_COPY))
                .isEqualTo(new AnnualReport.Timeliness(1, 0, 0, Optional.empty()));
        assertThat(report.timeliness().get(DeadlineKind.AGENCY_INFORMATION))
                .isEqualTo(new AnnualReport.Timeliness(0, 1, 0, Optional.of(4.0)));

        assertThat(report.scrsStarted()).as("A").isEqualTo(1);
        assertThat(report.scrsCompleted()).as("A and E").isEqualTo(2);
        assertThat(report.scrsPublished()).as("A").isEqualTo(1);
        assertThat(report.scrsNotPublished()).as("E").isEqualTo(1);

        LearningSummary learning = report.learning();
        assertThat(learning.belowThreshold()).singleElement().satisfies(review -> {
            assertThat(review.reference().value()).isEqualTo("SCR-B-2");
            assertThat(review.findings()).extracting(finding -> finding.title())
                    .containsExactly("Information was not shared", "The school listened");
        });
        assertThat(learning.themes()).containsExactly(Map.entry("information sharing", 2),
                Map.entry("risk assessment", 1), Map.entry("voice of the child", 1));
        assertThat(learning.actionsCompleted()).as("B's action 1").isEqualTo(1);
        assertThat(learning.actionsOverdue()).as("B's action 2").isEqualTo(1);
        assertThat(learning.actionsByStatus().counts()).as("A's not started, B's 1 done, B's 2 overdue").isEqualTo(Map.of(
                LearningAction.Status.NOT_STARTED, 1, LearningAction.Status.IN_PROGRESS, 0,
                LearningAction.Status.DONE, 1, LearningAction.Status.OVERDUE, 1));
    }

    @Test
    void aDeadlineNotYetDueIsOpenNotLate() {
        List<CaseRecord> cases = List.of(ScriptedYear.referred("SCR-G-7", "2027-02-01", STAFFORDSHIRE.id()));

        AnnualReport report = AnnualReport.of(STAFFORDSHIRE, new ReportingYear(2026), cases.stream().map(CaseSummary::of).toList(), List.of(), List.of(),
                LocalDate.parse("2027-02-20"));

        assertThat(report.timeliness().get(DeadlineKind.CHAIR_DECISION))
                .isEqualTo(new AnnualReport.Timeliness(0, 0, 1, Optional.empty()));
    }
}
