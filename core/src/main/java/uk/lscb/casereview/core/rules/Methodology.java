package uk.lscb.casereview.core.rules;

import java.util.Objects;

/** A learning-review methodology the framework names, with one line from the framework about it. */
public record Methodology(String name, Citation line) {
    public Methodology {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(line, "line");
    }
}
