package uk.lscb.casereview.core.learning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;

/** Learning in maps; every method holds one lock. */
public final class InMemoryLearningLogs implements LearningLogs {
    private final Map<CaseId, ReviewLearning> reviews = new HashMap<>();
    private final Map<String, Map<String, Posting>> postings = new HashMap<>();

    @Override
    public synchronized Optional<ReviewLearning> find(CaseId caseId) {
        return Optional.ofNullable(reviews.get(caseId));
    }

    @Override
    public synchronized List<ReviewLearning> findAll(Collection<CaseId> caseIds) {
        return caseIds.stream().distinct().map(reviews::get).filter(Objects::nonNull).toList();
    }

    @Override
    public synchronized boolean create(ReviewLearning learning) {
        Objects.requireNonNull(learning, "learning");
        return reviews.putIfAbsent(learning.caseId(), learning) == null;
    }

    @Override
    public synchronized boolean update(ReviewLearning next, long expectedVersion) {
        ReviewLearning stored = reviews.get(next.caseId());
        if (stored == null || stored.version() != expectedVersion) {
            return false;
        }
        reviews.put(next.caseId(), next);
        return true;
    }

    @Override
    public synchronized List<ReviewLearning> ofBoard(BoardId board) {
        return reviews.values().stream().filter(review -> review.board().equals(board))
                .sorted(Comparator.comparing(review -> review.caseId().value())).toList();
    }

    @Override
    public synchronized List<ReviewLearning> unindexed() {
        return reviews.values().stream().filter(review -> !review.indexed()).toList();
    }

    @Override
    public synchronized void index(Collection<Posting> more) {
        for (Posting posting : more) {
            postings.computeIfAbsent(posting.term(), term -> new TreeMap<>()).putIfAbsent(posting.id(), posting);
        }
    }

    @Override
    public synchronized List<Posting> postings(String term, Optional<BoardId> board, Optional<LocalDate> from,
                                               Optional<LocalDate> to) {
        return postings.getOrDefault(term, Map.of()).values().stream()
                .filter(posting -> board.map(posting.board()::equals).orElse(true))
                .filter(posting -> from.map(day -> !posting.sharedOn().isBefore(day)).orElse(true))
                .filter(posting -> to.map(day -> !posting.sharedOn().isAfter(day)).orElse(true))
                .toList();
    }
}
