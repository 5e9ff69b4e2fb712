package uk.lscb.casereview.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.lscb.casereview.adapters.mongo.embedded.EmbeddedBackendTest.crashed;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoNamespace;
import com.mongodb.MongoWriteException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The embedded store's journal, through the same in-process connections the application uses. */
class JournalTest {

    private static MongoDatabase casereview(MongoClient client) {
        return client.getDatabase("casereview");
    }

    private static void using(Path file, Consumer<MongoClient> work) {
        EmbeddedBackend backend = EmbeddedBackend.open(file);
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            work.accept(client);
        } finally {
            backend.close();
        }
    }

    private static List<Object> ids(MongoCollection<Document> collection) {
        return ids(collection.find());
    }

    private static Set<String> indexNames(MongoCollection<Document> collection) {
        return collection.listIndexes().map(index -> index.getString("name")).into(new TreeSet<>());
    }

    /** How a crash while the last record was written can leave the journal, and what opening it keeps. */
    static Stream<Arguments> damagedEnds() {
        return Stream.of(
                Arguments.of("the last record cut short", (Damage) (journal, lastRecord) ->
                        truncate(journal, Files.size(journal) - lastRecord / 2), List.of("SCR-1", "SCR-2")),
                Arguments.of("only part of the last record's header", (Damage) (journal, lastRecord) ->
                        truncate(journal, Files.size(journal) - lastRecord + 3), List.of("SCR-1", "SCR-2")),
                Arguments.of("the last record's bytes not what its checksum says", (Damage) (journal, lastRecord) ->
                        flipByte(journal, Files.size(journal) - 2), List.of("SCR-1", "SCR-2")),
                Arguments.of("a few bytes of a record after the last", (Damage) (journal, lastRecord) ->
                        Files.write(journal, new byte[] {0, 0, 1}, StandardOpenOption.APPEND),
                        List.of("SCR-1", "SCR-2", "SCR-3")));
    }

    interface Damage {
        void apply(Path journal, long lastRecordLength) throws IOException;
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }

    private static void flipByte(Path file, long position) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, position);
            one.put(0, (byte) (one.get(0) ^ 0x5a)).rewind();
            channel.write(one, position);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedEnds")
    void aJournalEndingInARecordDamagedByACrashKeepsTheRecordsBeforeItAndTakesNewWrites(
            String damaged, Damage damage, List<String> kept, @TempDir Path dir) throws IOException {
        EmbeddedBackend backend = EmbeddedBackend.open(dir.resolve("casereview.mv"));
        Path crashed;
        long lastRecord;
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            MongoCollection<Document> cases = casereview(client).getCollection("cases");
            cases.insertOne(new Document("_id", "SCR-1"));
            cases.insertOne(new Document("_id", "SCR-2"));
            long before = backend.fileSize();
            cases.insertOne(new Document("_id", "SCR-3").append("text", "a case of some size ".repeat(5)));
            lastRecord = backend.fileSize() - before;
            crashed = crashed(dir);
        } finally {
            backend.close();
        }
        damage.apply(crashed.resolveSibling("casereview.journal"), lastRecord);

        using(crashed, client -> {
            MongoCollection<Document> cases = casereview(client).getCollection("cases");
            assertThat(ids(cases)).containsExactlyElementsOf(kept);
            cases.insertOne(new Document("_id", "SCR-4"));
        });
        using(crashed, client -> assertThat(ids(casereview(client).getCollection("cases")))
                .containsExactlyElementsOf(Stream.concat(kept.stream(), Stream.of("SCR-4")).toList()));
    }

    @Test
    void twoThreadsUpdatingOneDocumentInTurnReplayToTheLastVersionTheyWereToldOf(@TempDir Path dir)
            throws Exception {
        EmbeddedBackend backend = EmbeddedBackend.open(dir.resolve("casereview.mv"));
        int updates = 200;
        Path crashed;
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            MongoCollection<Document> conversations = casereview(client).getCollection("conversations");
            conversations.insertOne(new Document("_id", "5:local/p").append("version", 0));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                int parity = thread;
                done.add(pool.submit(() -> {
                    // each thread takes the versions of its parity: the two take turns on the one document
                    for (int version = parity; version < updates; ) {
                        if (conversations.updateOne(Filters.and(Filters.eq("_id", "5:local/p"),
                                Filters.eq("version", version)), Updates.combine(Updates.inc("version", 1),
                                Updates.set("by", "thread " + parity))).getModifiedCount() == 1) {
                            version += 2;
                        }
                    }
                }));
            }
            for (Future<?> thread : done) {
                thread.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
            crashed = crashed(dir);
        } finally {
            backend.close();
        }

        using(crashed, client -> assertThat(casereview(client).getCollection("conversations")
                .find(Filters.eq("_id", "5:local/p")).first())
                .isEqualTo(new Document("_id", "5:local/p").append("version", updates).append("by", "thread 1")));
    }

    @Test
    void collectionsAndIndexesCreatedAndDroppedAreAsTheyWereLeftAfterACrash(@TempDir Path dir) throws IOException {
        EmbeddedBackend backend = EmbeddedBackend.open(dir.resolve("casereview.mv"));
        Path crashed;
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            MongoDatabase casereview = casereview(client);
            casereview.createCollection("empty");
            MongoCollection<Document> cases = casereview.getCollection("cases");
            cases.createIndex(Indexes.ascending("board", "ref"), new IndexOptions().name("board_ref").unique(true));
            cases.createIndex(Indexes.ascending("due"), new IndexOptions().name("due"));
            cases.createIndex(Indexes.ascending("status"), new IndexOptions().name("status"));
            cases.dropIndex("status");
            cases.insertOne(new Document("_id", "SCR-1").append("board", "b").append("ref", "SCR-1"));
            casereview.getCollection("gone").insertOne(new Document("_id", 1));
            casereview.getCollection("gone").drop();
            client.getDatabase("other").getCollection("things").insertOne(new Document("_id", 1));
            client.getDatabase("other").drop();
            crashed = crashed(dir);
        } finally {
            backend.close();
        }

        using(crashed, client -> {
            MongoDatabase casereview = casereview(client);
            assertThat(casereview.listCollectionNames().into(new TreeSet<>()))
                    .containsExactly("cases", "empty");
            assertThat(indexNames(casereview.getCollection("cases"))).containsExactly("_id_", "board_ref", "due");
            assertThat(client.listDatabaseNames().into(new ArrayList<>())).doesNotContain("other");
            assertThat(assertDuplicate(() -> casereview.getCollection("cases").insertOne(
                    new Document("_id", "SCR-2").append("board", "b").append("ref", "SCR-1")))).isEqualTo(11000);
        });
    }

    @Test
    void renamingACollectionIsRefusedSayingTheEmbeddedStoreCannotAndChangesNothing(@TempDir Path dir) {
        Path file = dir.resolve("casereview.mv");
        using(file, client -> {
            MongoCollection<Document> before = casereview(client).getCollection("before");
            before.insertOne(new Document("_id", "kept"));
            assertThatThrownBy(() -> before.renameCollection(new MongoNamespace("casereview", "renamed")))
                    .isInstanceOf(MongoCommandException.class)
                    .hasMessageContaining("the embedded store cannot rename a collection");
        });
        using(file, client -> {
            assertThat(casereview(client).listCollectionNames().into(new TreeSet<>())).containsExactly("before");
            assertThat(ids(casereview(client).getCollection("before"))).containsExactly("kept");
            assertThat(client.listDatabaseNames().into(new ArrayList<>())).containsExactly("casereview");
        });
    }

    private static int assertDuplicate(Runnable insert) {
        try {
            insert.run();
        } catch (MongoWriteException duplicate) {
            return duplicate.getCode();
        }
        throw new AssertionError("the insert was not refused");
    }

    @Test
    void aReopenAfterCompactionKeepsEveryDocumentAndIndex(@TempDir Path dir) {
        Path file = dir.resolve("casereview.mv");
        String text = "an answer of a conversation, stored again with every turn ".repeat(20);
        EmbeddedBackend backend = EmbeddedBackend.open(file);
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            MongoCollection<Document> cases = casereview(client).getCollection("cases");
            cases.createIndex(Indexes.ascending("board", "ref"), new IndexOptions().name("board_ref").unique(true));
            cases.createIndex(Indexes.ascending("due"), new IndexOptions().name("due"));
            for (int n = 1; n <= 50; n++) {
                cases.insertOne(new Document("_id", "SCR-" + n).append("board", "b").append("ref", "SCR-" + n)
                        .append("due", n));
            }
            for (int turn = 1; turn <= 1_000; turn++) {
                cases.replaceOne(Filters.eq("_id", "SCR-1"), new Document("_id", "SCR-1").append("board", "b")
                        .append("ref", "SCR-1").append("due", 1).append("turn", turn).append("text", text),
                        new ReplaceOptions());
            }
            long grown = backend.fileSize();
            backend.compact();
            assertThat(backend.fileSize()).as("journal after compaction").isLessThan(grown / 10);
            cases.deleteOne(Filters.eq("_id", "SCR-2"));
            cases.insertOne(new Document("_id", "SCR-51").append("board", "b").append("ref", "SCR-51")
                    .append("due", 51));
        } finally {
            backend.close();
        }

        using(file, client -> {
            MongoCollection<Document> cases = casereview(client).getCollection("cases");
            assertThat(cases.countDocuments()).isEqualTo(50);
            assertThat(cases.find(Filters.eq("_id", "SCR-2")).first()).isNull();
            assertThat(cases.find(Filters.eq("_id", "SCR-1")).first()).extracting(d -> d.get("turn"))
                    .isEqualTo(1_000);
            assertThat(cases.find(Filters.gte("due", 50)).map(d -> d.get("_id")).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder("SCR-50", "SCR-51");
            assertThat(indexNames(cases)).containsExactly("_id_", "board_ref", "due");
            assertThat(assertDuplicate(() -> cases.insertOne(new Document("_id", "SCR-x").append("board", "b")
                    .append("ref", "SCR-3")))).isEqualTo(11000);
        });
    }

    @Test
    void aSecondStoreOnTheSameDataIsRefusedUntilTheFirstIsClosed(@TempDir Path dir) {
        Path file = dir.resolve("casereview.mv");
        EmbeddedBackend first = EmbeddedBackend.open(file);
        try {
            assertThatThrownBy(() -> EmbeddedBackend.open(file)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already open");
        } finally {
            first.close();
        }
        EmbeddedBackend.open(file).close();
    }

    /**
     * {@code written-before-the-journal.mv} was written by the store as it was before the journal (commit
     * 681c919): {@code cases} with a unique index on board and ref and three cases; {@code things} with an index
     * on {@code a} that held an array (the document was changed since, so only the file remembers it);
     * {@code empty}, with an index and no documents.
     */
    @Test
    void aStoreFileWrittenBeforeTheJournalIsCopiedToItOnceAndKeptAside(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("casereview.mv");
        try (InputStream written = getClass().getResourceAsStream("written-before-the-journal.mv")) {
            Files.copy(written, file);
        }
        byte[] before = Files.readAllBytes(file);

        for (int open = 1; open <= 2; open++) {
            EmbeddedBackend backend = EmbeddedBackend.open(file);
            try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
                MongoDatabase casereview = casereview(client);
                MongoCollection<Document> cases = casereview.getCollection("cases");
                assertThat(ids(cases)).containsExactly("staffordshire/SCR-1", "staffordshire/SCR-2",
                        "staffordshire/SCR-3");
                assertThat(cases.find(Filters.eq("_id", "staffordshire/SCR-2")).first())
                        .isEqualTo(new Document("_id", "staffordshire/SCR-2").append("board", "staffordshire")
                                .append("ref", "SCR-2").append("n", 2));
                assertThat(assertDuplicate(() -> cases.insertOne(new Document("board", "staffordshire")
                        .append("ref", "SCR-1")))).isEqualTo(11000);
                assertThat(indexNames(casereview.getCollection("empty"))).containsExactly("_id_", "when");
                MongoCollection<Document> things = casereview.getCollection("things");
                assertThat(indexNames(things)).containsExactly("_id_", "a");
                long examined = backend.documentsExamined();
                assertThat(ids(things.find(Filters.eq("a", "m")))).containsExactly(2);
                assertThat(backend.documentsExamined() - examined)
                        .as("documents read: the index that held an array is not used, the whole collection is")
                        .isEqualTo(2);
            } finally {
                backend.close();
            }
        }
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("casereview.mv.migrated")).hasBinaryContent(before);
        assertThat(dir.resolve("casereview.mv.migrated.2")).doesNotExist();
    }

    private static List<Object> ids(FindIterable<Document> found) {
        return found.map(document -> document.get("_id")).into(new ArrayList<>());
    }
}
