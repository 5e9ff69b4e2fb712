package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.Serialization;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.PanelRegistration;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.TextForm;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.ConversationKey;

/**
 * Maps Teams activities to core inputs and renders what comes back. Decides nothing: the conversation
 * is the core's {@link ScopingService}, case actions (and who may take them) the core's {@link CaseService}.
 */
final class TeamsHandler extends TeamsActivityHandler {
    private static final System.Logger LOG = System.getLogger(TeamsHandler.class.getName());
    static final String INVOKE_ADAPTIVE_CARD = "adaptiveCard/action";
    static final String MESSAGE_TYPE = "application/vnd.microsoft.activity.message";
    static final String POINTER = "I've sent you a private message to start the referral. To protect the "
            + "child's privacy, referrals are only ever discussed in a private chat, never in a channel.";
    static final String CHOOSE_AN_ANSWER = "Choose the answer to change in the list, then press \u201CChange the "
            + "chosen answer\u201D.";
    static final String MESSAGE_ME = "To protect the child's privacy, referrals are only ever discussed in a "
            + "private chat. Please open a chat with me (Case Review Assistant) and say \"start\".";
    static final String WELCOME = "Hello. I help you decide whether the death or serious harm of a child meets the "
            + "threshold for a Serious Case Review. Say \"start\" to begin a referral, or \"help\". Never give "
            + "me a child's name: I will ask for a case reference.";
    private static final Pattern AT = Pattern.compile("(?is)<at>.*?</at>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    private final TeamsSettings settings;
    private final ScopingService scoping;
    private final CaseService cases;
    private final Addresses addresses;
    private final PanelChannels panels;
    private final PanelRegistration registration;
    private final Consumer<CaseRecord> onCaseCreated;

    TeamsHandler(TeamsSettings settings, ScopingService scoping, CaseService cases, Addresses addresses, Roles roles,
                 Boards boards, PanelChannels panels, Consumer<CaseRecord> onCaseCreated) {
        this.settings = settings;
        this.scoping = scoping;
        this.cases = cases;
        this.addresses = addresses;
        this.panels = panels;
        this.registration = new PanelRegistration(boards, roles);
        this.onCaseCreated = onCaseCreated;
    }

    // ---- messages ------------------------------------------------------------------------------

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        if (activity.getValue() != null) {
            onSubmit(turn);
        } else if (isPersonal(activity)) {
            rememberPerson(activity);
            String text = plain(activity.getText());
            Optional<PanelRegistration.Result> registering = registration.handle(text, who(activity),
                    PanelRegistration.Place.DIRECT_MESSAGE);
            if (registering.isPresent()) {
                turn.sendActivity(MessageFactory.text(registering.get().reply())).join();
            } else {
                converse(turn, key(activity), new Inbound.TextMessage(text));
            }
        } else if (mentionsBot(activity)) {
            onChannelMention(turn);
        }
        return CompletableFuture.completedFuture(null);
    }

