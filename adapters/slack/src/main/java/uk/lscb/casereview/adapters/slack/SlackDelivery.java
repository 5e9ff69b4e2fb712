package uk.lscb.casereview.adapters.slack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.Content;
import uk.lscb.casereview.core.delivery.DeliveryPort;
import uk.lscb.casereview.core.delivery.Destination;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * Slack's {@link DeliveryPort}: Block Kit messages through the Web API ({@link SlackApi}, which waits out rate
 * limits) in a person's direct message with the app (the one kept when they last wrote to it) or a board's panel
 * channel (registered, else configured), where the people it stands in for are mentioned on its first line. A
 * reference is the channel and the message's ts. A post or change Slack does not accept is thrown.
 */
final class SlackDelivery implements DeliveryPort {
    private static final Platform PLATFORM = SlackHandlers.PLATFORM;

    private final SlackApi api;
    private final Addresses addresses;
    private final Function<BoardId, Optional<String>> panelChannel;

    SlackDelivery(SlackApi api, Addresses addresses, Function<BoardId, Optional<String>> panelChannel) {
        this.api = Objects.requireNonNull(api, "api");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.panelChannel = Objects.requireNonNull(panelChannel, "panelChannel");
    }

    @Override
    public Platform platform() {
        return PLATFORM;
    }

    @Override
    public boolean canReach(UserRef person) {
        return directMessage(person).isPresent();
    }

    @Override
    public Optional<String> post(Destination to, Content content) {
        Optional<String> channel = to instanceof Destination.Chat chat ? directMessage(chat.person())
                : panelChannel.apply(((Destination.Panel) to).board());
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        List<UserRef> mentioned = to instanceof Destination.Panel panel ? panel.mentioned() : List.of();
        String ts = api.post(channel.get(), message(content, to instanceof Destination.Panel, mentioned),
                Optional.empty()).orElseThrow(() -> new IllegalStateException("Slack did not accept the post"));
        return Optional.of(channel.get() + " " + ts);
    }

    @Override
    public void replace(String reference, Content content) {
        String[] where = reference.split(" ", 2);
        if (where.length != 2) {
            throw new IllegalArgumentException("not a Slack message reference");
        }
        SlackApi.Change change = api.update(where[0], where[1], message(content, false, List.of()));
        if (change == SlackApi.Change.GONE) {
            throw new DeliveryPort.Gone("Slack has no such message: it was deleted");
        }
        if (change == SlackApi.Change.REFUSED) {
            throw new IllegalStateException("Slack did not accept the change of a message");
        }
    }

    private Optional<String> directMessage(UserRef person) {
        if (!PLATFORM.equals(person.platform())) {
            return Optional.empty();
        }
        return addresses.find(PLATFORM, Addresses.Kind.PERSON, person.id()).map(Addresses.Address::value);
    }

    /** In a panel channel the card says whose decision it needs, and a notice mentions those it stands in for. */
    private static SlackBlocks.Message message(Content content, boolean inPanel, List<UserRef> mentioned) {
        String mentions = mentioned.stream().map(person -> "<@" + person.id() + ">").collect(Collectors.joining(" "));
        if (content instanceof Content.Card card) {
            if (!inPanel) {
                return SlackBlocks.card(card.card());
            }
            return SlackBlocks.card(card.card(), Optional.of(mentioned.isEmpty() ? "A case needs the Chair's decision."
                    : mentions + " a case needs your decision."));
        }
        if (content instanceof Content.Notice notice) {
            return SlackBlocks.notification(notice.notification(), mentioned.isEmpty() ? Optional.empty()
                    : Optional.of(mentions + " for your attention."));
        }
        Content.Done done = (Content.Done) content;
        String line = done.record().deadline(done.kind()).flatMap(CaseDeadline::done)
                .map(mark -> mark.line(done.kind())).orElse("Done.");
        return SlackBlocks.reminderDone(done.record(), done.kind(), line);
    }
}
