package uk.lscb.casereview.adapters.mongo;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.contracts.FaultyStore;
import uk.lscb.casereview.core.contracts.UnrecognisedTextContract;
import uk.lscb.casereview.core.refs.ConversationKey;

/**
 * No name typed anywhere reaches MongoDB: after each example, every document of every collection of
 * the store's database (conversations, transcripts, cases, reminder jobs, addresses) is read back
 * through the driver and searched.
 */
class MongoUnrecognisedTextIT extends UnrecognisedTextContract {
    @RegisterExtension
    static final InProcessMongo.PerClass mongo = new InProcessMongo.PerClass();

    private String database;

    @Override
    protected FaultyStore stores() {
        database = InProcessMongo.freshDatabaseName();
        MongoStore store = MongoStore.open(mongo.client(), database, InProcessMongo.packs());
        return new FaultyStore(store.conversations(), store.transcripts(), store.cases());
    }

    @Override
    protected String everythingStored(List<ConversationKey> conversations) {
        MongoDatabase db = mongo.client().getDatabase(database);
        StringBuilder all = new StringBuilder();
        for (String collection : db.listCollectionNames()) {
            for (Document document : db.getCollection(collection).find()) {
                all.append(collection).append(": ").append(document.toJson()).append('\n');
            }
        }
        return all.toString();
    }
}
