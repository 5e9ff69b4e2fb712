package uk.lscb.casereview.core.rules;

import java.util.List;
import java.util.Objects;

/** Why a question is asked: a plain explanation and the passages it rests on. */
public record Why(String explanation, List<Citation> citations) {
    public Why {
        Objects.requireNonNull(explanation, "explanation");
        citations = List.copyOf(citations);
    }
}
