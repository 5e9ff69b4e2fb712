package uk.lscb.casereview.core.delivery;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * The platforms' delivery queues: stores each job and wakes the worker of its platform, which runs on that
 * platform's own executor (in the application a thread per platform, never the inbound request's thread). A wake
 * while the worker runs makes it run once more when done, so a job made due meanwhile (a Chair who just wrote) is
 * not left waiting for the next sweep.
 */
public final class Deliveries {
    private final DeliveryJobs jobs;
    private final Clock clock;
    private final Map<Platform, Runner> runners = new ConcurrentHashMap<>();

    public Deliveries(DeliveryJobs jobs, Clock clock) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public DeliveryJobs jobs() {
        return jobs;
    }

    /** Adds a platform: its jobs are carried out by this worker on this executor. */
    public void register(DeliveryWorker worker, Executor executor) {
        runners.put(worker.platform(), new Runner(worker, executor));
    }

    /** The platforms deliveries go to, in no particular order. */
    public Collection<Platform> platforms() {
        return List.copyOf(runners.keySet());
    }

    public boolean reaches(Platform platform) {
        return runners.containsKey(platform);
    }

    /** Stores the job (once) and wakes its platform. */
    public void enqueue(DeliveryJob job) {
        jobs.enqueue(job);
        wake(job.platform());
    }

    /** The case's pending jobs of this kind on the platform are due now, and the platform is woken. */
    public void poke(String caseId, Platform platform, String kind) {
        if (jobs.poke(caseId, platform, kind, clock.instant()) > 0) {
            wake(platform);
        }
    }

    public void wake(Platform platform) {
        Runner runner = runners.get(platform);
        if (runner != null) {
            runner.wake();
        }
    }

    /** Wakes every platform (the sweep: jobs whose wait is over). */
    public void wakeAll() {
        runners.values().forEach(Runner::wake);
    }

    private static final class Runner {
        private static final System.Logger LOG = System.getLogger(Deliveries.class.getName());
        private final DeliveryWorker worker;
        private final Executor executor;
        private final AtomicBoolean requested = new AtomicBoolean();
        private final AtomicBoolean running = new AtomicBoolean();

        Runner(DeliveryWorker worker, Executor executor) {
            this.worker = worker;
            this.executor = executor;
        }

        void wake() {
            requested.set(true);
            if (running.compareAndSet(false, true)) {
                try {
                    executor.execute(this::run);
                } catch (RuntimeException refused) {
                    running.set(false);
                    LOG.log(System.Logger.Level.WARNING, "deliveries on {0} wait for the next sweep: {1}",
                            worker.platform(), refused.getClass().getSimpleName());
                }
            }
        }

        private void run() {
            try {
                while (requested.getAndSet(false)) {
                    try {
                        worker.drain();
                    } catch (RuntimeException failed) {
                        LOG.log(System.Logger.Level.WARNING, "deliveries on {0} wait for the next sweep: {1}",
                                worker.platform(), failed.getClass().getSimpleName());
                    }
                }
            } finally {
                running.set(false);
            }
            if (requested.get()) {
                wake();
            }
        }
    }
}
