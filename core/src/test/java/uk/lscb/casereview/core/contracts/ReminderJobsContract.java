package uk.lscb.casereview.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderStage;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.reminders.ReminderJobs;

/**
 * What every {@link ReminderJobs} implementation does. Extend it with a fresh, empty store. Needs
 * nothing beyond single-document atomic updates.
 */
public abstract class ReminderJobsContract {

    protected abstract ReminderJobs store();

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final CaseId CASE = new CaseId("staffordshire/SCR-2026-001");
    private static final CaseId OTHER_CASE = new CaseId("staffordshire/SCR-2026-002");
    private static final LocalDate DUE = LocalDate.parse("2026-12-20");

    private static ReminderJob job(CaseId caseId, DeadlineKind kind, int sequence, Instant at) {
        return new ReminderJob(ReminderJob.idOf(caseId, kind, DUE, sequence), caseId, PortFixtures.STAFFORDSHIRE, kind,
                DUE, sequence, ReminderStage.AHEAD, at, Set.of(Audience.PANEL_CHANNEL), ReminderJob.Status.PENDING,
                Optional.empty(), Optional.empty(), 0, Optional.empty());
    }

    private static ReminderJob job(int sequence, Instant at) {
        return job(CASE, DeadlineKind.CHAIR_DECISION, sequence, at);
    }

    @Test
    public void theIdIsCaseKindDueAndSequence() {
        assertThat(job(2, T0).id()).isEqualTo("staffordshire/SCR-2026-001/CHAIR_DECISION/2026-12-20/2");
    }

    @Test
    public void schedulingTheSameReminderTwiceKeepsOneJob() {
        ReminderJobs jobs = store();

        assertThat(jobs.schedule(job(1, T0))).isTrue();
        assertThat(jobs.schedule(job(1, T0.plusSeconds(60)))).isFalse();

        assertThat(jobs.ofCase(CASE)).containsExactly(job(1, T0));
    }

    @Test
    public void aJobIsNotClaimedBeforeItsTime() {
        ReminderJobs jobs = store();
        jobs.schedule(job(1, T0));

        assertThat(jobs.claimNext(T0.minusSeconds(1), "a", LEASE)).isEmpty();
        assertThat(jobs.claimNext(T0, "a", LEASE)).isPresent();
    }

