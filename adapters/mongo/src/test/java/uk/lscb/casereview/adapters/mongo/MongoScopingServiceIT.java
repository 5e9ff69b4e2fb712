package uk.lscb.casereview.adapters.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.contracts.FaultyStore;
import uk.lscb.casereview.core.contracts.ScopingServiceContract;

/**
 * Whole turns on MongoDB through the real driver: a referral, racing turns, redelivery, and a
 * failure injected at every write of the submitting turn.
 */
class MongoScopingServiceIT extends ScopingServiceContract {
    @RegisterExtension
    static final InProcessMongo.PerClass mongo = new InProcessMongo.PerClass();

    @Override
    protected FaultyStore stores() {
        MongoStore store = mongo.freshStore();
        return new FaultyStore(store.conversations(), store.transcripts(), store.cases());
    }
}
