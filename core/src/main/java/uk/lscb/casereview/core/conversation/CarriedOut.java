package uk.lscb.casereview.core.conversation;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.lscb.casereview.core.refs.ConversationKey;

/**
 * The conversations whose committed outbox this instance has carried out, by version, so that their next turn does
 * not append the same transcript entries again. Only what happened here is known: after a restart, or for a turn
 * another instance took, the next turn appends them again (a no-op). Keeps the most recently used conversations.
 */
final class CarriedOut {
    private static final int KEPT = 10_000;

    private final Map<ConversationKey, Long> versions = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ConversationKey, Long> eldest) {
            return size() > KEPT;
        }
    };

    /** The outbox of {@code committed} (as written, at its version) has been carried out. */
    synchronized void remember(StoredConversation committed) {
        versions.put(committed.key(), committed.version());
    }

    /** True when the outbox of {@code loaded}, at its version, is known to have been carried out here. */
    synchronized boolean knows(StoredConversation loaded) {
        Long version = versions.get(loaded.key());
        return version != null && version == loaded.version();
    }
}
