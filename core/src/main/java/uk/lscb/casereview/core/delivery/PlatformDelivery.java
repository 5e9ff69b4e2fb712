package uk.lscb.casereview.core.delivery;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CasePages;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.PartnerDecision;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;

/**
 * Everything one platform posts, decided here once for every platform: the destinations come from the
 * {@link DeliveryPolicy}, the platform's {@link DeliveryPort} only renders and posts. Each post is marked in
 * {@link PostedCopies} by its dedupe key and destination, so a retry posts only where it has not been posted; each
 * copy that must change later (the Chair's card, a deadline's reminders) is remembered there with the platform's
 * reference, and replaced through the port. A destination the platform refuses does not stop the others; the first
 * refusal is thrown once all were tried, so the caller tries again later.
 */
public final class PlatformDelivery implements DecisionRequests, ChannelNotifier, DirectMessages {
    private static final System.Logger LOG = System.getLogger(PlatformDelivery.class.getName());

    private final DeliveryPort port;
    private final Roles roles;
    private final PostedCopies postedCopies;
    private final CasePages pages;

    public PlatformDelivery(DeliveryPort port, Roles roles, PostedCopies postedCopies) {
        this(port, roles, postedCopies, CasePages.NONE);
    }

    /** @param pages where the cases' pages are: every card, and every notice naming a case, links to its page */
    public PlatformDelivery(DeliveryPort port, Roles roles, PostedCopies postedCopies, CasePages pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.port = Objects.requireNonNull(port, "port");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.postedCopies = Objects.requireNonNull(postedCopies, "postedCopies");
    }

    public Platform platform() {
        return port.platform();
    }

    /** A copy to remember: of which case, and what it is a copy of ({@link PostedCopies#CARD}, a reminder). */
    private record Keep(CaseId caseId, String kind) {
    }

    /**
     * Posts the content for these recipients on this platform, once per destination.
     *
     * @return how many destinations have it (posted now or before); 0 when this platform could reach no one
     * @throws RuntimeException the first refusal, after every destination was tried
     */
    public int deliver(List<Recipient> to, Content content, String dedupeKey) {
        return deliver(to, content, dedupeKey, Optional.empty());
    }

    private int deliver(List<Recipient> to, Content content, String dedupeKey, Optional<Keep> keep) {
        List<RuntimeException> refused = new ArrayList<>();
        int reached = 0;
        for (Destination destination : DeliveryPolicy.destinations(to, roles, port.platform(), port::canReach)) {
            String where = destination.key();
            if (postedCopies.wasPosted(port.platform(), dedupeKey, where)) {
                reached++;
                continue;
            }
            Optional<String> reference;
            try {
                reference = port.post(destination, content);
            } catch (RuntimeException failed) {
                // The failure's message may quote the post: only its type is logged, and whether it was a chat.
                LOG.log(System.Logger.Level.WARNING, "{0}: a post to {1} on {2} was refused: {3}", dedupeKey,
                        destination instanceof Destination.Chat ? "a 1:1 chat" : where, port.platform(),
                        failed.getClass().getSimpleName());
                refused.add(failed);
                continue;
            }
            if (reference.isEmpty()) {
                LOG.log(System.Logger.Level.DEBUG, "{0}: nowhere to post on {1} for {2}", dedupeKey, port.platform(),
                        where);
                continue;
            }
            postedCopies.markPosted(port.platform(), dedupeKey, where);
            keep.ifPresent(copy -> postedCopies.remember(new PostedCopies.Copy(copy.caseId(), copy.kind(),
                    port.platform(), dedupeKey + "@" + where, reference.get())));
            reached++;
        }
        throwFirst(refused);
        return reached;
    }

    /**
     * Replaces every remembered copy of this kind of the case; the first refusal is thrown once all were tried. A copy
     * the platform says is gone is forgotten: it was deleted in its chat, and trying again would only fail again.
     */
    private void replaceAll(CaseId caseId, String kind, Content content) {
        List<RuntimeException> refused = new ArrayList<>();
        for (PostedCopies.Copy copy : postedCopies.copies(caseId, kind, port.platform())) {
            try {
                port.replace(copy.reference(), content);
            } catch (DeliveryPort.Gone gone) {
                LOG.log(System.Logger.Level.INFO, "case {0}: a copy on {1} no longer exists (deleted in its chat); "
                        + "forgotten, not replaced", caseId.value(), port.platform());
                forget(copy).ifPresent(refused::add);
            } catch (RuntimeException failed) {
                LOG.log(System.Logger.Level.WARNING, "case {0}: a copy on {1} could not be replaced: {2}",
                        caseId.value(), port.platform(), failed.getClass().getSimpleName());
                refused.add(failed);
            }
        }
        throwFirst(refused);
    }

