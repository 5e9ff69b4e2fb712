package uk.lscb.casereview.core.contracts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.CaseSummary;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;

/** Cases that hand every call to another store: a test overrides only the calls it changes (a rival's write first). */
public class ForwardingCases implements Cases {
    protected final Cases cases;

    public ForwardingCases(Cases cases) {
        this.cases = cases;
    }

    @Override
    public boolean create(CaseRecord record) {
        return cases.create(record);
    }

    @Override
    public Optional<CaseRecord> find(CaseId id) {
        return cases.find(id);
    }

    @Override
    public List<CaseRecord> findByReference(CaseReference reference) {
        return cases.findByReference(reference);
    }

    @Override
    public List<CaseRecord> ofBoard(BoardId board) {
        return cases.ofBoard(board);
    }

    @Override
    public List<CaseRecord> ofBoard(BoardId board, Set<CaseStatus> statuses) {
        return cases.ofBoard(board, statuses);
    }

    @Override
    public List<CaseSummary> summariesOfBoard(BoardId board, Set<CaseStatus> statuses) {
        return cases.summariesOfBoard(board, statuses);
    }

    @Override
    public List<CaseRecord> withFollowUps() {
        return cases.withFollowUps();
    }

    @Override
    public boolean update(CaseRecord next, long expectedVersion) {
        return cases.update(next, expectedVersion);
    }

    @Override
    public boolean appendAudit(CaseId id, AuditEvent event, List<FollowUp> owed) {
        return cases.appendAudit(id, event, owed);
    }
}
