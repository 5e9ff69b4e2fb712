package uk.lscb.casereview.core.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderStage;
import uk.lscb.casereview.core.refs.CaseId;

/**
 * Stored reminder work, claimed with a lease so that two healthy servers never both send the same
 * reminder (PRODUCT.md, "Deadlines and reminders"). Every method that changes a job is one atomic
 * conditional update of that one job (a MongoDB {@code findOneAndUpdate} or {@code updateMany} with
 * the conditions as its filter); nothing needs a transaction across jobs.
 *
 * <p>A lease is owned by a server id and lasts until {@code leaseUntil}; a server that dies while
 * holding one simply lets it expire, and the job becomes claimable again. A server dying between handing a
 * reminder to the platforms and {@link #markSent} makes another hand it over again, which adds no delivery
 * ({@link ReminderDeliveries}).
 */
public interface ReminderJobs {

    /** Stores the job unless one with its id exists (whatever that one's status). @return true if stored */
    boolean schedule(ReminderJob job);

    /**
     * Atomically leases one job to {@code owner}: a {@code PENDING} job with {@code at <= now} whose
     * lease is absent or has expired ({@code leaseUntil <= now}), the earliest {@code at} first (ties by
     * id). Sets {@code leaseOwner = owner, leaseUntil = now + lease}. Two claimers never get the same job
     * while its lease is live.
     *
     * @return the job as leased, or empty if none is claimable
     */
    Optional<ReminderJob> claimNext(Instant now, String owner, Duration lease);

    /**
     * Records that the job was sent (handed to the platforms): only if it is still {@code PENDING} and leased by {@code owner}
     * (even if the lease has run out, as long as nobody has claimed it since: the send happened, and
     * recording it beats sending it again). Sets {@code SENT} and {@code sentAt = at}, clears the lease.
     *
     * @return false if the job was cancelled or another server holds it now
     */
    boolean markSent(String id, String owner, Instant at);

    /**
     * The hand-over failed: if the job is {@code PENDING} and leased by {@code owner}, clears the lease, adds one
     * to {@code attempts} and moves {@code at} to {@code retryAt}. Otherwise does nothing.
     */
    void release(String id, String owner, Instant retryAt);

    /**
     * Cancels one job that {@code owner} has claimed and found not worth sending (its deadline was re-planned,
     * or a later reminder supersedes it): only if {@code PENDING} and leased by {@code owner}.
     *
     * @return whether it was cancelled
     */
    boolean skip(String id, String owner);

    /** Cancels every {@code PENDING} job of the case's deadline of this kind, leased or not. @return how many */
    int cancel(CaseId caseId, DeadlineKind kind);

    /** The case's jobs in every status, by {@code at} then id. */
    List<ReminderJob> ofCase(CaseId caseId);

    /** Whether the overdue reminder of the case's deadline due on {@code due} has been sent. */
    default boolean overdueReminderPosted(CaseId caseId, DeadlineKind kind, LocalDate due) {
        return ofCase(caseId).stream().anyMatch(job -> job.kind() == kind && job.due().equals(due)
                && job.stage() == ReminderStage.OVERDUE && job.status() == ReminderJob.Status.SENT);
    }
}