    /** Forgets a copy that is gone; what kept it from being forgotten (it is tried again with the update). */
    private Optional<RuntimeException> forget(PostedCopies.Copy copy) {
        try {
            postedCopies.forget(copy);
            return Optional.empty();
        } catch (RuntimeException failed) {
            return Optional.of(failed);
        }
    }

    private static void throwFirst(List<RuntimeException> refused) {
        if (!refused.isEmpty()) {
            RuntimeException first = refused.get(0);
            refused.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    // ---- the case's decision card -------------------------------------------------------------------

    /**
     * The card for the board's Chair(s), or for its safeguarding partners' lead representatives on a case they decide,
     * once per destination.
     */
    @Override
    public boolean post(CaseRecord record, DecisionCard card) {
        Recipient deciders = PartnerDecision.decidesTheCase(record, roles) ? new Recipient.PartnersOf(record.board())
                : new Recipient.ChairOf(record.board());
        return deliver(List.of(deciders), new Content.Card(linked(record, card)),
                record.id().value() + "/card", Optional.of(new Keep(record.id(), PostedCopies.CARD))) > 0;
    }

    /** One more copy in this Chair's own chat (they asked: decide), replaced with the others. */
    @Override
    public boolean postTo(UserRef chair, CaseRecord record, DecisionCard card) {
        if (!chair.platform().equals(port.platform()) || !port.canReach(chair)) {
            return false;
        }
        int copies = postedCopies.copies(record.id(), PostedCopies.CARD, port.platform()).size();
        return deliver(List.of(new Recipient.Person(chair)), new Content.Card(linked(record, card)),
                record.id().value() + "/card/again/" + copies, Optional.of(new Keep(record.id(), PostedCopies.CARD)))
                > 0;
    }

    @Override
    public void update(CaseRecord record, DecisionCard card) {
        replaceAll(record.id(), PostedCopies.CARD, new Content.Card(linked(record, card)));
    }

    private DecisionCard linked(CaseRecord record, DecisionCard card) {
        return card.withPage(pages.of(record));
    }

    private Notification linked(Notification notification) {
        return notification.withPage(notification.about().flatMap(reference -> pages.of(notification.board(),
                reference)));
    }

    // ---- notices ------------------------------------------------------------------------------------

    /**
     * To the panel channel, for {@link Audience#CHAIR} the Chair(s), for {@link Audience#SCRUTINEER} the scrutineer(s)
     * in their chats; nowhere to post is not an error.
     */
    @Override
    public void send(Notification notification) {
        List<Recipient> to = new ArrayList<>();
        for (Audience audience : EnumSet.copyOf(notification.to())) {
            to.add(switch (audience) {
                case PANEL_CHANNEL -> new Recipient.PanelOf(notification.board());
                case CHAIR -> new Recipient.ChairOf(notification.board());
                case SCRUTINEER -> new Recipient.ScrutineerOf(notification.board());
            });
        }
        deliver(to, new Content.Notice(linked(notification)), notification.dedupeKey(), kept(notification));
    }

    /** Every copy of the deadline's reminders becomes its done view, once the deadline is done. */
    @Override
    public void remindersDone(CaseRecord record, DeadlineKind kind) {
        if (record.deadline(kind).flatMap(CaseDeadline::done).isPresent()) {
            replaceAll(record.id(), PostedCopies.reminder(kind), new Content.Done(record, kind));
        }
    }

    /** Every copy of the deadline's reminders becomes {@code now}, once the reason for its delay is recorded. */
    @Override
    public void remindersReasoned(CaseRecord record, DeadlineKind kind, Notification now) {
        replaceCopies(record.id(), PostedCopies.reminder(kind), now);
    }

    /** Every copy kept as {@code copies} of the case, in channels and people's chats, becomes {@code now}. */
    @Override
    public void replaceCopies(CaseId caseId, String copies, Notification now) {
        replaceAll(caseId, copies, new Content.Notice(linked(now)));
    }

    /**
     * In the person's own chat on this platform, kept as its {@link Notification#reminds} says; false, posting
     * nothing, when it cannot reach them.
     */
    @Override
    public boolean sendTo(UserRef person, Notification notification) {
        return deliver(List.of(new Recipient.Person(person)), new Content.Notice(linked(notification)),
                notification.dedupeKey(), kept(notification)) > 0;
    }

    private static Optional<Keep> kept(Notification notification) {
        return notification.reminds().map(reminds -> new Keep(reminds.caseId(), reminds.copies()));
    }
}
