package uk.lscb.casereview.core.cases;

import java.util.Optional;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;

/**
 * A button that asks for one piece of text before it acts: "Record the reason for the delay" on an overdue
 * reminder, "Answer the Chair" on a request for more information. Each platform shows it as a form (a Teams
 * card's inputs, a Slack modal, the local page's form) whose text comes back under {@link #inputId()}.
 *
 * @param hint shown under the box: what to write, and the warning not to give a child's details
 */
public record TextForm(String title, String inputId, String label, String hint, String submit) {
    /** Free text is kept at most this long. */
    public static final int MAX_LENGTH = 2000;

    private static final String NO_NAMES = "Do not give a child's name or date of birth: refer to the case by its "
            + "reference. Text that looks like one is refused and not kept.";

    /** The form the action of a button's payload needs, if it needs one. */
    public static Optional<TextForm> of(String payload) {
        return ActionCodec.decode(payload).flatMap(TextForm::of);
    }

    /** The form an action needs, if it needs one. */
    public static Optional<TextForm> of(ButtonAction action) {
        if (action instanceof ButtonAction.RecordDelay) {
            return Optional.of(new TextForm("Reason for the delay", CaseLifecycle.DELAY_REASON,
                    "Why is this deadline late?", "For example: parallel criminal proceedings. " + NO_NAMES,
                    "Record the reason"));
        }
        if (action instanceof ButtonAction.AnswerChair) {
            return Optional.of(new TextForm("Answer the Chair", CaseLifecycle.ANSWER,
                    "The information the Chair asked for", NO_NAMES, "Send my answer"));
        }
        return Optional.empty();
    }
}
