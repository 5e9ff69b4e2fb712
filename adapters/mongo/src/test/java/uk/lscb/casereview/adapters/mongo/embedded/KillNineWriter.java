package uk.lscb.casereview.adapters.mongo.embedded;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import org.bson.Document;

/**
 * The process {@link EmbeddedBackendKillIT} kills: opens the embedded store in the file given, then inserts
 * documents one after another for ever, printing each one's number once the driver has been told it is done.
 */
public final class KillNineWriter {
    private KillNineWriter() {
    }

    public static void main(String[] args) {
        EmbeddedBackend backend = EmbeddedBackend.open(Path.of(args[0]));
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            MongoCollection<Document> cases = client.getDatabase("casereview").getCollection("cases");
            for (int n = 1; ; n++) {
                cases.insertOne(new Document("_id", "staffordshire/SCR-" + n).append("n", n)
                        .append("text", "a case document of some size ".repeat(10)));
                System.out.println("confirmed " + n);
                System.out.flush();
            }
        }
    }
}
