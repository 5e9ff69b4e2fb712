package uk.lscb.casereview.core.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import uk.lscb.casereview.core.platforms.Platform;

/** Delivery jobs in a map; every method holds one lock, so each is atomic as the port requires. */
public final class InMemoryDeliveryJobs implements DeliveryJobs {
    private static final Comparator<DeliveryJob> EARLIEST_FIRST =
            Comparator.comparing(DeliveryJob::notBefore).thenComparing(DeliveryJob::id);

    private final Map<String, DeliveryJob> store = new TreeMap<>();

    @Override
    public synchronized boolean enqueue(DeliveryJob job) {
        Objects.requireNonNull(job, "job");
        return store.putIfAbsent(job.id(), job) == null;
    }

    @Override
    public synchronized Optional<DeliveryJob> claimNext(Platform platform, Instant now, String owner, Duration lease) {
        Objects.requireNonNull(owner, "owner");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease must last a while: " + lease);
        }
        return store.values().stream().filter(job -> job.platform().equals(platform) && job.claimableAt(now))
                .min(EARLIEST_FIRST).map(job -> {
                    DeliveryJob leased = job.leasedTo(owner, now.plus(lease));
                    store.put(leased.id(), leased);
                    return leased;
                });
    }

    @Override
    public synchronized boolean markDone(String id, String owner, Instant at) {
        return heldBy(id, owner).map(job -> store.put(id, job.done(at))).isPresent();
    }

    @Override
    public synchronized void failed(String id, String owner, Instant retryAt, long pokesSeen) {
        heldBy(id, owner).ifPresent(job -> store.put(id, job.failed(retryAt, pokesSeen)));
    }

    @Override
    public synchronized int poke(String caseId, Platform platform, String kind, Instant now) {
        List<DeliveryJob> waiting = store.values().stream().filter(job -> job.caseId().equals(caseId)
                && job.platform().equals(platform) && job.kind().equals(kind)
                && job.status() == DeliveryJob.Status.PENDING).toList();
        waiting.forEach(job -> store.put(job.id(), job.poked(now)));
        return waiting.size();
    }

    @Override
    public synchronized List<DeliveryJob> ofCase(String caseId) {
        return store.values().stream().filter(job -> job.caseId().equals(caseId)).toList();
    }

    @Override
    public synchronized List<DeliveryJob> pending(Platform platform, String kind) {
        return store.values().stream().filter(job -> job.platform().equals(platform) && job.kind().equals(kind)
                && job.status() == DeliveryJob.Status.PENDING).toList();
    }

    @Override
    public synchronized int forgetDoneBefore(Instant cutoff) {
        List<String> old = store.values().stream().filter(job -> job.status() == DeliveryJob.Status.DONE
                && job.finishedAt().filter(at -> at.isBefore(cutoff)).isPresent()).map(DeliveryJob::id).toList();
        old.forEach(store::remove);
        return old.size();
    }

    private Optional<DeliveryJob> heldBy(String id, String owner) {
        Objects.requireNonNull(owner, "owner");
        return Optional.ofNullable(store.get(id)).filter(job -> job.status() == DeliveryJob.Status.PENDING)
                .filter(job -> job.leaseOwner().filter(owner::equals).isPresent());
    }
}
