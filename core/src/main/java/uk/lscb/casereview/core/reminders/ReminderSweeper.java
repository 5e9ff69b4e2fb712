package uk.lscb.casereview.core.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.Reminder;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;

/**
 * Sends the reminders that are due: each server runs one with its own owner id, on a timer, and they
 * share the {@link ReminderJobs} store. A job is claimed with a lease, so two healthy servers never both
 * send it; sending it is handing it to every platform's deliveries ({@link ReminderDeliveries}: one delivery job
 * per platform, posted by that platform's own worker with its own retries, so no platform waits for another and
 * the sweep waits for none). A hand-over that fails (the store is away) is released for a retry with a growing
 * backoff (1, 2, 4 … minutes, at most an hour); a server that dies holding a lease lets it expire and another
 * takes the job over. Handing the same reminder over again makes no second delivery.
 *
 * <p>Before sending, the case is read again, and the job is cancelled rather than sent when the case is
 * gone, the deadline is done or no longer has reminders ({@link ReminderScheduler#stillReminded}), or its
 * due date has changed (a re-planned publication: the new date's reminders are scheduled instead). A job
 * that a later reminder of the same deadline has overtaken (the servers were down for a while) is skipped
 * in favour of the latest one, so nobody gets a burst of stale reminders.
 *
 * <p>The lease must outlast a whole sweep, since every claim in it is made at the {@code now} passed in.
 * A store failure (reading the case or the jobs) is thrown out of {@link #sweep}; the job's lease then
 * lapses and it is picked up again. Logs job ids only, never case content: sends and skips at DEBUG (the job
 * store records every send), failed hand-overs at WARNING.
 */
public final class ReminderSweeper {
    private static final System.Logger LOG = System.getLogger(ReminderSweeper.class.getName());
    private static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final ReminderJobs jobs;
    private final Cases cases;
    private final ReminderDeliveries deliveries;
    private final ReminderPolicy policy;
    private final String owner;
    private final Duration lease;
    private final RequestReminders requests;

    public ReminderSweeper(ReminderJobs jobs, Cases cases, ReminderDeliveries deliveries, ReminderPolicy policy,
                           String owner, Duration lease) {
        this(jobs, cases, deliveries, policy, owner, lease, RequestReminders.NONE);
    }

    /** Also handing over the reminders of agencies' information requests, through {@code requests}. */
    public ReminderSweeper(ReminderJobs jobs, Cases cases, ReminderDeliveries deliveries, ReminderPolicy policy,
                           String owner, Duration lease, RequestReminders requests) {
        this.requests = Objects.requireNonNull(requests, "requests");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.lease = Objects.requireNonNull(lease, "lease");
        if (owner.isBlank()) {
            throw new IllegalArgumentException("a sweeper needs an owner id");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease must last a while: " + lease);
        }
    }

    /** Hands over every reminder due at {@code now} that nobody else holds. @return how many were handed over and recorded */
    public int sweep(Instant now) {
        Objects.requireNonNull(now, "now");
        int sent = 0;
        Optional<ReminderJob> claimed;
        while ((claimed = jobs.claimNext(now, owner, lease)).isPresent()) {
            if (handle(claimed.get(), now)) {
                sent++;
            }
        }
        return sent;
    }

    /** The wait before retrying a hand-over that has failed {@code attempts} times before this failure. */
    static Duration backoff(int attempts) {
        if (attempts >= 6) {
            return MAX_BACKOFF;
        }
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << attempts);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private boolean handle(ReminderJob job, Instant now) {
        Optional<CaseRecord> found = cases.find(job.caseId());
        if (found.isEmpty()) {
            cancelDeadline(job, "its case is gone");
            return false;
        }
        CaseRecord record = found.get();
        if (job.kind() == DeadlineKind.AGENCY_INFORMATION) {
            return handleRequests(job, record, now);
        }
        Optional<CaseDeadline> deadline = record.deadline(job.kind());
        if (deadline.isEmpty() || deadline.get().isDone() || !ReminderScheduler.stillReminded(record, job.kind())) {
            cancelDeadline(job, "its deadline is done or no longer reminded");
            return false;
        }
        if (!deadline.get().due().equals(job.due())) {
            if (jobs.skip(job.id(), owner)) {
                LOG.log(System.Logger.Level.DEBUG, "reminder {0}: skipped, the deadline''s due date has changed", job.id());
            }
            scheduleNext(record, deadline.get(), now.minusNanos(1));
            return false;
        }
        Optional<Reminder> latest = latestDue(job, now);
        if (latest.isPresent()) {
            if (jobs.skip(job.id(), owner)) {
                LOG.log(System.Logger.Level.DEBUG, "reminder {0}: skipped, overtaken by reminder {1}", job.id(),
                        latest.get().sequence());
            }
            jobs.schedule(ReminderJob.pending(record.id(), record.board(), latest.get()));
            return false;
        }
        if (!handedOver(job, now, () -> deliveries.handOver(job, now))) {
            return false;
        }
        LOG.log(System.Logger.Level.DEBUG, "reminder {0}: handed to the platforms", job.id());
        scheduleNext(record, deadline.get(), job.at());
        return true;
    }

