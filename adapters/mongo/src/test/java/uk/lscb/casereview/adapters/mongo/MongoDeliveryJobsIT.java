package uk.lscb.casereview.adapters.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.delivery.DeliveryJobs;
import uk.lscb.casereview.core.delivery.DeliveryJobsContract;

/** The {@link DeliveryJobs} contract against an in-process MongoDB-compatible server, through the real driver. */
class MongoDeliveryJobsIT extends DeliveryJobsContract {
    @RegisterExtension
    static final InProcessMongo.PerClass mongo = new InProcessMongo.PerClass();

    @Override
    protected DeliveryJobs store() {
        return MongoStore.open(mongo.client(), InProcessMongo.freshDatabaseName(), InProcessMongo.packs())
                .deliveryJobs();
    }
}
