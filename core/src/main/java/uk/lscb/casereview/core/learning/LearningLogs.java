package uk.lscb.casereview.core.learning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;

/**
 * Stored learning: one {@link ReviewLearning} per case (every change one conditional write of it), and the search's
 * postings, written after a review's learning is recorded and looked up one term at a time.
 */
public interface LearningLogs {

    Optional<ReviewLearning> find(CaseId caseId);

    /** The stored reviews of these cases, read together (a search's page), in no order; a case with none is left out. */
    List<ReviewLearning> findAll(Collection<CaseId> caseIds);

    /** Stores a review's first version unless its case has one. @return true if this call stored it */
    boolean create(ReviewLearning learning);

    /** Stores {@code next} if the stored version is {@code expectedVersion}. @return false if it was not */
    boolean update(ReviewLearning next, long expectedVersion);

    /** A board's reviews with learning, by case id. */
    List<ReviewLearning> ofBoard(BoardId board);

    /** Reviews whose postings do not yet reflect them ({@link ReviewLearning#indexed()} false), in no order. */
    List<ReviewLearning> unindexed();

    /** Stores each posting unless one with its id is stored: writing the same postings twice changes nothing. */
    void index(Collection<Posting> postings);

    /**
     * The postings of one term, of one board or all, recorded between two London dates (inclusive) or at any time,
     * in no order.
     */
    List<Posting> postings(String term, Optional<BoardId> board, Optional<LocalDate> from, Optional<LocalDate> to);
}
