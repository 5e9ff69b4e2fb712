package uk.lscb.casereview.core.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * Carries out one platform's due {@link DeliveryJob}s, one at a time: claims a job, hands it to the carrier and
 * records it done, or failed with the next try after {@link DeliveryJob#waitAfter} (a carrier that throws has
 * failed too). Run it on the platform's own thread: a platform that is slow or throttled then holds only its own.
 */
public final class DeliveryWorker {
    private static final System.Logger LOG = System.getLogger(DeliveryWorker.class.getName());
    /** At most this many jobs a run, so a run ends; the next run carries on. */
    private static final int MOST_A_RUN = 200;

    /** Carries out one job on the platform. */
    @FunctionalInterface
    public interface Carrier {
        /** @return false when it could not be done yet (tried again later); throws when the platform failed */
        boolean carryOut(DeliveryJob job);

        /** Hands each job to the carrier of its kind in {@code kinds}, and any other job to {@code otherwise}. */
        static Carrier byKind(Map<String, Carrier> kinds, Carrier otherwise) {
            Map<String, Carrier> byKind = Map.copyOf(kinds);
            Objects.requireNonNull(otherwise, "otherwise");
            return job -> byKind.getOrDefault(job.kind(), otherwise).carryOut(job);
        }
    }

    private final Platform platform;
    private final DeliveryJobs jobs;
    private final Carrier carrier;
    private final Clock clock;
    private final String owner;
    private final Duration lease;

    public DeliveryWorker(Platform platform, DeliveryJobs jobs, Carrier carrier, Clock clock, String owner,
                          Duration lease) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.carrier = Objects.requireNonNull(carrier, "carrier");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.owner = Objects.requireNonNull(owner, "owner") + "/" + platform;
        this.lease = Objects.requireNonNull(lease, "lease");
    }

    public Platform platform() {
        return platform;
    }

    /** Carries out every job of the platform that is due now. @return how many were done */
    public int drain() {
        int done = 0;
        for (int run = 0; run < MOST_A_RUN; run++) {
            Optional<DeliveryJob> claimed = jobs.claimNext(platform, clock.instant(), owner, lease);
            if (claimed.isEmpty()) {
                break;
            }
            DeliveryJob job = claimed.get();
            boolean carried;
            try {
                carried = carrier.carryOut(job);
            } catch (RuntimeException failed) {
                LOG.log(System.Logger.Level.WARNING, "delivery {0} failed on {1} (try {2}): {3}", job.id(), platform,
                        job.attempts() + 1, failed.getClass().getSimpleName());
                carried = false;
            }
            Instant now = clock.instant();
            if (carried) {
                jobs.markDone(job.id(), owner, now);
                done++;
            } else {
                jobs.failed(job.id(), owner, now.plus(DeliveryJob.waitAfter(job.attempts() + 1)), job.pokes());
            }
        }
        return done;
    }
}