    /**
     * A reminder of the case's agency requests due on the job's date: skipped (that one job only, the other dates'
     * stand) once none of them is open or the case is closed; otherwise handed to the case's follow-ups, which
     * deliver it on every platform, then the next one of the series scheduled.
     */
    private boolean handleRequests(ReminderJob job, CaseRecord record, Instant now) {
        if (!ReminderScheduler.stillReminded(record, job.kind())
                || !requests.openDueDates(record.id()).contains(job.due())) {
            if (jobs.skip(job.id(), owner)) {
                LOG.log(System.Logger.Level.DEBUG, "reminder {0}: skipped, no request due that day is open", job.id());
            }
            return false;
        }
        Optional<Reminder> latest = latestDue(job, now);
        if (latest.isPresent()) {
            jobs.skip(job.id(), owner);
            jobs.schedule(ReminderJob.pending(record.id(), record.board(), latest.get()));
            return false;
        }
        if (!handedOver(job, now, () -> requests.remind(job, record))) {
            return false;
        }
        policy.next(job.kind(), job.due(), job.at())
                .ifPresent(reminder -> jobs.schedule(ReminderJob.pending(record.id(), record.board(), reminder)));
        return true;
    }

    /**
     * Hands the claimed job over and records it sent. False when that failed (the job is released to be tried again
     * after the backoff) or when the job was cancelled or taken over meanwhile (nothing recorded by this sweeper).
     */
    private boolean handedOver(ReminderJob job, Instant now, Runnable handOver) {
        try {
            handOver.run();
        } catch (RuntimeException failed) {
            Instant retryAt = now.plus(backoff(job.attempts()));
            jobs.release(job.id(), owner, retryAt);
            LOG.log(System.Logger.Level.WARNING, "reminder {0}: hand-over failed ({1}), attempt {2}; retrying at {3}",
                    job.id(), failed.getClass().getName(), job.attempts() + 1, retryAt);
            return false;
        }
        if (!jobs.markSent(job.id(), owner, now)) {
            LOG.log(System.Logger.Level.WARNING,
                    "reminder {0}: handed over, but it was cancelled or taken over meanwhile; not recorded by {1}",
                    job.id(), owner);
            return false;
        }
        return true;
    }

    /**
     * The latest reminder of the job's deadline due at {@code now} that comes after the job, if a later one
     * than the job is already due.
     */
    private Optional<Reminder> latestDue(ReminderJob job, Instant now) {
        Optional<Reminder> latest = Optional.empty();
        Optional<Reminder> next = policy.next(job.kind(), job.due(), job.at());
        while (next.isPresent() && !next.get().at().isAfter(now)) {
            latest = next;
            next = policy.next(job.kind(), job.due(), next.get().at());
        }
        return latest.filter(reminder -> reminder.sequence() > job.sequence());
    }

    private void scheduleNext(CaseRecord record, CaseDeadline deadline, Instant from) {
        policy.next(deadline.kind(), deadline.due(), from)
                .ifPresent(reminder -> jobs.schedule(ReminderJob.pending(record.id(), record.board(), reminder)));
    }

    private void cancelDeadline(ReminderJob job, String why) {
        int cancelled = jobs.cancel(job.caseId(), job.kind());
        LOG.log(System.Logger.Level.DEBUG, "reminder {0}: not sent, {1}; {2} job(s) cancelled", job.id(), why,
                cancelled);
    }
}
