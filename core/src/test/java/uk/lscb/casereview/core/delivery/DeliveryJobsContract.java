package uk.lscb.casereview.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.platforms.Platform;

/** What every {@link DeliveryJobs} store does: in memory and on MongoDB. */
public abstract class DeliveryJobsContract {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00.123456789Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    protected abstract DeliveryJobs store();

    private static DeliveryJob card(Platform platform) {
        return DeliveryJob.pending("staffordshire/SCR-2026-001", "POST_DECISION_CARD/1", platform,
                "POST_DECISION_CARD", 1, Optional.empty(), NOW);
    }

    @Test
    void aJobIsStoredOnceAndClaimedOnlyByItsOwnPlatform() {
        DeliveryJobs jobs = store();
        assertThat(jobs.enqueue(card(Platform.TEAMS))).isTrue();
        assertThat(jobs.enqueue(card(Platform.TEAMS))).isFalse();
        jobs.enqueue(card(Platform.SLACK));

        Optional<DeliveryJob> teams = jobs.claimNext(Platform.TEAMS, NOW, "a", LEASE);
        assertThat(teams).get().satisfies(job -> {
            assertThat(job.platform()).isEqualTo(Platform.TEAMS);
            assertThat(job.leaseOwner()).contains("a");
        });
        assertThat(jobs.claimNext(Platform.TEAMS, NOW, "b", LEASE)).as("leased").isEmpty();
        assertThat(jobs.claimNext(Platform.SLACK, NOW, "b", LEASE)).get().extracting(DeliveryJob::platform)
                .isEqualTo(Platform.SLACK);
    }

    @Test
    void aFailedTryWaitsUntilItsRetryAndADoneJobIsNeverClaimedAgain() {
        DeliveryJobs jobs = store();
        jobs.enqueue(card(Platform.SLACK));
        DeliveryJob claimed = jobs.claimNext(Platform.SLACK, NOW, "a", LEASE).orElseThrow();
        jobs.failed(claimed.id(), "a", NOW.plus(Duration.ofMinutes(1)), claimed.pokes());

        assertThat(jobs.claimNext(Platform.SLACK, NOW.plusSeconds(59), "a", LEASE)).isEmpty();
        DeliveryJob again = jobs.claimNext(Platform.SLACK, NOW.plus(Duration.ofMinutes(1)), "a", LEASE).orElseThrow();
        assertThat(again.attempts()).isEqualTo(1);
        assertThat(jobs.markDone(again.id(), "a", NOW.plus(Duration.ofMinutes(1)))).isTrue();

        assertThat(jobs.claimNext(Platform.SLACK, NOW.plus(Duration.ofDays(1)), "a", LEASE)).isEmpty();
        assertThat(jobs.ofCase("staffordshire/SCR-2026-001")).singleElement()
                .extracting(DeliveryJob::status).isEqualTo(DeliveryJob.Status.DONE);
    }

    @Test
    void aJobPokedWhileItsTryRunsIsDueAtOnceWhenThatTryFails() {
        DeliveryJobs jobs = store();
        jobs.enqueue(card(Platform.TEAMS));
        DeliveryJob running = jobs.claimNext(Platform.TEAMS, NOW, "a", LEASE).orElseThrow();
        assertThat(jobs.poke(running.caseId(), Platform.TEAMS, "POST_DECISION_CARD", NOW)).isEqualTo(1);
        jobs.failed(running.id(), "a", NOW.plus(Duration.ofMinutes(1)), running.pokes());

        assertThat(jobs.claimNext(Platform.TEAMS, NOW, "a", LEASE)).as("due at once").isPresent();
    }

    @Test
    void aWaitingJobPokedIsDueAtOnce() {
        DeliveryJobs jobs = store();
        jobs.enqueue(card(Platform.TEAMS));
        DeliveryJob tried = jobs.claimNext(Platform.TEAMS, NOW, "a", LEASE).orElseThrow();
        jobs.failed(tried.id(), "a", NOW.plus(Duration.ofHours(1)), tried.pokes());
        assertThat(jobs.pending(Platform.TEAMS, "POST_DECISION_CARD")).hasSize(1);

        jobs.poke(tried.caseId(), Platform.TEAMS, "POST_DECISION_CARD", NOW.plusSeconds(5));

        assertThat(jobs.claimNext(Platform.TEAMS, NOW.plusSeconds(5), "a", LEASE)).isPresent();
    }

    @Test
    void theCleanUpForgetsOnlyJobsDoneBeforeTheCutoff() {
        DeliveryJobs jobs = store();
        jobs.enqueue(card(Platform.TEAMS));
        jobs.enqueue(card(Platform.SLACK));
        DeliveryJob teams = jobs.claimNext(Platform.TEAMS, NOW, "a", LEASE).orElseThrow();
        jobs.markDone(teams.id(), "a", NOW);

        assertThat(jobs.forgetDoneBefore(NOW)).isZero();
        assertThat(jobs.forgetDoneBefore(NOW.plusSeconds(1))).isEqualTo(1);
        assertThat(jobs.ofCase("staffordshire/SCR-2026-001")).extracting(DeliveryJob::platform)
                .containsExactly(Platform.SLACK);
    }
}
