package uk.lscb.casereview.core.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.rules.Outcome;

class WeeklyDigestTest {
    private static final Board STAFFORDSHIRE = new Board(new BoardId("staffordshire"), "Staffordshire");
    private static final UserRef MANAGER = new UserRef(Platform.BOT, "manager", "Business Manager");
    private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");

    private static LearningAction action(int number, String agency, String due) {
        return new LearningAction(number, 1, agency, Optional.of(new UserRef(Platform.BOT, "owner", "A Person")),
                LocalDate.parse(due), LearningAction.Progress.NOT_STARTED, Optional.empty(), MANAGER, AT);
    }

    private static LearningAction done(int number, String agency, String due) {
        return new LearningAction(number, 1, agency, Optional.empty(), LocalDate.parse(due),
                LearningAction.Progress.DONE, Optional.of(new LearningAction.Evidence("Done.", "https://example.org",
                Optional.empty(), new DoneMark(MANAGER, AT))), MANAGER, AT);
    }

    private static ReviewLearning review(String reference, LearningAction... actions) {
        BoardId board = STAFFORDSHIRE.id();
        return new ReviewLearning(CaseId.of(board, new CaseReference(reference)), 1, board,
                new CaseReference(reference), Outcome.SERIOUS_CASE_REVIEW, List.of(), List.of(), List.of(),
                List.of(actions), Optional.empty(), true);
    }

    /**
     * The week whose digest is due at a moment: from Monday 08:00 London time, GMT or BST. The autumn change is on
     * Sunday 25 October 2026, the spring change on Sunday 28 March 2027, and Easter Monday, a bank holiday, is 29
     * March 2027: its digest is not moved.
     */
    @ParameterizedTest(name = "at {0}: the week of {1} ({2})")
    @CsvSource({
            "2026-11-30T07:59:59Z, 2026-11-23, 2026-W48",
            "2026-11-30T08:00:00Z, 2026-11-30, 2026-W49",
            "2026-12-06T23:59:59Z, 2026-11-30, 2026-W49",
            "2026-10-19T06:59:59Z, 2026-10-12, 2026-W42",
            "2026-10-19T07:00:00Z, 2026-10-19, 2026-W43",
            "2026-10-26T07:00:00Z, 2026-10-19, 2026-W43",
            "2026-10-26T08:00:00Z, 2026-10-26, 2026-W44",
            "2027-03-29T06:59:59Z, 2027-03-22, 2027-W12",
            "2027-03-29T07:00:00Z, 2027-03-29, 2027-W13",
            "2026-12-28T08:00:00Z, 2026-12-28, 2026-W53",
            "2027-01-04T08:00:00Z, 2027-01-04, 2027-W01"})
    void aWeeksDigestIsDueFromItsMondayAtEightLondonTimeBankHolidaysIncluded(Instant now, LocalDate monday,
                                                                            String week) {
        WeeklyDigest.Week at = WeeklyDigest.weekAt(now);

        assertThat(at.monday()).isEqualTo(monday);
        assertThat(at.id()).isEqualTo(week);
    }

    /** Which actions the digest of the week of Monday 30 November 2026 lists, and how many days overdue each is. */
    @ParameterizedTest(name = "due {0}, {1}: listed {2}, {3} days overdue")
    @CsvSource({
            "2026-11-29, NOT_STARTED, true, 1",
            "2026-11-02, NOT_STARTED, true, 28",
            "2026-11-30, NOT_STARTED, true, 0",
            "2026-12-06, IN_PROGRESS, true, 0",
            "2026-12-07, NOT_STARTED, false, ",
            "2026-11-20, DONE, false, "})
    void overdueAndDueThisWeekAreListedDoneAndLaterAreNot(LocalDate due, LearningAction.Progress progress,
                                                         boolean listed, Long daysOverdue) {
        LearningAction action = progress == LearningAction.Progress.DONE ? done(1, "Police", due.toString())
                : new LearningAction(1, 1, "Police", Optional.empty(), due, progress, Optional.empty(), MANAGER, AT);

        List<WeeklyDigest.Line> lines = WeeklyDigest.lines(List.of(review("SCR-2026-081", action)),
                new WeeklyDigest.Week(LocalDate.parse("2026-11-30")));

        assertThat(lines).isEqualTo(listed ? List.of(new WeeklyDigest.Line(new CaseReference("SCR-2026-081"), 1,
                "Police", due, daysOverdue)) : List.of());
    }

