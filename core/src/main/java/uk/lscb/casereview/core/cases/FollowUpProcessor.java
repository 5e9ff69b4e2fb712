package uk.lscb.casereview.core.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * Carries out what stored case changes owe ({@link FollowUp}s, kept in the case itself) and marks each done
 * in the case, one at a time, so that a crash at any point leaves the rest owed. Runs straight after each
 * change, and over every case still owing something at start-up and on a schedule ({@link #completeAll}),
 * whichever instance that is: a case's follow-ups are first leased, so two instances never work on them at
 * once, and a lease of an instance that died runs out.
 *
 * <p>What a follow-up posts is not posted here: it becomes one delivery job per platform
 * ({@code followups.CaseNotifications}), carried out by that platform's worker, with its own backoff, outside any
 * inbound request. So a change answers at once whatever a platform's API is doing.
 *
 * <p>A follow-up is done at least once; what it posts carries its key, so the platforms drop a repeat
 * (the only repeat: an instance dying between a post and marking it done). Reminder jobs have unique ids.
 */
public final class FollowUpProcessor implements CaseListener {
    private static final System.Logger LOG = System.getLogger(FollowUpProcessor.class.getName());
    private static final int MAX_ATTEMPTS = 10;

    private final Cases cases;
    private final FollowUpHandler notifications;
    private final Clock clock;
    private final String owner;
    private final Duration lease;

    /**
     * @param owner this instance's id, unique across instances
     * @param lease how long this instance may hold a case's follow-ups before another may take them over
     */
    public FollowUpProcessor(Cases cases, FollowUpHandler notifications, Clock clock, String owner,
                             Duration lease) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.lease = Objects.requireNonNull(lease, "lease");
    }

    /** A case action has been stored (owing its follow-ups): carry them out now. */
    @Override
    public void changed(CaseRecord before, CaseRecord after, CaseAction action) {
        completeSafely(after.id());
    }

    /** A referral has just become this case: put it in front of the Chair now. */
    public void referred(CaseRecord record) {
        completeSafely(record.id());
    }

    /**
     * Completes every case that still owes something and is not leased by another live instance: at
     * start-up and on a schedule. @return how many cases were completed
     */
    public int completeAll() {
        int completed = 0;
        for (CaseRecord owing : cases.withFollowUps()) {
            if (complete(owing.id())) {
                completed++;
            }
        }
        notifications.deliverDue();
        return completed;
    }

    FollowUpHandler notifications() {
        return notifications;
    }

    private void completeSafely(CaseId id) {
        try {
            complete(id);
        } catch (StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "case {0}: its follow-ups wait for the store to return",
                    id.value());
        }
    }

    /** Leases the case's follow-ups, carries each out and marks it done. @return true if it finished them */
    boolean complete(CaseId id) {
        boolean worked = false;
        for (int round = 1; round <= MAX_ATTEMPTS; round++) { // again for what a change made meanwhile added
            Optional<CaseRecord> leased = lease(id);
            if (leased.isEmpty()) {
                return worked;
            }
            CaseRecord record = leased.get();
            for (FollowUp followUp : record.followUps().pending()) {
                Instant now = clock.instant();
                if (!followUp.readyAt(now)) {
                    continue;
                }
                record = (notifications.carryOut(record, followUp) ? markDone(id, followUp.key())
                        : replace(id, followUp.failedAt(now))).orElse(record);
            }
            release(id);
            worked = true;
        }
        return worked;
    }

    /** The case with its follow-ups leased to this instance; empty if it owes nothing or another holds them. */
    private Optional<CaseRecord> lease(CaseId id) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<CaseRecord> found = cases.find(id);
            Instant now = clock.instant();
            if (found.isEmpty() || !found.get().followUps().anyReadyAt(now)
                    || found.get().followUps().leasedToAnotherAt(owner, now)) {
                return Optional.empty();
            }
            CaseRecord leased = found.get().withFollowUps(found.get().followUps().leasedTo(owner, now.plus(lease)));
            if (cases.update(leased, found.get().version())) {
                return Optional.of(leased);
            }
        }
        return Optional.empty();
    }

    /** Removes one done follow-up from the case as it now is (a concurrent change keeps its own). */
    private Optional<CaseRecord> markDone(CaseId id, String key) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<CaseRecord> found = cases.find(id);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            CaseRecord done = found.get().withFollowUps(found.get().followUps().without(key));
            if (cases.update(done, found.get().version())) {
                return Optional.of(done);
            }
        }
        return Optional.empty();
    }

    /** Replaces one follow-up in the case as it now is (tried, waiting for its next try). */
    private Optional<CaseRecord> replace(CaseId id, FollowUp followUp) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<CaseRecord> found = cases.find(id);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            CaseRecord tried = found.get().withFollowUps(found.get().followUps().replacing(followUp));
            if (cases.update(tried, found.get().version())) {
                return Optional.of(tried);
            }
        }
        return Optional.empty();
    }

    /** Lets go of the lease, if this instance still holds it; what a concurrent change added waits for the next run. */
    private void release(CaseId id) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<CaseRecord> found = cases.find(id);
            if (found.isEmpty() || !found.get().followUps().leaseOwner().filter(owner::equals).isPresent()) {
                return;
            }
            if (cases.update(found.get().withFollowUps(found.get().followUps().released()), found.get().version())) {
                return;
            }
        }
    }
}
