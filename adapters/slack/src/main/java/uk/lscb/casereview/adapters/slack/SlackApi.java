package uk.lscb.casereview.adapters.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Slack Web API calls the adapter makes, with the bot token, respecting rate limits: an HTTP 429
 * is retried after its {@code Retry-After} (bounded: a few attempts, at most 30 s each). Failures are
 * logged without message content and reported as empty / false, never thrown into a handler.
 */
final class SlackApi {
    private static final System.Logger LOG = System.getLogger(SlackApi.class.getName());
    static final int MAX_ATTEMPTS = 4;
    private static final long MAX_WAIT_SECONDS = 30;
    /** Slack's error for a change to a message it does not have (deleted in its channel). */
    private static final String MESSAGE_NOT_FOUND = "message_not_found";

    @FunctionalInterface
    interface Call<T> {
        T run(MethodsClient methods) throws IOException, SlackApiException;
    }

    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final MethodsClient methods;
    private final Sleeper sleeper;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    SlackApi(MethodsClient methods, Sleeper sleeper) {
        this.methods = methods;
        this.sleeper = sleeper;
    }

    <T extends SlackApiTextResponse> Optional<T> call(String method, Call<T> call) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                T response = call.run(methods);
                if (!response.isOk()) {
                    LOG.log(System.Logger.Level.WARNING, "Slack {0} failed: {1}", method, response.getError());
                    return Optional.empty();
                }
                return Optional.of(response);
            } catch (SlackApiException failed) {
                if (failed.getResponse().code() != 429 || attempt == MAX_ATTEMPTS) {
                    LOG.log(System.Logger.Level.WARNING, "Slack {0} failed with HTTP {1}", method,
                            failed.getResponse().code());
                    return Optional.empty();
                }
                long wait = retryAfter(failed.getResponse().header("Retry-After"));
                LOG.log(System.Logger.Level.INFO, "Slack {0} rate limited; retrying in {1} s", method, wait);
                try {
                    sleeper.sleep(Duration.ofSeconds(wait));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            } catch (IOException failed) {
                LOG.log(System.Logger.Level.WARNING, "Slack {0} unreachable: {1}", method, failed.getMessage());
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static long retryAfter(String header) {
        try {
            return Math.max(1, Math.min(MAX_WAIT_SECONDS, Long.parseLong(header == null ? "1" : header.trim())));
        } catch (NumberFormatException unreadable) {
            return 1;
        }
    }

    /** Posts a message; its ts when posted. */
    Optional<String> post(String channel, SlackBlocks.Message message, Optional<String> threadTs) {
        return call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(channel).text(message.text())
                .blocks(message.blocks().isEmpty() ? null : message.blocks()).threadTs(threadTs.orElse(null))
                .unfurlLinks(false).unfurlMedia(false))).map(ChatPostMessageResponse::getTs);
    }

    /** What came of a change to a posted message. */
    enum Change {
        MADE,
        /** Slack has no such message (deleted in its channel): it cannot be changed, now or later. */
        GONE,
        REFUSED
    }

    Change update(String channel, String ts, SlackBlocks.Message message) {
        AtomicReference<String> error = new AtomicReference<>();
        Optional<ChatUpdateResponse> made = call("chat.update", m -> {
            ChatUpdateResponse response = m.chatUpdate(r -> r.channel(channel).ts(ts).text(message.text())
                    .blocks(message.blocks()));
            error.set(response.getError());
            return response;
        });
        return made.isPresent() ? Change.MADE : MESSAGE_NOT_FOUND.equals(error.get()) ? Change.GONE : Change.REFUSED;
    }

    boolean ephemeral(String channel, String user, String text) {
        return call("chat.postEphemeral", m -> m.chatPostEphemeral(r -> r.channel(channel).user(user)
                .text(SlackBlocks.escape(text)))).isPresent();
    }

    boolean openView(String triggerId, View view) {
        // No retry on a rate limit here: the trigger id is good for 3 s only.
        try {
            var response = methods.viewsOpen(r -> r.triggerId(triggerId).view(view));
            if (!response.isOk()) {
                LOG.log(System.Logger.Level.WARNING, "Slack views.open failed: {0}", response.getError());
            }
            return response.isOk();
        } catch (IOException | SlackApiException failed) {
            LOG.log(System.Logger.Level.WARNING, "Slack views.open failed: {0}", failed.getClass().getSimpleName());
            return false;
        }
    }

    /** Replaces an open modal; the hash makes Slack refuse it if the modal changed meanwhile. */
    boolean updateView(String viewId, String hash, View view) {
        return call("views.update", m -> m.viewsUpdate(r -> r.viewId(viewId).hash(hash).view(view))).isPresent();
    }

    /** The id of the app's direct-message channel with a person. */
    Optional<String> openDirectMessage(String user) {
        return call("conversations.open", m -> m.conversationsOpen(r -> r.users(List.of(user))))
                .map(ConversationsOpenResponse::getChannel).map(channel -> channel.getId());
    }

    /** The name shown beside a person's actions ("Decided by …"); their id if Slack won't say. */
    String displayName(String user) {
        String known = names.get(user);
        if (known != null) {
            return known;
        }
        String name = call("users.info", m -> m.usersInfo(r -> r.user(user))).map(UsersInfoResponse::getUser)
                .map(found -> firstNonBlank(found.getRealName(), found.getProfile() == null ? null
                        : found.getProfile().getDisplayName(), found.getName()))
                .orElse(null);
        if (name == null) {
            return user;
        }
        names.put(user, name);
        return name;
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
