package uk.lscb.casereview.core.cases;

import java.time.LocalDate;
import java.util.Objects;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Recommendation;

/** A completed scoping, ready to go to the board's Chair. */
public record Referral(BoardId board, CaseReference reference, LocalDate notifiedOn, Answers answers,
                       Recommendation recommendation) {
    public Referral {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(notifiedOn, "notifiedOn");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(recommendation, "recommendation");
    }
}
