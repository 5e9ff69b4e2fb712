package uk.lscb.casereview.adapters.mongo.embedded;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.MaxKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import uk.lscb.casereview.adapters.mongo.embedded.QueryBounds.Constraint;
import uk.lscb.casereview.adapters.mongo.embedded.QueryBounds.Points;

/**
 * A unique index of the embedded store, kept as mongo-java-server's H2 backend keeps it (an H2 map from the indexed
 * fields' values to the document's position), that can also be read by its leading fields: the entries that begin
 * with the values a query gives those fields. A transcript's entries are found by their conversation through the
 * unique (conversation, sequence) index, where the server read every transcript entry stored to link a referral to
 * its case. Only points are read this way (never a range of a field), so an array in an indexed field cannot hide a
 * document; the collection checks the whole query on each document found.
 */
final class UniqueIndex extends AbstractUniqueIndex<Object> {
    /** The most combinations of leading points read one by one. */
    private static final int MAX_COMBINATIONS = 64;

    private final MVMap<Object, Object> entries;

    UniqueIndex(String name, List<IndexKey> keys, boolean sparse, MVMap<Object, Object> entries) {
        super(name, keys, sparse);
        this.entries = entries;
    }

    /** About how many entries begin with the leading fields' points; empty when the first field has none. */
    OptionalLong estimate(QueryBounds bounds) {
        Optional<List<KeyValue>> prefixes = prefixes(bounds);
        if (prefixes.isEmpty()) {
            return OptionalLong.empty();
        }
        long entriesRead = 0;
        for (KeyValue prefix : prefixes.get()) {
            entriesRead += Math.max(0, rank(after(prefix)) - rank(prefix));
        }
        return OptionalLong.of(entriesRead);
    }

    /** The positions of the documents whose entries begin with the leading fields' points. */
    Iterable<Object> positions(QueryBounds bounds) {
        Set<Object> positions = new LinkedHashSet<>();
        for (KeyValue prefix : prefixes(bounds).orElseThrow()) {
            KeyValue end = after(prefix);
            Cursor<Object, Object> cursor = entries.cursor(prefix);
            while (cursor.hasNext() && BsonKeyType.INSTANCE.compare(cursor.next(), end) < 0) {
                positions.add(cursor.getValue());
            }
        }
        return positions;
    }

    /**
     * The leading fields' points, combined: one prefix per combination, as long as the fields have points (and at
     * most {@link #MAX_COMBINATIONS}). Empty for a sparse index, which leaves out the documents without its fields.
     */
    private Optional<List<KeyValue>> prefixes(QueryBounds bounds) {
        if (isSparse()) {
            return Optional.empty();
        }
        List<List<Object>> prefixes = List.of(List.of());
        for (IndexKey key : getKeys()) {
            Optional<Constraint> constraint = bounds.on(key.getKey());
            if (constraint.isEmpty() || !(constraint.get() instanceof Points points)
                    || prefixes.size() * points.values().size() > MAX_COMBINATIONS) {
                break;
            }
            List<List<Object>> longer = new ArrayList<>();
            for (List<Object> prefix : prefixes) {
                for (Object point : points.values()) {
                    List<Object> next = new ArrayList<>(prefix);
                    next.add(point);
                    longer.add(next);
                }
            }
            prefixes = longer;
        }
        if (prefixes.get(0).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(prefixes.stream().map(values -> new KeyValue(values).normalized()).toList());
    }

    /** The bound after every entry that begins with {@code prefix}: the prefix followed by MaxKey. */
    private static KeyValue after(KeyValue prefix) {
        List<Object> values = new ArrayList<>();
        prefix.forEach(values::add);
        values.add(MaxKey.getInstance());
        return new KeyValue(values);
    }

    /** How many entries sort before {@code key} (which is never an entry: it is a bound, or a shorter prefix). */
    private long rank(KeyValue key) {
        long index = entries.getKeyIndex(key);
        return index >= 0 ? index : -(index + 1);
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
