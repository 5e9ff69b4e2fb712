package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.DecisionRequests;
import uk.lscb.casereview.core.delivery.PostedCopies;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.CaseId;

/**
 * The Chair's decision card in Teams: posted proactively to each of the board's Chairs in their 1:1 chat
 * with the bot (where the bot has a conversation reference for them), else to the board's panel channel
 * with the Chairs mentioned and nothing but the card (which holds no child's details). Every posted copy
 * is remembered in {@link PostedCopies} (kind {@link PostedCopies#CARD}, one per conversation and activity) so
 * {@link #update} replaces them all, and a second {@link #post} for the same case posts nothing. Throttling and gateway errors
 * (429, 412, 502, 504) are retried by {@link ConnectorRetry}.
 */
public final class TeamsDecisionRequests implements DecisionRequests {
    private static final System.Logger LOG = System.getLogger(TeamsDecisionRequests.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String CHAIR_NAME = Mentions.CHAIR_NAME;

    private final Proactive proactive;
    private final PanelChannels panels;
    private final Addresses addresses;
    private final PostedCopies postedCopies;
    private final Roles roles;
    private final Boards boards;

    TeamsDecisionRequests(Proactive proactive, PanelChannels panels, Addresses addresses, PostedCopies postedCopies,
                          Roles roles, Boards boards) {
        this.proactive = proactive;
        this.panels = panels;
        this.addresses = addresses;
        this.postedCopies = postedCopies;
        this.roles = roles;
        this.boards = boards;
    }

    /** For tests: the same, with the first retry after {@code millis} (later ones double, plus jitter). */
    TeamsDecisionRequests withBaseDelayMillis(long millis) {
        return new TeamsDecisionRequests(proactive.withRetry(new ConnectorRetry(millis)), panels, addresses,
                postedCopies, roles, boards);
    }

    /** One posted copy of a card or reminder: where, and the activity id Teams gave it. */
    record Copy(String reference, String activityId) {
        /** As kept in {@link PostedCopies}: one per conversation and activity. */
        PostedCopies.Copy of(CaseId caseId, String kind) {
            String conversation = References.read(reference).map(r -> r.getConversation().getId()).orElse("");
            return new PostedCopies.Copy(caseId, kind, References.PLATFORM,
                    conversation + "/" + (activityId == null ? "" : activityId),
                    JSON.createObjectNode().put("reference", reference).put("activityId", activityId).toString());
        }

        /** Read back from {@link PostedCopies}; empty (and logged) when it cannot be read. */
        static Optional<Copy> from(PostedCopies.Copy stored) {
            try {
                JsonNode node = JSON.readTree(stored.reference());
                return Optional.of(new Copy(node.path("reference").asText(), node.path("activityId").asText()));
            } catch (java.io.IOException unreadable) {
                LOG.log(System.Logger.Level.WARNING, "case {0}: an unreadable posted copy", stored.caseId().value());
                return Optional.empty();
            }
        }
    }

    @Override
    public boolean post(CaseRecord record, DecisionCard card) {
        if (!copies(record).isEmpty()) {
            return true;
        }
        List<Copy> posted = new ArrayList<>();
        Set<String> chairs = new TreeSet<>(roles.chairIds(record.board(), References.PLATFORM));
        for (String chair : chairs) {
            addresses.find(References.PLATFORM, Addresses.Kind.PERSON, chair)
                    .flatMap(address -> References.read(address.value()))
                    .flatMap(reference -> send(reference, TeamsHandler.cardActivity(DecisionCards.decision(card,
                            Optional.empty())), record))
                    .ifPresent(posted::add);
        }
        if (posted.isEmpty()) {
            panels.reference(record.board())
                    .flatMap(reference -> send(reference, panelActivity(record, card, chairs), record))
                    .ifPresent(posted::add);
        }
        if (posted.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "case {0}: no Teams address for the Chair or the panel channel of {1}",
                    record.id().value(), record.board());
            return false;
        }
        posted.forEach(copy -> postedCopies.remember(copy.of(record.id(), PostedCopies.CARD)));
        return true;
    }

    /** Posts the card again in the Chair's 1:1 chat (they asked: decide), kept beside the other copies. */
    @Override
    public boolean postTo(UserRef chair, CaseRecord record, DecisionCard card) {
        if (!chair.platform().equals(References.PLATFORM)) {
            return false;
        }
        Optional<Copy> posted = addresses.find(References.PLATFORM, Addresses.Kind.PERSON, chair.id())
                .flatMap(address -> References.read(address.value()))
                .flatMap(reference -> send(reference, TeamsHandler.cardActivity(DecisionCards.decision(card,
                        Optional.empty())), record));
        if (posted.isEmpty()) {
            return false;
        }
        postedCopies.remember(posted.get().of(record.id(), PostedCopies.CARD));
        return true;
    }

    @Override
    public void update(CaseRecord record, DecisionCard card) {
        for (Copy copy : copies(record)) {
            Optional<ConversationReference> reference = References.read(copy.reference());
            if (reference.isEmpty()) {
                continue;
            }
            if (copy.activityId() == null || copy.activityId().isBlank()) {
                // Posted, but the connector gave it no id (a Direct Line stand-in): nothing to address.
                LOG.log(System.Logger.Level.INFO, "case {0}: a card copy has no activity id; not updated",
                        record.id().value());
                continue;
            }
            Activity update = TeamsHandler.cardActivity(DecisionCards.decision(card, Optional.empty()));
            update.setId(copy.activityId());
            try {
                proactive.update(reference.get(), update);
            } catch (RuntimeException failed) {
                LOG.log(System.Logger.Level.WARNING, "case {0}: could not update a card copy: {1}",
                        record.id().value(), failed.getClass().getSimpleName());
            }
        }
    }

    private Activity panelActivity(CaseRecord record, DecisionCard card, Set<String> chairs) {
        Activity activity = TeamsHandler.cardActivity(DecisionCards.decision(card, Optional.empty()));
        String board = boards.get(record.board()).map(b -> b.name()).orElse(record.board().value());
        Mentions.mention(activity, chairs, "A " + board + " referral needs the Chair's decision. Only the Chair can "
                + "decide on this card.");
        return activity;
    }

    private Optional<Copy> send(ConversationReference reference, Activity activity, CaseRecord record) {
        try {
            return proactive.send(reference, activity).map(id -> new Copy(References.write(reference), id));
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.WARNING, "case {0}: could not post the decision card: {1}",
                    record.id().value(), failed.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private List<Copy> copies(CaseRecord record) {
        return postedCopies.copies(record.id(), PostedCopies.CARD, References.PLATFORM).stream().map(Copy::from)
                .flatMap(Optional::stream).toList();
    }
}
