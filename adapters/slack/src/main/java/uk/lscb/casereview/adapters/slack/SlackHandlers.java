package uk.lscb.casereview.adapters.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.Event;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEkmAccessDeniedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageMeEvent;
import com.slack.api.model.event.MessageMetadataDeletedEvent;
import com.slack.api.model.event.MessageMetadataPostedEvent;
import com.slack.api.model.event.MessageMetadataUpdatedEvent;
import com.slack.api.model.event.MessageRepliedEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.PanelRegistration;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.PostedCopies;
import uk.lscb.casereview.core.delivery.SavedAddresses;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * The Bolt listeners. Each maps a Slack request to a core input, acknowledges within Slack's 3 s
 * and does any Web API work after the ack on the app's executor ({@link SlackTasks}, which logs what fails there).
 * Only {@code views.open} runs before the ack, because its trigger id expires after 3 s. A listener that finds the
 * store unreachable before its ack is answered by {@link StoreUnreachable}.
 */
final class SlackHandlers {
    private static final System.Logger LOG = System.getLogger(SlackHandlers.class.getName());
    static final Platform PLATFORM = Platform.SLACK;
    static final String COMMAND = "/casereview";
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(?:\\|[^>]*)?>");

    static final String LOOKING = "Looking that up: I'll answer here in a moment.";
    static final String SOMETHING_WRONG = "Sorry, something went wrong on our side, so I can't answer that just now. "
            + "Please try again in a minute.";

    private static final String ABOUT = "*Case Review Assistant* helps you decide whether the death or serious harm "
            + "of a child meets the threshold for a Serious Case Review. It asks one question at a time and "
            + "recommends; the board's Independent Chair decides. Never type a child's name: use a case reference.";
    private static final String IN_DIRECT_MESSAGES = "In our direct messages you can type each of these without "
            + "`/casereview`, and `back`, `restart`, `why`, `summary`, `help` or `cancel` at any point of a referral.";

    private final ScopingService scoping;
    private final SavedAddresses addresses;
    private final Boards boards;
    private final PanelRegistration registration;
    private final Map<BoardId, String> panelChannels;
    private final Optional<CaseCommands> commands;
    private final SlackApi api;
    private final SlackCaseActions caseActions;
    private SlackTasks tasks;

    SlackHandlers(ScopingService scoping, CaseService caseService, SavedAddresses addresses, Roles roles,
                  Boards boards, Map<BoardId, String> panelChannels, Optional<CaseCommands> commands, SlackApi api,
                  PostedCopies postedCopies) {
        this.scoping = scoping;
        this.addresses = addresses;
        this.boards = boards;
        this.registration = new PanelRegistration(boards, roles);
        this.panelChannels = Map.copyOf(panelChannels);
        this.commands = commands;
        this.api = api;
        this.caseActions = new SlackCaseActions(caseService, roles, api, postedCopies, this::boardOfPanel,
                commands);
    }

    /**
     * The message subtypes Slack sends an app subscribed to {@code message.im} that the assistant does not act on (an
     * edit, a deletion, a file, a bot's message, a thread's reply shown in the channel, a /me …): acknowledged, where
     * Bolt answered 404 for those without a listener, and Slack retries an event not answered 200 and in the end
     * turns off the app's events.
     */
    private static final List<Class<? extends Event>> IGNORED = List.of(MessageChangedEvent.class,
            MessageDeletedEvent.class, MessageBotEvent.class, MessageFileShareEvent.class,
            MessageThreadBroadcastEvent.class, MessageMeEvent.class, MessageRepliedEvent.class,
            MessageEkmAccessDeniedEvent.class, MessageMetadataPostedEvent.class, MessageMetadataUpdatedEvent.class,
            MessageMetadataDeletedEvent.class);

    private static <E extends Event> void ignore(App app, Class<E> type) {
        app.event(type, (payload, ctx) -> ctx.ack());
    }

    /** The workspace took the app away: one line for the operator, and the event acknowledged. */
    private static Response removed(EventContext ctx, String what) {
        LOG.log(System.Logger.Level.WARNING, "Slack says {0} in workspace {1}: nothing can be posted there until it "
                + "is installed again", what, ctx.getTeamId());
        return ctx.ack();
    }

    /** Puts the listeners on the app; those that use the store before their ack behind {@link StoreUnreachable}. */
    void register(App app) {
        this.tasks = new SlackTasks(app.executorService());
        StoreUnreachable guarded = new StoreUnreachable(api, tasks);
        app.command(COMMAND, guarded.command(this::onCommand));
        app.event(MessageEvent.class, this::onMessage);
        app.event(AppMentionEvent.class, this::onMention);
        app.event(AppHomeOpenedEvent.class, this::onAppOpened);
        IGNORED.forEach(type -> ignore(app, type));
        app.event(AppUninstalledEvent.class, (payload, ctx) -> removed(ctx, "the app was uninstalled"));
        app.event(TokensRevokedEvent.class, (payload, ctx) -> removed(ctx, "its tokens were revoked"));
        app.blockAction(Pattern.compile("^" + SlackBlocks.ACTION_PREFIX + ".*"), guarded.action(this::onButton));
        caseActions.register(app, tasks, guarded);
    }

