package uk.lscb.casereview.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.memory.InMemoryConversations;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.store.StoreUnavailableException;

class RememberedConversationsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final UserRef PRACTITIONER = new UserRef(Platform.LOCAL, "practitioner-1", "A practitioner");

    private final InMemoryConversations stored = new InMemoryConversations();
    private final CountingConversations counted = new CountingConversations(stored);

    @Test
    void aConversationThisInstanceWroteIsNotReadBackFromTheStore() {
        RememberedConversations conversations = new RememberedConversations(counted, 10);
        StoredConversation first = fresh("a").outboxDone();
        assertThat(conversations.write(first, 0)).isTrue();
        StoredConversation second = first.outboxDone();
        assertThat(conversations.write(second, 1)).isTrue();

        assertThat(conversations.find(first.key())).contains(second);
        assertThat(counted.finds.get()).isZero();
    }

    @Test
    void aConversationAnotherInstanceWroteIsReadFromTheStoreOnceThisInstancesWriteIsRefused() {
        RememberedConversations conversations = new RememberedConversations(counted, 10);
        StoredConversation mine = fresh("a").outboxDone();
        conversations.write(mine, 0);
        StoredConversation theirs = mine.outboxDone();
        assertThat(stored.write(theirs, 1)).isTrue();

        assertThat(conversations.write(mine.outboxDone(), 1)).isFalse();

        assertThat(conversations.find(mine.key())).contains(theirs);
        assertThat(counted.finds.get()).isOne();
    }

    @Test
    void aWriteThatFailedIsForgottenSinceItMayHaveBeenStored() {
        AtomicInteger writes = new AtomicInteger();
        Conversations secondStoredThenFailed = new CountingConversations(stored) {
            @Override
            public boolean write(StoredConversation next, long expectedVersion) {
                boolean written = super.write(next, expectedVersion);
                if (writes.incrementAndGet() == 2) {
                    throw new StoreUnavailableException("no reply after the write", null);
                }
                return written;
            }
        };
        RememberedConversations conversations = new RememberedConversations(secondStoredThenFailed, 10);
        StoredConversation first = fresh("a").outboxDone();
        conversations.write(first, 0);
        StoredConversation second = first.outboxDone();

        assertThatThrownBy(() -> conversations.write(second, 1)).isInstanceOf(StoreUnavailableException.class);

        assertThat(conversations.find(first.key())).contains(second);
    }

    @Test
    void theLeastRecentlyUsedConversationIsForgottenBeyondTheCapacity() {
        RememberedConversations conversations = new RememberedConversations(counted, 2);
        StoredConversation a = fresh("a").outboxDone();
        StoredConversation b = fresh("b").outboxDone();
        StoredConversation c = fresh("c").outboxDone();
        conversations.write(a, 0);
        conversations.write(b, 0);
        conversations.find(a.key());
        conversations.write(c, 0);

        assertThat(List.of(conversations.find(a.key()), conversations.find(c.key()))).containsExactly(Optional.of(a),
                Optional.of(c));
        assertThat(counted.finds.get()).isZero();
        assertThat(conversations.find(b.key())).contains(b);
        assertThat(counted.finds.get()).isOne();
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new RememberedConversations(stored, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
    }

    private static StoredConversation fresh(String id) {
        Conversation conversation = new Conversation(Wt2015.pack(), Boards.staffordshireAndStoke(), CLOCK);
        return StoredConversation.fresh(new ConversationKey(Platform.LOCAL, id), conversation.start(Optional.empty()),
                PRACTITIONER);
    }

    /** The store's conversations, counting reads. */
    private static class CountingConversations implements Conversations {
        final AtomicInteger finds = new AtomicInteger();
        private final Conversations delegate;

        CountingConversations(Conversations delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<StoredConversation> find(ConversationKey key) {
            finds.incrementAndGet();
            return delegate.find(key);
        }

        @Override
        public List<StoredConversation> withOutbox() {
            return delegate.withOutbox();
        }

        @Override
        public boolean write(StoredConversation next, long expectedVersion) {
            return delegate.write(next, expectedVersion);
        }
    }
}
