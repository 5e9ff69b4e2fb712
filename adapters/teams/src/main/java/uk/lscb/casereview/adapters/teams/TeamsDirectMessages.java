package uk.lscb.casereview.adapters.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import java.util.Optional;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.DirectMessages;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.people.UserRef;

/**
 * A notification to one person's 1:1 chat with the bot in Teams (e.g. the Chair's decision to the referrer),
 * found by their Entra object id among the conversation references the bot kept when they messaged it or
 * installed it. Not a Teams person, or no chat with them: false, nothing sent. A refused post is thrown.
 */
public final class TeamsDirectMessages implements DirectMessages {
    private final Proactive proactive;
    private final Addresses addresses;

    TeamsDirectMessages(Proactive proactive, Addresses addresses) {
        this.proactive = proactive;
        this.addresses = addresses;
    }

    @Override
    public boolean sendTo(UserRef person, Notification notification) {
        if (!References.PLATFORM.equals(person.platform())) {
            return false;
        }
        Optional<ConversationReference> reference = addresses.find(References.PLATFORM, Addresses.Kind.PERSON,
                person.id()).flatMap(address -> References.read(address.value()));
        if (reference.isEmpty()) {
            return false;
        }
        Activity activity = TeamsHandler.cardActivity(TeamsCards.notification(notification));
        activity.setSummary(notification.title());
        proactive.send(reference.get(), activity);
        return true;
    }
}
