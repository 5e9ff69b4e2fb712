package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import java.io.IOException;
import java.util.Optional;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.Content;
import uk.lscb.casereview.core.delivery.DeliveryPort;
import uk.lscb.casereview.core.delivery.Destination;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * Teams' {@link DeliveryPort}: Adaptive Cards posted proactively through the Bot Connector ({@link Proactive},
 * with {@link ConnectorRetry}'s retries) to a person's 1:1 chat (the conversation reference kept when they wrote to
 * the bot or installed it) or a board's panel channel ({@link PanelChannels}), where the people it stands in for are
 * @-mentioned. A reference is the conversation reference and the activity id Teams gave the post; a post the
 * connector gave no id (a Direct Line stand-in) cannot be replaced and is left as it is.
 */
final class TeamsDelivery implements DeliveryPort {
    private static final System.Logger LOG = System.getLogger(TeamsDelivery.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the Bot Connector answers a change to a message that no longer exists (deleted in its chat). */
    private static final int NOT_FOUND = 404;

    private final Proactive proactive;
    private final PanelChannels panels;
    private final Addresses addresses;
    private final Boards boards;

    TeamsDelivery(Proactive proactive, PanelChannels panels, Addresses addresses, Boards boards) {
        this.proactive = proactive;
        this.panels = panels;
        this.addresses = addresses;
        this.boards = boards;
    }

    /** For tests: the same, with the first retry after {@code millis} (later ones double, plus jitter). */
    TeamsDelivery withBaseDelayMillis(long millis) {
        return new TeamsDelivery(proactive.withRetry(new ConnectorRetry(millis)), panels, addresses, boards);
    }

    @Override
    public Platform platform() {
        return References.PLATFORM;
    }

    @Override
    public boolean canReach(UserRef person) {
        return chat(person).isPresent();
    }

    @Override
    public Optional<String> post(Destination to, Content content) {
        Optional<ConversationReference> where = to instanceof Destination.Chat chat ? chat(chat.person())
                : panels.reference(((Destination.Panel) to).board());
        if (where.isEmpty()) {
            return Optional.empty();
        }
        Activity activity = activity(content);
        if (to instanceof Destination.Panel panel) {
            mention(activity, panel, content);
        }
        Optional<String> id = proactive.send(where.get(), activity);
        return Optional.of(JSON.createObjectNode().put("reference", References.write(where.get()))
                .put("activityId", id.orElse("")).toString());
    }

    @Override
    public void replace(String reference, Content content) {
        JsonNode copy;
        try {
            copy = JSON.readTree(reference);
        } catch (IOException unreadable) {
            LOG.log(System.Logger.Level.WARNING, "an unreadable Teams reference to a posted message; not replaced");
            return;
        }
        Optional<ConversationReference> conversation = References.read(copy.path("reference").asText());
        String activityId = copy.path("activityId").asText();
        if (conversation.isEmpty() || activityId.isBlank()) {
            LOG.log(System.Logger.Level.INFO, "a Teams post with no activity id cannot be replaced; left as it is");
            return;
        }
        Activity update = activity(content);
        update.setId(activityId);
        try {
            proactive.update(conversation.get(), update);
        } catch (RuntimeException failed) {
            if (ConnectorRetry.status(failed) == NOT_FOUND) {
                throw new DeliveryPort.Gone("Teams has no such message: it was deleted");
            }
            throw failed;
        }
    }

    private Optional<ConversationReference> chat(UserRef person) {
        if (!References.PLATFORM.equals(person.platform())) {
            return Optional.empty();
        }
        return addresses.find(References.PLATFORM, Addresses.Kind.PERSON, person.id())
                .flatMap(address -> References.read(address.value()));
    }

    private static Activity activity(Content content) {
        if (content instanceof Content.Card card) {
            return TeamsHandler.cardActivity(DecisionCards.decision(card.card(), Optional.empty()));
        }
        if (content instanceof Content.Notice notice) {
            Activity activity = TeamsHandler.cardActivity(TeamsCards.notification(notice.notification()));
            activity.setSummary(notice.notification().title());
            return activity;
        }
        Content.Done done = (Content.Done) content;
        return TeamsHandler.cardActivity(TeamsCards.done(done.record(), done.kind()));
    }

    /** In a panel channel: the card names the Chair whose decision it needs; a notice mentions those it stands in for. */
    private void mention(Activity activity, Destination.Panel panel, Content content) {
        var ids = panel.mentioned().stream().map(UserRef::id).toList();
        if (content instanceof Content.Card) {
            Mentions.mention(activity, ids, "A " + boardName(panel.board()) + " referral needs the Chair's decision. "
                    + "Only the Chair can decide on this card.");
        } else if (!ids.isEmpty()) {
            Mentions.mention(activity, ids, "this needs the Chair's attention.");
        }
    }

    private String boardName(BoardId board) {
        return boards.get(board).map(Board::name).orElse(board.value());
    }
}
