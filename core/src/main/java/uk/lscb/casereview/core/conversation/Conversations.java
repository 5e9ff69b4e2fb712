package uk.lscb.casereview.core.conversation;

import java.util.List;
import java.util.Optional;
import uk.lscb.casereview.core.refs.ConversationKey;

/** Stored conversations, written with optimistic concurrency. */
public interface Conversations {

    Optional<StoredConversation> find(ConversationKey key);

    /** Conversations whose last turn still owes writes ({@link StoredConversation#hasOutbox()}), in no particular order. */
    List<StoredConversation> withOutbox();

    /**
     * Stores {@code next} if the stored version is {@code expectedVersion} (0: not stored yet).
     *
     * @return false, writing nothing, when another writer got there first
     */
    boolean write(StoredConversation next, long expectedVersion);
}
