package uk.lscb.casereview.core.messages;

import java.util.Objects;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;

/** A button: the label a person reads and the payload that comes back when it is pressed. */
public record Choice(String label, String payload) {
    public Choice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(payload, "payload");
    }

    /** A button that does this action. */
    public static Choice of(String label, ButtonAction action) {
        return new Choice(label, action.payload());
    }

    /** The button of a command, with the command's label. */
    public static Choice of(Command command) {
        return of(command.label(), new ButtonAction.Run(command));
    }

    /** Whether pressing this button runs the command, whatever its label says. */
    public boolean runs(Command command) {
        return payload.equals(new ButtonAction.Run(command).payload());
    }
}