    @Test
    public void theEarliestJobIsClaimedFirstAndLeasedToTheClaimer() {
        ReminderJobs jobs = store();
        jobs.schedule(job(2, T0.plusSeconds(60)));
        jobs.schedule(job(1, T0));
        jobs.schedule(job(3, T0.plusSeconds(7200)));
        Instant now = T0.plusSeconds(120);

        ReminderJob first = jobs.claimNext(now, "a", LEASE).orElseThrow();
        ReminderJob second = jobs.claimNext(now, "a", LEASE).orElseThrow();

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.leaseOwner()).contains("a");
        assertThat(first.leaseUntil()).contains(now.plus(LEASE));
        assertThat(first.status()).isEqualTo(ReminderJob.Status.PENDING);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(jobs.claimNext(now, "a", LEASE)).isEmpty();
    }

    @Test
    public void aLiveLeaseKeepsASecondClaimerOff() {
        ReminderJobs jobs = store();
        jobs.schedule(job(1, T0));
        jobs.claimNext(T0, "a", LEASE).orElseThrow();

        assertThat(jobs.claimNext(T0, "b", LEASE)).isEmpty();
        assertThat(jobs.claimNext(T0.plus(LEASE).minusMillis(1), "b", LEASE)).isEmpty();
    }

    @Test
    public void anExpiredLeaseLetsAnotherOwnerClaimTheJob() {
        ReminderJobs jobs = store();
        jobs.schedule(job(1, T0));
        jobs.claimNext(T0, "a", LEASE).orElseThrow();
        Instant expired = T0.plus(LEASE);

        ReminderJob taken = jobs.claimNext(expired, "b", LEASE).orElseThrow();

        assertThat(taken.leaseOwner()).contains("b");
        assertThat(taken.leaseUntil()).contains(expired.plus(LEASE));
        assertThat(jobs.markSent(taken.id(), "a", expired)).isFalse();
        assertThat(jobs.markSent(taken.id(), "b", expired)).isTrue();
    }

    @Test
    public void markSentByTheOwnerRecordsTheSend() {
        ReminderJobs jobs = store();
        jobs.schedule(job(1, T0));
        ReminderJob claimed = jobs.claimNext(T0, "a", LEASE).orElseThrow();

        assertThat(jobs.markSent(claimed.id(), "a", T0.plusSeconds(2))).isTrue();

        ReminderJob sent = jobs.ofCase(CASE).get(0);
        assertThat(sent.status()).isEqualTo(ReminderJob.Status.SENT);
        assertThat(sent.sentAt()).contains(T0.plusSeconds(2));
        assertThat(sent.leaseOwner()).isEmpty();
        assertThat(jobs.claimNext(T0.plus(LEASE).plus(LEASE), "b", LEASE)).isEmpty();
        assertThat(jobs.markSent(claimed.id(), "a", T0.plusSeconds(3))).isFalse();
    }

    @Test
    public void markSentByANonOwnerFails() {
        ReminderJobs jobs = store();
        jobs.schedule(job(1, T0));
        assertThat(jobs.markSent(job(1, T0).id(), "a", T0)).isFalse();
        ReminderJob claimed = jobs.claimNext(T0, "a", LEASE).orElseThrow();

        assertThat(jobs.markSent(claimed.id(), "b", T0.plusSeconds(1))).isFalse();

        assertThat(jobs.ofCase(CASE).get(0).status()).isEqualTo(ReminderJob.Status.PENDING);
        assertThat(jobs.ofCase(CASE).get(0).leaseOwner()).contains("a");
    }

    @Test
    public void theOwnerMayStillMarkSentAfterItsLeaseRanOutIfNobodyClaimedTheJob() {
        ReminderJobs jobs = store();
        jobs.schedule(job(1, T0));
        ReminderJob claimed = jobs.claimNext(T0, "a", LEASE).orElseThrow();

        assertThat(jobs.markSent(claimed.id(), "a", T0.plus(LEASE).plusSeconds(1))).isTrue();
    }

    @Test
    public void releaseMakesTheJobClaimableAgainAtTheRetryTimeWithOneMoreAttempt() {
        ReminderJobs jobs = store();
        jobs.schedule(job(1, T0));
        ReminderJob claimed = jobs.claimNext(T0, "a", LEASE).orElseThrow();
        Instant retryAt = T0.plusSeconds(60);

        jobs.release(claimed.id(), "a", retryAt);

        ReminderJob released = jobs.ofCase(CASE).get(0);
        assertThat(released.status()).isEqualTo(ReminderJob.Status.PENDING);
        assertThat(released.attempts()).isEqualTo(1);
        assertThat(released.at()).isEqualTo(retryAt);
        assertThat(released.leaseOwner()).isEmpty();
        assertThat(released.leaseUntil()).isEmpty();
        assertThat(jobs.claimNext(retryAt.minusMillis(1), "b", LEASE)).isEmpty();
        ReminderJob retried = jobs.claimNext(retryAt, "b", LEASE).orElseThrow();
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.leaseOwner()).contains("b");
    }

    @Test
    public void releaseByANonOwnerChangesNothing() {
        ReminderJobs jobs = store();
        jobs.schedule(job(1, T0));
        ReminderJob claimed = jobs.claimNext(T0, "a", LEASE).orElseThrow();

        jobs.release(claimed.id(), "b", T0.plusSeconds(60));

        assertThat(jobs.ofCase(CASE)).containsExactly(claimed);
    }

    @Test
    public void cancelCancelsOnlyThatDeadlinesPendingJobs() {
        ReminderJobs jobs = store();
        jobs.schedule(job(1, T0));
        jobs.schedule(job(2, T0.plusSeconds(60)));
        jobs.schedule(job(3, T0.plusSeconds(120)));
        jobs.schedule(job(CASE, DeadlineKind.NATIONAL_PANEL_NOTIFICATION, 1, T0.plusSeconds(3600)));
        jobs.schedule(job(OTHER_CASE, DeadlineKind.CHAIR_DECISION, 1, T0.plusSeconds(3600)));
        ReminderJob sent = jobs.claimNext(T0, "a", LEASE).orElseThrow();
        jobs.markSent(sent.id(), "a", T0);
        ReminderJob leased = jobs.claimNext(T0.plusSeconds(60), "a", LEASE).orElseThrow();
        assertThat(leased.sequence()).isEqualTo(2);

        assertThat(jobs.cancel(CASE, DeadlineKind.CHAIR_DECISION)).isEqualTo(2);

        assertThat(jobs.ofCase(CASE)).extracting(ReminderJob::kind, ReminderJob::sequence, ReminderJob::status)
                .containsExactlyInAnyOrder(
                        tuple(DeadlineKind.CHAIR_DECISION, 1, ReminderJob.Status.SENT),
                        tuple(DeadlineKind.CHAIR_DECISION, 2, ReminderJob.Status.CANCELLED),
                        tuple(DeadlineKind.CHAIR_DECISION, 3, ReminderJob.Status.CANCELLED),
                        tuple(DeadlineKind.NATIONAL_PANEL_NOTIFICATION, 1,
                                ReminderJob.Status.PENDING));
        assertThat(jobs.ofCase(OTHER_CASE)).extracting(ReminderJob::status).containsExactly(ReminderJob.Status.PENDING);
        assertThat(jobs.markSent(leased.id(), "a", T0.plusSeconds(61))).isFalse();
        assertThat(jobs.cancel(CASE, DeadlineKind.CHAIR_DECISION)).isZero();
    }

    @Test
    public void aCancelledJobIsNeverClaimedNorScheduledAgain() {
        ReminderJobs jobs = store();
        jobs.schedule(job(1, T0));
        jobs.cancel(CASE, DeadlineKind.CHAIR_DECISION);

        assertThat(jobs.claimNext(T0.plusSeconds(3600), "a", LEASE)).isEmpty();
        assertThat(jobs.schedule(job(1, T0))).isFalse();
    }

    @Test
    public void skipCancelsOnlyAJobTheOwnerHolds() {
        ReminderJobs jobs = store();
        jobs.schedule(job(1, T0));
        jobs.schedule(job(2, T0));
        ReminderJob claimed = jobs.claimNext(T0, "a", LEASE).orElseThrow();

        assertThat(jobs.skip(claimed.id(), "b")).isFalse();
        assertThat(jobs.skip(job(2, T0).id(), "a")).isFalse();
        assertThat(jobs.skip(claimed.id(), "a")).isTrue();

        assertThat(jobs.ofCase(CASE)).extracting(ReminderJob::sequence, ReminderJob::status).containsExactly(
                tuple(1, ReminderJob.Status.CANCELLED),
                tuple(2, ReminderJob.Status.PENDING));
    }

    @Test
    public void twentyConcurrentClaimersGetDistinctJobs() throws Exception {
        ReminderJobs jobs = store();
        for (int sequence = 1; sequence <= 30; sequence++) {
            jobs.schedule(job(sequence, T0.plusSeconds(sequence)));
        }
        Instant now = T0.plusSeconds(3600);
        int claimers = 20;
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < claimers; i++) {
                String owner = "server-" + i;
                Callable<List<String>> claimAll = () -> {
                    start.await();
                    List<String> mine = new ArrayList<>();
                    Optional<ReminderJob> claimed;
                    while ((claimed = jobs.claimNext(now, owner, LEASE)).isPresent()) {
                        mine.add(claimed.get().id());
                    }
                    return mine;
                };
                results.add(pool.submit(claimAll));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> result : results) {
                all.addAll(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(all).hasSize(30);
            assertThat(new HashSet<>(all)).hasSize(30);
        } finally {
            pool.shutdownNow();
        }
    }
}
