package uk.lscb.casereview.adapters.mongo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import uk.lscb.casereview.core.port.Cases;
import uk.lscb.casereview.core.port.CasesContract;

/** The {@link Cases} contract against an in-process MongoDB-compatible server, through the real driver. */
class MongoCasesIT extends CasesContract {
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
    protected Cases store() {
        return store.cases();
    }
}
