package uk.lscb.casereview.adapters.mongo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.contracts.LearningLogsContract;
import uk.lscb.casereview.core.learning.LearningLogs;

/** The {@link LearningLogs} contract against an in-process MongoDB-compatible server, through the real driver. */
class MongoLearningLogsIT extends LearningLogsContract {
    @RegisterExtension
    static final InProcessMongo.PerClass mongo = new InProcessMongo.PerClass();

    private MongoStore store;

    @BeforeEach
    void freshDatabase() {
        store = mongo.freshStore();
    }

    @Override
    protected LearningLogs store() {
        return store.learning();
    }
}
