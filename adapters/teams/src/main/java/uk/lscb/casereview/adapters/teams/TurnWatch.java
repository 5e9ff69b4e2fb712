package uk.lscb.casereview.adapters.teams;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The turn budget, kept while a turn runs on the thread that received it. A turn is watched from its start: if it
 * ends within the budget its caller answers it; if not, this watch's thread answers it for the caller (whatever
 * {@link #start} was given to run) and the turn goes on. Turns in flight are kept in a set that one daemon thread
 * checks every tick, so a turn that ends in time costs a set's add and remove, and no thread is handed the turn or
 * woken for it. A turn is answered within the budget and a tick.
 */
final class TurnWatch implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(TurnWatch.class.getName());
    private static final Duration TICK = Duration.ofMillis(250);
    private static final TurnWatch STANDARD = new TurnWatch(TeamsBot.TURN_BUDGET, TICK);

    private final long budgetNanos;
    private final Set<Watched> inFlight = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "teams-turn-budget");
        thread.setDaemon(true);
        return thread;
    });

    TurnWatch(Duration budget, Duration tick) {
        this.budgetNanos = budget.toNanos();
        checker.scheduleWithFixedDelay(this::answerOverrunTurns, tick.toNanos(), tick.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The one watch of every Teams bot in this process: {@link TeamsBot#TURN_BUDGET}, checked every 250 ms. */
    static TurnWatch standard() {
        return STANDARD;
    }

    /** Watches a turn starting now; {@code onOverrun} runs on the watch's thread if the turn overruns its budget. */
    Watched start(Runnable onOverrun) {
        Watched turn = new Watched(System.nanoTime() + budgetNanos, Objects.requireNonNull(onOverrun, "onOverrun"));
        inFlight.add(turn);
        return turn;
    }

    private void answerOverrunTurns() {
        long now = System.nanoTime();
        for (Watched turn : inFlight) {
            if (now - turn.deadline >= 0 && turn.claim()) {
                try {
                    turn.onOverrun.run();
                } catch (Throwable failed) {
                    // caught whatever it is: a periodic task that throws is never run again, and every later turn
                    // would go unanswered at its budget
                    LOG.log(System.Logger.Level.ERROR, "answering a Teams turn that overran its budget failed", failed);
                }
            }
        }
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }

    /** One turn in flight. */
    final class Watched {
        private final long deadline;
        private final Runnable onOverrun;
        private final AtomicBoolean answered = new AtomicBoolean();

        private Watched(long deadline, Runnable onOverrun) {
            this.deadline = deadline;
            this.onOverrun = onOverrun;
        }

        /**
         * Takes the answering of this turn and stops watching it: true for whichever comes first, the turn ending in
         * time (its caller then answers it) or the watch at the budget; false for the other.
         */
        boolean claim() {
            inFlight.remove(this);
            return answered.compareAndSet(false, true);
        }
    }
}
