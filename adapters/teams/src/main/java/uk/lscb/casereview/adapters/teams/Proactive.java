package uk.lscb.casereview.adapters.teams;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Posting without being spoken to first: {@code continueConversation} on a stored conversation reference,
 * through the {@link ConnectorRetry}. A post the Bot Connector refuses (after the retries) is thrown.
 */
final class Proactive {
    private final BotFrameworkAdapter adapter;
    private final String appId;
    private final ConnectorRetry retry;

    Proactive(BotFrameworkAdapter adapter, String appId, ConnectorRetry retry) {
        this.adapter = adapter;
        this.appId = appId;
        this.retry = retry;
    }

    /** The same connection, with another backoff (tests use a few milliseconds). */
    Proactive withRetry(ConnectorRetry other) {
        return new Proactive(adapter, appId, other);
    }

    /** Posts the activity; the id Teams gave it, if it gave one. */
    Optional<String> send(ConversationReference reference, Activity activity) {
        return Optional.ofNullable(retry.call(() -> {
            AtomicReference<String> posted = new AtomicReference<>();
            adapter.continueConversation(appId, reference, turn -> {
                // A new post, not a reply: the SDK would otherwise reply to the made-up id of the continuation
                // turn, which Web Chat waits for (seconds) before it shows the message.
                turn.onSendActivities((context, activities, next) -> {
                    activities.forEach(sent -> sent.setReplyToId(null));
                    return next.get();
                });
                return turn.sendActivity(activity)
                    .thenApply(response -> {
                        posted.set(Optional.ofNullable(response).map(ResourceResponse::getId).orElse(null));
                        return null;
                    });
            }).join();
            return posted.get();
        }));
    }

    /** Replaces the activity {@code activity.getId()} in the reference's conversation. */
    void update(ConversationReference reference, Activity activity) {
        retry.call(() -> {
            adapter.continueConversation(appId, reference, turn -> {
                activity.setConversation(turn.getActivity().getConversation());
                return turn.updateActivity(activity).thenApply(done -> null);
            }).join();
            return null;
        });
    }
}
