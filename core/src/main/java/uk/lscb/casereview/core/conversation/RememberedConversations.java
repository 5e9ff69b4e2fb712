package uk.lscb.casereview.core.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.refs.ConversationKey;

/**
 * Conversations that remember the version each one was last written in by this process, so that the next turn of a
 * conversation does not read back what its last turn wrote (a store call of three per turn).
 *
 * <p>Remembering cannot make a turn act on a stale conversation: every turn ends in {@link #write}, conditional on
 * the version it read, so when another instance (or anything else) wrote the conversation meanwhile, that write is
 * refused, the remembered copy is forgotten and the turn is tried again on the stored one (as {@code ScopingService}
 * already does for two writers). A write that failed ({@code StoreUnavailableException} or any other exception)
 * forgets too, since it may or may not have been stored. At most {@code capacity} conversations are remembered, the
 * least recently used forgotten first.
 */
public final class RememberedConversations implements Conversations {
    private final Conversations stored;
    private final Map<ConversationKey, StoredConversation> remembered;

    public RememberedConversations(Conversations stored, int capacity) {
        this.stored = Objects.requireNonNull(stored, "stored");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.remembered = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ConversationKey, StoredConversation> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public Optional<StoredConversation> find(ConversationKey key) {
        synchronized (remembered) {
            StoredConversation known = remembered.get(key);
            if (known != null) {
                return Optional.of(known);
            }
        }
        return stored.find(key);
    }

    @Override
    public List<StoredConversation> withOutbox() {
        return stored.withOutbox();
    }

    @Override
    public boolean write(StoredConversation next, long expectedVersion) {
        boolean written = false;
        try {
            written = stored.write(next, expectedVersion);
            return written;
        } finally {
            synchronized (remembered) {
                StoredConversation known = remembered.get(next.key());
                if (written && (known == null || known.version() == expectedVersion)) {
                    remembered.put(next.key(), next);
                } else if (!written) {
                    remembered.remove(next.key());
                }
            }
        }
    }
}
