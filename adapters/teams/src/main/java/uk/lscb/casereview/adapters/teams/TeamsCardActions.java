package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import java.util.Map;
import java.util.Optional;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.TextForm;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.reminders.ReminderNotifications;

/**
 * A button pressed on a case's card (the Chair's decision, a reminder's Mark done, a form): one call to the core's
 * {@link CaseService}, and the card it becomes, as an Action.Submit's replies or an Action.Execute's answer.
 */
final class TeamsCardActions {
    private static final System.Logger LOG = System.getLogger(TeamsCardActions.class.getName());
    static final String MESSAGE_TYPE = "application/vnd.microsoft.activity.message";

    private final CaseService cases;
    private final PanelChannels panels;

    TeamsCardActions(CaseService cases, PanelChannels panels) {
        this.cases = cases;
        this.panels = panels;
    }

    /** An Action.Submit on a case: the card is replaced where it can be, then the core's message follows. */
    void submitted(TurnContext turn, ButtonAction.CaseChange change, CardData data) {
        Activity activity = turn.getActivity();
        CaseService.ActionResult result = cases.cardAction(change, data.inputs(), actor(activity));
        Optional<CaseRecord> record = result.record();
        Optional<ObjectNode> refusedForm = record.flatMap(found -> refusedForm(change, result, found, data));
        if (refusedForm.isPresent()) {
            // As an Action.Execute's: the form again, with what was typed and the refusal beside its field (posted
            // anew where the card cannot be replaced, so it is not lost).
            if (!replace(turn, refusedForm.get())) {
                turn.sendActivity(TeamsHandler.cardActivity(refusedForm.get())).join();
            }
        } else if (record.isPresent()) {
            Optional<ObjectNode> card = markedDone(change, record.get())
                    .or(() -> formDone(change, result, record.get()))
                    .or(() -> provided(change, result, record.get()));
            boolean last = card.isPresent();
            if (card.isEmpty() && !(change instanceof ButtonAction.MarkDone) && !isForm(change)
                    && !(change instanceof ButtonAction.MarkProvided)) {
                var decision = cases.card(record.get());
                // Decided, or pressed on a card made before what the decision rests on: the card as it now is.
                last = decision.decided().isPresent() || result.outOfDate();
                if (result.applied() || last) {
                    card = Optional.of(DecisionCards.decision(decision, Optional.empty()));
                }
            }
            // A card that cannot be replaced (Web Chat sends no replyToId; Direct Line stand-ins refuse
            // updates) stays as it was: a decided or done card is then posted anew, so its outcome is seen.
            if (card.isPresent() && !replace(turn, card.get()) && last) {
                turn.sendActivity(TeamsHandler.cardActivity(card.get())).join();
            }
        }
        turn.sendActivity(TeamsHandler.message(result.message())).join();
    }

    /** An Action.Execute on a case: the card it comes back as, or the core's message. */
    InvokeResponse executed(Activity activity, ButtonAction.CaseChange change, CardData data) {
        CaseService.ActionResult result = cases.cardAction(change, data.inputs(), actor(activity));
        if (result.record().isEmpty()) {
            return message(result.message());
        }
        if (change instanceof ButtonAction.MarkProvided) {
            // An agency request's Mark provided: the message becomes what was recorded; a refusal (someone
            // else's request, or one already provided: who and when) leaves it as it is.
            return provided(change, result, result.record().get()).map(TeamsCardActions::cardResponse)
                    .orElseGet(() -> message(result.message()));
        }
        Optional<ObjectNode> refusedForm = refusedForm(change, result, result.record().get(), data);
        if (refusedForm.isPresent()) {
            return cardResponse(refusedForm.get());
        }
        if (change instanceof ButtonAction.MarkDone || isForm(change)) {
            // A reminder's Mark done: the reminder becomes a "done" card (so does a stale copy of one done
            // elsewhere). A form: its card says what was recorded. A refusal leaves the card, and what was
            // typed in it, as it is.
            Optional<ObjectNode> card = markedDone(change, result.record().get())
                    .or(() -> formDone(change, result, result.record().get()));
            return card.map(TeamsCardActions::cardResponse).orElseGet(() -> message(result.message()));
        }
        var decision = cases.card(result.record().get());
        // Refused on a card still open: it comes back with all the Chair typed, the refusal by its input (refused as
        // pressed on a card out of date, it is the card as it now is, with the refusal at its top).
        ObjectNode card = result.applied() ? DecisionCards.decision(decision, Optional.empty())
                : decision.decided().isPresent() ? DecisionCards.decision(decision, Optional.of(result.message()))
                : DecisionCards.refused(decision, result.message(), result.input(), data.inputs());
        return cardResponse(card);
    }

