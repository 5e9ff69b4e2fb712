package uk.lscb.casereview.core.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.delivery.Deliveries;
import uk.lscb.casereview.core.delivery.DeliveryJob;
import uk.lscb.casereview.core.delivery.DeliveryWorker;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;

/**
 * A due reminder handed to the platforms: one {@link DeliveryJob} per platform (kind {@link #KIND}), carried out by
 * that platform's own worker with its own backoff, so a platform that is throttled or slow holds back only its own
 * copy. The delivery's id comes from the reminder's, so handing the same reminder over again makes no second job; a
 * retry posts only where the platform has not posted it yet (its dedupe markers, keyed by the reminder's id).
 *
 * <p>Every copy is worded as of the moment the reminder was handed over (so a copy that waited for its platform says
 * what the others said), from the case as it stands when it is posted: a copy whose deadline has since been done,
 * stopped being reminded or moved to another date is not posted at all, nor is one that its platform has a later
 * reminder of the same deadline to post instead (it was away meanwhile): nobody gets a burst of stale reminders. Holds no case content: the job carries the reminder's id and the moment only.
 */
public final class ReminderDeliveries {
    /** The kind of a reminder's delivery jobs. */
    public static final String KIND = "REMINDER";
    private static final System.Logger LOG = System.getLogger(ReminderDeliveries.class.getName());

    private final ReminderJobs jobs;
    private final Cases cases;
    private final ReminderPolicy policy;
    private final Boards boards;
    private final Deliveries deliveries;
    private final Clock clock;

    public ReminderDeliveries(ReminderJobs jobs, Cases cases, ReminderPolicy policy, Boards boards,
                              Deliveries deliveries, Clock clock) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores one delivery of the reminder for each platform, due at once, and wakes the platforms; the copies are
     * worded as of {@code sentAt}.
     *
     * @throws uk.lscb.casereview.core.store.StoreUnavailableException when the jobs cannot be stored
     */
    public void handOver(ReminderJob reminder, Instant sentAt) {
        for (Platform platform : deliveries.platforms()) {
            deliveries.enqueue(DeliveryJob.pending(reminder.caseId().value(), deadlineKey(reminder)
                    + reminder.sequence(), platform, KIND, reminder.sequence(), Optional.of(sentAt + " "
                    + reminder.id()), clock.instant()));
        }
    }

    /** What carries out a platform's reminder deliveries, posting through the platform's channels. */
    public DeliveryWorker.Carrier carrier(ChannelNotifier channels) {
        Objects.requireNonNull(channels, "channels");
        return delivery -> carryOut(delivery, channels);
    }

    /**
     * Posts one platform's copy, unless it is no longer worth posting. @return true (a refused post throws, and the
     * worker tries it again after its wait)
     */
    private boolean carryOut(DeliveryJob delivery, ChannelNotifier channels) {
        String[] sent = delivery.text().orElse("").split(" ", 2);
        Optional<Instant> at = sent.length == 2 ? instant(sent[0]) : Optional.empty();
        CaseId caseId = new CaseId(delivery.caseId());
        List<ReminderJob> ofCase = jobs.ofCase(caseId);
        Optional<ReminderJob> found = ofCase.stream().filter(job -> sent.length == 2 && job.id().equals(sent[1]))
                .findFirst();
        Optional<CaseRecord> record = cases.find(caseId);
        if (at.isEmpty() || found.isEmpty() || record.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "delivery {0}: its reminder or case is gone; nothing posted",
                    delivery.id());
            return true;
        }
        ReminderJob reminder = found.get();
        Optional<CaseDeadline> deadline = record.get().deadline(reminder.kind());
        String later = delivery.caseId() + "/" + deadlineKey(reminder);
        boolean overtaken = deliveries.jobs().ofCase(delivery.caseId()).stream().anyMatch(other ->
                other.kind().equals(KIND) && other.platform().equals(delivery.platform())
                        && other.id().startsWith(later) && other.version() > delivery.version());
        if (deadline.isEmpty() || deadline.get().isDone() || !deadline.get().due().equals(reminder.due())
                || !ReminderScheduler.stillReminded(record.get(), reminder.kind()) || overtaken) {
            LOG.log(System.Logger.Level.DEBUG, "delivery {0}: not posted, its deadline is done, moved or no longer "
                    + "reminded, or a later reminder of it is owed", delivery.id());
            return true;
        }
        channels.send(ReminderNotifications.reminder(reminder, record.get(), deadline.get(), at.get(),
                boards.get(record.get().board()).map(Board::name).orElse(record.get().board().value()),
                policy.calendarGap(London.dateOf(reminder.at()))));
        return true;
    }

    /** The start of the delivery keys of one deadline's reminders (the sequence follows). */
    private static String deadlineKey(ReminderJob reminder) {
        return KIND + "/" + reminder.kind() + "/" + reminder.due() + "/";
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
