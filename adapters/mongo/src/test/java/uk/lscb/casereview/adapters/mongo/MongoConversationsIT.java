package uk.lscb.casereview.adapters.mongo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import uk.lscb.casereview.core.port.Conversations;
import uk.lscb.casereview.core.port.ConversationsContract;

/** The {@link Conversations} contract against an in-process MongoDB-compatible server, through the real driver. */
class MongoConversationsIT extends ConversationsContract {
    private static InProcessMongo mongo;
    private MongoStore store;

    @BeforeAll
    static void startServer() {
        mongo = InProcessMongo.memory();
    }

    @AfterAll
    static void stopServer() {
        mongo.close();
    }

    @BeforeEach
    void freshDatabase() {
        store = mongo.freshStore();
    }

    @Override
    protected Conversations store() {
        return store.conversations();
    }
}
