package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import uk.lscb.casereview.core.boards.PanelRegistration;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.SavedAddresses;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.ConversationKey;

/**
 * The bot mentioned in a channel: the panel-registration command, or a referral started in a private chat (the
 * channel never hears case details).
 */
final class ChannelMentions {
    private static final System.Logger LOG = System.getLogger(ChannelMentions.class.getName());

    private final TeamsSettings settings;
    private final ScopingService scoping;
    private final SavedAddresses addresses;
    private final PanelRegistration registration;
    private final Sender send;

    /** Sends a turn's replies (and tells the application of a case it created). */
    @FunctionalInterface
    interface Sender {
        void send(TurnContext turn, ScopingService.Incoming incoming, ScopingService.TurnResult result);
    }

    /** @param send sends a turn's replies (and tells the application of a case it created) */
    ChannelMentions(TeamsSettings settings, ScopingService scoping, SavedAddresses addresses,
                    PanelRegistration registration, Sender send) {
        this.settings = settings;
        this.scoping = scoping;
        this.addresses = addresses;
        this.registration = registration;
        this.send = send;
    }

    void onChannelMention(TurnContext turn) {
        Activity activity = turn.getActivity();
        // As when the bot was added to the team: kept here too in case that could not be saved.
        addresses.remember(channelAddress(activity));
        Optional<PanelRegistration.Result> registering = registration.handle(TeamsHandler.plain(activity.getText()),
                TeamsHandler.who(activity), PanelRegistration.Place.CHANNEL);
        if (registering.isPresent()) {
            registerPanel(turn, registering.get());
            return;
        }
        if (startPrivately(turn)) {
            turn.sendActivity(TeamsHandler.message(TeamsHandler.POINTER)).join();
        } else {
            turn.sendActivity(TeamsHandler.message(TeamsHandler.MESSAGE_ME)).join();
        }
    }

    /** Core's panel-registration command, as typed in a channel: stores the channel when it registers it. */
    private void registerPanel(TurnContext turn, PanelRegistration.Result result) {
        String reply = registration.reply(result, TeamsHandler.who(turn.getActivity()), board -> addresses.save(
                new Addresses.Address(References.PLATFORM, Addresses.Kind.CHANNEL, "panel:" + board.id().value(),
                        References.write(channelReference(turn.getActivity())))));
        turn.sendActivity(TeamsHandler.message(reply)).join();
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
        UserRef who = TeamsHandler.who(activity);
        try {
            adapter.createConversation(activity.getChannelId(), activity.getServiceUrl(), credentials, parameters,
                    privateTurn -> {
                        ConversationReference reference = privateTurn.getActivity().getConversationReference();
                        reference.setUser(activity.getFrom());
                        addresses.remember(new Addresses.Address(References.PLATFORM, Addresses.Kind.PERSON,
                                who.id(), References.write(reference)));
                        ConversationKey key = new ConversationKey(References.PLATFORM,
                                privateTurn.getActivity().getConversation().getId());
                        ScopingService.Incoming start = new ScopingService.Incoming(key, who, Optional.empty(),
                                new Inbound.TextMessage("start"),
                                Optional.ofNullable(activity.getId()).map(id -> "channel-start:" + id));
                        send.send(privateTurn, start, scoping.handle(start));
                        return CompletableFuture.completedFuture(null);
                    }).join();
            return true;
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.WARNING, "could not start a private chat from a channel mention: {0}",
                    failed.toString());
            return false;
        }
    }

    /**
     * A channel's reference, pointing at the channel itself rather than the thread it was spoken in. The
     * activity's own conversation is left as it is (a reference shares it), so replies stay in the thread.
     */
    /** Where to post to the channel this activity came from (its address kept under the channel's own id). */
    static Addresses.Address channelAddress(Activity activity) {
        ConversationReference reference = channelReference(activity);
        return new Addresses.Address(References.PLATFORM, Addresses.Kind.CHANNEL, reference.getConversation().getId(),
                References.write(reference));
    }

    static ConversationReference channelReference(Activity activity) {
        ConversationReference reference = activity.getConversationReference();
        ConversationAccount channel = Serialization.treeToValue(Serialization.objectToTree(reference.getConversation()),
                ConversationAccount.class);
        channel.setId(References.channelId(channel.getId()));
        reference.setConversation(channel);
        reference.setActivityId(null);
        return reference;
    }
}
