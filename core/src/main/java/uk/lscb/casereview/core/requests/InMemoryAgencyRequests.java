package uk.lscb.casereview.core.requests;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;

/** Agency requests in a map; every method holds one lock. */
public final class InMemoryAgencyRequests implements AgencyRequests {
    static final Comparator<AgencyRequest> BY_DUE = Comparator.comparing(AgencyRequest::due)
            .thenComparing(request -> request.caseId().value()).thenComparingInt(AgencyRequest::number);

    private final Map<String, AgencyRequest> store = new TreeMap<>();

    @Override
    public synchronized boolean create(AgencyRequest request) {
        Objects.requireNonNull(request, "request");
        return store.putIfAbsent(request.id(), request) == null;
    }

    @Override
    public synchronized Optional<AgencyRequest> find(CaseId caseId, int number) {
        return Optional.ofNullable(store.get(AgencyRequest.idOf(caseId, number)));
    }

    @Override
    public synchronized List<AgencyRequest> ofCase(CaseId caseId) {
        return store.values().stream().filter(request -> request.caseId().equals(caseId))
                .sorted(Comparator.comparingInt(AgencyRequest::number)).toList();
    }

    @Override
    public synchronized List<AgencyRequest> ofBoard(BoardId board) {
        return store.values().stream().filter(request -> request.board().equals(board)).sorted(BY_DUE).toList();
    }

    @Override
    public synchronized List<AgencyRequest> unrecorded() {
        return store.values().stream().filter(request -> !request.recorded()).toList();
    }

    @Override
    public synchronized boolean update(AgencyRequest next, long expectedVersion) {
        AgencyRequest stored = store.get(next.id());
        if (stored == null || stored.version() != expectedVersion) {
            return false;
        }
        store.put(next.id(), next);
        return true;
    }
}
