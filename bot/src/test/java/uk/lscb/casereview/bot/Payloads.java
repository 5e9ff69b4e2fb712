package uk.lscb.casereview.bot;

import java.util.Optional;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;

/** Reads a button's payload in tests through the core's codec, never by its wording. */
public final class Payloads {
    private Payloads() {
    }

    public static boolean is(String payload, Class<? extends ButtonAction> kind) {
        return ActionCodec.decode(payload).filter(kind::isInstance).isPresent();
    }

    /** A button of this kind about this case. */
    public static boolean is(String payload, Class<? extends ButtonAction.OnCase> kind, String caseId) {
        return onCase(payload).filter(kind::isInstance).filter(action -> action.caseId().equals(caseId)).isPresent();
    }

    public static boolean isDecision(String payload, DecisionVerb verb) {
        return onCase(payload).filter(action -> action instanceof ButtonAction.Decision decision
                && decision.verb() == verb).isPresent();
    }

    public static boolean isDecision(String payload, DecisionVerb verb, String caseId) {
        return isDecision(payload, verb) && is(payload, ButtonAction.Decision.class, caseId);
    }

    private static Optional<ButtonAction.OnCase> onCase(String payload) {
        return ActionCodec.decode(payload).filter(ButtonAction.OnCase.class::isInstance)
                .map(ButtonAction.OnCase.class::cast);
    }
}
