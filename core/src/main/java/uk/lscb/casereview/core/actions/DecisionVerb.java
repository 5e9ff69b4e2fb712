package uk.lscb.casereview.core.actions;

import java.util.Optional;

/**
 * The verbs of a decision card's buttons: the Chair's confirm the recommendation, decide the chosen outcome, ask for
 * more; a safeguarding partner's lead representative's agree or disagree with the recommendation.
 */
public enum DecisionVerb {
    CONFIRM("confirm"), DECIDE("decide"), MORE_INFORMATION("more-info"), AGREE("agree"), DISAGREE("disagree");

    private final String word;

    DecisionVerb(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** A safeguarding partner's verb (agree or disagree), not the Chair's. */
    public boolean byPartner() {
        return this == AGREE || this == DISAGREE;
    }

    static Optional<DecisionVerb> fromWord(String word) {
        for (DecisionVerb verb : values()) {
            if (verb.word.equals(word)) {
                return Optional.of(verb);
            }
        }
        return Optional.empty();
    }
}
