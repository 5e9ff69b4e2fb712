package uk.lscb.casereview.bot.archfixture;

import java.nio.file.Path;
import uk.lscb.casereview.adapters.mongo.MongoStore;
import uk.lscb.casereview.adapters.mongo.embedded.EmbeddedBackend;

/**
 * Test-only: code outside the adapters that uses an adapter type other than its entry type (the Mongo adapter's
 * embedded backend, public only for the adapter's own packages), which {@code ModuleBoundariesTest} forbids, beside
 * a use of the entry type itself, which it allows.
 */
public final class ReachesIntoAnAdapter {
    public long fileSize(Path file) {
        EmbeddedBackend backend = EmbeddedBackend.open(file);
        try {
            return backend.fileSize();
        } finally {
            backend.close();
        }
    }

    public boolean answers(MongoStore store) {
        return store.ping();
    }
}