    /** An Action.Submit (the fallback of every Action.Execute): a message whose value is the card's data. */
    private void onSubmit(TurnContext turn) {
        Activity activity = turn.getActivity();
        CardData data = CardData.of(activity.getValue());
        if (data.payload().isEmpty()) {
            turn.sendActivity(MessageFactory.text(ActionCodec.UNRECOGNISED)).join();
            return;
        }
        String payload = data.payload().get();
        Optional<ButtonAction> pressed = ActionCodec.decode(payload);
        if (pressed.filter(ButtonAction.ChangeChosen.class::isInstance).isPresent()) {
            turn.sendActivity(MessageFactory.text(CHOOSE_AN_ANSWER)).join();
            return;
        }
        if (pressed.orElse(null) instanceof ButtonAction.CaseChange change) {
            CaseService.ActionResult result = cases.cardAction(change, data.inputs(), actor(activity));
            Optional<CaseRecord> record = result.record();
            if (record.isPresent()) {
                Optional<ObjectNode> card = markedDone(change, record.get())
                        .or(() -> formDone(change, result, record.get()))
                        .or(() -> provided(change, result, record.get()));
                boolean last = card.isPresent();
                if (card.isEmpty() && !(change instanceof ButtonAction.MarkDone) && !isForm(change)
                        && !(change instanceof ButtonAction.MarkProvided)) {
                    var decision = cases.card(record.get());
                    last = decision.decided().isPresent();
                    if (result.applied() || last) {
                        card = Optional.of(TeamsCards.decision(decision, Optional.empty()));
                    }
                }
                // A card that cannot be replaced (Web Chat sends no replyToId; Direct Line stand-ins refuse
                // updates) stays as it was: a decided or done card is then posted anew, so its outcome is seen.
                if (card.isPresent() && !replace(turn, card.get()) && last) {
                    turn.sendActivity(cardActivity(card.get())).join();
                }
            }
            turn.sendActivity(MessageFactory.text(result.message())).join();
        } else if (isPersonal(activity)) {
            rememberPerson(activity);
            converse(turn, key(activity), new Inbound.ButtonPressed(payload));
        } else if (pressed.isEmpty()) {
            turn.sendActivity(MessageFactory.text(ActionCodec.UNRECOGNISED)).join();
        }
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
        Activity update = cardActivity(card);
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

    // ---- invokes (Action.Execute) --------------------------------------------------------------

    @Override
    protected CompletableFuture<InvokeResponse> onInvokeActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        if (!INVOKE_ADAPTIVE_CARD.equals(activity.getName())) {
            return super.onInvokeActivity(turn);
        }
        JsonNode value = activity.getValue() == null ? null : Serialization.objectToTree(activity.getValue());
        JsonNode action = value == null ? null : value.get("action");
        if (action == null || !"Action.Execute".equals(action.path("type").asText("Action.Execute"))) {
            return CompletableFuture.completedFuture(error(400, "BadRequest", "Not an Action.Execute."));
        }
        CardData data = CardData.of(action.get("data"));
        if (data.payload().isEmpty()) {
            return CompletableFuture.completedFuture(error(400, "BadRequest", "The action has no payload."));
        }
        String payload = data.payload().get();
        Optional<ButtonAction> pressed = ActionCodec.decode(payload);
        if (pressed.filter(ButtonAction.ChangeChosen.class::isInstance).isPresent()) {
            return CompletableFuture.completedFuture(message(CHOOSE_AN_ANSWER));
        }
        if (pressed.orElse(null) instanceof ButtonAction.CaseChange change) {
            CaseService.ActionResult result = cases.cardAction(change, data.inputs(), actor(activity));
            if (result.record().isEmpty()) {
                return CompletableFuture.completedFuture(message(result.message()));
            }
            if (change instanceof ButtonAction.MarkProvided) {
                // An agency request's Mark provided: the message becomes what was recorded; a refusal (someone
                // else's request, or one already provided: who and when) leaves it as it is.
                return CompletableFuture.completedFuture(provided(change, result, result.record().get())
                        .map(TeamsHandler::cardResponse).orElseGet(() -> message(result.message())));
            }
            if (change instanceof ButtonAction.MarkDone || isForm(change)) {
                // A reminder's Mark done: the reminder becomes a "done" card (so does a stale copy of one done
                // elsewhere). A form: its card says what was recorded. A refusal leaves the card, and what was
                // typed in it, as it is.
                Optional<ObjectNode> card = markedDone(change, result.record().get())
                        .or(() -> formDone(change, result, result.record().get()));
                return CompletableFuture.completedFuture(card.map(TeamsHandler::cardResponse)
                        .orElseGet(() -> message(result.message())));
            }
            var decision = cases.card(result.record().get());
            // Refused on a card still open: it comes back with all the Chair typed, the refusal by its input.
            ObjectNode card = result.applied() ? TeamsCards.decision(decision, Optional.empty())
                    : decision.decided().isPresent() ? TeamsCards.decision(decision, Optional.of(result.message()))
                    : TeamsCards.refused(decision, result.message(), result.input(), data.inputs());
            return CompletableFuture.completedFuture(cardResponse(card));
        }
        if (!isPersonal(activity)) {
            return CompletableFuture.completedFuture(message(pressed.isEmpty() ? ActionCodec.UNRECOGNISED : MESSAGE_ME));
        }
        rememberPerson(activity);
        boolean sent = converse(turn, key(activity), new Inbound.ButtonPressed(payload));
        // The question card stays as it is (the core handles stale presses); the replies follow as messages.
        return CompletableFuture.completedFuture(message(sent ? "Got it." : "Already done."));
    }

