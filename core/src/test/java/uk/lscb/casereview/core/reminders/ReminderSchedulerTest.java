package uk.lscb.casereview.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.cases.CaseAction;
import uk.lscb.casereview.core.cases.CaseLifecycle;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.deadlines.ReminderStage;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Outcome;

class ReminderSchedulerTest {
    private final InMemoryReminderJobs jobs = new InMemoryReminderJobs();
    private final ReminderScheduler scheduler = new ReminderScheduler(jobs, ReminderPolicy.englandAndWales());
    private final CaseRecord record =
            PortFixtures.caseRecord("SCR-2026-301", new ConversationKey(Platform.LOCAL, "scheduler"), PortFixtures.AT);

    private static CaseRecord applied(CaseLifecycle.Result result) {
        assertThat(result).isInstanceOf(CaseLifecycle.Result.Applied.class);
        return ((CaseLifecycle.Result.Applied) result).next();
    }

    @Test
    void aNewCaseGetsItsNextReminderScheduledOnce() {
        scheduler.deadlinesChanged(record, PortFixtures.AT);
        scheduler.deadlinesChanged(record, PortFixtures.AT.plusSeconds(3600));

        assertThat(jobs.ofCase(record.id()))
                .extracting(ReminderJob::kind, ReminderJob::sequence, ReminderJob::stage, ReminderJob::at,
                        ReminderJob::status)
                .containsExactly(tuple(DeadlineKind.CHAIR_DECISION, 1, ReminderStage.AHEAD,
                        Instant.parse("2026-12-11T09:00:00Z"), ReminderJob.Status.PENDING));
    }

    @Test
    void remindersAlreadyPastAreNotScheduledLate() {
        scheduler.deadlinesChanged(record, Instant.parse("2026-12-15T10:00:00Z"));

        assertThat(jobs.ofCase(record.id())).extracting(ReminderJob::sequence, ReminderJob::stage)
                .containsExactly(tuple(2, ReminderStage.DUE));
    }

    @Test
    void aDeadlineDoneHasItsPendingRemindersCancelled() {
        scheduler.deadlinesChanged(record, PortFixtures.AT);
        Instant now = PortFixtures.AT.plusSeconds(60);
        CaseRecord done = applied(CaseLifecycle.apply(record, new CaseAction.Decide(PortFixtures.PRACTITIONER,
                Outcome.SERIOUS_CASE_REVIEW, Optional.empty(), Optional.empty(), List.of("A. Reviewer"), true, false),
                now));

        scheduler.deadlinesChanged(done, now);

        assertThat(jobs.ofCase(record.id())).filteredOn(job -> job.kind() == DeadlineKind.CHAIR_DECISION)
                .extracting(ReminderJob::status).containsExactly(ReminderJob.Status.CANCELLED);
    }

    @Test
    void aWithdrawnReferralHasItsPendingRemindersCancelled() {
        scheduler.deadlinesChanged(record, PortFixtures.AT);
        Instant now = PortFixtures.AT.plusSeconds(60);
        CaseRecord withdrawn = applied(CaseLifecycle.apply(record,
                new CaseAction.Step(PortFixtures.PRACTITIONER, CaseStep.WITHDRAW, Map.of(CaseStep.Fields.REASON, "duplicate referral")), now));

        scheduler.deadlinesChanged(withdrawn, now);

        assertThat(jobs.ofCase(record.id())).extracting(ReminderJob::status).containsExactly(ReminderJob.Status.CANCELLED);
        assertThat(ReminderScheduler.stillReminded(withdrawn, DeadlineKind.NATIONAL_PANEL_NOTIFICATION)).isFalse();
    }
}
