package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import uk.lscb.casereview.core.people.UserRef;

/**
 * The Chair's decision card in Teams: posted proactively to each of the board's Chairs in their 1:1 chat
 * with the bot (where the bot has a conversation reference for them), else to the board's panel channel
 * with the Chairs mentioned and nothing but the card (which holds no child's details). Every posted copy
 * is remembered in {@link Addresses} (kind CHANNEL, id {@code card:<caseId>}) so {@link #update} replaces
 * them all, and a second {@link #post} for the same case posts nothing. Throttling and gateway errors
 * (429, 412, 502, 504) are retried by {@link ConnectorRetry}.
 */
public final class TeamsDecisionRequests implements DecisionRequests {
    private static final System.Logger LOG = System.getLogger(TeamsDecisionRequests.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String CHAIR_NAME = Mentions.CHAIR_NAME;

    private final Proactive proactive;
    private final PanelChannels panels;
    private final Addresses addresses;
    private final Roles roles;
    private final Boards boards;

    TeamsDecisionRequests(Proactive proactive, PanelChannels panels, Addresses addresses, Roles roles, Boards boards) {
        this.proactive = proactive;
        this.panels = panels;
        this.addresses = addresses;
        this.roles = roles;
        this.boards = boards;
    }

    /** For tests: the same, with the first retry after {@code millis} (later ones double, plus jitter). */
    TeamsDecisionRequests withBaseDelayMillis(long millis) {
        return new TeamsDecisionRequests(proactive.withRetry(new ConnectorRetry(millis)), panels, addresses, roles,
                boards);
    }

    /** One posted copy of a card: where, and the activity id Teams gave it. */
    record Copy(String reference, String activityId) {
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
                    .flatMap(reference -> send(reference, TeamsHandler.cardActivity(TeamsCards.decision(card,
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
        remember(record, posted);
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
                .flatMap(reference -> send(reference, TeamsHandler.cardActivity(TeamsCards.decision(card,
                        Optional.empty())), record));
        if (posted.isEmpty()) {
            return false;
        }
        List<Copy> copies = new ArrayList<>(copies(record));
        copies.add(posted.get());
        remember(record, copies);
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
            Activity update = TeamsHandler.cardActivity(TeamsCards.decision(card, Optional.empty()));
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
        Activity activity = TeamsHandler.cardActivity(TeamsCards.decision(card, Optional.empty()));
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
        return addresses.find(References.PLATFORM, Addresses.Kind.CHANNEL, "card:" + record.id().value())
                .map(address -> {
                    List<Copy> copies = new ArrayList<>();
                    try {
                        for (JsonNode node : JSON.readTree(address.value())) {
                            copies.add(new Copy(node.path("reference").asText(), node.path("activityId").asText()));
                        }
                    } catch (java.io.IOException unreadable) {
                        LOG.log(System.Logger.Level.WARNING, "case {0}: unreadable card copies", record.id().value());
                    }
                    return copies;
                }).orElse(List.of());
    }

    private void remember(CaseRecord record, List<Copy> copies) {
        ArrayNode array = JSON.createArrayNode();
        copies.forEach(copy -> array.addObject().put("reference", copy.reference()).put("activityId", copy.activityId()));
        addresses.save(new Addresses.Address(References.PLATFORM, Addresses.Kind.CHANNEL, "card:" + record.id().value(),
                array.toString()));
    }
}
