package uk.lscb.casereview.core.conversation;

import java.time.LocalDate;
import java.util.Objects;
import uk.lscb.casereview.core.boards.BoardId;
import uk.lscb.casereview.core.cases.CaseReference;
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
