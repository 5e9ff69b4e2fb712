package uk.lscb.casereview.core.delivery;

import uk.lscb.casereview.core.people.UserRef;

/** Posts a notification to one person's 1:1 chat with the bot, e.g. the Chair's decision to the referrer. */
@FunctionalInterface
public interface DirectMessages {

    /**
     * @return false, sending nothing, when this platform has no way to reach the person
     * @throws RuntimeException if the platform did not accept the post
     */
    boolean sendTo(UserRef person, Notification notification);
}
