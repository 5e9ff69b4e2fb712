package uk.lscb.casereview.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.contracts.LearningLogsContract;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.learning.LearningSearch;
import uk.lscb.casereview.core.learning.LearningSearch.Query;
import uk.lscb.casereview.core.learning.LearningThemes;
import uk.lscb.casereview.core.learning.Posting;
import uk.lscb.casereview.core.learning.ReviewLearning;
import uk.lscb.casereview.core.learning.Terms;
import uk.lscb.casereview.core.refs.CaseId;

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
    void learningStoredBeforeAuditsCouldBeNamedReadsAsFromTheReview() {
        ReviewLearning before = review(STOKE, "SCR-2026-011", 1, Optional.empty());
        Document stored = MongoLearningLogs.document(before);
        stored.remove(MongoLearningLogs.SOURCE);
        String name = InProcessMongo.freshDatabaseName();
        mongo.client().getDatabase(name).getCollection(MongoStore.LEARNING).insertOne(stored);

        ReviewLearning read = MongoStore.open(mongo.client(), name, InProcessMongo.packs()).learning()
                .find(before.caseId()).orElseThrow();

        assertThat(read.source()).isEqualTo(ReviewLearning.Source.REVIEW);
        assertThat(read.from()).isEqualTo("Single agency learning review");
        assertThat(MongoLearningLogs.document(before)).doesNotContainKey(MongoLearningLogs.SOURCE);
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
        ReviewLearning pending = reopened.unindexed().get(0);
        reopened.index(Terms.of(pending)); // what the sweep does (LearningService.completePending)
        reopened.update(pending.withIndexed(), pending.version());
        assertThat(new LearningSearch(reopened, LearningThemes.DEFAULT).search(Query.typed("theme:neglect referrals",
                10)).hits()).extracting(hit -> hit.finding().number()).containsExactly(1);
        assertThat(MongoStore.open(mongo.client(), name, InProcessMongo.packs()).learning().unindexed()).isEmpty();
    }

    @Test
    void twoInstancesAddingToOneNewPostingListAtOnceLoseNothing() throws Exception {
        String name = InProcessMongo.freshDatabaseName();
        List<LearningLogs> instances = List.of(MongoStore.open(mongo.client(), name, InProcessMongo.packs()).learning(),
                MongoStore.open(mongo.client(), name, InProcessMongo.packs()).learning());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (String term : List.of("drift", "neglect", "school", "police", "referral")) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> writes = new ArrayList<>();
                for (int instance = 0; instance < 2; instance++) {
                    List<Posting> postings = new ArrayList<>();
                    for (int finding = 1; finding <= 50; finding++) {
                        postings.add(new Posting(term, new CaseId("stoke-on-trent/SCR-" + instance), finding, STOKE,
                                LocalDate.parse("2026-12-02"), false));
                    }
                    LearningLogs logs = instances.get(instance);
                    writes.add(threads.submit(() -> {
                        start.await();
                        logs.index(postings);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> write : writes) {
                    write.get(30, TimeUnit.SECONDS);
                }
                assertThat(instances.get(1).postings(term, Optional.empty(), Optional.empty(), Optional.empty()))
                        .as(term).hasSize(100);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
