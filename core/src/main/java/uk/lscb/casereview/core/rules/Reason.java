package uk.lscb.casereview.core.rules;

import java.util.Objects;

/** One criterion that decided a recommendation: what holds, in plain words, and the passage behind it. */
public record Reason(String statement, Citation citation) {
    public Reason {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(citation, "citation");
    }
}
