package uk.lscb.casereview.core.memory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.conversation.StoredConversation;
import uk.lscb.casereview.core.refs.ConversationKey;

public final class InMemoryConversations implements Conversations {
    private final ConcurrentMap<ConversationKey, StoredConversation> store = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredConversation> find(ConversationKey key) {
        return Optional.ofNullable(store.get(key));
    }

    @Override
    public List<StoredConversation> withOutbox() {
        return store.values().stream().filter(StoredConversation::hasOutbox).toList();
    }

    @Override
    public boolean write(StoredConversation next, long expectedVersion) {
        boolean[] written = {false};
        store.compute(next.key(), (key, current) -> {
            long version = current == null ? 0 : current.version();
            if (version != expectedVersion) {
                return current;
            }
            written[0] = true;
            return next;
        });
        return written[0];
    }
}
