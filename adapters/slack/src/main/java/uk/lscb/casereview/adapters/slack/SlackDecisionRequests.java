package uk.lscb.casereview.adapters.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.DecisionRequests;
import uk.lscb.casereview.core.delivery.PostedCopies;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;

/**
 * The Chair's decision card on Slack: posted in each of the board's Slack Chairs' direct message with
 * the app where one is known, otherwise in the board's panel channel with the Chairs mentioned (the
 * card holds no child's details). Where each copy went (channel and message ts) is remembered in
 * {@link PostedCopies} (one per channel), so every copy can be updated in place, also by another instance.
 */
final class SlackDecisionRequests implements DecisionRequests {
    private static final System.Logger LOG = System.getLogger(SlackDecisionRequests.class.getName());
    private static final Platform PLATFORM = SlackHandlers.PLATFORM;

    private final SlackApi api;
    private final Addresses addresses;
    private final PostedCopies postedCopies;
    private final Roles roles;
    private final Function<BoardId, Optional<String>> panelChannel;
    private final Executor executor;

    SlackDecisionRequests(SlackApi api, Addresses addresses, PostedCopies postedCopies, Roles roles,
                          Function<BoardId, Optional<String>> panelChannel, Executor executor) {
        this.api = Objects.requireNonNull(api, "api");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.postedCopies = Objects.requireNonNull(postedCopies, "postedCopies");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.panelChannel = Objects.requireNonNull(panelChannel, "panelChannel");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public boolean post(CaseRecord record, DecisionCard card) {
        Set<String> chairs = roles.chairIds(record.board(), PLATFORM);
        boolean posted = false;
        for (String chair : chairs.stream().sorted().toList()) {
            Optional<String> dm = addresses.find(PLATFORM, Addresses.Kind.PERSON, chair).map(Addresses.Address::value);
            if (dm.isPresent()) {
                posted |= postTo(record.id(), dm.get(), SlackBlocks.card(card));
            }
        }
        if (posted) {
            return true;
        }
        Optional<String> panel = panelChannel.apply(record.board());
        if (panel.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "case {0}: no Slack Chair DM and no panel channel for {1}",
                    record.id().value(), record.board().value());
            return false;
        }
        String mention = chairs.isEmpty() ? "A case needs the Chair's decision."
                : chairs.stream().sorted().map(id -> "<@" + id + ">").collect(Collectors.joining(" "))
                + " a case needs your decision.";
        return postTo(record.id(), panel.get(), SlackBlocks.card(card, Optional.of(mention)));
    }

    /**
     * Posts the card again in the Chair's direct message with the app (they asked: decide), stored as one
     * more copy (its place is the channel and the message's ts) so it is updated with the others.
     */
    @Override
    public boolean postTo(UserRef chair, CaseRecord record, DecisionCard card) {
        if (!chair.platform().equals(PLATFORM)) {
            return false;
        }
        Optional<String> dm = addresses.find(PLATFORM, Addresses.Kind.PERSON, chair.id()).map(Addresses.Address::value);
        Optional<String> ts = dm.flatMap(channel -> api.post(channel, SlackBlocks.card(card), Optional.empty()));
        ts.ifPresent(posted -> postedCopies.remember(new PostedCopies.Copy(record.id(), PostedCopies.CARD, PLATFORM,
                dm.get() + ":" + posted, dm.get() + " " + posted)));
        return ts.isPresent();
    }

    /** Posts the card where it is not yet: a follow-up redone after a crash does not post it twice. */
    private boolean postTo(CaseId id, String channel, SlackBlocks.Message message) {
        if (postedCopies.copies(id, PostedCopies.CARD, PLATFORM).stream().anyMatch(copy -> copy.where().equals(channel))) {
            return true;
        }
        Optional<String> ts = api.post(channel, message, Optional.empty());
        ts.ifPresent(posted -> postedCopies.remember(new PostedCopies.Copy(id, PostedCopies.CARD, PLATFORM, channel,
                channel + " " + posted)));
        return ts.isPresent();
    }

    /** Updates every stored copy, after the caller's request has been answered (on the executor). */
    @Override
    public void update(CaseRecord record, DecisionCard card) {
        List<String[]> copies = copies(record.id());
        if (copies.isEmpty()) {
            return;
        }
        SlackBlocks.Message message = SlackBlocks.card(card);
        executor.execute(() -> copies.forEach(copy -> api.update(copy[0], copy[1], message)));
    }

    /** True when this message is a stored copy of the case's card (so {@link #update} keeps it current). */
    boolean isRemembered(CaseId id, String channel, String ts) {
        return copies(id).stream().anyMatch(copy -> copy[0].equals(channel) && copy[1].equals(ts));
    }

    private List<String[]> copies(CaseId id) {
        List<String[]> copies = new ArrayList<>();
        for (PostedCopies.Copy copy : postedCopies.copies(id, PostedCopies.CARD, PLATFORM)) {
            String[] parts = copy.reference().split(" ", 2);
            if (parts.length == 2) {
                copies.add(parts);
            }
        }
        return copies;
    }
}
