package uk.lscb.casereview.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.Unpooled;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The embedded store's indexes, through the same in-process connections the application uses. */
class EmbeddedIndexesTest {
    private static final String DB = "casereview";

    private static MongoCollection<Document> collection(MongoClient client, String name) {
        return client.getDatabase(DB).getCollection(name);
    }

    private static void createIndexes(MongoClient client) {
        collection(client, "transcripts").createIndexes(List.of(
                new IndexModel(Indexes.ascending("conversation.channel", "conversation.id", "sequence"),
                        new IndexOptions().name("conversation_sequence").unique(true)),
                new IndexModel(Indexes.ascending("caseId", "at"), new IndexOptions().name("case_at"))));
        collection(client, "jobs").createIndexes(List.of(
                new IndexModel(Indexes.ascending("status", "at", "_id"), new IndexOptions().name("status_at")),
                new IndexModel(Indexes.compoundIndex(Indexes.ascending("board"), Indexes.descending("createdAt")),
                        new IndexOptions().name("board_createdAt"))));
    }

    private static Document entry(String conversation, long sequence, String caseId) {
        Document entry = new Document("conversation", new Document("channel", "teams").append("id", conversation))
                .append("sequence", sequence).append("at", Date.from(Instant.parse("2026-12-02T10:00:00Z")
                        .plusSeconds(sequence)));
        return caseId == null ? entry : entry.append("caseId", caseId);
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("by _id and version (a conditional replace)",
                        "transcripts", Filters.and(Filters.eq("_id", "x"), Filters.eq("version", 3L)), "_id_"),
                Arguments.of("a conversation's entries, by the leading fields of the unique index", "transcripts",
                        Filters.and(Filters.eq("conversation.channel", "teams"), Filters.eq("conversation.id", "a")),
                        "conversation_sequence"),
                Arguments.of("linking a range of a conversation's entries", "transcripts", Filters.and(Filters.and(
                        Filters.eq("conversation.channel", "teams"), Filters.eq("conversation.id", "a")),
                        Filters.gte("sequence", 2L), Filters.lte("sequence", 4L)), "conversation_sequence"),
                Arguments.of("one entry, by the whole unique key", "transcripts", Filters.and(
                        Filters.eq("conversation.channel", "teams"), Filters.eq("conversation.id", "a"),
                        Filters.eq("sequence", 2L)), "conversation_sequence"),
                Arguments.of("a case's entries, by an index that is not unique", "transcripts",
                        Filters.eq("caseId", "staffordshire/SCR-1"), "case_at"),
                Arguments.of("pending jobs due by a time", "jobs", Filters.and(Filters.eq("status", "PENDING"),
                        Filters.lte("at", new Date())), "status_at"),
                Arguments.of("a board's cases (a descending key)", "jobs", Filters.eq("board", "staffordshire"),
                        "board_createdAt"),
                Arguments.of("a range only", "jobs", Filters.lte("at", new Date()), null),
                Arguments.of("either of two values", "jobs", Filters.or(Filters.eq("status", "PENDING"),
                        Filters.eq("status", "DONE")), null),
                Arguments.of("a field no index leads with", "transcripts", Filters.eq("conversation.id", "a"), null),
                Arguments.of("null, which also matches a missing field", "transcripts", Filters.eq("caseId", null),
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void aQueryReadsThroughTheIndexWhoseLeadingFieldsItAsksToEqualAValue(String what, String name, Bson filter,
                                                                        String index, @TempDir Path dir) {
        EmbeddedBackend backend = EmbeddedBackend.open(dir.resolve("casereview.mv"));
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            createIndexes(client);
            @SuppressWarnings("unchecked")
            List<Index<Object>> indexes = (List<Index<Object>>) (List<?>) backend.resolveDatabase(DB)
                    .resolveCollection(name, true).getIndexes();
            Optional<String> read = KeyPrefix.best(indexes, KeyPrefix.equalities(serverSide(filter)))
                    .map(KeyPrefix.Ranged::getName);
            assertThat(read).as(what).isEqualTo(Optional.ofNullable(index));
        } finally {
            backend.close();
        }
    }

    /** The filter as the server receives it from the driver. */
    private static de.bwaldvogel.mongo.bson.Document serverSide(Bson filter) {
        BsonDocument rendered = filter.toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry());
        RawBsonDocument raw = new RawBsonDocument(rendered, new BsonDocumentCodec());
        byte[] bytes = new byte[raw.getByteBuffer().remaining()];
        raw.getByteBuffer().get(bytes);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
    }

