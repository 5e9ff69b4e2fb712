package uk.lscb.casereview.adapters.mongo.embedded;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * Finding documents through an index by the fields a query asks to equal a value: the query's equalities (at the
 * top level and inside {@code $and}, however nested) that cover a leading part of an index's keys give the range
 * of the index to read; the query itself is then applied to each document found, so the index only has to find
 * every document that can match. Only plain values (strings, numbers, booleans, ObjectIds, dates, UUIDs) are
 * taken as equalities; anything else in the query (operators, {@code $or}, sub-documents, arrays, null) is left
 * to that check.
 */
final class KeyPrefix {
    private static final Comparator<Object> POSITIONS = BsonKeyType.INSTANCE::compare;

    /** An index whose entries are ordered by its keys' values, so that a leading part of them is one range. */
    interface Ranged {
        /** The entries, each keyed by the index's values (and, when the index is not unique, the position). */
        MVMap<Object, Object> entries();

        List<IndexKey> getKeys();

        String getName();
    }

    private KeyPrefix() {
    }

    /** The fields the query requires to equal a plain value, in the order met. */
    static Map<String, Object> equalities(Document query) {
        Map<String, Object> found = new LinkedHashMap<>();
        collect(query, found);
        return found;
    }

    private static void collect(Document query, Map<String, Object> found) {
        query.forEach((field, value) -> {
            if (field.equals("$and") && value instanceof Collection<?> all) {
                all.stream().filter(Document.class::isInstance).forEach(part -> collect((Document) part, found));
            } else if (!field.startsWith("$") && isPlain(value)) {
                found.putIfAbsent(field, value);
            }
        });
    }

    private static boolean isPlain(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof ObjectId || value instanceof Date || value instanceof Instant
                || value instanceof UUID;
    }

    /** The index that reads the fewest documents for these equalities, if any index can be used at all. */
    static <P> Optional<Ranged> best(List<Index<P>> indexes, Map<String, Object> equal) {
        Ranged best = null;
        int bestLength = 0;
        boolean bestWhole = false;
        for (Index<P> index : indexes) {
            if (!(index instanceof Ranged ranged)) {
                continue;
            }
            int length = covered(ranged.getKeys(), equal);
            boolean whole = length == ranged.getKeys().size() && index.isUnique();
            if (length > 0 && (whole && !bestWhole || whole == bestWhole && length > bestLength)) {
                best = ranged;
                bestLength = length;
                bestWhole = whole;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many of the index's leading keys the equalities give a value for. */
    static int covered(List<IndexKey> keys, Map<String, Object> equal) {
        int length = 0;
        while (length < keys.size() && equal.containsKey(keys.get(length).getKey())) {
            length++;
        }
        return length;
    }

    /** The positions of the documents whose index entries begin with the equalities' values, in position order. */
    static Collection<Object> positions(Ranged index, Map<String, Object> equal) {
        List<IndexKey> keys = index.getKeys();
        int length = covered(keys, equal);
        List<Object> values = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            values.add(equal.get(keys.get(i).getKey()));
        }
        KeyValue prefix = new KeyValue(values).normalized();
        TreeSet<Object> positions = new TreeSet<>(POSITIONS);
        Cursor<Object, Object> cursor = index.entries().cursor(prefix);
        while (cursor.hasNext() && startsWith((KeyValue) cursor.next(), prefix)) {
            positions.add(cursor.getValue());
        }
        return positions;
    }

    private static boolean startsWith(KeyValue key, KeyValue prefix) {
        if (key.size() < prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (BsonKeyType.INSTANCE.compare(key.get(i), prefix.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }
}
