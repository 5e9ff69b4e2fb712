package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.Serialization;
import java.util.List;
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
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.SavedAddresses;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.ConversationKey;

/**
 * Maps Teams activities to core inputs and renders what comes back. Decides nothing: the conversation
 * is the core's {@link ScopingService}, case actions (and who may take them) the core's {@link CaseService}.
 */
final class TeamsHandler extends TeamsActivityHandler {
    private static final System.Logger LOG = System.getLogger(TeamsHandler.class.getName());
    static final String INVOKE_ADAPTIVE_CARD = "adaptiveCard/action";
    static final String NOT_HANDLED = "This bot does not handle this kind of request: the only invoke it answers is an "
            + "Adaptive Card action (adaptiveCard/action).";
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
    /**
     * A tag of the HTML Teams may send a message's text in (its own among them: a quoted reply's attachment, an emoji):
     * a known name, then attributes only with values. Words typed in angle brackets ("due <2 weeks>", "<a few
     * weeks>", which a host sends as typed) are kept.
     */
    private static final Pattern TAG = Pattern.compile("(?i)</?(?:p|br|div|span|b|strong|i|em|u|s|strike|del|a|ul"
            + "|ol|li|blockquote|pre|code|h[1-6]|img|hr|table|thead|tbody|tr|td|th|sup|sub|font|attachment|emoji"
            + "|customemoji|codeblock)(?:\\s+[\\w:-]+\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))*\\s*/?>");

    private final ScopingService scoping;
    private final SavedAddresses addresses;
    private final PanelRegistration registration;
    private final Consumer<CaseRecord> onCaseCreated;
    private final TeamsCardActions cardActions;
    private final ChannelMentions mentions;

