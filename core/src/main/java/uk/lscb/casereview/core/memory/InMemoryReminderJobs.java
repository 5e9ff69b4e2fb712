package uk.lscb.casereview.core.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.reminders.ReminderJobs;

/** Reminder jobs in a map; every method holds one lock, so each is atomic as the port requires. */
public final class InMemoryReminderJobs implements ReminderJobs {
    private static final Comparator<ReminderJob> EARLIEST_FIRST =
            Comparator.comparing(ReminderJob::at).thenComparing(ReminderJob::id);

    private final Map<String, ReminderJob> store = new HashMap<>();

    @Override
    public synchronized boolean schedule(ReminderJob job) {
        Objects.requireNonNull(job, "job");
        return store.putIfAbsent(job.id(), job) == null;
    }

    @Override
    public synchronized Optional<ReminderJob> claimNext(Instant now, String owner, Duration lease) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(owner, "owner");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease must last a while: " + lease);
        }
        Optional<ReminderJob> next = store.values().stream().filter(job -> job.claimableAt(now)).min(EARLIEST_FIRST);
        return next.map(job -> {
            ReminderJob leased = job.leasedTo(owner, now.plus(lease));
            store.put(leased.id(), leased);
            return leased;
        });
    }

    @Override
    public synchronized boolean markSent(String id, String owner, Instant at) {
        Objects.requireNonNull(at, "at");
        return heldBy(id, owner).map(job -> store.put(id, job.sent(at))).isPresent();
    }

    @Override
    public synchronized void release(String id, String owner, Instant retryAt) {
        Objects.requireNonNull(retryAt, "retryAt");
        heldBy(id, owner).ifPresent(job -> store.put(id, job.retriedAt(retryAt)));
    }

    @Override
    public synchronized boolean skip(String id, String owner) {
        return heldBy(id, owner).map(job -> store.put(id, job.cancelled())).isPresent();
    }

    @Override
    public synchronized int cancel(CaseId caseId, DeadlineKind kind) {
        List<ReminderJob> pending = store.values().stream()
                .filter(job -> job.caseId().equals(caseId) && job.kind() == kind
                        && job.status() == ReminderJob.Status.PENDING)
                .toList();
        pending.forEach(job -> store.put(job.id(), job.cancelled()));
        return pending.size();
    }

    @Override
    public synchronized List<ReminderJob> ofCase(CaseId caseId) {
        return store.values().stream().filter(job -> job.caseId().equals(caseId)).sorted(EARLIEST_FIRST).toList();
    }

    private Optional<ReminderJob> heldBy(String id, String owner) {
        Objects.requireNonNull(owner, "owner");
        return Optional.ofNullable(store.get(id))
                .filter(job -> job.status() == ReminderJob.Status.PENDING)
                .filter(job -> job.leaseOwner().filter(owner::equals).isPresent());
    }
}
