package uk.lscb.casereview.adapters.mongo.embedded;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.RawBsonDocument;
import org.h2.mvstore.MVMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replacement of one document found through an index (what each conversation turn sends) is made by
 * {@link IndexedCollection} itself, without mongo-java-server's copies: the same result, checks and
 * journal record as the server's own way, and the stored document replaced, never changed. The collection's data size,
 * added up when {@code collStats} asks rather than kept at each change, is the BSON size of what it holds.
 */
class ReplacementTest {
    private static final String MAP = "databases.casereview.things";

    @TempDir
    Path dir;
    private EmbeddedBackend backend;
    private MongoClient client;
    private MongoCollection<org.bson.Document> things;

    @BeforeEach
    void open() {
        reopen();
        things.insertOne(new org.bson.Document("_id", "a").append("version", 1L).append("ref", "SCR-1")
                .append("answers", new ArrayList<>(List.of("yes"))));
        things.insertOne(new org.bson.Document("_id", "b").append("version", 1L).append("ref", "SCR-2"));
    }

    private void reopen() {
        backend = EmbeddedBackend.open(dir.resolve("casereview.mv"));
        client = InProcessMongo.client(backend, MongoClientSettings.builder());
        things = client.getDatabase("casereview").getCollection("things");
    }

    @AfterEach
    void close() {
        client.close();
        backend.close();
    }

    /** The documents as the store holds them: their BSON. */
    private MVMap<Object, byte[]> stored() {
        return backend.getMvStore().openMap(MAP);
    }

    private Document held(String id) {
        byte[] bson = stored().get(id);
        return bson == null ? null : BsonBytes.decode(bson);
    }

    private static org.bson.Document turn(String id, long version, String ref, List<String> answers) {
        return new org.bson.Document("_id", id).append("version", version).append("ref", ref)
                .append("answers", answers);
    }

    @Test
    void aReplacementOfTheVersionReadStoresTheNewDocumentAndLeavesTheOneStoredBeforeItUnchanged() {
        Document before = held("a");

        UpdateResult result = things.replaceOne(and(eq("_id", "a"), eq("version", 1L)),
                turn("a", 2L, "SCR-1", List.of("yes", "no")));

        assertThat(result.getMatchedCount()).isEqualTo(1);
        assertThat(result.getModifiedCount()).isEqualTo(1);
        assertThat(before).isEqualTo(new Document("_id", "a").append("version", 1L).append("ref", "SCR-1")
                .append("answers", List.of("yes")));
        assertThat(held("a")).isEqualTo(new Document("_id", "a").append("version", 2L).append("ref", "SCR-1")
                .append("answers", List.of("yes", "no")));
    }

    @Test
    void aReplacementOfAVersionAlreadyReplacedMatchesNothingAndChangesNothing() {
        things.replaceOne(and(eq("_id", "a"), eq("version", 1L)), turn("a", 2L, "SCR-1", List.of("yes", "no")));

        UpdateResult late = things.replaceOne(and(eq("_id", "a"), eq("version", 1L)),
                turn("a", 2L, "SCR-1", List.of("yes", "not sure")));

        assertThat(late.getMatchedCount()).isZero();
        assertThat(late.getModifiedCount()).isZero();
        assertThat(held("a").get("answers")).isEqualTo(List.of("yes", "no"));
    }

    @Test
    void aReplacementWithTheSameFieldsMatchesAndModifiesNothing() {
        UpdateResult same = things.replaceOne(eq("_id", "b"), new org.bson.Document("version", 1L).append("ref",
                "SCR-2"));

        assertThat(same.getMatchedCount()).isEqualTo(1);
        assertThat(same.getModifiedCount()).isZero();
    }

    @Test
    void aReplacementThatWouldChangeTheIdIsRefusedAndChangesNothing() {
        byte[] before = stored().get("b");

        assertThatThrownBy(() -> things.replaceOne(eq("_id", "b"), turn("c", 2L, "SCR-2", List.of())))
                .isInstanceOf(MongoWriteException.class)
                .hasMessageContaining("immutable");

        assertThat(stored().get("b")).isSameAs(before);
        assertThat(stored().get("c")).isNull();
    }

