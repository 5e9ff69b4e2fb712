package uk.lscb.casereview.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lscb.casereview.adapters.mongo.embedded.EmbeddedBackend;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.conversation.StoredConversation;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;

/**
 * The application's embedded default ({@link EmbeddedBackend}: mongo-java-server's H2 MVStore backend, BSON on
 * disk), one file. What was written survives the server being shut down and started again on the same file.
 */
class MongoStoreH2BackendIT {
    private static final String DATABASE = "case-review";

    private final ConversationKey key = new ConversationKey(Platform.LOCAL, "h2");

    @Test
    void whatWasWrittenIsThereAfterARestartOnTheSameFile(@TempDir Path directory) {
        Path file = directory.resolve("store.mv.db");
        StoredConversation conversation = Samples.withOutboxAndReferral(key);
        CaseRecord older = PortFixtures.caseRecord("SCR-H2-1", key, PortFixtures.AT);
        CaseRecord newer = Samples.decidedCase("SCR-H2-2", key);
        try (InProcessMongo mongo = InProcessMongo.on(EmbeddedBackend.open(file))) {
            MongoStore store = MongoStore.open(mongo.client(), DATABASE, InProcessMongo.packs());
            assertThat(store.conversations().write(conversation, 0)).isTrue();
            store.transcripts().append(List.of(PortFixtures.entry(key, 3, "three"), PortFixtures.entry(key, 1, "one")));
            store.transcripts().append(List.of(PortFixtures.entry(key, 2, "two")));
            store.transcripts().linkToCase(key, 2, 3, older.id().value());
            assertThat(store.cases().create(older)).isTrue();
            assertThat(store.cases().create(newer)).isTrue();
        }

        try (InProcessMongo mongo = InProcessMongo.on(EmbeddedBackend.open(file))) {
            MongoStore store = MongoStore.open(mongo.client(), DATABASE, InProcessMongo.packs());

            assertThat(store.conversations().find(key)).contains(conversation);
            assertThat(store.conversations().write(conversation.outboxDone(), 0)).isFalse();
            assertThat(store.conversations().write(conversation.outboxDone(), conversation.version())).isTrue();
            assertThat(store.cases().find(newer.id())).contains(newer);
            assertThat(store.cases().ofBoard(PortFixtures.STAFFORDSHIRE)).containsExactly(newer, older);
            assertThat(store.cases().findByReference(new CaseReference("scr-h2-1"))).containsExactly(older);
            assertThat(store.cases().create(older)).isFalse();
            assertThat(store.transcripts().ofCase(older.id().value())).extracting(TranscriptEntry::text)
                    .containsExactly("two", "three");

            // the unique index survived the restart: a retried append still neither duplicates nor overwrites
            store.transcripts().append(List.of(PortFixtures.entry(key, 1, "retried"), PortFixtures.entry(key, 4,
                    "four")));
            assertThat(store.transcripts().ofConversation(key)).extracting(TranscriptEntry::text)
                    .containsExactly("one", "two", "three", "four");
            assertThat(store.transcripts().ofConversation(key).get(0).caseId()).isEqualTo(Optional.empty());
        }
    }
}
