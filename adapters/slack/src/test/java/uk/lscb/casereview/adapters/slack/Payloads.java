package uk.lscb.casereview.adapters.slack;

import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;

/** Reads a button's value in tests through the core's codec, never by its wording. */
final class Payloads {
    private Payloads() {
    }

    static boolean is(String payload, Class<? extends ButtonAction> kind) {
        return ActionCodec.decode(payload).filter(kind::isInstance).isPresent();
    }

    static boolean isDecision(String payload, DecisionVerb verb) {
        return ActionCodec.decode(payload)
                .filter(action -> action instanceof ButtonAction.Decision decision && decision.verb() == verb)
                .isPresent();
    }

    static boolean isConfirmedAnswer(String payload) {
        return ActionCodec.decode(payload)
                .filter(action -> action instanceof ButtonAction.ConfirmAnswer confirm && confirm.confirmed())
                .isPresent();
    }
}