    /**
     * A step's form refused (a case step's, the one asking an agency, a learning form): the form's card again with
     * what was typed and the refusal beside its field; empty for anything else.
     */
    private Optional<ObjectNode> refusedForm(ButtonAction.CaseChange change, CaseService.ActionResult result,
                                             CaseRecord record, CardData data) {
        if (!(change instanceof ButtonAction.TakeStep take) || result.applied()) {
            return Optional.empty();
        }
        return cases.stepForm(record, take.step()).map(form -> StepFormCards.card(form.refused(data.inputs(),
                result.input(), result.message())));
    }

    /**
     * Replaces the card the pressed button was on, where the client said which (replyToId); false when it
     * did not or the update failed. The action already stands either way.
     */
    private static boolean replace(TurnContext turn, ObjectNode card) {
        Activity activity = turn.getActivity();
        if (activity.getReplyToId() == null || activity.getReplyToId().isBlank()) {
            return false;
        }
        Activity update = TeamsHandler.cardActivity(card);
        update.setId(activity.getReplyToId());
        update.setConversation(activity.getConversation());
        try {
            turn.updateActivity(update).join();
            return true;
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.WARNING, "could not update the card in place ({0}); the action stands",
                    failed.getCause() == null ? failed.toString() : failed.getCause().toString());
            return false;
        }
    }

    /** A button whose form was sent: the reason for a delay, the referrer's answer to the Chair, a case step's form. */
    private static boolean isForm(ButtonAction action) {
        return TextForm.of(action).isPresent() || action instanceof ButtonAction.TakeStep;
    }

    /**
     * What a form's card becomes once its text is recorded: what was recorded, and no form left; an overdue reminder,
     * what it is then on every platform ({@link ReminderNotifications#delayRecorded}), Mark done kept.
     */
    private static Optional<ObjectNode> formDone(ButtonAction action, CaseService.ActionResult result,
                                                 CaseRecord record) {
        if (!isForm(action) || !result.applied()) {
            return Optional.empty();
        }
        Optional<ObjectNode> reminder = action instanceof ButtonAction.RecordDelay delay
                ? ReminderNotifications.delayRecorded(record, delay.deadline()).map(TeamsCards::notification)
                : Optional.empty();
        return reminder.or(() -> Optional.of(TeamsCards.recorded(result.message(), record)));
    }

    /** What an agency request's message becomes once marked provided: what was recorded, and no button left. */
    private static Optional<ObjectNode> provided(ButtonAction action, CaseService.ActionResult result,
                                                 CaseRecord record) {
        if (!(action instanceof ButtonAction.MarkProvided) || !result.applied()) {
            return Optional.empty();
        }
        return Optional.of(TeamsCards.recorded(result.message(), record));
    }

    /** For a Mark done payload whose deadline is now done: the card the reminder becomes. */
    private static Optional<ObjectNode> markedDone(ButtonAction action, CaseRecord record) {
        if (!(action instanceof ButtonAction.MarkDone done)) {
            return Optional.empty();
        }
        return Optional.of(done.deadline())
                .filter(deadline -> record.deadline(deadline).map(CaseDeadline::isDone).orElse(false))
                .map(deadline -> TeamsCards.done(record, deadline));
    }

    private CaseService.Actor actor(Activity activity) {
        return new CaseService.Actor(TeamsHandler.who(activity), panelBoardOf(activity));
    }

    /** The board whose panel channel this activity came from, if it did (1:1 chats never are). */
    private Optional<BoardId> panelBoardOf(Activity activity) {
        if (TeamsHandler.isPersonal(activity)) {
            return Optional.empty();
        }
        return panels.boardOf(activity.getConversation().getId());
    }

    private static InvokeResponse cardResponse(ObjectNode card) {
        AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
        response.setStatusCode(200);
        response.setType(TeamsCards.CONTENT_TYPE);
        response.setValue(card);
        return new InvokeResponse(200, response);
    }

    static InvokeResponse message(String text) {
        AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
        response.setStatusCode(200);
        response.setType(MESSAGE_TYPE);
        response.setValue(text);
        return new InvokeResponse(200, response);
    }

    /** An Adaptive Card action refused, with the error's status as the response's, as the SDK's own handler does. */
    static InvokeResponse error(int status, String code, String text) {
        AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
        response.setStatusCode(status);
        response.setType("application/vnd.microsoft.error");
        response.setValue(Map.of("code", code, "message", text));
        return new InvokeResponse(status, response);
    }
}