    // ---- slash command ------------------------------------------------------------------------

    private Response onCommand(SlashCommandRequest request, SlashCommandContext ctx) {
        var payload = request.getPayload();
        String text = payload.getText() == null ? "" : payload.getText().trim();
        String word = text.isEmpty() ? "help" : text.split("\\s+", 2)[0].toLowerCase(Locale.UK);
        UserRef who = new UserRef(PLATFORM, payload.getUserId(), payload.getUserName());
        return switch (word) {
            case "start" -> {
                String inboundId = "command:" + payload.getTriggerId();
                tasks.later(() -> startInDirectMessage(who, inboundId, Optional.empty()));
                yield ctx.ack("I've sent you a direct message to start the referral there, so that no case "
                        + "details go in a channel.");
            }
            case "decide" -> {
                String inboundId = "command:" + payload.getTriggerId();
                tasks.later(() -> inDirectMessage(who, new Inbound.TextMessage(text), inboundId));
                yield ctx.ack("I'll answer in our direct message, where a decision card can be shown.");
            }
            case "transcript" -> payload.getChannelId() != null && payload.getChannelId().startsWith("D")
                    ? caseCommand(text, who, ctx)
                    : ctx.ack("Ask for a transcript in our direct message, so that it is shown to you only there: "
                    + "/casereview transcript <ref>.");
            case "register" -> answered(ctx, () -> ephemeral(SlackBlocks.escape(registerPanel(who, text,
                    payload.getChannelId()))));
            case "help" -> ctx.ack(help(who));
            default -> caseCommand(text, who, ctx);
        };
    }

    /**
     * Every other command (status, cases, case, timeline, done, delay, requests, report, learning…): answered by the
     * core's case commands (the same as typed in a direct message, with the same checks of who may see what), shown
     * only to the person; help when they do not know it.
     */
    private Response caseCommand(String text, UserRef who, SlashCommandContext ctx) {
        return answered(ctx, () -> commands.flatMap(c -> c.answer(text, who)).map(SlackHandlers::shown)
                .orElseGet(() -> ephemeral(help(who))));
    }

    /** {@code /casereview help}: what the assistant does and the commands this person may use. */
    private String help(UserRef who) {
        return help(commands.map(c -> c.commands(who)).orElse(List.of()));
    }

    static String help(List<Fact> commands) {
        StringBuilder help = new StringBuilder(ABOUT).append("\n\n")
                .append("• `/casereview start`: start a referral (in a direct message with me)\n");
        commands.forEach(command -> help.append("• `/casereview ").append(SlackBlocks.escape(command.label()))
                .append("`: ").append(SlackBlocks.escape(command.value())).append('\n'));
        return help.append("• `/casereview help`: this message\n").append(IN_DIRECT_MESSAGES).toString();
    }

    private static SlashCommandResponse shown(List<Reply> replies) {
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder fallback = new StringBuilder();
        for (Reply reply : replies) {
            SlackBlocks.Message message = SlackBlocks.reply(reply);
            blocks.addAll(message.blocks());
            fallback.append(fallback.length() == 0 ? "" : "\n").append(message.text());
        }
        List<LayoutBlock> capped = blocks.subList(0, Math.min(blocks.size(), SlackBlocks.MAX_MESSAGE_BLOCKS));
        return SlashCommandResponse.builder().responseType("ephemeral")
                .text(SlackBlocks.clip(fallback.toString(), SlackBlocks.MAX_TEXT)).blocks(capped).build();
    }

    private static SlashCommandResponse ephemeral(String text) {
        return SlashCommandResponse.builder().responseType("ephemeral").text(text).build();
    }

    /**
     * A slash command's answer, worked out before the ack ({@link SlackTasks#within}): in the ack when it is ready
     * within {@link SlackTasks#ACK_BUDGET}, otherwise through the command's response_url once it is, so that a slow
     * store (a remote MongoDB gives up on a server after 5 s) never leaves the person with Slack's own timeout notice:
     * Slack waits 3 s for the ack. The store found unreachable within the budget is answered by {@link StoreUnreachable}.
     */
    private Response answered(SlashCommandContext ctx, Supplier<SlashCommandResponse> answer) {
        return tasks.within(SlackTasks.ACK_BUDGET, answer, (response, failed) -> respondLater(ctx, response, failed))
                .map(ctx::ack).orElseGet(() -> ctx.ack(ephemeral(LOOKING)));
    }

