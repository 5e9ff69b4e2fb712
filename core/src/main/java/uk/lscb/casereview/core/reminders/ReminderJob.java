package uk.lscb.casereview.core.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.Reminder;
import uk.lscb.casereview.core.deadlines.ReminderStage;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;

/**
 * One stored reminder to send: a {@link Reminder} of one case's deadline, and how its delivery stands.
 * Holds no case content, only the case's id.
 *
 * @param id         {@code caseId/kind/due/sequence}: the same reminder always has the same id, so
 *                   scheduling it twice never makes two
 * @param at         when it is to be sent (after a failed send, when it is retried)
 * @param leaseOwner the server sending it now, while {@code leaseUntil} is in the future
 * @param attempts   failed hand-overs so far
 * @param sentAt     when it was handed to the platforms' deliveries ({@link ReminderDeliveries}), once
 *                   {@link Status#SENT}
 */
public record ReminderJob(String id, CaseId caseId, BoardId board, DeadlineKind kind, LocalDate due, int sequence,
                          ReminderStage stage, Instant at, Set<Audience> audience, Status status,
                          Optional<String> leaseOwner, Optional<Instant> leaseUntil, int attempts,
                          Optional<Instant> sentAt) {

    /** Where a job stands. Only {@code PENDING} jobs are ever claimed. */
    public enum Status {
        PENDING,
        SENT,
        CANCELLED
    }

    public ReminderJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(leaseOwner, "leaseOwner");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        Objects.requireNonNull(sentAt, "sentAt");
        if (!id.equals(idOf(caseId, kind, due, sequence))) {
            throw new IllegalArgumentException("a reminder job's id is caseId/kind/due/sequence: " + id);
        }
        if (audience.isEmpty()) {
            throw new IllegalArgumentException("a reminder job needs an audience: " + id);
        }
        if (leaseOwner.isPresent() != leaseUntil.isPresent()) {
            throw new IllegalArgumentException("a lease has both an owner and an end: " + id);
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts cannot be negative: " + id);
        }
        audience = Collections.unmodifiableSet(EnumSet.copyOf(audience));
    }

    /** The id of the {@code sequence}-th reminder of a case's deadline due on {@code due}. */
    public static String idOf(CaseId caseId, DeadlineKind kind, LocalDate due, int sequence) {
        return caseId + "/" + kind + "/" + due + "/" + sequence;
    }

    /** A new pending job for {@code reminder} of the case's deadline: unleased, never attempted. */
    public static ReminderJob pending(CaseId caseId, BoardId board, Reminder reminder) {
        return new ReminderJob(idOf(caseId, reminder.kind(), reminder.due(), reminder.sequence()), caseId, board,
                reminder.kind(), reminder.due(), reminder.sequence(), reminder.stage(), reminder.at(),
                reminder.audience(), Status.PENDING, Optional.empty(), Optional.empty(), 0, Optional.empty());
    }

    /** Whether a live lease holds it at {@code now} (a lease ending exactly at {@code now} has expired). */
    public boolean leasedAt(Instant now) {
        return leaseUntil.filter(until -> until.isAfter(now)).isPresent();
    }

    /** Whether it may be claimed at {@code now}: pending, due, and not held by a live lease. */
    public boolean claimableAt(Instant now) {
        return status == Status.PENDING && !at.isAfter(now) && !leasedAt(now);
    }

    public ReminderJob leasedTo(String owner, Instant until) {
        return new ReminderJob(id, caseId, board, kind, due, sequence, stage, at, audience, status,
                Optional.of(owner), Optional.of(until), attempts, sentAt);
    }

    public ReminderJob sent(Instant when) {
        return new ReminderJob(id, caseId, board, kind, due, sequence, stage, at, audience, Status.SENT,
                Optional.empty(), Optional.empty(), attempts, Optional.of(when));
    }

    public ReminderJob retriedAt(Instant retryAt) {
        return new ReminderJob(id, caseId, board, kind, due, sequence, stage, retryAt, audience, status,
                Optional.empty(), Optional.empty(), attempts + 1, sentAt);
    }

    public ReminderJob cancelled() {
        return new ReminderJob(id, caseId, board, kind, due, sequence, stage, at, audience, Status.CANCELLED,
                Optional.empty(), Optional.empty(), attempts, sentAt);
    }
}