    TeamsHandler(TeamsSettings settings, ScopingService scoping, CaseService cases, SavedAddresses addresses,
                 Roles roles, Boards boards, PanelChannels panels, Consumer<CaseRecord> onCaseCreated) {
        this.scoping = scoping;
        this.addresses = addresses;
        this.registration = new PanelRegistration(boards, roles);
        this.onCaseCreated = onCaseCreated;
        this.cardActions = new TeamsCardActions(cases, panels);
        this.mentions = new ChannelMentions(settings, scoping, addresses, registration, this::send);
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
                turn.sendActivity(message(registering.get().reply())).join();
            } else {
                converse(turn, key(activity), new Inbound.TextMessage(text));
            }
        } else if (mentionsBot(activity)) {
            mentions.onChannelMention(turn);
        }
        return CompletableFuture.completedFuture(null);
    }

    /** An Action.Submit (the fallback of every Action.Execute): a message whose value is the card's data. */
    private void onSubmit(TurnContext turn) {
        Activity activity = turn.getActivity();
        CardData data = CardData.of(activity.getValue());
        if (data.payload().isEmpty()) {
            turn.sendActivity(message(ActionCodec.UNRECOGNISED)).join();
            return;
        }
        String payload = data.payload().get();
        Optional<ButtonAction> pressed = ActionCodec.decode(payload);
        if (pressed.filter(ButtonAction.ChangeChosen.class::isInstance).isPresent()) {
            turn.sendActivity(message(CHOOSE_AN_ANSWER)).join();
            return;
        }
        if (pressed.orElse(null) instanceof ButtonAction.CaseChange change) {
            cardActions.submitted(turn, change, data);
        } else if (isPersonal(activity)) {
            rememberPerson(activity);
            converse(turn, key(activity), new Inbound.ButtonPressed(payload));
        } else if (pressed.isEmpty()) {
            turn.sendActivity(message(ActionCodec.UNRECOGNISED)).join();
        }
    }

    // ---- invokes (Action.Execute) --------------------------------------------------------------

    @Override
    protected CompletableFuture<InvokeResponse> onInvokeActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        if (!INVOKE_ADAPTIVE_CARD.equals(activity.getName())) {
            // Task modules, tabs, messaging extensions, file consent...: none is in this bot's manifest. The SDK's
            // own handling answered 501 with no body, or read the value into its types and answered 500 naming them.
            return CompletableFuture.completedFuture(new InvokeResponse(400, TeamsBot.errorBody("unsupported_invoke",
                    NOT_HANDLED)));
        }
        JsonNode value = activity.getValue() == null ? null : Serialization.objectToTree(activity.getValue());
        JsonNode action = value == null ? null : value.get("action");
        if (action == null || !"Action.Execute".equals(action.path("type").asText("Action.Execute"))) {
            return CompletableFuture.completedFuture(TeamsCardActions.error(400, "BadRequest",
                    "Not an Action.Execute."));
        }
        CardData data = CardData.of(action.get("data"));
        if (data.payload().isEmpty()) {
            return CompletableFuture.completedFuture(TeamsCardActions.error(400, "BadRequest",
                    "The action has no payload."));
        }
        String payload = data.payload().get();
        Optional<ButtonAction> pressed = ActionCodec.decode(payload);
        if (pressed.filter(ButtonAction.ChangeChosen.class::isInstance).isPresent()) {
            return CompletableFuture.completedFuture(TeamsCardActions.message(CHOOSE_AN_ANSWER));
        }
        if (pressed.orElse(null) instanceof ButtonAction.CaseChange change) {
            return CompletableFuture.completedFuture(cardActions.executed(activity, change, data));
        }
        if (!isPersonal(activity)) {
            return CompletableFuture.completedFuture(TeamsCardActions.message(pressed.isEmpty()
                    ? ActionCodec.UNRECOGNISED : MESSAGE_ME));
        }
        rememberPerson(activity);
        boolean sent = converse(turn, key(activity), new Inbound.ButtonPressed(payload));
        // The question card stays as it is (the core handles stale presses); the replies follow as messages.
        return CompletableFuture.completedFuture(TeamsCardActions.message(sent ? "Got it." : "Already done."));
    }

    /**
     * None: the bot acts on no event (the SDK's own handling read a Teams meeting's start or end into its types, and
     * answered 500 for a value that was not one).
     */
    @Override
    protected CompletableFuture<Void> onEventActivity(TurnContext turn) {
        return CompletableFuture.completedFuture(null);
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
                turn.sendActivity(message(WELCOME)).join();
            }
            greeting.forEach(reply -> turn.sendActivity(render(reply)).join());
        } else {
            // Not saved (the store unreachable), it is kept when the bot is next mentioned in the channel.
            addresses.remember(ChannelMentions.channelAddress(activity));
        }
        return CompletableFuture.completedFuture(null);
    }

    // ---- the conversation ----------------------------------------------------------------------

    /** Runs one turn of the scoping conversation and sends its replies; false for a redelivery. */
    private boolean converse(TurnContext turn, ConversationKey key, Inbound input) {
        Activity activity = turn.getActivity();
        ScopingService.Incoming incoming = new ScopingService.Incoming(key, who(activity), Optional.empty(), input,
                Optional.ofNullable(activity.getId()));
        ScopingService.TurnResult result = scoping.handle(incoming);
        send(turn, incoming, result);
        return !result.duplicate();
    }

    /**
     * Sends a turn's replies in order. When the Bot Connector does not take one (after its retries), the scoping
     * service is told, so that the person's next message is not used as an answer to a question they never saw, and
     * the failure goes on to the request's answer.
     */
    private void send(TurnContext turn, ScopingService.Incoming incoming, ScopingService.TurnResult result) {
        if (result.duplicate()) {
            return;
        }
        try {
            for (Reply reply : result.replies()) {
                turn.sendActivity(render(reply)).join();
            }
        } catch (RuntimeException notDelivered) {
            scoping.notDelivered(incoming.key(), incoming.inboundId());
            throw notDelivered;
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

    /** A reply as an activity: a text message when it is only text ({@link #message}), else an Adaptive Card. */
    static Activity render(Reply reply) {
        if (reply instanceof Reply.Say say && say.choices().isEmpty()) {
            return message(say.text());
        }
        return cardActivity(TeamsCards.reply(reply));
    }

    /**
     * A text message shown as it is written ({@link TeamsCards#escaped}, as in a card): Teams reads a message's text
     * as Markdown, so typed words quoted back (a reason, an answer, a request) lost a link's brackets, took italics
     * or, in angle brackets, vanished. Not sent as plain text, which Teams would show without linking the web
     * addresses the messages give (an annual report's, in the Agents Playground).
     */
    static Activity message(String text) {
        return MessageFactory.text(TeamsCards.escaped(text));
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

    private static ConversationKey key(Activity activity) {
        return new ConversationKey(References.PLATFORM, activity.getConversation().getId());
    }

    /** Keeps the person's 1:1 address for proactive messages; never fails the turn it is called from. */
    private void rememberPerson(Activity activity) {
        if (activity.getFrom() == null || activity.getFrom().getId() == null) {
            return;
        }
        ConversationReference reference = activity.getConversationReference();
        // The message it came with is never posted to (Proactive posts anew) and would make each message's address new.
        reference.setActivityId(null);
        addresses.remember(new Addresses.Address(References.PLATFORM, Addresses.Kind.PERSON, who(activity).id(),
                References.write(reference)));
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

    /** Text as typed: without {@code <at>…</at>} mentions, the tags of HTML ({@link #TAG}) and entities. */
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
}
