package uk.lscb.casereview.adapters.mongo;

import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.contracts.AddressesContract;
import uk.lscb.casereview.core.contracts.CasesContract;
import uk.lscb.casereview.core.contracts.ConversationsContract;
import uk.lscb.casereview.core.contracts.FaultyStore;
import uk.lscb.casereview.core.contracts.LearningLogsContract;
import uk.lscb.casereview.core.contracts.ReminderJobsContract;
import uk.lscb.casereview.core.contracts.ScopingServiceContract;
import uk.lscb.casereview.core.contracts.TranscriptsContract;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.DeliveryJobs;
import uk.lscb.casereview.core.delivery.DeliveryJobsContract;
import uk.lscb.casereview.core.delivery.PostedCopies;
import uk.lscb.casereview.core.delivery.PostedCopiesContract;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.reminders.ReminderJobs;
import uk.lscb.casereview.core.transcripts.Transcripts;

/**
 * The ports' contracts on the application's embedded store, whose own indexes (not mongo-java-server's scans)
 * answer the non-unique queries: each port answers as it does on the in-memory server.
 */
class EmbeddedStoreContractsIT {
    @RegisterExtension
    static final InProcessMongo.PerClass mongo = InProcessMongo.PerClass.embedded();

    @Nested
    class ReminderJobsOnTheEmbeddedStore extends ReminderJobsContract {
        private ReminderJobs store;

        @BeforeEach
        void freshDatabase() {
            store = mongo.freshStore().reminderJobs();
        }

        @Override
        protected ReminderJobs store() {
            return store;
        }
    }

    @Nested
    class LearningLogsOnTheEmbeddedStore extends LearningLogsContract {
        private LearningLogs store;

        @BeforeEach
        void freshDatabase() {
            store = mongo.freshStore().learning();
        }

        @Override
        protected LearningLogs store() {
            return store;
        }
    }

    @Nested
    class DeliveryJobsOnTheEmbeddedStore extends DeliveryJobsContract {
        @Override
        protected DeliveryJobs store() {
            return mongo.freshStore().deliveryJobs();
        }
    }

    @Nested
    class CasesOnTheEmbeddedStore extends CasesContract {
        private Cases store;

        @BeforeEach
        void freshDatabase() {
            store = mongo.freshStore().cases();
        }

        @Override
        protected Cases store() {
            return store;
        }
    }

    @Nested
    class TranscriptsOnTheEmbeddedStore extends TranscriptsContract {
        private Transcripts store;

        @BeforeEach
        void freshDatabase() {
            store = mongo.freshStore().transcripts();
        }

        @Override
        protected Transcripts store() {
            return store;
        }
    }

    @Nested
    class ConversationsOnTheEmbeddedStore extends ConversationsContract {
        private Conversations store;

        @BeforeEach
        void freshDatabase() {
            store = mongo.freshStore().conversations();
        }

        @Override
        protected Conversations store() {
            return store;
        }
    }

    @Nested
    class AddressesOnTheEmbeddedStore extends AddressesContract {
        private Addresses store;

        @BeforeEach
        void freshDatabase() {
            store = mongo.freshStore().addresses();
        }

        @Override
        protected Addresses store() {
            return store;
        }
    }

    @Nested
    class PostedCopiesOnTheEmbeddedStore extends PostedCopiesContract {
        @Override
        protected PostedCopies store(Clock clock) {
            return mongo.freshStore().postedCopies(clock);
        }
    }

    @Nested
    class TurnsOnTheEmbeddedStore extends ScopingServiceContract {
        @Override
        protected FaultyStore stores() {
            MongoStore store = mongo.freshStore();
            return new FaultyStore(store.conversations(), store.transcripts(), store.cases());
        }
    }
}
