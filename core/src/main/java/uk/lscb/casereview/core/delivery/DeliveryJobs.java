package uk.lscb.casereview.core.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * Stored deliveries ({@link DeliveryJob}), claimed per platform with a lease. Every method that changes a job is one
 * atomic conditional update of that one job; nothing needs a transaction across jobs.
 */
public interface DeliveryJobs {

    /** Stores the job unless one with its id exists (whatever its status). @return true if stored */
    boolean enqueue(DeliveryJob job);

    /**
     * Leases to {@code owner} one pending job of the platform that is due ({@code notBefore <= now}) and not held by
     * a live lease, the earliest first (ties by id).
     */
    Optional<DeliveryJob> claimNext(Platform platform, Instant now, String owner, Duration lease);

    /** The job was carried out: {@code DONE} at {@code at}, if still pending and leased by {@code owner}. */
    boolean markDone(String id, String owner, Instant at);

    /**
     * The try failed: if pending and leased by {@code owner}, clears the lease, adds one to the attempts and moves
     * {@code notBefore} to {@code retryAt} — unless the job was poked since the try began ({@code pokesSeen} is no
     * longer its pokes), when it stays due as the poke left it.
     */
    void failed(String id, String owner, Instant retryAt, long pokesSeen);

    /** The pending jobs of this kind of the case on this platform are due at {@code now}. @return how many */
    int poke(String caseId, Platform platform, String kind, Instant now);

    /** The case's jobs in every status, by id. */
    List<DeliveryJob> ofCase(String caseId);

    /** The platform's pending jobs of this kind, by id (e.g. the Chair's cards still owed). */
    List<DeliveryJob> pending(Platform platform, String kind);

    /** Removes the jobs done before {@code cutoff} (their dedupe role is over). @return how many */
    int forgetDoneBefore(Instant cutoff);
}
