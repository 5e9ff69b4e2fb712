package uk.lscb.casereview.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.h2.mvstore.MVMap;
import uk.lscb.casereview.adapters.mongo.embedded.QueryBounds.Constraint;
import uk.lscb.casereview.adapters.mongo.embedded.QueryBounds.Points;
import uk.lscb.casereview.adapters.mongo.embedded.QueryBounds.Range;

/**
 * A non-unique index of the embedded store (mongo-java-server builds none: it scans the collection instead). One
 * entry per document in an H2 map ordered as MongoDB orders values: the key is the indexed fields' values followed
 * by the document's position (its {@code _id}), so equal values of different documents are different entries and a
 * range of values is a range of the map, kept in the same MVStore as the documents (and built again from them when
 * the store's journal is replayed).
 *
 * <p>A query is answered from the entries its {@link QueryBounds} admit: the leading fields' points (a bounded
 * number of combinations), then a range of the next field, checking the later fields' constraints on each entry.
 * That is a superset of the matching documents (the collection checks the whole query on each), and exact only
 * while no indexed field holds an array; the first document that has one marks the index multikey (kept in the
 * store and in the journal's snapshots), and from then on it is never used to answer a query, only kept up to date.
 */
final class SecondaryIndex extends Index<Object> {
    /** The most combinations of leading points looked up one by one; beyond, the points' hull is scanned. */
    private static final int MAX_COMBINATIONS = 64;

