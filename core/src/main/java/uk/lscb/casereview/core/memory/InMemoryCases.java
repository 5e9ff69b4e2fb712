package uk.lscb.casereview.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;

public final class InMemoryCases implements Cases {
    private final ConcurrentMap<CaseId, CaseRecord> store = new ConcurrentHashMap<>();

    @Override
    public boolean create(CaseRecord record) {
        return store.putIfAbsent(record.id(), record) == null;
    }

    @Override
    public Optional<CaseRecord> find(CaseId id) {
        return Optional.ofNullable(store.get(id));
    }

    @Override
    public List<CaseRecord> findByReference(CaseReference reference) {
        return store.values().stream().filter(record -> record.reference().key().equals(reference.key()))
                .sorted(Comparator.comparing(record -> record.id().value())).toList();
    }

    @Override
    public List<CaseRecord> ofBoard(BoardId board) {
        return store.values().stream().filter(record -> record.board().equals(board))
                .sorted(Comparator.comparing(CaseRecord::createdAt).reversed()
                        .thenComparing(record -> record.id().value()))
                .toList();
    }

    @Override
    public List<CaseRecord> withFollowUps() {
        return store.values().stream().filter(record -> !record.followUps().isEmpty()).toList();
    }

    @Override
    public boolean update(CaseRecord next, long expectedVersion) {
        boolean[] written = {false};
        store.computeIfPresent(next.id(), (id, current) -> {
            if (current.version() != expectedVersion) {
                return current;
            }
            written[0] = true;
            return next;
        });
        return written[0];
    }

    @Override
    public boolean appendAudit(CaseId id, AuditEvent event, List<FollowUp> owed) {
        List<FollowUp> more = FollowUp.requireKeyedByText(owed);
        return store.computeIfPresent(id, (key, current) -> current.recording(event, more)) != null;
    }
}