    private static void respondLater(SlashCommandContext ctx, SlashCommandResponse response, Throwable failed) {
        SlashCommandResponse later = response;
        if (failed instanceof StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "the answer to a Slack command failed: {0}", down.getMessage());
            later = ephemeral(StoreUnreachable.MESSAGE);
        } else if (failed != null) {
            LOG.log(System.Logger.Level.ERROR, "the answer to a Slack command failed", failed);
            later = ephemeral(SOMETHING_WRONG);
        }
        try {
            ctx.respond(later);
        } catch (IOException unreachable) {
            LOG.log(System.Logger.Level.WARNING, "the answer to a Slack command could not be sent to its "
                    + "response_url: {0}", unreachable.getClass().getSimpleName());
        }
    }

    /**
     * Core's panel-registration command ("register panel channel for &lt;board&gt;"), typed by slash command, in a
     * mention or in the DM: stores the channel when it registers it. @return the reply, not yet escaped
     */
    private String registerPanel(UserRef who, String text, String channel) {
        PanelRegistration.Place place = channel == null || channel.startsWith("D")
                ? PanelRegistration.Place.DIRECT_MESSAGE : PanelRegistration.Place.CHANNEL;
        Optional<PanelRegistration.Result> result = registration.handle(text, who, place);
        if (result.isEmpty()) {
            return registration.usage();
        }
        return registration.reply(result.get(), who, board -> addresses.save(new Addresses.Address(PLATFORM,
                Addresses.Kind.CHANNEL, panelKey(board.id()), channel)));
    }

    static String panelKey(BoardId board) {
        return "panel:" + board.value();
    }

    // ---- direct messages and mentions ---------------------------------------------------------

    private Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent event = payload.getEvent();
        // Only people's own messages in a direct message with the app; never bots (ourselves included).
        if (!"im".equals(event.getChannelType()) || event.getBotId() != null || event.getUser() == null) {
            return ctx.ack();
        }
        String eventId = payload.getEventId();
        tasks.later(() -> {
            UserRef who = new UserRef(PLATFORM, event.getUser(), api.displayName(event.getUser()));
            rememberPerson(event.getUser(), event.getChannel());
            String text = event.getText() == null ? "" : event.getText();
            if (PanelRegistration.isRequest(text)) {
                api.post(event.getChannel(), new SlackBlocks.Message(SlackBlocks.escape(
                        registerPanel(who, text, event.getChannel())), List.of()), Optional.empty());
                return;
            }
            turn(event.getChannel(), who, new Inbound.TextMessage(event.getText()), Optional.ofNullable(eventId));
        });
        return ctx.ack();
    }

    /**
     * The person opened the app (Slack sends this each time): nothing is posted to them, but a Chair gets the decision
     * cards that could not reach them, in their direct message with the app.
     */
    private Response onAppOpened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent event = payload.getEvent();
        if (event.getUser() == null) {
            return ctx.ack();
        }
        tasks.later(() -> {
            if (event.getChannel() != null && event.getChannel().startsWith("D")) {
                rememberPerson(event.getUser(), event.getChannel());
            }
            scoping.arrived(new UserRef(PLATFORM, event.getUser(), api.displayName(event.getUser())));
        });
        return ctx.ack();
    }

    private Response onMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent event = payload.getEvent();
        if (event.getBotId() != null || event.getUser() == null) {
            return ctx.ack();
        }
        String text = MENTION.matcher(event.getText() == null ? "" : event.getText()).replaceAll("").trim();
        String eventId = payload.getEventId();
        tasks.later(() -> {
            UserRef who = new UserRef(PLATFORM, event.getUser(), api.displayName(event.getUser()));
            String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            if (PanelRegistration.isRequest(text)) {
                api.post(event.getChannel(), new SlackBlocks.Message(SlackBlocks.escape(
                        registerPanel(who, text, event.getChannel())), List.of()), Optional.of(thread));
                return;
            }
            // The mention's text is not read or echoed: it may hold case details, which never go in a channel.
            boolean started = startInDirectMessage(who, "mention:" + eventId, boardOfPanel(event.getChannel()));
            if (started) {
                api.post(event.getChannel(), new SlackBlocks.Message("I've sent you a direct message, so that case "
                        + "details stay out of this channel.", List.of()), Optional.of(thread));
            }
        });
        return ctx.ack();
    }

    /** Opens the DM with the person and starts (or resumes) the referral there. @return false if a redelivery */
    private boolean startInDirectMessage(UserRef who, String inboundId, Optional<BoardId> board) {
        Optional<String> dm = api.openDirectMessage(who.id());
        if (dm.isEmpty()) {
            return false;
        }
        rememberPerson(who.id(), dm.get());
        UserRef named = new UserRef(PLATFORM, who.id(), api.displayName(who.id()));
        return turn(dm.get(), named, new Inbound.TextMessage("start"), Optional.of(inboundId), board);
    }

    /** Opens the DM with the person and runs this input there (a Chair's decide, from a channel or a command). */
    private void inDirectMessage(UserRef who, Inbound input, String inboundId) {
        Optional<String> dm = api.openDirectMessage(who.id());
        if (dm.isEmpty()) {
            return;
        }
        rememberPerson(who.id(), dm.get());
        turn(dm.get(), new UserRef(PLATFORM, who.id(), api.displayName(who.id())), input, Optional.of(inboundId));
    }

    /**
     * Keeps the person's direct message with the app, where the Chair's cards and their reminders go; never fails the
     * turn it is called from ({@link SavedAddresses#remember}: the store being down is then the turn's to tell).
     */
    private void rememberPerson(String user, String dm) {
        addresses.remember(new Addresses.Address(PLATFORM, Addresses.Kind.PERSON, user, dm));
    }

    private boolean turn(String channel, UserRef who, Inbound input, Optional<String> inboundId) {
        return turn(channel, who, input, inboundId, Optional.empty());
    }

    /**
     * One conversation turn in a DM; the replies are posted in order, up to one Slack does not take.
     * @return false if it was a redelivery
     */
    private boolean turn(String channel, UserRef who, Inbound input, Optional<String> inboundId,
                         Optional<BoardId> board) {
        ConversationKey key = new ConversationKey(PLATFORM, channel);
        ScopingService.TurnResult result = scoping.handle(new ScopingService.Incoming(key, who, board, input,
                inboundId));
        if (result.duplicate()) {
            LOG.log(System.Logger.Level.DEBUG, "redelivery {0} ignored", inboundId.orElse(""));
            return false;
        }
        for (Reply reply : result.replies()) {
            if (api.post(channel, SlackBlocks.reply(reply), Optional.empty()).isEmpty()) {
                // Not the rest either: the person's next message is then not used as an answer to what they missed.
                scoping.notDelivered(key, inboundId);
                break;
            }
        }
        // A case this turn created is put in front of the Chair by the scoping service's referral listener
        // (the core's CaseNotifications, on every platform), never from here: once, whichever turn created it.
        return true;
    }

    private Optional<BoardId> boardOfPanel(String channel) {
        return boards.all().stream().map(Board::id).filter(board -> panelChannel(board).filter(channel::equals)
                .isPresent()).findFirst();
    }

    /** A board's panel channel: registered by its administrator, else from configuration. */
    Optional<String> panelChannel(BoardId board) {
        return addresses.find(PLATFORM, Addresses.Kind.CHANNEL, panelKey(board)).map(Addresses.Address::value)
                .or(() -> Optional.ofNullable(panelChannels.get(board)));
    }

    // ---- buttons ------------------------------------------------------------------------------

    private Response onButton(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getActions() == null || payload.getActions().isEmpty()) {
            return ctx.ack();
        }
        String value = payload.getActions().get(0).getValue();
        String user = payload.getUser().getId();
        String channel = payload.getContainer() != null && payload.getContainer().getChannelId() != null
                ? payload.getContainer().getChannelId()
                : payload.getChannel() == null ? null : payload.getChannel().getId();
        String messageTs = payload.getContainer() == null ? null : payload.getContainer().getMessageTs();
        if (value == null || channel == null) {
            return ctx.ack();
        }
        Optional<ButtonAction> pressed = ActionCodec.decode(value);
        if (pressed.orElse(null) instanceof ButtonAction.OnCase onCase) {
            return caseActions.onCardButton(onCase, value, payload, user, channel, messageTs, ctx);
        }
        if (pressed.isEmpty() && !channel.startsWith("D")) {
            tasks.later(() -> api.ephemeral(channel, user, ActionCodec.UNRECOGNISED));
            return ctx.ack();
        }
        // An answer or command button in the DM: the same as typing, deduplicated by the action's own id.
        String inboundId = "action:" + payload.getActions().get(0).getActionTs() + ":" + user;
        if (pressed.orElse(null) instanceof ButtonAction.OpenDecisionCard && !channel.startsWith("D")) {
            // A Chair's Decide on a status or cases reply shown in a channel: the card goes to their DM.
            tasks.later(() -> inDirectMessage(new UserRef(PLATFORM, user, user), new Inbound.ButtonPressed(value),
                    inboundId));
            return ctx.ack();
        }
        tasks.later(() -> turn(channel, new UserRef(PLATFORM, user, api.displayName(user)),
                new Inbound.ButtonPressed(value), Optional.of(inboundId)));
        return ctx.ack();
    }
}
