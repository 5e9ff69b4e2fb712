package uk.lscb.casereview.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through the same in-process connections the application uses. */
class DurableH2BackendTest {

    @Test
    void aWriteTheDriverWasToldOfSurvivesACrashStraightAfterIt(@TempDir Path dir) {
        String file = dir.resolve("casereview.mv").toString();
        DurableH2Backend backend = new DurableH2Backend(file);
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            client.getDatabase("casereview").getCollection("cases").insertOne(new Document("_id", "staffordshire/SCR-1"));
            backend.getMvStore().closeImmediately(); // a crash: no orderly close, no final commit
        }

        H2Backend reopened = new H2Backend(file);
        try (MongoClient client = InProcessMongo.client(reopened, MongoClientSettings.builder())) {
            assertThat(client.getDatabase("casereview").getCollection("cases").countDocuments()).isEqualTo(1);
        } finally {
            reopened.close();
        }
    }
}
