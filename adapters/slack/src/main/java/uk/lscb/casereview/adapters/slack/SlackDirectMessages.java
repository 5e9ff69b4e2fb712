package uk.lscb.casereview.adapters.slack;

import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.DirectMessages;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * A notification in one person's direct message with the app (e.g. the Chair's decision to the
 * referrer): the DM stored when they last wrote to the app, else one opened with
 * {@code conversations.open}. Someone who is not a Slack user, or whom Slack does not know, is not
 * reached ({@code false}); a post Slack refuses throws.
 */
final class SlackDirectMessages implements DirectMessages {
    private static final Platform PLATFORM = SlackHandlers.PLATFORM;

    private final SlackApi api;
    private final Addresses addresses;

    SlackDirectMessages(SlackApi api, Addresses addresses) {
        this.api = Objects.requireNonNull(api, "api");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
    }

    @Override
    public boolean sendTo(UserRef person, Notification note) {
        if (!PLATFORM.equals(person.platform())) {
            return false;
        }
        Optional<String> channel = addresses.find(PLATFORM, Addresses.Kind.PERSON, person.id())
                .map(Addresses.Address::value)
                .or(() -> api.openDirectMessage(person.id()));
        if (channel.isEmpty()) {
            return false;
        }
        if (api.post(channel.get(), SlackBlocks.notification(note, Optional.empty()), Optional.empty()).isEmpty()) {
            throw new IllegalStateException("Slack did not accept the direct message");
        }
        return true;
    }
}
