package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.deadlines.ReminderStage;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;
import uk.lscb.casereview.core.rules.wt2023.Wt2023Deadline;

/**
 * The deadlines a rule pack declares become the case's own and are reminded like the framework's: wt2023's serious
 * incident notification (5 working days) and rapid review (15 working days) from the day the local authority became
 * aware, day 0 (Working Together 2023 chapter 5, as cited by the pack; not verified).
 */
class PackDeclaredDeadlinesTest {
    private final InMemoryReminderJobs jobs = new InMemoryReminderJobs();
    private final ReminderScheduler scheduler = new ReminderScheduler(jobs, ReminderPolicy.englandAndWales());

    private static CaseRecord referred(RulePack pack, String dateId, String day0, Map<String, String> answers) {
        Map<String, String> encoded = new LinkedHashMap<>();
        encoded.put("board", "staffordshire");
        encoded.put("case_reference", "CSPR-2026-050");
        encoded.put(dateId, day0);
        encoded.putAll(answers);
        Answers decoded = Answers.decode(pack, encoded, Set.of());
        return CaseRecord.referred(new Referral(PortFixtures.STAFFORDSHIRE, new CaseReference("CSPR-2026-050"),
                        LocalDate.parse(day0), decoded, pack.recommend(decoded)), pack.deadlines(),
                PortFixtures.PRACTITIONER, new ConversationKey(Platform.TEAMS, "conv-pack-deadlines"), PortFixtures.AT);
    }

    private static CaseRecord notifiable(String awareOn) {
        return referred(Wt2023.pack(), "aware_on", awareOn, Map.of("abuse_or_neglect", "yes", "child_died", "no",
                "seriously_harmed", "yes", "in_area", "yes", "improvements_needed", "yes", "recurrent_themes", "no",
                "agencies_working_together", "no", "panel_advised_local_review", "no"));
    }

    @ParameterizedTest(name = "aware on {0}: notification due {1}, rapid review due {2}")
    @CsvSource({
        "2026-11-20, 2026-11-27, 2026-12-11", // a Friday: the weekends do not count
        "2026-05-22, 2026-06-01, 2026-06-15", // the Friday before the spring bank holiday (25 May)
        "2026-03-27, 2026-04-07, 2026-04-21", // the clocks go forward (29 March) and Easter (3 and 6 April)
        "2026-10-23, 2026-10-30, 2026-11-13", // the clocks go back (25 October)
        "2026-12-23, 2027-01-04, 2027-01-18", // over Christmas (25, 28 December) and New Year's Day
    })
    void aWt2023CaseOwesTheDeadlinesItsPackDeclaresInWorkingDaysFromTheDayOfAwareness(
            LocalDate awareOn, LocalDate notificationDue, LocalDate rapidReviewDue) {
        CaseRecord record = notifiable(awareOn.toString());

        assertThat(record.deadline(DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION)).map(CaseDeadline::due)
                .contains(notificationDue);
        assertThat(record.deadline(DeadlineKind.RAPID_REVIEW)).map(CaseDeadline::due).contains(rapidReviewDue);
    }

    @ParameterizedTest(name = "due {0}: reminded first at {1}")
    @CsvSource({
        "2026-04-07, 2026-03-31T08:00:00Z", // 7 days ahead is after the clocks went forward: 09:00 BST
        "2026-10-30, 2026-10-23T08:00:00Z", // still summer time
        "2026-11-13, 2026-11-06T09:00:00Z", // after the clocks went back: 09:00 GMT
    })
    void packDeadlinesAreRemindedAtNineLondonTimeThroughTheSameSchedule(LocalDate due, Instant firstAt) {
        assertThat(ReminderPolicy.englandAndWales().firstReminders(DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION, due))
                .first().extracting(reminder -> reminder.at()).isEqualTo(firstAt);
    }

    @Test
    void schedulingAgainAfterARestartMakesNoSecondReminder() {
        CaseRecord record = notifiable("2026-11-20");
        Instant now = Instant.parse("2026-11-20T12:00:00Z");

        scheduler.deadlinesChanged(record, now);
        scheduler.deadlinesChanged(record, now.plusSeconds(60));

        assertThat(jobs.ofCase(record.id()))
                .filteredOn(job -> job.kind().declaringPack().isPresent())
                .extracting(ReminderJob::kind, ReminderJob::due, ReminderJob::stage, ReminderJob::at)
                .containsExactlyInAnyOrder(
                        tuple(DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION, LocalDate.parse("2026-11-27"),
                                ReminderStage.AHEAD, Instant.parse("2026-11-25T09:00:00Z")),
                        tuple(DeadlineKind.RAPID_REVIEW, LocalDate.parse("2026-12-11"), ReminderStage.AHEAD,
                                Instant.parse("2026-12-04T09:00:00Z")));
    }

    @Test
    void recordingTheNotificationMarksItsDeadlineDoneAndStopsItsReminders() {
        CaseRecord record = notifiable("2026-11-20");
        Instant now = Instant.parse("2026-11-24T12:00:00Z");
        scheduler.deadlinesChanged(record, now);

        CaseLifecycle.Result result = CaseLifecycle.apply(record, new CaseAction.Step(PortFixtures.PRACTITIONER,
                CaseStep.SERIOUS_INCIDENT_NOTIFIED, Map.of(CaseStep.Fields.SENT_ON, "2026-11-24")), now);
        CaseRecord notified = ((CaseLifecycle.Result.Applied) result).next();
        scheduler.deadlinesChanged(notified, now);

        assertThat(notified.deadline(DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION)).map(CaseDeadline::isDone)
                .contains(true);
        assertThat(jobs.ofCase(record.id()))
                .filteredOn(job -> job.status() == ReminderJob.Status.PENDING)
                .extracting(ReminderJob::kind)
                .doesNotContain(DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION)
                .contains(DeadlineKind.RAPID_REVIEW);
    }

    @Test
    void aWt2015CaseOwesOnlyTheChairsDecisionAsBefore() {
        CaseRecord record = referred(Wt2015.pack(), "notified_on", "2026-11-20", Map.of(
                "abuse_or_neglect", "yes", "child_died", "yes", "died_in_custody", "no", "suspected_suicide", "no",
                "further_audit_needed", "no"));

        assertThat(record.deadlines()).extracting(CaseDeadline::kind).containsExactly(DeadlineKind.CHAIR_DECISION);
    }

    @ParameterizedTest
    @EnumSource(Wt2023Deadline.class)
    void everyDeadlineWt2023DeclaresHasAKindTheEngineRemindsWithTheSameDueDate(Wt2023Deadline deadline) {
        LocalDate awareOn = LocalDate.parse("2026-12-23");

        assertThat(DeadlineKind.declared("wt2023", deadline.name())).map(kind -> kind.dueDate(awareOn))
                .contains(deadline.due(awareOn));
    }
}