    @Test
    void aReplacementThatAUniqueIndexRefusesChangesNeitherTheDocumentNorTheIndex() {
        things.createIndex(Indexes.ascending("ref"), new IndexOptions().unique(true));
        byte[] before = stored().get("b");

        assertThatThrownBy(() -> things.replaceOne(and(eq("_id", "b"), eq("version", 1L)),
                turn("b", 2L, "SCR-1", List.of())))
                .isInstanceOf(MongoWriteException.class)
                .hasMessageContaining("duplicate key");

        assertThat(stored().get("b")).isSameAs(before);
        assertThat(things.find(eq("ref", "SCR-2")).first()).containsEntry("_id", "b");
        things.insertOne(new org.bson.Document("_id", "d").append("ref", "SCR-3"));
        assertThatThrownBy(() -> things.insertOne(new org.bson.Document("_id", "e").append("ref", "SCR-2")))
                .isInstanceOf(MongoWriteException.class);
    }

    @Test
    void aReplacementMovesTheDocumentInTheIndexesThatHoldItsFields() {
        things.createIndex(Indexes.ascending("ref"), new IndexOptions().unique(true));
        things.createIndex(Indexes.ascending("answers"));

        things.replaceOne(and(eq("_id", "a"), eq("version", 1L)), turn("a", 2L, "SCR-9", List.of("no")));

        assertThat(things.find(eq("ref", "SCR-9")).first()).containsEntry("_id", "a");
        assertThat(things.find(eq("ref", "SCR-1")).first()).isNull();
        assertThat(things.find(eq("answers", "no")).first()).containsEntry("_id", "a");
        assertThat(things.find(eq("answers", "yes")).first()).isNull();
        things.insertOne(new org.bson.Document("_id", "f").append("ref", "SCR-1"));
    }

    @Test
    void collStatsReportsTheBsonSizeOfTheDocumentsHeldAfterEveryKindOfChangeAndAfterTheStoreIsOpenedAgain() {
        things.replaceOne(and(eq("_id", "a"), eq("version", 1L)),
                turn("a", 2L, "SCR-1", List.of("yes", "no", "a much longer answer than the one it replaces")));
        things.replaceOne(eq("_id", "b"), new org.bson.Document("version", 2L));
        things.insertMany(List.of(new org.bson.Document("_id", "c").append("ref", "SCR-3"),
                new org.bson.Document("_id", "d").append("ref", "SCR-4")));
        things.updateOne(eq("_id", "c"), Updates.set("note", "a field added by an update, not a replacement"));
        things.deleteOne(eq("_id", "d"));
        assertThat(collStatsSize()).isEqualTo(bsonBytesHeld()).isPositive();

        close();
        reopen();

        assertThat(collStatsSize()).isEqualTo(bsonBytesHeld());
    }

    private long collStatsSize() {
        return client.getDatabase("casereview").runCommand(new org.bson.Document("collStats", "things"))
                .get("size", Number.class).longValue();
    }

    /** What the driver reads back, as the bytes MongoDB counts a collection's size in. */
    private long bsonBytesHeld() {
        List<RawBsonDocument> held = things.withDocumentClass(RawBsonDocument.class).find().into(new ArrayList<>());
        assertThat(held).hasSize(3);
        return held.stream().mapToLong(document -> document.getByteBuffer().remaining()).sum();
    }

    @Test
    void aReplacementIsInTheJournalWhenTheStoreIsOpenedAgain() {
        things.replaceOne(and(eq("_id", "a"), eq("version", 1L)), turn("a", 2L, "SCR-1", List.of("yes", "no")));

        close();
        reopen();

        assertThat(things.find(eq("_id", "a")).first())
                .isEqualTo(turn("a", 2L, "SCR-1", List.of("yes", "no")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReplacementIsStoredAsACopyTheCallerCannotChange() {
        Document replacement = new Document("version", 2L).append("answers", new ArrayList<>(List.of("yes", "no")));
        backend.resolveDatabase("casereview").resolveCollection("things", true).updateDocuments(
                new Document("_id", "a"), replacement, ArrayFilters.empty(), false, false, NoopOplog.get());

        replacement.put("ref", "changed by the caller afterwards");
        ((List<Object>) replacement.get("answers")).add("changed by the caller afterwards");

        assertThat(held("a")).isEqualTo(new Document("_id", "a").append("version", 2L)
                .append("answers", List.of("yes", "no")));
    }
}
