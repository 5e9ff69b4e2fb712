package uk.lscb.casereview.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.core.reports.ScriptedYear.STAFFORDSHIRE;
import static uk.lscb.casereview.core.reports.ScriptedYear.apply;
import static uk.lscb.casereview.core.reports.ScriptedYear.decide;
import static uk.lscb.casereview.core.reports.ScriptedYear.referred;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.CaseSummary;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.requests.AgencyRequest;
import uk.lscb.casereview.core.rules.Outcome;

/** The dashboard's view of a board: open cases by stage, what is overdue and what is due this week. */
class BoardOverviewTest {
    /** Wednesday 2 December 2026, 10:00 London. */
    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @ParameterizedTest(name = "notified {0}: the decision, due {1}, is {2}")
    @CsvSource({
            // due today: this week, not overdue
            "2026-11-02, 2026-12-02, due",
            // due in 6 days: the last day of this week
            "2026-11-08, 2026-12-08, due",
            // due in 7 days: next week
            "2026-11-09, 2026-12-09, later",
            // due yesterday: 1 day overdue
            "2026-11-01, 2026-12-01, overdue",
            // 31 October + 1 month clamps to 30 November: 2 days overdue
            "2026-10-31, 2026-11-30, overdue"})
    void theChairsDecisionIsDueThisWeekOverdueOrLater(LocalDate notified, LocalDate due, String expected) {
        BoardOverview overview = BoardOverview.of(STAFFORDSHIRE,
                summaries(referred("SCR-X-1", notified.toString(), STAFFORDSHIRE.id())), List.of(), NOW);

        List<BoardOverview.Due> dueList = expected.equals("due") ? overview.dueThisWeek()
                : expected.equals("overdue") ? overview.overdue() : List.of();
        assertThat(overview.dueThisWeek().size() + overview.overdue().size()).isEqualTo(expected.equals("later") ? 0 : 1);
        dueList.forEach(entry -> {
            assertThat(entry.kind()).isEqualTo(DeadlineKind.CHAIR_DECISION);
            assertThat(entry.due()).isEqualTo(due);
            assertThat(entry.daysOverdue()).isEqualTo(expected.equals("overdue")
                    ? java.time.temporal.ChronoUnit.DAYS.between(due, LocalDate.parse("2026-12-02")) : 0);
        });
    }

    @Test
    void openCasesAreCountedByStageAndOtherBoardsAndClosedCasesLeftOut() {
        CaseRecord awaiting = referred("SCR-A-1", "2026-11-20", STAFFORDSHIRE.id());
        CaseRecord decided = apply(referred("SCR-B-2", "2026-11-10", STAFFORDSHIRE.id()),
                decide(Outcome.SERIOUS_CASE_REVIEW), "2026-11-25");
        CaseRecord otherBoard = referred("SCR-C-3", "2026-11-20", new BoardId("stoke-on-trent"));

        BoardOverview overview = BoardOverview.of(STAFFORDSHIRE, summaries(awaiting, decided, otherBoard), List.of(), NOW);

        assertThat(overview.openCases()).isEqualTo(2);
        assertThat(overview.byStage().get(CaseStatus.AWAITING_DECISION)).isEqualTo(1);
        assertThat(overview.byStage().get(CaseStatus.DECIDED)).isEqualTo(1);
        assertThat(overview.byStage()).doesNotContainKeys(CaseStatus.CLOSED, CaseStatus.WITHDRAWN);
        assertThat(overview.newest()).extracting(open -> open.reference().value()).containsExactly("SCR-A-1", "SCR-B-2");
        assertThat(overview.newest().get(1).next()).hasValueSatisfying(next ->
                assertThat(next.kind()).isEqualTo(DeadlineKind.NATIONAL_PANEL_NOTIFICATION));
    }

    @Test
    void anAgencysOverdueInformationIsListedUntilProvided() {
        CaseRecord open = referred("SCR-A-1", "2026-11-20", STAFFORDSHIRE.id());
        AgencyRequest overdue = new AgencyRequest(open.id(), 1, 1, open.board(), open.reference(), "Health",
                Optional.empty(), "records", LocalDate.parse("2026-11-27"), ScriptedYear.CHAIR, NOW,
                Optional.empty(), true);
        AgencyRequest provided = new AgencyRequest(open.id(), 2, 2, open.board(), open.reference(), "Police",
                Optional.empty(), "records", LocalDate.parse("2026-11-27"), ScriptedYear.CHAIR, NOW,
                Optional.of(new uk.lscb.casereview.core.cases.DoneMark(ScriptedYear.CHAIR, NOW)), true);

        BoardOverview overview = BoardOverview.of(STAFFORDSHIRE, summaries(open), List.of(overdue, provided), NOW);

        assertThat(overview.overdue()).singleElement().satisfies(entry -> {
            assertThat(entry.what()).isEqualTo("Information from Health");
            assertThat(entry.daysOverdue()).isEqualTo(5);
        });
    }

    private static List<CaseSummary> summaries(CaseRecord... records) {
        return java.util.Arrays.stream(records).map(CaseSummary::of).toList();
    }
}
