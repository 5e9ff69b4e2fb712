package uk.lscb.casereview.adapters.teams;

import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * Each board's Teams panel channel: the one registered in Teams with {@code register panel channel for
 * <board>} (kept in {@link Addresses} as CHANNEL {@code panel:<board>}), else the conversation id given in
 * configuration. A configured channel is posted to through the reference the bot stored when it was added to
 * a team (Teams says so in the General channel only); until the bot is in a team the channel is known
 * (actions from it count as the panel's) but cannot be posted to.
 */
final class PanelChannels {
    private static final System.Logger LOG = System.getLogger(PanelChannels.class.getName());

    private final Addresses addresses;
    private final Boards boards;
    private final Map<BoardId, String> configured;

    PanelChannels(Addresses addresses, Boards boards, Map<BoardId, String> configured) {
        this.addresses = addresses;
        this.boards = boards;
        this.configured = Map.copyOf(configured);
    }

    /** Where to post to the board's panel channel, if the bot can. */
    Optional<ConversationReference> reference(BoardId board) {
        Optional<ConversationReference> registered = registered(board);
        if (registered.isPresent()) {
            return registered;
        }
        String id = configured.get(board);
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String channel = References.channelId(id);
        Optional<ConversationReference> installed = addresses.find(References.PLATFORM, Addresses.Kind.CHANNEL,
                channel).flatMap(address -> References.read(address.value()));
        if (installed.isPresent()) {
            return installed;
        }
        // Teams announces the bot's arrival in a team in its General channel only: a configured channel other
        // than General is reached through the connection of a team the bot is in (its service URL, the bot,
        // the tenant), addressed to the configured channel. If the bot is not in that channel's team, the
        // Bot Connector refuses the post and the sender retries later.
        Optional<ConversationReference> viaTeam = anyInstalledChannel().map(template -> {
            ConversationAccount conversation = new ConversationAccount(channel);
            conversation.setIsGroup(true);
            conversation.setConversationType("channel");
            conversation.setTenantId(template.getConversation().getTenantId());
            template.setConversation(conversation);
            template.setActivityId(null);
            return template;
        });
        if (viaTeam.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "the Teams panel channel configured for {0} cannot be posted to: the "
                    + "bot has not been added to any team yet (or was added before this database)", board.value());
        }
        return viaTeam;
    }

    /** The stored reference of a channel the bot was added to or registered in, if any (the same one each time). */
    private Optional<ConversationReference> anyInstalledChannel() {
        return addresses.all(References.PLATFORM, Addresses.Kind.CHANNEL).stream()
                .filter(address -> address.id().startsWith("19:") || address.id().startsWith("panel:"))
                .sorted(Comparator.comparing(Addresses.Address::id))
                .map(address -> References.read(address.value())).flatMap(Optional::stream)
                .filter(reference -> reference.getServiceUrl() != null && !reference.getServiceUrl().isBlank()
                        && reference.getConversation() != null)
                .findFirst();
    }

    /** The board whose panel channel this conversation is (thread suffixes ignored), if it is one. */
    Optional<BoardId> boardOf(String conversationId) {
        String channel = References.channelId(conversationId);
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        for (Board board : boards.all()) {
            boolean isRegistered = registered(board.id())
                    .map(reference -> References.channelId(reference.getConversation().getId()))
                    .filter(channel::equals).isPresent();
            String id = configured.get(board.id());
            boolean isConfigured = id != null && References.channelId(id).equals(channel);
            if (isRegistered || isConfigured) {
                return Optional.of(board.id());
            }
        }
        return Optional.empty();
    }

    private Optional<ConversationReference> registered(BoardId board) {
        return addresses.find(References.PLATFORM, Addresses.Kind.CHANNEL, "panel:" + board.value())
                .flatMap(address -> References.read(address.value()));
    }
}
