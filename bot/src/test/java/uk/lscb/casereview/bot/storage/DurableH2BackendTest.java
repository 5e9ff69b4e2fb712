package uk.lscb.casereview.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableH2BackendTest {

    @Test
    void aWriteTheDriverWasToldOfSurvivesACrashStraightAfterIt(@TempDir Path dir) {
        String file = dir.resolve("casereview.mv").toString();
        DurableH2Backend backend = new DurableH2Backend(file);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            client.getDatabase("casereview").getCollection("cases").insertOne(new Document("_id", "staffordshire/SCR-1"));
        }
        backend.getMvStore().closeImmediately(); // a crash: no orderly close, no final commit
        server.shutdownNow();

        H2Backend reopened = new H2Backend(file);
        MongoServer again = new MongoServer(reopened);
        try (MongoClient client = MongoClients.create(again.bindAndGetConnectionString())) {
            assertThat(client.getDatabase("casereview").getCollection("cases").countDocuments()).isEqualTo(1);
        } finally {
            again.shutdownNow();
        }
    }
}
