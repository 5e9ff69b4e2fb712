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
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.delivery.Content;
import uk.lscb.casereview.core.delivery.DeliveryPort;
import uk.lscb.casereview.core.delivery.Destination;
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
public final class LocalPlatform implements DeliveryPort {
    /** The platform's name, as {@code UserRef.platform()} has it. */
    public static final Platform PLATFORM = Platform.LOCAL;
    static final int KEEP = 500;
    private static final String CARD = "card";
    private static final String MESSAGE = "message";
    private static final String PANEL = "panel";

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

    public LocalPlatform(People people, Clock clock) {
        this.identities = new LinkedHashSet<>(people.localIdentities().stream().map(People.LocalIdentity::id).toList());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Platform platform() {
        return PLATFORM;
    }

    /** A local identity, and no one else (another platform's people). */
    @Override
    public boolean canReach(UserRef person) {
        return person.platform().equals(PLATFORM) && identities.contains(person.id());
    }

    /**
     * A card goes to the top of the identity's inbox (again, when they asked for it: decide); a notice to their
     * direct messages or the board's panel channel. The panel channel shows no cards: one for a Chair who is not a
     * local identity has nowhere to go.
     */
    @Override
    public synchronized Optional<String> post(Destination to, Content content) {
        if (to instanceof Destination.Chat chat) {
            if (!canReach(chat.person())) {
                return Optional.empty();
            }
            String identity = chat.person().id();
            if (content instanceof Content.Card card) {
                cards.computeIfAbsent(identity, k -> new LinkedHashMap<>()).remove(card.card().caseId());
                store(identity, card.card());
                return Optional.of(CARD + " " + identity + " " + card.card().caseId().value());
            }
            if (content instanceof Content.Notice notice) {
                Post post = append(messages.computeIfAbsent(identity, k -> new ArrayList<>()), notice.notification());
                return Optional.of(MESSAGE + " " + identity + " " + post.id());
            }
            return Optional.empty();
        }
        Destination.Panel panel = (Destination.Panel) to;
        if (content instanceof Content.Notice notice) {
            Post post = append(panels.computeIfAbsent(panel.board(), k -> new ArrayList<>()), notice.notification());
            return Optional.of(PANEL + " " + panel.board().value() + " " + post.id());
        }
        return Optional.empty();
    }

    /**
     * A card is replaced wherever its reference says (and put back there after a restart emptied the feeds); a notice
     * in place, keeping its number and time (an agency request's messages once it is provided; gone after a restart,
     * as the feeds are). A reminder's done view stays as posted: the page shows who marked its deadline done from the
     * case itself.
     */
    @Override
    public synchronized void replace(String reference, Content content) {
        String[] parts = reference.split(" ", 3);
        if (parts.length == 3 && parts[0].equals(CARD) && content instanceof Content.Card card) {
            store(parts[1], card.card());
        }
        if (parts.length == 3 && content instanceof Content.Notice notice && parts[2].matches("\\d{1,18}")) {
            List<Post> feed = parts[0].equals(MESSAGE) ? messages.get(parts[1])
                    : parts[0].equals(PANEL) ? panels.get(new BoardId(parts[1])) : null;
            long id = Long.parseLong(parts[2]);
            if (feed != null) {
                feed.replaceAll(post -> post.id() == id ? new Post(id, post.at(), notice.notification()) : post);
            }
        }
    }

    private void store(String identity, DecisionCard card) {
        Instant now = clock.instant();
        cards.computeIfAbsent(identity, k -> new LinkedHashMap<>()).merge(card.caseId(),
                new Card(card.caseId(), now, now, card),
                (held, fresh) -> held.card().version() > card.version() ? held
                        : new Card(held.caseId(), held.postedAt(), now, card));
    }

    private Post append(List<Post> feed, Notification notification) {
        Post post = new Post(sequence.incrementAndGet(), clock.instant(), notification);
        feed.add(post);
        if (feed.size() > KEEP) {
            feed.subList(0, feed.size() - KEEP).clear();
        }
        return post;
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
