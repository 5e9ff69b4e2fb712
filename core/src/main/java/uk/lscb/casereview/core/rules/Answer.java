package uk.lscb.casereview.core.rules;

import java.util.Optional;

/** A three-valued answer to a yes/no question. */
public enum Answer {
    YES("Yes", Truth.TRUE),
    NO("No", Truth.FALSE),
    UNSURE("Not sure", Truth.UNKNOWN);

    private final String label;
    private final Truth truth;

    Answer(String label, Truth truth) {
        this.label = label;
        this.truth = truth;
    }

    public String label() {
        return label;
    }

    public Truth truth() {
        return truth;
    }

    /** The canonical lower-case form used in payloads and stored documents: yes, no, unsure. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True for yes and unsure: the answer does not rule the thing out. */
    public boolean yesOrUnsure() {
        return this != NO;
    }

    /**
     * Reads a typed answer: yes/y, no/n, not sure/unsure/don't know (and a few close variants),
     * case-insensitively, after trimming, with curly quotes straightened and a trailing full stop
     * or exclamation mark ignored.
     */
    public static Optional<Answer> read(String typed) {
        String text = TypedText.normalise(typed);
        return Optional.ofNullable(switch (text) {
            case "yes", "y", "yeah", "yep" -> YES;
            case "no", "n", "nope" -> NO;
            case "not sure", "unsure", "don't know", "dont know", "do not know", "not known",
                 "unknown", "maybe", "notsure" -> UNSURE;
            default -> null;
        });
    }
}
