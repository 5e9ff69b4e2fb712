package uk.lscb.casereview.adapters.mongo;

import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.delivery.PostedCopies;
import uk.lscb.casereview.core.delivery.PostedCopiesContract;

/** The {@link PostedCopies} contract against an in-process MongoDB-compatible server, through the real driver. */
class MongoPostedCopiesIT extends PostedCopiesContract {
    @RegisterExtension
    static final InProcessMongo.PerClass mongo = new InProcessMongo.PerClass();

    @Override
    protected PostedCopies store(Clock clock) {
        return MongoStore.open(mongo.client(), InProcessMongo.freshDatabaseName(), InProcessMongo.packs())
                .postedCopies(clock);
    }
}