    /** A button whose form was sent: the reason for a delay, the referrer's answer to the Chair. */
    private static boolean isForm(ButtonAction action) {
        return TextForm.of(action).isPresent();
    }

    /** What a form's card becomes once its text is recorded: what was recorded, and no form left. */
    private static Optional<ObjectNode> formDone(ButtonAction action, CaseService.ActionResult result,
                                                 CaseRecord record) {
        if (!isForm(action) || !result.applied()) {
            return Optional.empty();
        }
        return Optional.of(TeamsCards.recorded(result.message(), record));
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

    private static InvokeResponse cardResponse(ObjectNode card) {
        AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
        response.setStatusCode(200);
        response.setType(TeamsCards.CONTENT_TYPE);
        response.setValue(card);
        return new InvokeResponse(200, response);
    }

    private static InvokeResponse message(String text) {
        AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
        response.setStatusCode(200);
        response.setType(MESSAGE_TYPE);
        response.setValue(text);
        return new InvokeResponse(200, response);
    }

    private static InvokeResponse error(int status, String code, String text) {
        AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
        response.setStatusCode(status);
        response.setType("application/vnd.microsoft.error");
        response.setValue(Map.of("code", code, "message", text));
        return new InvokeResponse(200, response);
    }

    // ---- installation --------------------------------------------------------------------------

    @Override
    protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        List<ChannelAccount> added = activity.getMembersAdded() == null ? List.of() : activity.getMembersAdded();
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        boolean botAdded = added.stream().anyMatch(member -> Objects.equals(member.getId(), botId));
        if (!botAdded) {
            if (isPersonal(activity)) {
                rememberPerson(activity);
            }
            return CompletableFuture.completedFuture(null);
        }
        if (isPersonal(activity)) {
            rememberPerson(activity);
            // A Chair is greeted with what awaits their decision (and gets the cards that could not reach them).
            List<Reply> greeting = scoping.greet(who(activity));
            if (greeting.isEmpty()) {
                turn.sendActivity(MessageFactory.text(WELCOME)).join();
            }
            greeting.forEach(reply -> turn.sendActivity(render(reply)).join());
        } else {
            ConversationReference reference = channelReference(activity);
            addresses.save(new Addresses.Address(References.PLATFORM, Addresses.Kind.CHANNEL,
                    reference.getConversation().getId(), References.write(reference)));
        }
        return CompletableFuture.completedFuture(null);
    }

    // ---- channels ------------------------------------------------------------------------------

    private void onChannelMention(TurnContext turn) {
        Activity activity = turn.getActivity();
        Optional<PanelRegistration.Result> registering = registration.handle(plain(activity.getText()),
                who(activity), PanelRegistration.Place.CHANNEL);
        if (registering.isPresent()) {
            registerPanel(turn, registering.get());
            return;
        }
        if (startPrivately(turn)) {
            turn.sendActivity(MessageFactory.text(POINTER)).join();
        } else {
            turn.sendActivity(MessageFactory.text(MESSAGE_ME)).join();
        }
    }

    /** Core's panel-registration command, as typed in a channel: stores the channel when it registers it. */
    private void registerPanel(TurnContext turn, PanelRegistration.Result result) {
        if (result instanceof PanelRegistration.Result.Registered registered) {
            ConversationReference reference = channelReference(turn.getActivity());
            addresses.save(new Addresses.Address(References.PLATFORM, Addresses.Kind.CHANNEL,
                    "panel:" + registered.board().id().value(), References.write(reference)));
            LOG.log(System.Logger.Level.INFO, "panel channel for {0} registered by teams:{1}",
                    registered.board().id(), who(turn.getActivity()).id());
        }
        turn.sendActivity(MessageFactory.text(result.reply())).join();
    }

