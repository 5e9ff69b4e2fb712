package uk.lscb.casereview.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded store whose queries, updates and deletes read only the documents an index finds
 * for the query's equalities ({@link KeyPrefix}), where mongo-java-server uses an index only when the query names
 * exactly its fields and nothing else, so that {@code {_id: x, version: 3}} or a query by conversation on the
 * unique (conversation, sequence) index read every document.
 */
final class EmbeddedCollection extends H2Collection {

    EmbeddedCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                       MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, data, meta, cursors);
    }

    /**
     * The collection's size in bytes is not kept up to date (only statistics report it): keeping it wrote one more
     * map, and so one more page to every commit, with every change of a document.
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        if (orderBy == null || !orderBy.containsKey("$natural")) {
            Map<String, Object> equal = KeyPrefix.equalities(query);
            Optional<KeyPrefix.Ranged> index = KeyPrefix.best(getIndexes(), equal);
            if (index.isPresent()) {
                return matchDocuments(query, KeyPrefix.positions(index.get(), equal), orderBy, numberToSkip, limit,
                        batchSize, fieldSelector);
            }
        }
        return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
}