    @Test
    void oneDigestListsEveryActionByReferenceAgencyAndDateWithoutAnyonesNameKeyedByBoardAndWeek() {
        List<ReviewLearning> reviews = List.of(
                review("SCR-2026-081", action(1, "Staffordshire Police", "2026-12-04"),
                        done(2, "the school", "2026-11-20"), action(3, "the school", "2026-11-27")),
                review("LR-2026-014", action(1, "Health visiting", "2026-11-29"),
                        action(2, "Children's social care", "2026-12-14")));
        Clock monday = Clock.fixed(London.at(LocalDate.parse("2026-11-30"), WeeklyDigest.AT), London.ZONE);

        Notification digest = WeeklyDigest.digest(STAFFORDSHIRE, reviews, monday).orElseThrow();

        assertThat(digest.board()).isEqualTo(STAFFORDSHIRE.id());
        assertThat(digest.to()).containsExactly(Audience.PANEL_CHANNEL);
        assertThat(digest.dedupeKey()).isEqualTo("learning/digest/staffordshire/2026-W49");
        assertThat(digest.title()).isEqualTo("Agencies' actions for the week of 30 November 2026 (Staffordshire): "
                + "2 overdue, 1 due this week");
        assertThat(digest.facts()).containsExactly(
                Fact.of("SCR-2026-081 action 3", "the school, overdue: was due on 27 November 2026, 3 days overdue"),
                Fact.of("LR-2026-014 action 1", "Health visiting, overdue: was due on 29 November 2026, 1 day "
                        + "overdue"),
                Fact.of("SCR-2026-081 action 1", "Staffordshire Police, due on 4 December 2026"));
        assertThat(digest.toString()).doesNotContain("A Person", "Business Manager");
        assertThat(digest.actions()).isEmpty();
    }

    @Test
    void aDigestOfManyListsTheFirstFiftyInShortCountsThemAllAndSaysWhereTheRestAre() {
        LearningAction[] actions = new LearningAction[120];
        for (int i = 0; i < actions.length; i++) {
            actions[i] = action(i + 1, "the health visiting service of the south of the county, team " + i,
                    LocalDate.parse("2026-11-01").plusDays(i % 40).toString());
        }
        Clock monday = Clock.fixed(London.at(LocalDate.parse("2026-12-14"), WeeklyDigest.AT), London.ZONE);

        Notification digest = WeeklyDigest.digest(STAFFORDSHIRE, List.of(review("SCR-2026-081", actions)), monday)
                .orElseThrow();

        assertThat(digest.title()).endsWith("(Staffordshire): 120 overdue, 0 due this week");
        assertThat(digest.facts()).hasSize(50).allSatisfy(fact -> assertThat(fact.value().length())
                .isLessThanOrEqualTo(120));
        assertThat(digest.facts().get(0).value()).contains("was due on 1 November 2026");
        assertThat(digest.text()).endsWith("GET /api/actions lists them all. Only the first 50 of 120 (soonest due "
                + "first) are listed here.");
    }

    @Test
    void aWeekWithNothingDueOrOverdueHasNoDigest() {
        Clock monday = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), London.ZONE);

        assertThat(WeeklyDigest.digest(STAFFORDSHIRE, List.of(), monday)).isEmpty();
        assertThat(WeeklyDigest.digest(STAFFORDSHIRE, List.of(review("SCR-2026-081",
                done(1, "Police", "2026-11-20"), action(2, "the school", "2026-12-07"))), monday)).isEmpty();
    }
}
