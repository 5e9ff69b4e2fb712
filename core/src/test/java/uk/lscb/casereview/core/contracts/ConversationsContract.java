package uk.lscb.casereview.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.conversation.StoredConversation;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;

/** What every {@link Conversations} implementation does. Extend it with a fresh, empty store. */
public abstract class ConversationsContract {

    protected abstract Conversations store();

    private final ConversationKey key = new ConversationKey(Platform.LOCAL, "contract-" + System.nanoTime());

    @Test
    public void aConversationNeverWrittenIsNotFound() {
        assertThat(store().find(key)).isEmpty();
    }

    @Test
    public void aWrittenConversationReadsBackEqual() {
        Conversations conversations = store();
        StoredConversation written = sample().after(PortFixtures.askingChildDied("SCR-1"),
                List.of(PortFixtures.entry(key, 1, "yes"), PortFixtures.entry(key, 2, "Question 2")),
                Optional.of(PortFixtures.referral("SCR-1")), Optional.of("activity-1"), 1, PortFixtures.PRACTITIONER);

        assertThat(conversations.write(written, 0)).isTrue();

        assertThat(conversations.find(key)).contains(written);
    }

    @Test
    public void aConversationWhoseRepliesDidNotReachThePersonReadsBackSoAndClearsWithItsNextTurn() {
        Conversations conversations = store();
        StoredConversation turn = sample().after(PortFixtures.askingChildDied("SCR-4"),
                List.of(PortFixtures.entry(key, 1, "yes")), Optional.empty(), Optional.of("activity-4"), 1,
                PortFixtures.PRACTITIONER);
        conversations.write(turn, 0);
        StoredConversation undelivered = turn.notDelivered(PortFixtures.entry(key, 2, "not delivered"));

        assertThat(conversations.write(undelivered, 1)).isTrue();
        assertThat(conversations.find(key)).contains(undelivered);
        assertThat(undelivered.undelivered()).isTrue();
        StoredConversation next = undelivered.after(undelivered.state(), List.of(), Optional.empty(), Optional.empty(),
                1, PortFixtures.PRACTITIONER);
        assertThat(conversations.write(next, 2)).isTrue();
        assertThat(conversations.find(key).orElseThrow().undelivered()).isFalse();
    }

    @Test
    public void aWriteWithAStaleVersionChangesNothing() {
        Conversations conversations = store();
        StoredConversation first = sample().after(PortFixtures.askingChildDied("SCR-2"), List.of(), Optional.empty(),
                Optional.empty(), 1, PortFixtures.PRACTITIONER);
        conversations.write(first, 0);
        StoredConversation second = first.outboxDone();

        assertThat(conversations.write(second, 0)).isFalse();
        assertThat(conversations.write(second, 1)).isTrue();
        assertThat(conversations.write(second.outboxDone(), 1)).isFalse();
        assertThat(conversations.find(key).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    public void whenTwentyWritersRaceOnOneVersionExactlyOneWins() throws Exception {
        Conversations conversations = store();
        StoredConversation base = sample().after(PortFixtures.askingChildDied("SCR-3"), List.of(), Optional.empty(),
                Optional.empty(), 1, PortFixtures.PRACTITIONER);
        conversations.write(base, 0);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String inbound = "racer-" + i;
                results.add(pool.submit(() -> {
                    go.await();
                    return conversations.write(base.after(base.state(), List.of(), Optional.empty(),
                            Optional.of(inbound), 1, PortFixtures.PRACTITIONER), 1);
                }));
            }
            go.countDown();
            int wins = 0;
            for (Future<Boolean> result : results) {
                wins += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
            assertThat(conversations.find(key).orElseThrow().version()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    private StoredConversation sample() {
        return StoredConversation.fresh(key, PortFixtures.askingChildDied("SCR-0"), PortFixtures.PRACTITIONER);
    }
}
