package uk.lscb.casereview.core.actions;

import java.util.Optional;

/** The verbs of a decision card's buttons: confirm the recommendation, decide the chosen outcome, ask for more. */
public enum DecisionVerb {
    CONFIRM("confirm"), DECIDE("decide"), MORE_INFORMATION("more-info");

    private final String word;

    DecisionVerb(String word) {
        this.word = word;
    }

    public String word() {
        return word;
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
