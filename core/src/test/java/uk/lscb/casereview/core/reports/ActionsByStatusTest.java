package uk.lscb.casereview.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.learning.LearningAction;
import uk.lscb.casereview.core.learning.LearningAction.Status;
import uk.lscb.casereview.core.learning.ReviewLearning;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.rules.Outcome;

/** A board's agencies' actions counted by where they stand on a day, against figures worked out by hand. */
class ActionsByStatusTest {

    /**
     * The scripted year on 15 April 2027: B's action 1 done (1 Nov 2026), B's action 2 in progress but due 31 Jan
     * 2027 (overdue), A's action not started and due 1 June 2027 (not started); E has none.
     */
    @Test
    void theScriptedYearsActionsOnTheReportsDayAreOneNotStartedOneDoneOneOverdue() {
        List<CaseRecord> cases = ScriptedYear.scriptedYear();

        ActionsByStatus counted = ActionsByStatus.of(ScriptedYear.STAFFORDSHIRE.id(), ScriptedYear.learning(cases),
                ScriptedYear.AS_OF);

        assertThat(counted.count(Status.NOT_STARTED)).isEqualTo(1);
        assertThat(counted.count(Status.IN_PROGRESS)).isZero();
        assertThat(counted.count(Status.DONE)).isEqualTo(1);
        assertThat(counted.count(Status.OVERDUE)).isEqualTo(1);
        assertThat(counted.total()).isEqualTo(3);
        assertThat(ScriptedYear.learning(cases).stream().mapToInt(review -> review.actions().size()).sum())
                .as("every action is counted once").isEqualTo(3);
    }

    @Test
    void anotherBoardsActionsAreNotCounted() {
        List<CaseRecord> cases = ScriptedYear.scriptedYear();

        ActionsByStatus counted = ActionsByStatus.of(new BoardId("stoke-on-trent"), ScriptedYear.learning(cases),
                ScriptedYear.AS_OF);

        assertThat(counted.total()).isZero();
        assertThat(counted.counts()).containsOnlyKeys(Status.values());
    }

    /** One action due 31 January 2027, in each state of progress, on three days. */
    static Stream<Arguments> oneAction() {
        return Stream.of(
                Arguments.of(LearningAction.Progress.NOT_STARTED, "2027-01-31", Status.NOT_STARTED),
                Arguments.of(LearningAction.Progress.NOT_STARTED, "2027-02-01", Status.OVERDUE),
                Arguments.of(LearningAction.Progress.IN_PROGRESS, "2027-01-30", Status.IN_PROGRESS),
                Arguments.of(LearningAction.Progress.IN_PROGRESS, "2027-02-01", Status.OVERDUE),
                Arguments.of(LearningAction.Progress.DONE, "2027-03-01", Status.DONE));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @MethodSource("oneAction")
    void anActionIsCountedUnderItsStatusOnTheDay(LearningAction.Progress progress, String day, Status expected) {
        LearningAction action = new LearningAction(1, 1, "Police", Optional.empty(), LocalDate.parse("2027-01-31"),
                progress, progress == LearningAction.Progress.DONE ? Optional.of(new LearningAction.Evidence("done",
                "https://example.org", Optional.empty(), new DoneMark(ScriptedYear.CHAIR, ScriptedYear.noon(
                "2027-01-20")))) : Optional.empty(), ScriptedYear.CHAIR, ScriptedYear.noon("2026-10-01"));
        CaseRecord record = ScriptedYear.referred("SCR-X-1", "2026-06-01", ScriptedYear.STAFFORDSHIRE.id());
        ReviewLearning review = new ReviewLearning(record.id(), 1, record.board(), record.reference(),
                Outcome.SINGLE_AGENCY_LEARNING_REVIEW, List.of(), List.of(), List.of(), List.of(action),
                Optional.empty(), true);

        ActionsByStatus counted = ActionsByStatus.of(record.board(), List.of(review), LocalDate.parse(day));

        assertThat(counted.count(expected)).isEqualTo(1);
        assertThat(counted.total()).isEqualTo(1);
    }
}
