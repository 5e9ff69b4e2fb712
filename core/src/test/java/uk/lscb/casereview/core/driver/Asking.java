package uk.lscb.casereview.core.driver;

import java.util.List;
import java.util.Optional;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;

/**
 * What the assistant's last turn asks of a person, as structured data: the id of the question being asked (when
 * one is) and the payloads of every button shown. Never its wording.
 */
public record Asking(Optional<String> question, List<String> payloads) {
    public static final String SUBMIT = new ButtonAction.Run(Command.SUBMIT).payload();

    public Asking {
        payloads = List.copyOf(payloads);
    }

    public boolean offers(String payload) {
        return payloads.contains(payload);
    }

    /** The question named by an answer or confirmation button, when there is one. */
    public static Optional<String> questionOf(List<String> payloads) {
        return payloads.stream().map(ActionCodec::decode).flatMap(Optional::stream).map(action -> {
            if (action instanceof ButtonAction.Answer answer) {
                return Optional.of(answer.question().value());
            }
            if (action instanceof ButtonAction.ConfirmAnswer confirm) {
                return Optional.of(confirm.question().value());
            }
            return Optional.<String>empty();
        }).flatMap(Optional::stream).findFirst();
    }

    /** Whether a turn's buttons ask something: a question (it always offers why), a confirmation, or submit. */
    public static boolean asksSomething(List<String> payloads) {
        return payloads.stream().map(ActionCodec::decode).flatMap(Optional::stream).anyMatch(action ->
                action.equals(new ButtonAction.Run(Command.WHY)) || action.equals(new ButtonAction.Run(Command.SUBMIT))
                        || action instanceof ButtonAction.ConfirmAnswer confirm && confirm.confirmed());
    }
}
