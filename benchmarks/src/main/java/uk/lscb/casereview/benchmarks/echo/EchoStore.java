package uk.lscb.casereview.benchmarks.echo;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.lscb.casereview.adapters.mongo.MongoStore;
import uk.lscb.casereview.core.conversation.ConversationState;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.conversation.StoredConversation;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;
import uk.lscb.casereview.core.transcripts.Transcripts;

/**
 * What the assistant stores of a turn, for the echo bot to store too: the same embedded store, opened as the
 * assistant opens it, and the same two writes through the assistant's own ports, the conversation at its next version
 * (conditional on the one before, remembered as the assistant remembers it, so never read back) and its transcript
 * entries, the message and the answer. The conversation's state stays where it began. With it, the load benchmark
 * can say how much of the assistant's turn is storing it, against an echo bot that does the same.
 */
final class EchoStore implements AutoCloseable {
    private static final int CONNECTIONS = 500;

    private final MongoStore.Embedded embedded;
    private final MongoClient client;
    private final Conversations conversations;
    private final Transcripts transcripts;
    private final Clock clock = Clock.systemUTC();
    private final Map<ConversationKey, StoredConversation> written = new ConcurrentHashMap<>();

    EchoStore(Path directory) throws IOException {
        Files.createDirectories(directory);
        embedded = MongoStore.Embedded.open(directory.resolve("casereview.mv"));
        client = embedded.client(MongoClientSettings.builder()
                .applyToConnectionPoolSettings(pool -> pool.maxSize(CONNECTIONS)));
        MongoStore store = MongoStore.open(client, "casereview", new RulePacks(List.of(Wt2015.pack())));
        conversations = store.conversations();
        transcripts = store.transcripts();
    }

    /** Stores a turn: {@code text} from {@code who}, answered with {@code answer}. */
    void turn(ConversationKey key, UserRef who, String inboundId, String text, String answer) {
        StoredConversation stored = written.get(key);
        if (stored == null) {
            stored = StoredConversation.fresh(key, ConversationState.fresh(Wt2015.ID, Answers.none()), who);
        }
        long sequence = stored.nextSequence();
        Instant at = clock.instant();
        List<TranscriptEntry> entries = List.of(
                new TranscriptEntry(key, sequence, at, TranscriptEntry.Direction.INBOUND, who, "text", text,
                        Optional.empty(), Optional.empty()),
                new TranscriptEntry(key, sequence + 1, at, TranscriptEntry.Direction.OUTBOUND, UserRef.BOT, "say",
                        answer, Optional.empty(), Optional.empty()));
        StoredConversation next = stored.after(stored.state(), entries, Optional.empty(), Optional.of(inboundId),
                stored.referralStart(), who);
        if (!conversations.write(next, stored.version())) {
            throw new IllegalStateException("a conversation of the load benchmark was written by two turns at once");
        }
        transcripts.append(entries);
        written.put(key, next);
    }

    @Override
    public void close() {
        client.close();
        embedded.close();
    }
}