    @Test
    void queriesThroughTheIndexesFindWhatAWholeScanFindsAfterInsertsUpdatesDeletesAndAReopen(@TempDir Path dir) {
        Path file = dir.resolve("casereview.mv");
        EmbeddedBackend backend = EmbeddedBackend.open(file);
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            createIndexes(client);
            MongoCollection<Document> transcripts = collection(client, "transcripts");
            List<Document> entries = new ArrayList<>();
            for (long sequence = 1; sequence <= 6; sequence++) {
                entries.add(entry("a", sequence, null));
                entries.add(entry("b", sequence, sequence <= 3 ? "staffordshire/SCR-2" : null));
            }
            transcripts.insertMany(entries);
            transcripts.updateMany(Filters.and(Filters.and(Filters.eq("conversation.channel", "teams"),
                    Filters.eq("conversation.id", "a")), Filters.gte("sequence", 2L), Filters.lte("sequence", 4L)),
                    Updates.set("caseId", "staffordshire/SCR-1"));
            transcripts.updateOne(Filters.and(Filters.eq("conversation.id", "b"), Filters.eq("sequence", 3L)),
                    Updates.set("caseId", "staffordshire/SCR-1"));
            transcripts.deleteOne(Filters.and(Filters.eq("conversation.id", "a"), Filters.eq("sequence", 3L)));
        }
        backend.close();

        EmbeddedBackend reopened = EmbeddedBackend.open(file);
        try (MongoClient client = InProcessMongo.client(reopened, MongoClientSettings.builder())) {
            createIndexes(client); // as the application does at every start: changes nothing
            MongoCollection<Document> transcripts = collection(client, "transcripts");
            assertThat(sequences(transcripts, Filters.eq("caseId", "staffordshire/SCR-1")))
                    .containsExactly("a2", "a4", "b3");
            assertThat(sequences(transcripts, Filters.eq("caseId", "staffordshire/SCR-2")))
                    .containsExactly("b1", "b2");
            assertThat(sequences(transcripts, Filters.and(Filters.eq("conversation.channel", "teams"),
                    Filters.eq("conversation.id", "a")))).containsExactly("a1", "a2", "a4", "a5", "a6");
            assertThat(sequences(transcripts, Filters.and(Filters.eq("caseId", "staffordshire/SCR-1"),
                    Filters.eq("conversation.id", "b")))).containsExactly("b3");
            assertThat(transcripts.countDocuments(Filters.eq("caseId", 1))).isZero();
        } finally {
            reopened.close();
        }
    }

    @Test
    void anIndexCreatedOnACollectionThatHasDocumentsFindsThemAndOneLeftHalfFilledIsFilledAgain(@TempDir Path dir) {
        Path file = dir.resolve("casereview.mv");
        EmbeddedBackend backend = EmbeddedBackend.open(file);
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            MongoCollection<Document> transcripts = collection(client, "transcripts");
            transcripts.insertMany(List.of(entry("a", 1, "staffordshire/SCR-1"), entry("a", 2, "staffordshire/SCR-1"),
                    entry("a", 3, "staffordshire/SCR-9")));
            createIndexes(client);
            assertThat(sequences(transcripts, Filters.eq("caseId", "staffordshire/SCR-1"))).containsExactly("a1", "a2");
            // as if the store had committed part of the filling and then been killed
            backend.getMvStore().openMap(EmbeddedBackend.BUILT_MAP).remove("casereview.transcripts._index_case_at");
            backend.getMvStore().openMap("casereview.transcripts._index_case_at").clear();
        }
        backend.close();

        EmbeddedBackend reopened = EmbeddedBackend.open(file);
        try (MongoClient client = InProcessMongo.client(reopened, MongoClientSettings.builder())) {
            assertThat(sequences(collection(client, "transcripts"), Filters.eq("caseId", "staffordshire/SCR-1")))
                    .containsExactly("a1", "a2");
        } finally {
            reopened.close();
        }
    }

    private static List<String> sequences(MongoCollection<Document> collection, Bson filter) {
        return collection.find(filter).sort(Sorts.ascending("conversation.id", "sequence")).map(document ->
                ((Document) document.get("conversation")).getString("id") + document.get("sequence")).into(new ArrayList<>());
    }
}
