package uk.lscb.casereview.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVMap;

/**
 * An index that is not unique, which mongo-java-server leaves out (it keeps none, so that every query by such
 * a field read the whole collection). An MVStore map with one entry per document and value of the index's keys
 * (several for an array): the values followed by the document's position, pointing to that position. Read by a
 * leading part of its keys ({@link KeyPrefix}). Sparse or not, every document has its entries: an index that
 * finds more documents than a query can match is still right, as the query is applied to each document found.
 */
final class SecondaryIndex extends Index<Object> implements KeyPrefix.Ranged {
    private static final String ID = "_id";

    private final MVMap<Object, Object> entries;

    SecondaryIndex(MVMap<Object, Object> entries, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.entries = entries;
    }

    @Override
    public MVMap<Object, Object> entries() {
        return entries;
    }

    private static KeyValue entry(KeyValue values, Object position) {
        List<Object> key = new ArrayList<>(values.size() + 1);
        values.forEach(key::add);
        key.add(position);
        return new KeyValue(key);
    }

    @Override
    public Object getPosition(Document document) {
        return null; // not unique: the _id index says where a document is
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        getKeyValues(document); // refuses parallel arrays before anything is written, as MongoDB does
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        for (KeyValue values : getKeyValues(document)) {
            entries.put(entry(values, position), position);
        }
    }

    @Override
    public Object remove(Document document) {
        Object position = Utils.getSubdocumentValue(document, ID);
        for (KeyValue values : getKeyValues(document)) {
            entries.remove(entry(values, position));
        }
        return position;
    }

    @Override
    public boolean canHandle(Document query) {
        return false; // read through KeyPrefix by the embedded store's collections
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        throw new UnsupportedOperationException("read through KeyPrefix");
    }

    @Override
    public long getCount() {
        return entries.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        getKeyValues(newDocument);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) {
        if (!nullAwareEqualsKeys(oldDocument, newDocument)) {
            for (KeyValue values : getKeyValues(oldDocument)) {
                entries.remove(entry(values, position));
            }
            add(newDocument, position, collection);
        }
    }

    @Override
    public void drop() {
        // the map is removed by the database
    }
}
