package uk.lscb.casereview.adapters.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.contracts.FollowUpRecoveryContract;

/** A crash at every write of the submitting and the deciding turn, and a restart, on MongoDB through the real driver. */
class MongoFollowUpRecoveryIT extends FollowUpRecoveryContract {
    @RegisterExtension
    static final InProcessMongo.PerClass mongo = new InProcessMongo.PerClass();

    @Override
    protected Stores stores() {
        MongoStore store = mongo.freshStore();
        return new Stores(store.conversations(), store.transcripts(), store.cases(), store.reminderJobs());
    }
}