    private final MVMap<Object, Object> entries;
    private final MVMap<String, Boolean> multikeyIndexes;
    private final String mapName;
    private volatile boolean multikey;

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse, MVMap<Object, Object> entries,
                   MVMap<String, Boolean> multikeyIndexes, String mapName) {
        super(name, keys, sparse);
        this.entries = entries;
        this.multikeyIndexes = multikeyIndexes;
        this.mapName = mapName;
        this.multikey = Boolean.TRUE.equals(multikeyIndexes.get(mapName));
    }

    /** Not unique: a document's position comes from the {@code _id} index. */
    @Override
    public Object getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // no constraint to check: equal values are allowed
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        if (isSparse() && hasNoIndexedValue(document)) {
            return;
        }
        Set<KeyValue> values = getKeyValues(document);
        if (values.size() != 1 && !multikey) {
            multikey = true;
            multikeyIndexes.put(mapName, true);
        }
        for (KeyValue value : values) {
            entries.put(entry(value, position), position);
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        if (isSparse() && hasNoIndexedValue(document)) {
            return null;
        }
        Object position = document.get("_id");
        for (KeyValue value : getKeyValues(document)) {
            entries.remove(entry(value, position));
        }
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // no constraint to check: equal values are allowed
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                           MongoCollection<Object> collection) {
        if (!nullAwareEqualsKeys(oldDocument, newDocument)) {
            remove(oldDocument);
            add(newDocument, position, collection);
        }
    }

    /** Whether the query constrains the leading field in a way this index can use. */
    @Override
    public boolean canHandle(Document query) {
        return scans(QueryBounds.of(query)).isPresent();
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        return positions(QueryBounds.of(query));
    }

    /** About how many entries answering these bounds reads, counted in the map's tree without reading them. */
    OptionalLong estimate(QueryBounds bounds) {
        Optional<List<Scan>> scans = scans(bounds);
        if (scans.isEmpty()) {
            return OptionalLong.empty();
        }
        long entriesRead = 0;
        for (Scan scan : scans.get()) {
            entriesRead += Math.max(0, rank(scan.to) - rank(scan.from));
        }
        return OptionalLong.of(entriesRead);
    }

    /** The positions of the documents that may match the bounds (a superset of those that do). */
    List<Object> positions(QueryBounds bounds) {
        List<Scan> scans = scans(bounds).orElseThrow(() -> new IllegalArgumentException(
                "index " + getName() + " cannot answer these bounds"));
        List<Constraint> constraints = constraints(bounds);
        List<Object> positions = new ArrayList<>();
        for (Scan scan : scans) {
            Iterator<Object> keys = entries.keyIterator(scan.from);
            while (keys.hasNext()) {
                KeyValue key = (KeyValue) keys.next();
                if (BsonKeyType.INSTANCE.compare(key, scan.to) >= 0) {
                    break;
                }
                if (admitted(key, constraints)) {
                    positions.add(key.get(key.size() - 1));
                }
            }
        }
        return positions;
    }

    @Override
    public long getCount() {
        return entries.sizeAsLong();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        entries.clear();
        multikeyIndexes.remove(mapName);
    }

    private boolean hasNoIndexedValue(Document document) {
        return keys().stream().allMatch(key -> Utils.getSubdocumentValue(document, key) instanceof Missing);
    }

    private static KeyValue entry(KeyValue value, Object position) {
        List<Object> entry = new ArrayList<>(value.size() + 1);
        value.forEach(entry::add);
        entry.add(position);
        return new KeyValue(entry);
    }

    private List<Constraint> constraints(QueryBounds bounds) {
        return keys().stream().map(key -> bounds.on(key).orElse(null)).toList();
    }

    /**
     * The key ranges to read: one per combination of the leading fields' points, each over the next field's range
     * (or over every entry with those leading values). Empty when the leading field is unconstrained or the
     * index is multikey.
     */
    private Optional<List<Scan>> scans(QueryBounds bounds) {
        List<Constraint> constraints = constraints(bounds);
        if (multikey || constraints.get(0) == null) {
            return Optional.empty();
        }
        List<List<Object>> prefixes = List.of(List.of());
        int field = 0;
        while (field < constraints.size() && constraints.get(field) instanceof Points points
                && prefixes.size() * points.values().size() <= MAX_COMBINATIONS) {
            List<List<Object>> longer = new ArrayList<>();
            for (List<Object> prefix : prefixes) {
                for (Object point : points.values()) {
                    List<Object> next = new ArrayList<>(prefix);
                    next.add(point);
                    longer.add(next);
                }
            }
            prefixes = longer;
            field++;
        }
        Constraint next = field < constraints.size() ? constraints.get(field) : null;
        Range range = next instanceof Points points ? points.hull() : (Range) next;
        List<Scan> scans = new ArrayList<>();
        for (List<Object> prefix : prefixes) {
            scans.add(Scan.over(prefix, range));
        }
        return Optional.of(scans);
    }

    private static boolean admitted(KeyValue key, List<Constraint> constraints) {
        for (int i = 0; i < constraints.size(); i++) {
            Constraint constraint = constraints.get(i);
            if (constraint != null && !constraint.admits(key.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** How many entries sort before {@code key} (which is never an entry: it is a bound). */
    private long rank(KeyValue key) {
        long index = entries.getKeyIndex(key);
        return index >= 0 ? index : -(index + 1);
    }

    /**
     * The entries from {@code from} up to {@code to}. Bounds are keys that no entry equals: a prefix of values sorts
     * before every entry that extends it, and a prefix followed by MaxKey after every one.
     */
    private record Scan(KeyValue from, KeyValue to) {
        /** Over {@code range} of the field after the prefix; with no range, over every entry that extends it. */
        static Scan over(List<Object> prefix, Range range) {
            List<Object> from = new ArrayList<>(prefix);
            List<Object> to = new ArrayList<>(prefix);
            if (range == null) {
                to.add(MaxKey.getInstance());
                return new Scan(new KeyValue(from), new KeyValue(to));
            }
            if (range.lower() == null) {
                from.add(MinKey.getInstance());
            } else {
                from.add(range.lower());
                if (!range.lowerIncluded()) {
                    from.add(MaxKey.getInstance());
                }
            }
            if (range.upper() == null) {
                to.add(MaxKey.getInstance());
            } else {
                to.add(range.upper());
                if (range.upperIncluded()) {
                    to.add(MaxKey.getInstance());
                }
            }
            return new Scan(new KeyValue(from), new KeyValue(to));
        }
    }
}
