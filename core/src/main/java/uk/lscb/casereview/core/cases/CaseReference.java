package uk.lscb.casereview.core.cases;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A case reference: 3 to 40 letters, digits, {@code / - _ .}; never a name or a date of birth.
 * References are compared without regard to case ({@link #key()}).
 */
public record CaseReference(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9/_.\\-]{3,40}");

    public CaseReference {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a case reference: 3-40 letters, digits, / - _ .");
        }
    }

    public static boolean isWellFormed(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /** The form used to look a case up: upper case. */
    public String key() {
        return value.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
