package uk.lscb.casereview.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.bson.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document held in the store's map (as its BSON) is what the journal recorded, and what later reads and snapshots of
 * the store see: it must never be changed once stored, nor be an object anyone else can change.
 */
class StoredDocumentsTest {
    private static final String MAP = "databases.casereview.things";

    @TempDir
    Path dir;
    private EmbeddedBackend backend;
    private MongoCollection<?> things;

    @BeforeEach
    void open() {
        backend = EmbeddedBackend.open(dir.resolve("casereview.mv"));
        things = backend.resolveDatabase("casereview").createCollectionOrThrowIfExists("things");
    }

    @AfterEach
    void close() {
        backend.close();
    }

    private MVMap<Object, byte[]> stored() {
        return backend.getMvStore().openMap(MAP);
    }

    private Document held(String id) {
        return BsonBytes.decode(stored().get(id));
    }

    @Test
    void anUpdateStoresANewDocumentAndLeavesTheOneStoredBeforeItUnchanged() {
        things.addDocument(new Document("_id", "a").append("answers", new ArrayList<>(List.of("one"))));
        byte[] before = stored().get("a");

        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            client.getDatabase("casereview").getCollection("things")
                    .updateOne(Filters.eq("_id", "a"), Updates.push("answers", "two"));
        }

        assertThat(BsonBytes.decode(before)).isEqualTo(new Document("_id", "a").append("answers", List.of("one")));
        assertThat(held("a")).isEqualTo(new Document("_id", "a").append("answers", List.of("one", "two")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDocumentAddedIsStoredAsACopyTheCallerCannotChange() {
        Document added = new Document("_id", "a").append("answers", new ArrayList<>(List.of("one")));
        things.addDocument(added);

        added.put("status", "changed by the caller afterwards");
        ((List<Object>) added.get("answers")).add("two");

        assertThat(held("a")).isEqualTo(new Document("_id", "a").append("answers", List.of("one")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDocumentReadOutIsACopyTheReaderCanChangeWithoutChangingTheStoredOne() {
        things.addDocument(new Document("_id", "a").append("answers", new ArrayList<>(List.of("one"))));

        Document read = things.handleQuery(new Document("_id", "a")).iterator().next();
        read.put("status", "changed by the reader");
        ((List<Object>) read.get("answers")).add("two");

        assertThat(held("a")).isEqualTo(new Document("_id", "a").append("answers", List.of("one")));
    }
}
