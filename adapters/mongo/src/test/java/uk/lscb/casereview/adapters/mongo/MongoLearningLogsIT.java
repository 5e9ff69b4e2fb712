package uk.lscb.casereview.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.contracts.LearningLogsContract;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.learning.ReviewLearning;

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

    @Test
    void postingsKeptOneDocumentEachAreDroppedAtOpeningAndTheirReviewsLeftForTheSweepToIndexAgain() {
        String name = InProcessMongo.freshDatabaseName();
        MongoDatabase database = mongo.client().getDatabase(name);
        ReviewLearning indexed = review(STOKE, "SCR-2026-010", 1,
                Optional.of(new DoneMark(PortFixtures.PRACTITIONER, PortFixtures.AT))).withIndexed();
        database.getCollection(MongoStore.LEARNING).insertOne(MongoLearningLogs.document(indexed));
        database.getCollection(MongoStore.LEARNING_POSTINGS_BEFORE_LISTS).insertOne(
                new Document("_id", "neglect|stoke-on-trent/SCR-2026-010|1").append("term", "neglect")
                        .append("caseId", "stoke-on-trent/SCR-2026-010").append("finding", 1)
                        .append("board", "stoke-on-trent").append("title", false));

        LearningLogs reopened = MongoStore.open(mongo.client(), name, InProcessMongo.packs()).learning();

        assertThat(reopened.unindexed()).extracting(ReviewLearning::caseId).containsExactly(indexed.caseId());
        assertThat(database.listCollectionNames()).doesNotContain(MongoStore.LEARNING_POSTINGS_BEFORE_LISTS);
        reopened.update(reopened.unindexed().get(0).withIndexed(), indexed.version());
        assertThat(MongoStore.open(mongo.client(), name, InProcessMongo.packs()).learning().unindexed()).isEmpty();
    }
}
