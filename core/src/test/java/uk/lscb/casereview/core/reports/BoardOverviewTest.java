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

    @ParameterizedTest(name = "{0} overdue, page {1} of {2} a page: {3} rows, {4} pages")
    @CsvSource({
            // the dashboard's first page: at most 25, the count of all in the heading
            "0, 1, 25, 0, 1",
            "25, 1, 25, 25, 1",
            "26, 1, 25, 25, 2",
            "26, 2, 25, 1, 2",
            "120, 3, 50, 20, 3"})
    void aListIsCutIntoPagesOfTheMostUrgentFirst(int total, int number, int size, int rows, int pages) {
        BoardOverview overview = BoardOverview.of(STAFFORDSHIRE, overdueDecisions(total), List.of(), NOW);

        BoardOverview.Page page = overview.page(BoardOverview.Listing.OVERDUE, number, size).orElseThrow();

        assertThat(page.rows()).hasSize(rows);
        assertThat(page.total()).isEqualTo(total);
        assertThat(page.pages()).isEqualTo(pages);
        assertThat(page.rows()).isEqualTo(overview.overdue().subList((number - 1) * size, (number - 1) * size + rows));
    }

    @ParameterizedTest(name = "{0} overdue, page {1} of {2} a page does not exist")
    @CsvSource({"0, 2, 25", "25, 2, 25", "26, 3, 25", "26, 0, 25", "26, -1, 25"})
    void aPageBeyondTheListOrBeforeItsFirstIsNone(int total, int number, int size) {
        BoardOverview overview = BoardOverview.of(STAFFORDSHIRE, overdueDecisions(total), List.of(), NOW);

        assertThat(overview.page(BoardOverview.Listing.OVERDUE, number, size)).isEmpty();
    }

    @Test
    void theLongestOverdueComeFirstAndTheSoonestDueThisWeek() {
        BoardOverview overview = BoardOverview.of(STAFFORDSHIRE, summaries(
                referred("SCR-A-1", "2026-10-20", STAFFORDSHIRE.id()),
                referred("SCR-B-2", "2026-09-15", STAFFORDSHIRE.id()),
                referred("SCR-C-3", "2026-11-07", STAFFORDSHIRE.id()),
                referred("SCR-D-4", "2026-11-03", STAFFORDSHIRE.id())), List.of(), NOW);

        assertThat(overview.page(BoardOverview.Listing.OVERDUE, 1, 25).orElseThrow().rows())
                .extracting(entry -> entry.reference().value(), BoardOverview.Due::daysOverdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SCR-B-2", 48L),
                        org.assertj.core.groups.Tuple.tuple("SCR-A-1", 12L));
        assertThat(overview.page(BoardOverview.Listing.DUE_THIS_WEEK, 1, 25).orElseThrow().rows())
                .extracting(entry -> entry.reference().value()).containsExactly("SCR-D-4", "SCR-C-3");
    }

    @Test
    void entriesDueTheSameDayOnTheSameCaseAreInTheOrderOfWhatIsDue() {
        CaseRecord open = referred("SCR-A-1", "2026-11-20", STAFFORDSHIRE.id());
        List<String> agencies = List.of("Police", "Health", "Education");
        List<AgencyRequest> requests = java.util.stream.IntStream.range(0, agencies.size()).mapToObj(i ->
                new AgencyRequest(open.id(), i + 1, i + 1, open.board(), open.reference(), agencies.get(i),
                        Optional.empty(), "records", LocalDate.parse("2026-11-27"), ScriptedYear.CHAIR, NOW,
                        Optional.empty(), true)).toList();

        BoardOverview overview = BoardOverview.of(STAFFORDSHIRE, summaries(open), requests, NOW);

        assertThat(overview.overdue()).extracting(BoardOverview.Due::what).containsExactly(
                "Information from Education", "Information from Health", "Information from Police");
    }

    /** {@code count} cases awaiting the Chair's decision, each overdue, notified a day apart from 1 January 2026. */
    private static List<CaseSummary> overdueDecisions(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> CaseSummary.of(referred("SCR-O-" + i,
                LocalDate.parse("2026-01-01").plusDays(i).toString(), STAFFORDSHIRE.id()))).toList();
    }

    private static List<CaseSummary> summaries(CaseRecord... records) {
        return java.util.Arrays.stream(records).map(CaseSummary::of).toList();
    }
}
