package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.restclient.RestException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.ResourceResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.port.Addresses;
import uk.lscb.casereview.core.port.DecisionRequests;

/**
 * The Chair's decision card in Teams: posted proactively to each of the board's Chairs in their 1:1 chat
 * with the bot (where the bot has a conversation reference for them), else to the board's panel channel
 * with the Chairs mentioned and nothing but the card (which holds no child's details). Every posted copy
 * is remembered in {@link Addresses} (kind CHANNEL, id {@code card:<caseId>}) so {@link #update} replaces
 * them all, and a second {@link #post} for the same case posts nothing. Throttling and gateway errors
 * (429, 412, 502, 504) are retried with jittered exponential backoff, a bounded number of times.
 */
public final class TeamsDecisionRequests implements DecisionRequests {
    private static final System.Logger LOG = System.getLogger(TeamsDecisionRequests.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> RETRYABLE = Set.of(429, 412, 502, 504);
    static final int MAX_ATTEMPTS = 4;
    static final String CHAIR_NAME = "Independent Chair";

    private final BotFrameworkAdapter adapter;
    private final String appId;
    private final Addresses addresses;
    private final Roles roles;
    private final Boards boards;
    private final Clock clock;
    private long baseDelayMillis = 500;

    TeamsDecisionRequests(BotFrameworkAdapter adapter, String appId, Addresses addresses, Roles roles, Boards boards,
                          Clock clock) {
        this.adapter = adapter;
        this.appId = appId;
        this.addresses = addresses;
        this.roles = roles;
        this.boards = boards;
        this.clock = clock;
    }

    /** For tests: the first retry's delay (later ones double, plus jitter). */
    TeamsDecisionRequests withBaseDelayMillis(long millis) {
        this.baseDelayMillis = millis;
        return this;
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
            addresses.find(References.PLATFORM, Addresses.Kind.CHANNEL, "panel:" + record.board().value())
                    .flatMap(address -> References.read(address.value()))
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

    @Override
    public void update(CaseRecord record, DecisionCard card) {
        for (Copy copy : copies(record)) {
            Optional<ConversationReference> reference = References.read(copy.reference());
            if (reference.isEmpty()) {
                continue;
            }
            Activity update = TeamsHandler.cardActivity(TeamsCards.decision(card, Optional.empty()));
            update.setId(copy.activityId());
            try {
                retrying(() -> {
                    adapter.continueConversation(appId, reference.get(), turn -> {
                        update.setConversation(turn.getActivity().getConversation());
                        return turn.updateActivity(update).thenApply(done -> null);
                    }).join();
                    return null;
                });
            } catch (RuntimeException failed) {
                LOG.log(System.Logger.Level.WARNING, "case {0}: could not update a card copy: {1}",
                        record.id().value(), failed.toString());
            }
        }
    }

    private Activity panelActivity(CaseRecord record, DecisionCard card, Set<String> chairs) {
        Activity activity = TeamsHandler.cardActivity(TeamsCards.decision(card, Optional.empty()));
        String board = boards.get(record.board()).map(b -> b.name()).orElse(record.board().value());
        StringBuilder text = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        for (String chair : chairs) {
            String at = "<at>" + CHAIR_NAME + "</at>";
            Mention mention = new Mention();
            ChannelAccount mentioned = new ChannelAccount(chair, CHAIR_NAME);
            mentioned.setAadObjectId(chair);
            mention.setMentioned(mentioned);
            mention.setText(at);
            entities.add(com.microsoft.bot.schema.Serialization.getAs(mention, Entity.class));
            text.append(at).append(' ');
        }
        text.append("A ").append(board).append(" referral needs the Chair's decision. Only the Chair can decide on "
                + "this card.");
        activity.setText(text.toString());
        activity.setEntities(entities);
        return activity;
    }

    private Optional<Copy> send(ConversationReference reference, Activity activity, CaseRecord record) {
        try {
            String id = retrying(() -> {
                AtomicReference<String> posted = new AtomicReference<>();
                adapter.continueConversation(appId, reference, turn -> turn.sendActivity(activity)
                        .thenApply(response -> {
                            posted.set(Optional.ofNullable(response).map(ResourceResponse::getId).orElse(null));
                            return null;
                        })).join();
                return posted.get();
            });
            return id == null ? Optional.empty() : Optional.of(new Copy(References.write(reference), id));
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.WARNING, "case {0}: could not post the decision card: {1}",
                    record.id().value(), failed.toString());
            return Optional.empty();
        }
    }

    private <T> T retrying(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RuntimeException failed) {
                int status = status(failed);
                if (!RETRYABLE.contains(status) || attempt >= MAX_ATTEMPTS) {
                    throw failed;
                }
                long delay = baseDelayMillis * (1L << (attempt - 1));
                delay += ThreadLocalRandom.current().nextLong(delay / 2 + 1);
                LOG.log(System.Logger.Level.INFO, "Teams answered {0}; retrying in {1} ms", status, delay);
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw failed;
                }
            }
        }
    }

    static int status(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof RestException rest && rest.response() != null) {
                return rest.response().code();
            }
        }
        return -1;
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

    Clock clock() {
        return clock;
    }
}
