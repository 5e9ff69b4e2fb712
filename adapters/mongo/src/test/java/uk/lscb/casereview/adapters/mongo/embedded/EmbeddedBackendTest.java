package uk.lscb.casereview.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through the same in-process connections the application uses. */
class EmbeddedBackendTest {

    private static MongoCollection<Document> collection(MongoClient client, String name) {
        return client.getDatabase("casereview").getCollection(name);
    }

    /**
     * What a crash straight after now would leave: the journal as the operating system has it, copied into a
     * directory of its own while the store is still open (with no orderly close, no final write); the store file
     * to open there.
     */
    static Path crashed(Path dir) throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("crashed"));
        Files.copy(dir.resolve("casereview.journal"), elsewhere.resolve("casereview.journal"));
        return elsewhere.resolve("casereview.mv");
    }

    @Test
    void anIndexThatHeldAnArrayStaysUnusedForQueriesAfterAReopen(@TempDir Path dir) {
        Path file = dir.resolve("casereview.mv");
        EmbeddedBackend backend = EmbeddedBackend.open(file);
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            MongoCollection<Document> things = collection(client, "things");
            things.createIndex(Indexes.ascending("a"), new IndexOptions().name("a"));
            things.insertOne(new Document("_id", 1).append("a", List.of("b", "z")));
            things.insertOne(new Document("_id", 2).append("a", "m"));
        } finally {
            backend.close();
        }

        EmbeddedBackend reopened = EmbeddedBackend.open(file);
        try (MongoClient client = InProcessMongo.client(reopened, MongoClientSettings.builder())) {
            // one element above "x" and another below "y": the array matches, though no element lies between
            assertThat(collection(client, "things").find(Filters.and(Filters.gt("a", "x"), Filters.lt("a", "y")))
                    .map(document -> document.get("_id")).into(new ArrayList<>())).containsExactly(1);
        } finally {
            reopened.close();
        }
    }

    @Test
    void aWriteTheDriverWasToldOfSurvivesACrashStraightAfterIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("casereview.mv");
        EmbeddedBackend backend = EmbeddedBackend.open(file);
        Path crashed;
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            collection(client, "cases").insertOne(new Document("_id", "staffordshire/SCR-1"));
            crashed = crashed(dir);
        } finally {
            backend.close();
        }

        EmbeddedBackend reopened = EmbeddedBackend.open(crashed);
        try (MongoClient client = InProcessMongo.client(reopened, MongoClientSettings.builder())) {
            assertThat(collection(client, "cases").countDocuments()).isEqualTo(1);
        } finally {
            reopened.close();
        }
    }

    @Test
    void everyWriteConfirmedToWritersWritingAtOnceSurvivesACrashStraightAfter(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("casereview.mv");
        EmbeddedBackend backend = EmbeddedBackend.open(file);
        int writers = 8;
        int writes = 50;
        Path crashed;
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            MongoCollection<Document> cases = collection(client, "cases");
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int w = writer;
                done.add(pool.submit(() -> {
                    for (int write = 0; write < writes; write++) {
                        cases.insertOne(new Document("_id", w + "/" + write));
                        cases.find(Filters.eq("_id", w + "/" + write)).first();
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
            crashed = crashed(dir);
        } finally {
            backend.close();
        }

        EmbeddedBackend reopened = EmbeddedBackend.open(crashed);
        try (MongoClient client = InProcessMongo.client(reopened, MongoClientSettings.builder())) {
            assertThat(collection(client, "cases").countDocuments()).isEqualTo(writers * writes);
        } finally {
            reopened.close();
        }
    }

    @Test
    void aFileWrittenWithJavaSerializationIsCopiedToTheJournalWhenOpenedAndKeepsItsDocumentsAndUniqueIndexes(
            @TempDir Path dir) {
        Path file = dir.resolve("casereview.mv");
        ObjectId generated = new ObjectId();
        H2Backend old = new H2Backend(file.toString());
        try (MongoClient client = InProcessMongo.client(old, MongoClientSettings.builder())) {
            MongoCollection<Document> transcripts = collection(client, "transcripts");
            transcripts.createIndex(Indexes.ascending("conversation.channel", "conversation.id", "sequence"),
                    new IndexOptions().name("conversation_sequence").unique(true));
            transcripts.insertOne(new Document("_id", generated).append("conversation",
                    new Document("channel", "teams").append("id", "a:1")).append("sequence", 1L).append("text", "one"));
            collection(client, "addresses").insertOne(new Document("_id", "5:teams/PERSON/29:x").append("value", "v"));
        } finally {
            old.close();
        }

        for (int open = 1; open <= 2; open++) {
            EmbeddedBackend backend = EmbeddedBackend.open(file);
            try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
                MongoCollection<Document> transcripts = collection(client, "transcripts");
                assertThat(transcripts.find(Filters.eq("_id", generated)).first()).extracting(d -> d.get("text"))
                        .isEqualTo("one");
                assertThat(dir.resolve("casereview.mv")).doesNotExist();
                assertThat(dir.resolve("casereview.mv.migrated")).exists();
                // the unique index came through: the same (conversation, sequence) again is a duplicate key
                assertThat(org.junit.jupiter.api.Assertions.assertThrows(com.mongodb.MongoWriteException.class,
                        () -> transcripts.insertOne(new Document("conversation", new Document("channel", "teams")
                                .append("id", "a:1")).append("sequence", 1L).append("text", "again"))).getCode())
                        .isEqualTo(11000);
                collection(client, "addresses").replaceOne(Filters.eq("_id", "5:teams/PERSON/29:x"),
                        new Document("_id", "5:teams/PERSON/29:x").append("value", "v" + open),
                        new ReplaceOptions().upsert(true));
                assertThat(collection(client, "addresses").countDocuments()).isEqualTo(1);
            } finally {
                backend.close();
            }
        }
    }

    @Test
    void aSubDocumentIdIsFoundAgainAfterTheStoreIsReopened(@TempDir Path dir) {
        Path file = dir.resolve("casereview.mv");
        Document key = new Document("platform", "teams").append("kind", "PERSON").append("id", "29:someone");
        for (int open = 1; open <= 2; open++) {
            EmbeddedBackend backend = EmbeddedBackend.open(file);
            try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
                for (int save = 1; save <= 3; save++) {
                    collection(client, "addresses").replaceOne(Filters.eq("_id", key),
                            new Document("_id", key).append("value", "v" + save), new ReplaceOptions().upsert(true));
                }
                assertThat(collection(client, "addresses").countDocuments()).isEqualTo(1);
            } finally {
                backend.close();
            }
        }
    }

    @Test
    void rewritingOneDocumentManyTimesLeavesAJournalSizedByItsDataOnceCompacted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("casereview.mv");
        EmbeddedBackend backend = EmbeddedBackend.open(file);
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            MongoCollection<Document> conversations = collection(client, "conversations");
            String text = "an answer of a conversation, stored again with every turn ".repeat(20);
            for (int turn = 1; turn <= 1_000; turn++) {
                conversations.replaceOne(Filters.eq("_id", "5:local/p"), new Document("_id", "5:local/p")
                        .append("version", turn).append("outbox", List.of(text)), new ReplaceOptions().upsert(true));
            }
            assertThat(backend.fileSize()).as("bytes of journal before compaction").isGreaterThan(1024 * 1024);
            backend.compact();
            assertThat(backend.fileSize()).as("bytes of journal for one document of ~1 kB rewritten 1,000 times")
                    .isLessThan(4 * 1024);
        } finally {
            backend.close();
        }
        assertThat(Files.size(dir.resolve("casereview.journal"))).isLessThan(4 * 1024);
    }
}
