package uk.lscb.casereview.adapters.mongo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.contracts.TranscriptsContract;
import uk.lscb.casereview.core.transcripts.Transcripts;

/** The {@link Transcripts} contract against an in-process MongoDB-compatible server, through the real driver. */
class MongoTranscriptsIT extends TranscriptsContract {
    @RegisterExtension
    static final InProcessMongo.PerClass mongo = new InProcessMongo.PerClass();

    private MongoStore store;

    @BeforeEach
    void freshDatabase() {
        store = mongo.freshStore();
    }

    @Override
    protected Transcripts store() {
        return store.transcripts();
    }
}
