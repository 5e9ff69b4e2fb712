package uk.lscb.casereview.core.cases;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;

/** Stored cases. */
public interface Cases {

    /** Creates the case unless one with its id exists. @return true if this call created it */
    boolean create(CaseRecord record);

    Optional<CaseRecord> find(CaseId id);

    /** Cases with this reference (compared without regard to case) on any board. */
    List<CaseRecord> findByReference(CaseReference reference);

    /** A board's cases, newest first. */
    List<CaseRecord> ofBoard(BoardId board);

    /**
     * A board's cases in one of these statuses, newest first: what the case lists read, so that a list costs the
     * cases it can show, not every case the board ever had. A store that indexes the status answers it from there.
     */
    default List<CaseRecord> ofBoard(BoardId board, Set<CaseStatus> statuses) {
        return ofBoard(board).stream().filter(record -> statuses.contains(record.status())).toList();
    }

    /**
     * The summaries of a board's cases in one of these statuses, newest first: what the board's overview and annual
     * report read. A store that can read part of a document reads only what a summary holds.
     */
    default List<CaseSummary> summariesOfBoard(BoardId board, Set<CaseStatus> statuses) {
        return ofBoard(board, statuses).stream().map(CaseSummary::of).toList();
    }

    /** Cases that still owe follow-ups (a non-empty {@link CaseRecord#followUps()}), in no particular order. */
    List<CaseRecord> withFollowUps();

    /** Stores {@code next} if the stored version is {@code expectedVersion}. @return false if it was not */
    boolean update(CaseRecord next, long expectedVersion);

    /**
     * Adds an entry to the case's audit trail, one version on, in one step with whatever else is written to the case
     * at the time: an entry (a read of the case, noted while others read or change it) is never lost to a
     * concurrent change. @return false if there is no such case
     */
    default boolean appendAudit(CaseId id, AuditEvent event) {
        return appendAudit(id, event, List.of());
    }

    /**
     * As {@link #appendAudit(CaseId, AuditEvent)}, with the follow-ups the entry owes added in the same step. Each is
     * keyed by its text ({@link FollowUp#keyedByText()}), as the case's version it is written at is not known to the
     * caller, and owed once: the caller adds a key that is not pending already.
     *
     * @throws IllegalArgumentException if a follow-up is keyed by the case's version
     */
    boolean appendAudit(CaseId id, AuditEvent event, List<FollowUp> owed);
}
