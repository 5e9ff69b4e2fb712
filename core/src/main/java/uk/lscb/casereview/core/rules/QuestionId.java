package uk.lscb.casereview.core.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/** A question's stable id, as used by the assessment API, payloads and transcripts. */
public record QuestionId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_]{1,63}");

    public QuestionId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a question id: " + value);
        }
    }

    public static QuestionId of(String value) {
        return new QuestionId(value);
    }

    /** True when the text has the shape of a question id (it may still not be in a pack). */
    public static boolean isWellFormed(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
