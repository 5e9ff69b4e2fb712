package uk.lscb.casereview.core.cases;

import java.util.List;
import java.util.Optional;
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

    /** Cases that still owe follow-ups (a non-empty {@link CaseRecord#followUps()}), in no particular order. */
    List<CaseRecord> withFollowUps();

    /** Stores {@code next} if the stored version is {@code expectedVersion}. @return false if it was not */
    boolean update(CaseRecord next, long expectedVersion);
}
