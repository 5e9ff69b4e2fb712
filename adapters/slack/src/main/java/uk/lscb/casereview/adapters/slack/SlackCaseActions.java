package uk.lscb.casereview.adapters.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import com.slack.api.model.view.View;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.cases.TextForm;
import uk.lscb.casereview.core.delivery.PostedCopies;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.messages.StepForm;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * The buttons on a case's messages (the Chair's decision card, a reminder's Mark done, Show details, a form, a case
 * step's button) and the modals they open. Each makes one call to the core's {@link CaseService}. What must come
 * before the ack (reading the case a modal is opened for, as its trigger id expires after 3 s; deciding a modal's
 * action, so that a refusal shows in it) is waited for {@link SlackTasks#ACK_BUDGET} at most; the rest runs after it.
 */
final class SlackCaseActions {
    private static final Platform PLATFORM = SlackHandlers.PLATFORM;
    private static final System.Logger LOG = System.getLogger(SlackCaseActions.class.getName());
    static final String TOO_SLOW = "Sorry, that took too long to open. Please press the button again.";
    static final String STILL_SAVING = "Still saving: the case records are slow to answer just now. You can close "
            + "this. I'll tell you whether it was recorded where you pressed the button.";
    static final String NOT_SURE = "Sorry, something went wrong on our side while recording that. Please look at the "
            + "case (type status and its reference) before trying again.";

    private final CaseService caseService;
    private final Roles roles;
    private final SlackApi api;
    private final PostedCopies postedCopies;
    private final Function<String, Optional<BoardId>> boardOfPanel;
    private final Optional<CaseCommands> commands;
    private final CopyUpdates copyUpdates = new CopyUpdates();
    private SlackTasks tasks;

    /**
     * @param boardOfPanel the board whose panel channel a channel is, if it is one
     * @param commands     what a case step's button opens (its form, or why not)
     */
    SlackCaseActions(CaseService caseService, Roles roles, SlackApi api, PostedCopies postedCopies,
                     Function<String, Optional<BoardId>> boardOfPanel, Optional<CaseCommands> commands) {
        this.caseService = caseService;
        this.commands = commands;
        this.roles = roles;
        this.api = api;
        this.postedCopies = postedCopies;
        this.boardOfPanel = boardOfPanel;
    }

    /** The modals' listeners; the buttons come through {@link #onCardButton}. */
    void register(App app, SlackTasks tasks, StoreUnreachable guarded) {
        this.tasks = tasks;
        app.blockAction(DecisionCard.OUTCOME, this::onOutcomeChosen);
        app.viewSubmission(SlackBlocks.DECISION_CALLBACK, guarded.submission(this::onDecisionSubmitted));
        app.viewSubmission(SlackBlocks.FORM_CALLBACK, guarded.submission(this::onFormSubmitted));
        app.viewSubmission(SlackBlocks.STEP_CALLBACK, guarded.submission(this::onStepSubmitted));
    }

    /**
     * A button on a case's card or message. The case is read first, as a modal may have to open within the 3 s its
     * trigger id lasts; when the store takes longer than {@link SlackTasks#ACK_BUDGET}, the press is acknowledged and
     * the person is told to press again (or that the case records can't be reached, if that is how the read ends).
     */
    Response onCardButton(ButtonAction.OnCase action, String value, BlockActionPayload payload, String user,
                          String channel, String messageTs, ActionContext ctx) {
        Optional<Optional<CaseRecord>> read = tasks.within(SlackTasks.ACK_BUDGET,
                () -> caseService.find(new CaseId(action.caseId())), (late, failed) -> tooSlow(channel, user, failed));
        if (read.isEmpty()) {
            return ctx.ack();
        }
        Optional<CaseRecord> record = read.get();
        if (record.isEmpty()) {
            tasks.later(() -> api.ephemeral(channel, user, "I can't find that case any more."));
            return ctx.ack();
        }
        if (action instanceof ButtonAction.ShowDetails) {
            // views.open first: the trigger id expires 3 s after the click. Shown to whoever sees the card.
            if (!api.openView(payload.getTriggerId(), SlackModals.details(caseService.card(record.get())))) {
                tasks.later(() -> api.ephemeral(channel, user, "Sorry, I couldn't show the details. Please press "
                        + "the button again."));
            }
            return ctx.ack();
        }
        if (action instanceof ButtonAction.OpenStep) {
            return openStep(value, payload, user, channel, messageTs, ctx);
        }
        if (action instanceof ButtonAction.MarkDone done) {
            Message original = payload.getMessage();
            tasks.later(() -> markDone(done, user, channel, messageTs, original));
            return ctx.ack();
        }
        if (action instanceof ButtonAction.MarkProvided provided) {
            Message original = payload.getMessage();
            tasks.later(() -> markProvided(provided, user, channel, messageTs, original));
            return ctx.ack();
        }
        Optional<TextForm> form = TextForm.of(action);
        if (form.isPresent()) {
            // views.open first: the trigger id expires 3 s after the click.
            if (!api.openView(payload.getTriggerId(), SlackModals.textModal(form.get(),
                    new CardActions.Origin(value, channel, messageTs == null ? "" : messageTs).toJson()))) {
                tasks.later(() -> api.ephemeral(channel, user, "Sorry, I couldn't open the form. Please press "
                        + "the button again."));
            }
            return ctx.ack();
        }
        if (!(action instanceof ButtonAction.Decision decision)) {
            return ctx.ack();
        }
        UserRef who = new UserRef(PLATFORM, user, payload.getUser().getName());
        DecisionCard card = caseService.card(record.get());
        boolean decider = roles.isChair(record.get().board(), who) || roles.partnership(record.get().board())
                .flatMap(partnership -> partnership.roleOf(who)).isPresent();
        // A card made before what the decision rests on (the referrer's answer) opens no form: the core refuses it.
        Optional<CardActions.ModalPlan> plan = card.decided().isPresent() || !decider
                || caseService.outOfDate(decision, record.get(), who).isPresent()
                ? Optional.empty() : CardActions.plan(card, decision.verb());
        if (plan.isPresent()) {
            // views.open first: the trigger id expires 3 s after the click.
            View modal = SlackModals.modal(card, plan.get().heading(), plan.get().submit(), plan.get().inputs(),
                    plan.get().required(), new CardActions.Origin(value, channel, messageTs == null ? ""
                            : messageTs).toJson());
            if (!api.openView(payload.getTriggerId(), modal)) {
                tasks.later(() -> api.ephemeral(channel, user, "Sorry, I couldn't open the form. Please press "
                        + "the button again."));
            }
            return ctx.ack();
        }
        // A Confirm that needs nothing more, or someone who may not decide (the core refuses and logs it),
        // or a card already decided (the core says who decided and when), or one out of date (the core refuses and
        // logs it, and the card becomes the case's as it now is).
        tasks.later(() -> {
            UserRef named = new UserRef(PLATFORM, user, api.displayName(user));
            // The recommended outcome goes with "decide" so that the core reaches its permission check
            // (and logs a refused attempt) rather than asking for an outcome first.
            CaseService.ActionResult result = caseService.cardAction(decision,
                    Map.of(DecisionCard.OUTCOME, record.get().recommendation().outcome().name()),
                    new CaseService.Actor(named, boardOfPanel.apply(channel)));
            afterCardAction(result, channel, messageTs, user);
        });
        return ctx.ack();
    }

    private void tooSlow(String channel, String user, Throwable failed) {
        if (failed instanceof StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "a button on a Slack case card found the store unreachable: {0}",
                    down.getMessage());
            api.ephemeral(channel, user, StoreUnreachable.MESSAGE);
            return;
        }
        if (failed != null) {
            LOG.log(System.Logger.Level.ERROR, "a button on a Slack case card failed", failed);
        }
        api.ephemeral(channel, user, TOO_SLOW);
    }

    /**
     * A case step's button: its form as a modal, for whoever may record the step while it can be recorded (the core's
     * case commands decide); otherwise why not, to the person only (on a stale button: who recorded it and when).
     */
    private Response openStep(String value, BlockActionPayload payload, String user, String channel, String messageTs,
                              ActionContext ctx) {
        UserRef who = new UserRef(PLATFORM, user, payload.getUser().getName());
        List<Reply> replies = commands.flatMap(c -> c.pressed(value, who))
                .orElse(List.of(new Reply.Say(ActionCodec.UNRECOGNISED)));
        Optional<StepForm> form = replies.stream().filter(Reply.Form.class::isInstance)
                .map(reply -> ((Reply.Form) reply).form()).findFirst();
        if (form.isPresent()) {
            // views.open first: the trigger id expires 3 s after the click.
            View modal = SlackStepForms.modal(form.get(), new CardActions.Origin(form.get().submit().payload(),
                    channel, messageTs == null ? "" : messageTs).toJson());
            if (!api.openView(payload.getTriggerId(), modal)) {
                tasks.later(() -> api.ephemeral(channel, user, "Sorry, I couldn't open the form. Please press "
                        + "the button again."));
            }
            return ctx.ack();
        }
        tasks.later(() -> replies.stream().filter(Reply.Say.class::isInstance)
                .forEach(reply -> api.ephemeral(channel, user, ((Reply.Say) reply).text())));
        return ctx.ack();
    }

    /**
     * Mark provided on an agency's request: the core checks who may (the contact, the board's people, its panel
     * channel) and says who provided it and when on a second press. The contact's own message (one request, in
     * their DM) loses its button and says what was recorded; elsewhere the person is told.
     */
    private void markProvided(ButtonAction.MarkProvided action, String user, String channel, String messageTs,
                              Message original) {
        UserRef named = new UserRef(PLATFORM, user, api.displayName(user));
        CaseService.ActionResult result = caseService.cardAction(action, Map.of(),
                new CaseService.Actor(named, boardOfPanel.apply(channel)));
        if (result.applied() && channel.startsWith("D") && messageTs != null && !messageTs.isEmpty()
                && original != null && original.getBlocks() != null) {
            api.update(channel, messageTs, SlackBlocks.markedDone(original.getText() == null ? "" : original.getText(),
                    original.getBlocks(), result.message()));
            return;
        }
        api.ephemeral(channel, user, result.message());
    }

    /**
     * Mark done on a reminder. Pressed in a panel channel, it counts as the panel's (the board is the
     * channel's, never the button's); elsewhere only the board's Chair or an administrator may. Once the
     * deadline is done the message says who marked it done and when, without the button.
     */
    private void markDone(ButtonAction.MarkDone action, String user, String channel, String messageTs,
                          Message original) {
        UserRef named = new UserRef(PLATFORM, user, api.displayName(user));
        CaseService.ActionResult result = caseService.cardAction(action, Map.of(),
                new CaseService.Actor(named, boardOfPanel.apply(channel)));
        Optional<DoneMark> done = result.record().flatMap(record -> record.deadline(action.deadline()))
                .flatMap(CaseDeadline::done);
        if (!result.applied() && done.isEmpty()) {
            api.ephemeral(channel, user, result.message());
        }
        if (done.isEmpty() || messageTs == null || messageTs.isEmpty() || original == null
                || original.getBlocks() == null) {
            return;
        }
        // Done, here or (a stale copy) elsewhere: the message shows who did it, not an error.
        String line = done.get().line(action.deadline());
        api.update(channel, messageTs, SlackBlocks.markedDone(original.getText() == null ? "Reminder"
                : original.getText(), original.getBlocks(), line));
    }

    /** True when this message is a remembered copy of the case's card (so the deliveries keep it current). */
    private boolean isRemembered(CaseId id, String channel, String ts) {
        return postedCopies.copies(id, PostedCopies.CARD, PLATFORM).stream()
                .anyMatch(copy -> copy.reference().equals(channel + " " + ts));
    }

    /**
     * Tells the person why not when the action was not applied, and shows the card pressed as the case now stands when
     * it was applied or the case was already decided (a stale card then says who decided and when). The Slack
     * deliveries replace every remembered copy of the card; only a message they do not know of (a copy whose address
     * was lost) is updated here, and once for each version of the case however many presses arrive together. A card
     * pressed out of date (made before the referrer's answer) is updated here whichever it is, remembered or not, as
     * the person is told to read the card as it now is.
     */
    private void afterCardAction(CaseService.ActionResult result, String channel, String messageTs, String user) {
        if (!result.applied()) {
            api.ephemeral(channel, user, result.message());
        }
        result.record().filter(record -> (result.applied() || record.decision().isPresent() || result.outOfDate())
                        && messageTs != null && !messageTs.isEmpty()
                        && (result.outOfDate() || !isRemembered(record.id(), channel, messageTs)))
                .filter(record -> copyUpdates.claim(channel, messageTs, record.version()))
                .ifPresent(record -> {
                    if (api.update(channel, messageTs, SlackBlocks.card(caseService.card(record)))
                            != SlackApi.Change.MADE) {
                        copyUpdates.failed(channel, messageTs, record.version());
                    }
                });
    }

    // ---- a reminder's or a request's form -------------------------------------------------------

    /**
     * The reason for a delay, or the referrer's answer to the Chair, sent from its modal: decided before the ack
     * so that a refusal (nothing typed, a name or a date of birth) is shown beside the box and nothing is kept. A
     * reason recorded changes every copy of its reminders, from the core ({@code FollowUp.Kind.REMINDERS_REASONED}).
     */
    private Response onFormSubmitted(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        var view = request.getPayload().getView();
        Optional<CardActions.Origin> origin = CardActions.Origin.fromJson(view.getPrivateMetadata());
        Optional<ButtonAction.CaseChange> action = origin.flatMap(CardActions.Origin::action);
        Optional<TextForm> form = action.flatMap(TextForm::of);
        if (form.isEmpty()) {
            return ctx.ack();
        }
        String user = request.getPayload().getUser().getId();
        String channel = origin.get().channel();
        return decided(ctx, view, channel, user, action.get(),
                refused -> Optional.of(form.get().inputId()), result -> api.ephemeral(channel, user, result.message()));
    }

    // ---- a case step's modal --------------------------------------------------------------------

    /**
     * A case step's form sent from its modal: checked and recorded by the core before the ack (the same call as the
     * local page, Teams and the API), so that a refusal (a wrong value, out of order, already recorded, someone who
     * may not) shows beside its field and nothing is recorded. Recorded, the modal closes and the person is told what
     * was recorded; the panel channel hears of it once, from the core.
     */
    private Response onStepSubmitted(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        var view = request.getPayload().getView();
        Optional<CardActions.Origin> origin = CardActions.Origin.fromJson(view.getPrivateMetadata());
        Optional<ButtonAction.TakeStep> action = origin.flatMap(CardActions.Origin::action)
                .filter(ButtonAction.TakeStep.class::isInstance).map(ButtonAction.TakeStep.class::cast);
        List<String> shown = inputBlocks(view);
        if (action.isEmpty()) {
            return shown.isEmpty() ? ctx.ack() : ctx.ackWithErrors(Map.of(shown.get(0),
                    "Sorry, this form can't be read. Please close it and press the step's button again."));
        }
        String user = request.getPayload().getUser().getId();
        String channel = origin.get().channel();
        return decided(ctx, view, channel, user, action.get(),
                refused -> refused.input().filter(shown::contains).or(() -> shown.stream().findFirst()),
                result -> api.ephemeral(channel, user, result.message()));
    }

    /** The block ids of a view's inputs, in order: where a refusal can be shown. */
    private static List<String> inputBlocks(View view) {
        return view.getBlocks() == null ? List.of() : view.getBlocks().stream()
                .filter(com.slack.api.model.block.InputBlock.class::isInstance)
                .map(block -> ((com.slack.api.model.block.InputBlock) block).getBlockId()).filter(Objects::nonNull)
                .toList();
    }

    // ---- the Chair's modal --------------------------------------------------------------------

    /**
     * An outcome chosen in the decide modal: the modal is updated to show only the inputs that outcome needs (the
     * core's rules say which), keeping what was typed. The case is read after the ack: the update needs no trigger id.
     */
    private Response onOutcomeChosen(BlockActionRequest request, ActionContext ctx) {
        var view = request.getPayload().getView();
        if (view == null || !SlackBlocks.DECISION_CALLBACK.equals(view.getCallbackId())) {
            return ctx.ack();
        }
        Optional<ButtonAction.Decision> action = CardActions.Origin.fromJson(view.getPrivateMetadata())
                .flatMap(CardActions.Origin::action)
                .filter(ButtonAction.Decision.class::isInstance).map(ButtonAction.Decision.class::cast);
        Map<String, String> typed = CardActions.values(view.getState() == null ? null : view.getState().getValues());
        action.ifPresent(chosen -> tasks.later(() -> showInputsFor(chosen, view, typed)));
        return ctx.ack();
    }

    private void showInputsFor(ButtonAction.Decision action, View view, Map<String, String> typed) {
        Optional<CaseRecord> record = caseService.find(new CaseId(action.caseId()));
        if (record.isEmpty()) {
            return;
        }
        DecisionCard card = caseService.card(record.get());
        Optional<CardActions.ModalPlan> plan = card.decided().isPresent() ? Optional.empty()
                : CardActions.plan(card, action.verb(), CardActions.chosenOutcome(typed));
        plan.ifPresent(p -> api.updateView(view.getId(), view.getHash(), SlackModals.modal(card, p.heading(),
                p.submit(), p.inputs(), p.required(), view.getPrivateMetadata(), typed)));
    }

    private Response onDecisionSubmitted(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        var view = request.getPayload().getView();
        Optional<CardActions.Origin> origin = CardActions.Origin.fromJson(view.getPrivateMetadata());
        Optional<ButtonAction.CaseChange> action = origin.flatMap(CardActions.Origin::action);
        List<String> shown = inputBlocks(view);
        String firstBlock = shown.isEmpty() ? null : shown.get(0);
        if (action.isEmpty()) {
            return firstBlock == null ? ctx.ack() : ctx.ackWithErrors(Map.of(firstBlock,
                    "Sorry, this form can't be read. Please close it and press the button on the card again."));
        }
        String user = request.getPayload().getUser().getId();
        String channel = origin.get().channel();
        return decided(ctx, view, channel, user, action.get(),
                refused -> refused.input().filter(shown::contains).or(() -> Optional.ofNullable(firstBlock)),
                result -> afterCardAction(result, channel, origin.get().ts(), user));
    }

    /**
     * A modal's action, decided by the core before the ack so that a refusal shows beside its input (or, with no
     * input to show it by, is told where the button was) and nothing is recorded; recorded, the modal closes and
     * {@code afterwards} runs after the ack. Slack waits 3 s for the ack, so the decision is waited for
     * {@link SlackTasks#ACK_BUDGET}: when the store is slower, the modal says the answer will follow and the person is
     * told it where the button was, and in the modal if it is still open.
     *
     * @param shownBy    the input by which a refusal is shown, if any
     * @param afterwards what follows the action once acknowledged (told to the person; a card brought up to date)
     */
    private Response decided(ViewSubmissionContext ctx, View view, String channel, String user,
                             ButtonAction.CaseChange action, Function<CaseService.ActionResult, Optional<String>> shownBy,
                             Consumer<CaseService.ActionResult> afterwards) {
        Map<String, String> values = CardActions.values(view.getState() == null ? null : view.getState().getValues());
        Supplier<CaseService.ActionResult> decide = () -> caseService.cardAction(action, values,
                new CaseService.Actor(new UserRef(PLATFORM, user, api.displayName(user)), boardOfPanel.apply(channel)));
        Optional<CaseService.ActionResult> inTime = tasks.within(SlackTasks.ACK_BUDGET, decide,
                (result, failed) -> decidedLate(view, channel, user, result, failed, afterwards));
        if (inTime.isEmpty()) {
            return ctx.ackWithUpdate(SlackModals.notice(view.getTitle(), STILL_SAVING));
        }
        CaseService.ActionResult result = inTime.get();
        Optional<String> block = result.applied() ? Optional.empty() : shownBy.apply(result);
        if (block.isPresent()) {
            if (result.outOfDate()) {
                // The case changed while the form was open: the card behind it becomes the case's as it now is.
                tasks.later(() -> afterwards.accept(result));
            }
            return ctx.ackWithErrors(Map.of(block.get(), SlackBlocks.clip(result.message(), 2000)));
        }
        tasks.later(() -> afterwards.accept(result));
        return ctx.ack();
    }

    /** A modal's action decided after its ack: the person told where the button was, and in the modal. */
    private void decidedLate(View view, String channel, String user, CaseService.ActionResult result,
                             Throwable failed, Consumer<CaseService.ActionResult> afterwards) {
        String told;
        if (failed instanceof StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "a Slack modal found the store unreachable: {0}", down.getMessage());
            told = StoreUnreachable.MESSAGE;
            api.ephemeral(channel, user, told);
        } else if (failed != null) {
            LOG.log(System.Logger.Level.ERROR, "a Slack modal's action failed", failed);
            told = NOT_SURE;
            api.ephemeral(channel, user, told);
        } else if (result.applied()) {
            told = result.message();
            afterwards.accept(result);
        } else {
            told = "Nothing was recorded. " + result.message() + " Please press the button again.";
            api.ephemeral(channel, user, told);
        }
        api.updateView(view.getId(), null, SlackModals.notice(view.getTitle(), told));
    }
}
