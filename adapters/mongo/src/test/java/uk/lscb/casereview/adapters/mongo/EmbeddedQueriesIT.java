package uk.lscb.casereview.adapters.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The embedded store's indexes never change an answer: each query of the table finds exactly the documents that
 * the in-memory server (which reads every document) finds, over values of mixed types, missing and null fields,
 * before and after a document with an array in an indexed field (which stops the index being used).
 */
class EmbeddedQueriesIT {
    @RegisterExtension
    static final InProcessMongo.PerClass embedded = InProcessMongo.PerClass.embedded();

    private static final Date D0 = new Date(1_780_000_000_000L);
    private static InProcessMongo memory;
    private static MongoCollection<Document> indexed;
    private static MongoCollection<Document> scanned;
    private static MongoCollection<Document> indexedWithArray;
    private static MongoCollection<Document> scannedWithArray;

    @BeforeAll
    static void sameDocumentsOnBoth() {
        memory = InProcessMongo.memory();
        String database = InProcessMongo.freshDatabaseName();
        indexed = embedded.client().getDatabase(database).getCollection("things");
        scanned = memory.client().getDatabase(database).getCollection("things");
        indexedWithArray = embedded.client().getDatabase(database).getCollection("arrays");
        scannedWithArray = memory.client().getDatabase(database).getCollection("arrays");
        for (MongoCollection<Document> collection : List.of(indexed, scanned, indexedWithArray, scannedWithArray)) {
            collection.createIndex(Indexes.ascending("a", "b"), new IndexOptions().name("a_b"));
            collection.createIndex(Indexes.compoundIndex(Indexes.ascending("c"), Indexes.descending("a")),
                    new IndexOptions().name("c_a"));
            collection.createIndex(Indexes.ascending("b"), new IndexOptions().name("b"));
            collection.insertMany(documents());
        }
        for (MongoCollection<Document> collection : List.of(indexedWithArray, scannedWithArray)) {
            collection.insertOne(new Document("_id", 1_000).append("a", List.of("x", "y"))
                    .append("b", 50).append("c", D0));
        }
    }

    @AfterAll
    static void closeMemory() {
        memory.close();
    }

    private static List<Document> documents() {
        List<Object> as = Arrays.asList("x", "y", "z", null);
        List<Object> bs = List.of(3, 7L, 7.0, 2.5, -0.0, "7", "m", "zz", new Date(0), true, Long.MAX_VALUE);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            Document document = new Document("_id", i);
            if (i % 9 != 0) {
                document.append("a", as.get(i % as.size()));
            }
            if (i % 13 != 0) {
                document.append("b", bs.get(i % bs.size()));
            }
            document.append("c", new Date(D0.getTime() + (i % 17) * 60_000L));
            documents.add(document);
        }
        return documents;
    }

    static Stream<Arguments> queries() {
        Date d5 = new Date(D0.getTime() + 5 * 60_000L);
        Date d9 = new Date(D0.getTime() + 9 * 60_000L);
        return Stream.of(
                Arguments.of("equal", eq("a", "x")),
                Arguments.of("equal, then below", and(eq("a", "x"), lt("b", 5))),
                Arguments.of("equal, then between", and(eq("a", "y"), gte("b", 2.5), lt("b", 7L))),
                Arguments.of("equal, then between, included", and(eq("a", "y"), gte("b", 3), lte("b", 7))),
                Arguments.of("equal numbers of other types", eq("b", 7)),
                Arguments.of("equal long", eq("b", Long.MAX_VALUE)),
                Arguments.of("equal zero", eq("b", 0)),
                Arguments.of("equal string", eq("b", "7")),
                Arguments.of("string range", and(eq("a", "z"), gt("b", "a"))),
                Arguments.of("in", in("a", "x", "z")),
                Arguments.of("in, then above", and(in("a", "x", "z"), gt("b", 3))),
                Arguments.of("in nothing", in("a")),
                Arguments.of("or of equals", or(eq("a", "x"), eq("a", "y"))),
                Arguments.of("or with another field", or(eq("a", "x"), eq("b", 3))),
                Arguments.of("two equals of one field", and(eq("a", "x"), eq("a", "y"))),
                Arguments.of("equal null", eq("a", null)),
                Arguments.of("missing", exists("a", false)),
                Arguments.of("not equal", and(eq("a", "x"), ne("b", 3))),
                Arguments.of("regular expression", regex("a", "^x")),
                Arguments.of("dates below", lt("c", d5)),
                Arguments.of("dates between", and(gt("c", d5), lte("c", d9))),
                Arguments.of("dates at or below, exactly", or(lt("c", d5), and(eq("c", d5), exists("n", false)))),
                Arguments.of("date and equal", and(lte("c", d9), eq("a", "x"))),
                Arguments.of("above dates: nothing of other types", gt("b", new Date(-1))),
                Arguments.of("boolean", eq("b", true)),
                Arguments.of("id and field", and(eq("_id", 14), eq("a", "z"))),
                Arguments.of("ids in", and(in("_id", 1, 2, 3, 500), exists("b"))),
                Arguments.of("empty range", and(gt("b", 7), lt("b", 3))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void aQueryFindsWhatReadingEveryDocumentFinds(String name, Bson query) {
        assertThat(ids(indexed, query)).isEqualTo(ids(scanned, query));
    }

    @ParameterizedTest(name = "{0}, once an indexed field holds an array")
    @MethodSource("queries")
    void aQueryFindsWhatReadingEveryDocumentFindsOnceAnIndexedFieldHoldsAnArray(String name, Bson query) {
        assertThat(ids(indexedWithArray, query)).isEqualTo(ids(scannedWithArray, query));
    }

    private static List<Object> ids(MongoCollection<Document> collection, Bson query) {
        return collection.find(query).sort(Sorts.ascending("_id")).map(document -> document.get("_id"))
                .into(new ArrayList<>());
    }
}
