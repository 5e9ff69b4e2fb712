package uk.lscb.casereview.adapters.mongo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.contracts.AgencyRequestsContract;
import uk.lscb.casereview.core.requests.AgencyRequests;

/** The {@link AgencyRequests} contract against an in-process MongoDB-compatible server, through the real driver. */
class MongoAgencyRequestsIT extends AgencyRequestsContract {
    @RegisterExtension
    static final InProcessMongo.PerClass mongo = new InProcessMongo.PerClass();

    private MongoStore store;

    @BeforeEach
    void freshDatabase() {
        store = mongo.freshStore();
    }

    @Override
    protected AgencyRequests store() {
        return store.agencyRequests();
    }
}
