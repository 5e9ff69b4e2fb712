package uk.lscb.casereview.core.learning;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import uk.lscb.casereview.core.people.UserRef;

/**
 * One recommendation of a review, made from some of its findings (by number) and addressed to the board (no
 * agencies) or to named agencies. Numbered from 1 within its review.
 */
public record ReviewRecommendation(int number, String text, List<Integer> findings, List<String> agencies,
                                   UserRef by, Instant at) {
    public ReviewRecommendation {
        Objects.requireNonNull(text, "text");
        findings = List.copyOf(findings);
        agencies = List.copyOf(agencies);
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (number < 1) {
            throw new IllegalArgumentException("a recommendation's number counts from 1: " + number);
        }
    }

    /** "the board" or "Staffordshire Police, Midlands health trust". */
    public String addressedTo() {
        return agencies.isEmpty() ? "the board" : String.join(", ", agencies);
    }
}
