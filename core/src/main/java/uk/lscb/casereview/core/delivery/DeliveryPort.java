package uk.lscb.casereview.core.delivery;

import java.util.Optional;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * One platform's way out, all it decides: it renders {@link Content} its own way and posts it to a
 * {@link Destination}, replaces a posted message, and says whether it can reach a person in a 1:1 chat. Who gets
 * what, where, and how often is decided in core ({@link DeliveryPolicy}, {@link PlatformDelivery}).
 */
public interface DeliveryPort {

    /** The platform's name, as {@code UserRef.platform()} has it. */
    Platform platform();

    /** True when the platform can post in this person's 1:1 chat with the bot (false for another platform's). */
    boolean canReach(UserRef person);

    /**
     * Posts the content there.
     *
     * @return the platform's opaque reference to the posted message, for {@link #replace}; empty, posting nothing,
     *     when there is no such place on this platform (a person it cannot reach, a board without a panel channel)
     * @throws RuntimeException when the platform did not accept the post (the caller tries again later)
     */
    Optional<String> post(Destination to, Content content);

    /**
     * Puts this content in place of the message posted with {@code reference}.
     *
     * @throws Gone when the platform says the message no longer exists (deleted in the chat): there is nothing to
     *     change, then or later
     * @throws RuntimeException when the platform did not accept the change (the caller tries again later)
     */
    void replace(String reference, Content content);

    /** The platform says a posted message no longer exists, so it cannot be changed. */
    final class Gone extends RuntimeException {
        public Gone(String message) {
            super(message);
        }
    }
}
