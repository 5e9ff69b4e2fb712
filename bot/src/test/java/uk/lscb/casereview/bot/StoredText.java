package uk.lscb.casereview.bot;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import uk.lscb.casereview.bot.storage.MongoConnection;

/** Everything the store holds, every document of every collection as JSON, for tests that grep it. */
public final class StoredText {
    private StoredText() {
    }

    public static String of(MongoConnection connection) {
        StringBuilder stored = new StringBuilder();
        MongoDatabase database = connection.client().getDatabase(connection.database());
        for (String collection : database.listCollectionNames()) {
            for (Document document : database.getCollection(collection).find()) {
                stored.append(document.toJson()).append('\n');
            }
        }
        return stored.toString();
    }
}
