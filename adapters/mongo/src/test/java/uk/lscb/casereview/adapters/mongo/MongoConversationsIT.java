package uk.lscb.casereview.adapters.mongo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.contracts.ConversationsContract;
import uk.lscb.casereview.core.conversation.Conversations;

/** The {@link Conversations} contract against an in-process MongoDB-compatible server, through the real driver. */
class MongoConversationsIT extends ConversationsContract {
    @RegisterExtension
    static final InProcessMongo.PerClass mongo = new InProcessMongo.PerClass();

    private MongoStore store;

    @BeforeEach
    void freshDatabase() {
        store = mongo.freshStore();
    }

    @Override
    protected Conversations store() {
        return store.conversations();
    }
}
