package uk.lscb.casereview.bot.storage;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

/**
 * The embedded store's H2 backend, committing its file after every message. H2 on its own commits
 * about once a second, so a crash could lose the last second of writes that the driver had been told
 * were done; committing an unchanged store costs next to nothing.
 */
final class DurableH2Backend extends H2Backend {

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            commit();
        }
    }
}
