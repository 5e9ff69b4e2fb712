package uk.lscb.casereview.core.requests;

import java.util.List;
import java.util.Optional;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;

/** Stored agency requests. Every change is one conditional write of one request. */
public interface AgencyRequests {

    /** Stores the request unless one with its id (case and number) exists. @return true if this call stored it */
    boolean create(AgencyRequest request);

    Optional<AgencyRequest> find(CaseId caseId, int number);

    /** A case's requests, by number. */
    List<AgencyRequest> ofCase(CaseId caseId);

    /** A board's requests across its cases: by due date, then case id, then number. */
    List<AgencyRequest> ofBoard(BoardId board);

    /** Requests whose case does not yet reflect them ({@link AgencyRequest#recorded()} false), in no order. */
    List<AgencyRequest> unrecorded();

    /** Stores {@code next} if the stored version is {@code expectedVersion}. @return false if it was not */
    boolean update(AgencyRequest next, long expectedVersion);
}
