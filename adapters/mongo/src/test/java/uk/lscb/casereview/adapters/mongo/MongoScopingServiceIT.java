package uk.lscb.casereview.adapters.mongo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import uk.lscb.casereview.core.port.FaultyStore;
import uk.lscb.casereview.core.port.ScopingServiceContract;

/**
 * Whole turns on MongoDB through the real driver: a referral, racing turns, redelivery, and a
 * failure injected at every write of the submitting turn.
 */
class MongoScopingServiceIT extends ScopingServiceContract {
    private static InProcessMongo mongo;

    @BeforeAll
    static void startServer() {
        mongo = InProcessMongo.memory();
    }

    @AfterAll
    static void stopServer() {
        mongo.close();
    }

    @Override
    protected FaultyStore stores() {
        MongoStore store = mongo.freshStore();
        return new FaultyStore(store.conversations(), store.transcripts(), store.cases());
    }
}
