package uk.lscb.casereview.core.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService.Actor;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.deadlines.ReminderStage;
import uk.lscb.casereview.core.learning.LearningService.ActionInput;
import uk.lscb.casereview.core.learning.LearningService.EvidenceInput;
import uk.lscb.casereview.core.learning.LearningService.RecommendationInput;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.rules.Outcome;

class LearningRemindersTest {
    private final InMemoryCases cases = new InMemoryCases();
    private final InMemoryLearningLogs logs = new InMemoryLearningLogs();
    private final List<CaseRecord> owing = new ArrayList<>();
    private final LearningService service = new LearningService(cases, logs, LearningServiceTest.ROLES,
            Boards.staffordshireAndStoke(), LearningThemes.DEFAULT,
            Clock.fixed(LearningServiceTest.NOW, ZoneId.of("Europe/London")), owing::add);
    private final CaseRecord record = LearningServiceTest.decided(cases, "SCR-2026-500", Outcome.SERIOUS_CASE_REVIEW);

    /** The latest reminder due on a day, for an action due on Friday 11 December 2026. */
    @ParameterizedTest(name = "on {0}: {1} for {2}")
    @CsvSource({
            "2026-12-03, , ",
            "2026-12-04, AHEAD, 2026-12-04",
            "2026-12-10, AHEAD, 2026-12-04",
            "2026-12-11, DUE, 2026-12-11",
            "2026-12-12, OVERDUE, 2026-12-12",
            "2026-12-18, OVERDUE, 2026-12-12",
            "2026-12-19, OVERDUE, 2026-12-19",
            "2027-01-02, OVERDUE, 2027-01-02"})
    void aWeekAheadOnTheDayTheDayAfterAndWeeklyAfterThat(LocalDate today, ReminderStage stage, LocalDate day) {
        Optional<LearningReminders.Due> latest = LearningReminders.latest(LocalDate.parse("2026-12-11"), today);

        assertThat(latest).isEqualTo(Optional.ofNullable(stage).map(s -> new LearningReminders.Due(s, day)));
    }

    @Test
    void onlyTheFirstOverdueReminderEscalatesToTheChair() {
        LocalDate due = LocalDate.parse("2026-12-11");

        assertThat(LearningReminders.escalates(due, new LearningReminders.Due(ReminderStage.OVERDUE,
                LocalDate.parse("2026-12-12")))).isTrue();
        assertThat(LearningReminders.escalates(due, new LearningReminders.Due(ReminderStage.OVERDUE,
                LocalDate.parse("2026-12-19")))).isFalse();
        assertThat(LearningReminders.escalates(due, new LearningReminders.Due(ReminderStage.DUE, due))).isFalse();
    }

    @Test
    void aDueReminderIsHandedOverOnceEvenBySweepsAfterARestartAndNoneOnceDone() {
        service.addFinding(record.id(), LearningServiceTest.neglectFinding(), Actor.person(LearningServiceTest.MANAGER));
        service.addRecommendation(record.id(), new RecommendationInput("Share referrals.", List.of(1), List.of()),
                Actor.person(LearningServiceTest.MANAGER));
        service.addAction(record.id(), new ActionInput(1, "Staffordshire Police", Optional.empty(), "11/12/2026"),
                Actor.person(LearningServiceTest.MANAGER));
        service.addAction(record.id(), new ActionInput(1, "the school", Optional.empty(), "11/12/2026"),
                Actor.person(LearningServiceTest.MANAGER));
        service.markDone(record.id(), 2, new EvidenceInput("Done.", "https://example.org/p", ""),
                Actor.person(LearningServiceTest.MANAGER));
        Instant overdue = Instant.parse("2026-12-12T09:00:00Z");

        int first = new LearningReminders(logs, cases, Boards.staffordshireAndStoke(), owing::add).sweep(overdue);
        int afterRestart = new LearningReminders(logs, cases, Boards.staffordshireAndStoke(), owing::add)
                .sweep(overdue.plusSeconds(3_600));

        assertThat(first).isEqualTo(1);
        assertThat(afterRestart).isZero();
        assertThat(cases.find(record.id()).orElseThrow().followUps().pending()).extracting(FollowUp::key)
                .containsOnlyOnce("LEARNING_REMINDER/1/OVERDUE/2026-12-12");
        assertThat(logs.find(record.id()).orElseThrow().action(1).orElseThrow().remindedFor())
                .contains(LocalDate.parse("2026-12-12"));
        assertThat(new LearningReminders(logs, cases, Boards.staffordshireAndStoke(), owing::add)
                .sweep(Instant.parse("2026-12-19T09:00:00Z"))).isEqualTo(1);
    }

    /**
     * The day's reminder is handed over from 09:00 London, as every other reminder is, in winter and in summer time:
     * the Chair is not told of an action overdue at midnight.
     */
    @ParameterizedTest(name = "due {0}: nothing at {1}, the escalation at {2}")
    @CsvSource({
            "11/12/2026, 2026-12-12T00:01:00Z, 2026-12-12T09:00:00Z",
            "11/12/2026, 2026-12-12T08:59:00Z, 2026-12-12T09:00:00Z",
            "11/06/2027, 2027-06-12T07:59:00Z, 2027-06-12T08:00:00Z"})
    void theDaysReminderIsHandedOverFromNineInTheMorningLondonTime(String due, Instant before, Instant at) {
        service.addFinding(record.id(), LearningServiceTest.neglectFinding(), Actor.person(LearningServiceTest.MANAGER));
        service.addRecommendation(record.id(), new RecommendationInput("Share referrals.", List.of(1), List.of()),
                Actor.person(LearningServiceTest.MANAGER));
        service.addAction(record.id(), new ActionInput(1, "Staffordshire Police", Optional.empty(), due),
                Actor.person(LearningServiceTest.MANAGER));
        LearningReminders reminders = new LearningReminders(logs, cases, Boards.staffordshireAndStoke(), owing::add);
        assertThat(reminders.sweep(at.minusSeconds(86_400))).as("on the day it is due").isEqualTo(1);

        assertThat(reminders.sweep(before)).isZero();
        assertThat(reminders.sweep(at)).isEqualTo(1);
        assertThat(cases.find(record.id()).orElseThrow().followUps().pending()).extracting(FollowUp::key)
                .anyMatch(key -> key.startsWith("LEARNING_REMINDER/1/OVERDUE/"));
    }

    @Test
    void recordingTheLearningOwesOnePostToBothBoards() {
        service.addFinding(record.id(), LearningServiceTest.neglectFinding(), Actor.person(LearningServiceTest.MANAGER));
        service.share(record.id(), Actor.person(LearningServiceTest.MANAGER));
        service.share(record.id(), Actor.person(LearningServiceTest.MANAGER));

        assertThat(cases.find(record.id()).orElseThrow().followUps().pending()).extracting(FollowUp::key)
                .containsOnlyOnce("LEARNING_SHARED/shared");
        assertThat(owing).hasSize(1);
    }
}
