package uk.lscb.casereview.bot.local;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import uk.lscb.casereview.bot.access.People;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.delivery.DecisionRequests;
import uk.lscb.casereview.core.delivery.DirectMessages;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;

/**
 * The platform {@code local}: what Teams or Slack would show, kept for the local page. Per board a
 * <em>panel channel</em> (notifications, newest last) and per local identity an <em>inbox</em> (the
 * decision cards for the board's local Chairs, always as the case now is, and direct messages such as
 * the decision sent to the referrer).
 *
 * <p>These feeds are in memory only and empty after a restart; the cases, transcripts and reminder
 * jobs themselves are in MongoDB. A feed keeps its newest {@value #KEEP} entries. Like every platform it
 * carries no child's details: only what the core put in the card or notification.
 */
public final class LocalPlatform implements DecisionRequests, ChannelNotifier, DirectMessages {
    /** The platform's name, as {@code UserRef.platform()} has it. */
    public static final Platform PLATFORM = Platform.LOCAL;
    static final int KEEP = 500;

    private final Roles roles;
    private final Set<String> identities;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<BoardId, List<Post>> panels = new HashMap<>();
    private final Map<String, Map<CaseId, Card>> cards = new HashMap<>();
    private final Map<String, List<Post>> messages = new HashMap<>();

    /** A notification as posted: its number (increasing), when, and what. */
    public record Post(long id, Instant at, Notification notification) {
    }

    /** A case's decision card in an inbox: when it first arrived, when it last changed, and as it now is. */
    public record Card(CaseId caseId, Instant postedAt, Instant updatedAt, DecisionCard card) {
    }

    /** One identity's inbox: its cards (newest first) and direct messages (newest first). */
    public record Inbox(List<Card> cards, List<Post> messages) {
    }

    public LocalPlatform(People people, Roles roles, Clock clock) {
        this.roles = Objects.requireNonNull(roles, "roles");
        this.identities = new LinkedHashSet<>(people.localIdentities().stream().map(People.LocalIdentity::id).toList());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---- DecisionRequests ---------------------------------------------------------------------------

    /** Puts the card in the inbox of each of the board's local Chairs. False when the board has none. */
    @Override
    public synchronized boolean post(CaseRecord record, DecisionCard card) {
        Set<String> chairs = roles.chairIds(record.board(), PLATFORM);
        chairs.forEach(chair -> store(chair, card));
        return !chairs.isEmpty();
    }

    /** Puts the card at the top of a local Chair's inbox again (they asked: decide). */
    @Override
    public synchronized boolean postTo(UserRef chair, CaseRecord record, DecisionCard card) {
        if (!chair.platform().equals(PLATFORM) || !roles.isChair(record.board(), chair)) {
            return false;
        }
        cards.computeIfAbsent(chair.id(), k -> new LinkedHashMap<>()).remove(card.caseId());
        store(chair.id(), card);
        return true;
    }

    /**
     * Replaces the card wherever it is, and puts it in the inbox of any of the board's local Chairs who
     * lacks it (after a restart the feeds are empty, yet the Chair should still see the case as it is).
     */
    @Override
    public synchronized void update(CaseRecord record, DecisionCard card) {
        Set<String> holders = new LinkedHashSet<>(roles.chairIds(record.board(), PLATFORM));
        cards.forEach((identity, held) -> {
            if (held.containsKey(card.caseId())) {
                holders.add(identity);
            }
        });
        holders.forEach(identity -> store(identity, card));
    }

    private void store(String identity, DecisionCard card) {
        Instant now = clock.instant();
        cards.computeIfAbsent(identity, k -> new LinkedHashMap<>()).merge(card.caseId(),
                new Card(card.caseId(), now, now, card),
                (held, fresh) -> held.card().version() > card.version() ? held
                        : new Card(held.caseId(), held.postedAt(), now, card));
    }

    // ---- ChannelNotifier ------------------------------------------------------------------------------

    /**
     * Posts to the board's panel channel; a notification for the Chair (an escalated reminder) also goes
     * to the inbox of each of the board's local Chairs. The same dedupe key twice is posted once.
     */
    @Override
    public synchronized void send(Notification notification) {
        if (notification.to().contains(Audience.PANEL_CHANNEL)) {
            append(panels.computeIfAbsent(notification.board(), k -> new ArrayList<>()), notification);
        }
        if (notification.to().contains(Audience.CHAIR)) {
            roles.chairIds(notification.board(), PLATFORM).forEach(chair ->
                    append(messages.computeIfAbsent(chair, k -> new ArrayList<>()), notification));
        }
    }

    // ---- DirectMessages -----------------------------------------------------------------------------

    /** Puts the message in a local identity's inbox; false for anyone else (another platform's people). */
    @Override
    public synchronized boolean sendTo(UserRef person, Notification notification) {
        if (!person.platform().equals(PLATFORM) || !identities.contains(person.id())) {
            return false;
        }
        append(messages.computeIfAbsent(person.id(), k -> new ArrayList<>()), notification);
        return true;
    }

    private void append(List<Post> feed, Notification notification) {
        if (feed.stream().anyMatch(post -> post.notification().dedupeKey().equals(notification.dedupeKey()))) {
            return;
        }
        feed.add(new Post(sequence.incrementAndGet(), clock.instant(), notification));
        if (feed.size() > KEEP) {
            feed.subList(0, feed.size() - KEEP).clear();
        }
    }

    // ---- reading, for the local page ----------------------------------------------------------------

    /** A board's panel channel, newest last. */
    public synchronized List<Post> panel(BoardId board) {
        return List.copyOf(panels.getOrDefault(board, List.of()));
    }

    /** Whether a board's panel channel shows a button with this payload (so pressing it there is real). */
    public synchronized boolean panelOffers(BoardId board, String payload) {
        return panels.getOrDefault(board, List.of()).stream().anyMatch(post -> post.notification().actions().stream()
                .anyMatch(action -> action.payload().equals(payload)));
    }

    /** An identity's inbox: cards awaiting a decision first, then the rest; each part newest first. */
    public synchronized Inbox inbox(String identity) {
        List<Card> held = new ArrayList<>(cards.getOrDefault(identity, Map.of()).values());
        java.util.Collections.reverse(held);
        // Stable: within each part the newest (last posted) stays first.
        held.sort(java.util.Comparator.comparing(card -> card.card().actions().isEmpty()));
        List<Post> direct = new ArrayList<>(messages.getOrDefault(identity, List.of()));
        java.util.Collections.reverse(direct);
        return new Inbox(List.copyOf(held), List.copyOf(direct));
    }

    /** The card of a case as an identity's inbox holds it. */
    public synchronized Optional<Card> card(String identity, CaseId caseId) {
        return Optional.ofNullable(cards.getOrDefault(identity, Map.of()).get(caseId));
    }
}
