package uk.lscb.casereview.adapters.mongo.embedded;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;

/**
 * A unique index (the {@code _id}, or one the store asks for) on an MVStore map from the index's values to the
 * document's position, as mongo-java-server's H2 backend keeps it, and so read by a leading part of its keys as
 * well ({@link KeyPrefix}): a transcript is found by its conversation through the unique (conversation, sequence)
 * index.
 */
final class UniqueIndex extends AbstractUniqueIndex<Object> implements KeyPrefix.Ranged {
    private final MVMap<Object, Object> entries;

    UniqueIndex(MVMap<Object, Object> entries, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.entries = entries;
    }

    @Override
    public MVMap<Object, Object> entries() {
        return entries;
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return entries.remove(keyValue);
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return entries.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Iterable<Map.Entry<KeyValue, Object>> all = (Iterable) entries.entrySet();
        return all;
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return entries.get(keyValue);
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
}
