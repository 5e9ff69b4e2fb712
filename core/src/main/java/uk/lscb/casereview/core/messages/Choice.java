package uk.lscb.casereview.core.messages;

import java.util.Objects;

/** A button: the label a person reads and the payload that comes back when it is pressed. */
public record Choice(String label, String payload) {
    public Choice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(payload, "payload");
    }
}
