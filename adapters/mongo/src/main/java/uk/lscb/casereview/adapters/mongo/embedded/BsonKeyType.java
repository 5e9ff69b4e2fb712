package uk.lscb.casereview.adapters.mongo.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The embedded store's keys (a document's {@code _id}, an index's key) and index entries (the {@code _id} they
 * point to), ordered as MongoDB orders values, and as BSON in a file of the kind the store kept before its journal
 * (read to copy it to the journal). H2's default orders keys it does not know by their Java serialization, so
 * that two equal sub-documents serialised differently were two keys.
 */
final class BsonKeyType extends BasicDataType<Object> {
    static final BsonKeyType INSTANCE = new BsonKeyType();
    private static final Comparator<Object> VALUES = ValueComparator.ascWithoutListHandling();
    private static final byte VALUE = 0;
    private static final byte KEY_VALUE = 1;
    private static final byte MISSING = 2;
    private static final String SIZE = "n";

    private BsonKeyType() {
    }

    @Override
    public int getMemory(Object key) {
        return key instanceof KeyValue values ? 32 + 32 * values.size() : 48;
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
                int order = compareValues(left.get(i), right.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(left.size(), right.size());
        }
        return compareValues(a, b);
    }

    /**
     * As mongo-java-server's {@link ValueComparator} orders two values, straight away when both are of the class most
     * keys hold (a string, a whole number of the same kind, an ObjectId), where it first works out each value's place
     * in MongoDB's order of types and normalises numbers (a fifth of the time a transcript entry's insert took, in
     * its indexes' lookups). Any other pair is ordered by it.
     */
    private static int compareValues(Object a, Object b) {
        if (a != null && b != null && a.getClass() == b.getClass()) {
            if (a instanceof String left) {
                return left.compareTo((String) b);
            }
            if (a instanceof Long left) {
                return Long.compare(left, (Long) b);
            }
            if (a instanceof Integer left) {
                return Integer.compare(left, (Integer) b);
            }
            if (a instanceof ObjectId left) {
                return left.compareTo((ObjectId) b);
            }
        }
        return VALUES.compare(a, b);
    }

    @Override
    public void write(WriteBuffer buffer, Object key) {
        if (key instanceof Missing) {
            buffer.put(MISSING);
            return;
        }
        Document document = new Document();
        if (key instanceof KeyValue values) {
            buffer.put(KEY_VALUE);
            document.put(SIZE, values.size());
            for (int i = 0; i < values.size(); i++) {
                if (!(values.get(i) instanceof Missing)) {
                    document.put(String.valueOf(i), values.get(i));
                }
            }
        } else {
            buffer.put(VALUE);
            document.put("v", key);
        }
        ByteBuf bytes = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(document, bytes);
            buffer.put(bytes.nioBuffer());
        } finally {
            bytes.release();
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        byte kind = buffer.get();
        if (kind == MISSING) {
            return Missing.getInstance();
        }
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        ByteBuffer bytes = buffer.slice();
        bytes.limit(length);
        buffer.position(buffer.position() + length);
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
        if (kind == VALUE) {
            return document.get("v");
        }
        int size = ((Number) document.get(SIZE)).intValue();
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String field = String.valueOf(i);
            values.add(document.containsKey(field) ? document.get(field) : Missing.getInstance());
        }
        return new KeyValue(values);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
