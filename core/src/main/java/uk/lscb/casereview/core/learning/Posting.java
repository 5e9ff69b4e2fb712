package uk.lscb.casereview.core.learning;

import java.time.LocalDate;
import java.util.Objects;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;

/**
 * One entry of the learning log's search index: a term (a word of a shared finding, {@code theme:<theme>} for each
 * of its themes, or {@link Terms#EVERY} for every finding) and the finding it occurs in, with what the search
 * filters and ranks on, so that a search reads postings only and then the one page of findings it shows.
 *
 * @param inTitle the term is a word of the finding's title
 * @param sharedOn the London date the review's learning was recorded
 */
public record Posting(String term, CaseId caseId, int finding, BoardId board, LocalDate sharedOn, boolean inTitle) {
    public Posting {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(sharedOn, "sharedOn");
    }

    /** Unique across the index: {@code <term>|<caseId>|<finding>}. */
    public String id() {
        return term + "|" + caseId.value() + "|" + finding;
    }

    /** The finding's key across reviews: {@code <caseId>#<finding>}. */
    public String findingKey() {
        return caseId.value() + "#" + finding;
    }
}