    /**
     * Starts the referral in a 1:1 chat with the person who mentioned the bot, through the Bot Connector's
     * create-conversation call. False when that is not possible (the channel then tells them to message the bot).
     */
    private boolean startPrivately(TurnContext turn) {
        Activity activity = turn.getActivity();
        if (!(turn.getAdapter() instanceof BotFrameworkAdapter adapter)) {
            return false;
        }
        ConversationParameters parameters = new ConversationParameters();
        parameters.setIsGroup(false);
        parameters.setBot(activity.getRecipient());
        ChannelAccount member = new ChannelAccount(activity.getFrom().getId());
        parameters.setMembers(List.of(member));
        String tenant = activity.getConversation().getTenantId();
        if (tenant != null) {
            parameters.setTenantId(tenant);
            ObjectNode channelData = Serialization.createObjectNode();
            channelData.putObject("tenant").put("id", tenant);
            parameters.setChannelData(channelData);
        }
        MicrosoftAppCredentials credentials = settings.localMode() ? MicrosoftAppCredentials.empty()
                : new MicrosoftAppCredentials(settings.appId(), settings.appPassword(),
                settings.singleTenant() ? settings.tenantId() : null);
        UserRef who = who(activity);
        try {
            adapter.createConversation(activity.getChannelId(), activity.getServiceUrl(), credentials, parameters,
                    privateTurn -> {
                        ConversationReference reference = privateTurn.getActivity().getConversationReference();
                        reference.setUser(activity.getFrom());
                        addresses.save(new Addresses.Address(References.PLATFORM, Addresses.Kind.PERSON, who.id(),
                                References.write(reference)));
                        ConversationKey key = new ConversationKey(References.PLATFORM,
                                privateTurn.getActivity().getConversation().getId());
                        ScopingService.TurnResult result = scoping.handle(new ScopingService.Incoming(key, who,
                                Optional.empty(), new Inbound.TextMessage("start"),
                                Optional.ofNullable(activity.getId()).map(id -> "channel-start:" + id)));
                        send(privateTurn, result);
                        return CompletableFuture.completedFuture(null);
                    }).join();
            return true;
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.WARNING, "could not start a private chat from a channel mention: {0}",
                    failed.toString());
            return false;
        }
    }

    // ---- the conversation ----------------------------------------------------------------------

    /** Runs one turn of the scoping conversation and sends its replies; false for a redelivery. */
    private boolean converse(TurnContext turn, ConversationKey key, Inbound input) {
        Activity activity = turn.getActivity();
        ScopingService.TurnResult result = scoping.handle(new ScopingService.Incoming(key, who(activity),
                Optional.empty(), input, Optional.ofNullable(activity.getId())));
        send(turn, result);
        return !result.duplicate();
    }

    private void send(TurnContext turn, ScopingService.TurnResult result) {
        if (result.duplicate()) {
            return;
        }
        for (Reply reply : result.replies()) {
            turn.sendActivity(render(reply)).join();
        }
        result.createdCase().ifPresent(created -> {
            try {
                onCaseCreated.accept(created);
            } catch (RuntimeException failed) {
                LOG.log(System.Logger.Level.WARNING, "case {0} created; telling the application failed: {1}",
                        created.id().value(), failed.toString());
            }
        });
    }

    /** A reply as an activity: plain text when it is only text, else an Adaptive Card. */
    static Activity render(Reply reply) {
        if (reply instanceof Reply.Say say && say.choices().isEmpty()) {
            return MessageFactory.text(say.text());
        }
        return cardActivity(TeamsCards.reply(reply));
    }

    static Activity cardActivity(ObjectNode card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(TeamsCards.CONTENT_TYPE);
        attachment.setContent(card);
        Activity activity = MessageFactory.attachment(attachment);
        activity.setType(ActivityTypes.MESSAGE);
        return activity;
    }

    // ---- who and where -------------------------------------------------------------------------

    static UserRef who(Activity activity) {
        ChannelAccount from = activity.getFrom();
        String id = from.getAadObjectId() != null && !from.getAadObjectId().isBlank() ? from.getAadObjectId()
                : from.getId();
        return new UserRef(References.PLATFORM, id, from.getName());
    }

    private CaseService.Actor actor(Activity activity) {
        return new CaseService.Actor(who(activity), panelBoardOf(activity));
    }

    /** The board whose panel channel this activity came from, if it did (1:1 chats never are). */
    private Optional<BoardId> panelBoardOf(Activity activity) {
        if (isPersonal(activity)) {
            return Optional.empty();
        }
        return panels.boardOf(activity.getConversation().getId());
    }

    private static ConversationKey key(Activity activity) {
        return new ConversationKey(References.PLATFORM, activity.getConversation().getId());
    }

    /** Keeps the person's 1:1 address for proactive messages; never fails the turn it is called from. */
    private void rememberPerson(Activity activity) {
        if (activity.getFrom() == null || activity.getFrom().getId() == null) {
            return;
        }
        ConversationReference reference = activity.getConversationReference();
        try {
            addresses.save(new Addresses.Address(References.PLATFORM, Addresses.Kind.PERSON, who(activity).id(),
                    References.write(reference)));
        } catch (RuntimeException notRemembered) {
            // The message is still handled: only a later proactive message to this person waits for the next one.
            LOG.log(System.Logger.Level.WARNING, "could not remember the address of teams:{0}: {1}",
                    who(activity).id(), notRemembered.getClass().getSimpleName());
        }
    }

    /**
     * A channel's reference, pointing at the channel itself rather than the thread it was spoken in. The
     * activity's own conversation is left as it is (a reference shares it), so replies stay in the thread.
     */
    private static ConversationReference channelReference(Activity activity) {
        ConversationReference reference = activity.getConversationReference();
        ConversationAccount channel = Serialization.treeToValue(Serialization.objectToTree(reference.getConversation()),
                ConversationAccount.class);
        channel.setId(References.channelId(channel.getId()));
        reference.setConversation(channel);
        reference.setActivityId(null);
        return reference;
    }

    /** Personal (1:1) chats; Web Chat and the Emulator send no conversation type and are 1:1 too. */
    static boolean isPersonal(Activity activity) {
        String type = activity.getConversation() == null ? null : activity.getConversation().getConversationType();
        return type == null || type.isBlank() || type.equals("personal");
    }

    private static boolean mentionsBot(Activity activity) {
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        List<Mention> mentions = activity.getMentions();
        return mentions != null && mentions.stream()
                .anyMatch(mention -> mention.getMentioned() != null && Objects.equals(mention.getMentioned().getId(), botId));
    }

    /** Text as typed: without {@code <at>…</at>} mentions, HTML tags and entities. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String stripped = AT.matcher(text).replaceAll(" ");
        stripped = stripped.replaceAll("(?i)<br\\s*/?>|</p>", "\n");
        stripped = TAG.matcher(stripped).replaceAll("");
        stripped = stripped.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return stripped.strip();
    }

    /** The data of a card action: its payload, and the other values (the card's inputs) as strings. */
    record CardData(Optional<String> payload, Map<String, String> inputs) {
        static CardData of(Object value) {
            if (value == null) {
                return new CardData(Optional.empty(), Map.of());
            }
            JsonNode node = value instanceof JsonNode json ? json : Serialization.objectToTree(value);
            if (node == null || !node.isObject()) {
                return new CardData(Optional.empty(), Map.of());
            }
            Map<String, String> inputs = new LinkedHashMap<>();
            Optional<String> payload = Optional.empty();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getValue().isValueNode() || field.getValue().isNull()) {
                    continue;
                }
                if (field.getKey().equals("payload")) {
                    payload = Optional.of(field.getValue().asText()).filter(text -> !text.isBlank());
                } else {
                    inputs.put(field.getKey(), field.getValue().asText());
                }
            }
            // The summary card's one Change button stands for the answer chosen in its list.
            if (payload.flatMap(ActionCodec::decode).filter(ButtonAction.ChangeChosen.class::isInstance).isPresent()) {
                String chosen = payload.get();
                payload = Optional.ofNullable(inputs.remove(TeamsCards.CHANGE_INPUT)).filter(text -> !text.isBlank())
                        .or(() -> Optional.of(chosen));
            }
            return new CardData(payload, TeamsCards.sentForm(inputs));
        }
    }
}
