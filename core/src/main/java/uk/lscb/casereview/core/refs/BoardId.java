package uk.lscb.casereview.core.refs;

import java.util.Objects;
import java.util.regex.Pattern;

/** A board's stable id, e.g. {@code staffordshire}. */
public record BoardId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public BoardId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A board id is 2-40 lower-case letters, digits or hyphens, starting with a letter; got '"
                            + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
