package uk.lscb.casereview.adapters.mongo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.contracts.CasesContract;

/** The {@link Cases} contract against an in-process MongoDB-compatible server, through the real driver. */
class MongoCasesIT extends CasesContract {
    @RegisterExtension
    static final InProcessMongo.PerClass mongo = new InProcessMongo.PerClass();

    private MongoStore store;

    @BeforeEach
    void freshDatabase() {
        store = mongo.freshStore();
    }

    @Override
    protected Cases store() {
        return store.cases();
    }
}
