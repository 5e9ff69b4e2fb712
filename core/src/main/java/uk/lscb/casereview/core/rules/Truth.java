package uk.lscb.casereview.core.rules;

/**
 * Kleene's strong three-valued logic. {@code UNKNOWN} stands for an answer of "not sure" (or a
 * question that does not bear on the result), so that uncertainty is never silently read as "no".
 */
public enum Truth {
    TRUE, FALSE, UNKNOWN;

    public Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
    }

    public Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
    }

    public Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** True when the value is {@code TRUE} or {@code UNKNOWN}: it may hold. */
    public boolean mayHold() {
        return this != FALSE;
    }
}
