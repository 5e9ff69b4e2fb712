package uk.lscb.casereview.adapters.mongo.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The embedded store's documents as they are kept: BSON, the bytes MongoDB itself uses, written and read with
 * mongo-java-server's own wire codec. In memory a stored document is one byte array rather than a map of objects, so
 * that the garbage collector copies one object for it, not hundreds (see {@link IndexedCollection}); in a file of
 * the kind the store kept before its journal (read to copy it to the journal) each value is the same bytes.
 */
final class BsonBytes extends BasicDataType<byte[]> {
    static final BsonBytes INSTANCE = new BsonBytes();
    /** What a byte array costs the heap beyond its bytes (its header and length), for the page cache's accounting. */
    private static final int ARRAY_OVERHEAD = 16;
    private static final int FIRST_BUFFER = 1024;

    private BsonBytes() {
    }

    static byte[] encode(Document document) {
        ByteBuf bytes = Unpooled.buffer(FIRST_BUFFER);
        try {
            BsonEncoder.encodeDocument(document, bytes);
            return ByteBufUtil.getBytes(bytes);
        } finally {
            bytes.release();
        }
    }

    /** A new document, which no one else holds. */
    static Document decode(byte[] bson) {
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public int getMemory(byte[] bson) {
        return ARRAY_OVERHEAD + bson.length;
    }

    @Override
    public void write(WriteBuffer buffer, byte[] bson) {
        buffer.put(bson);
    }

    @Override
    public byte[] read(ByteBuffer buffer) {
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        byte[] bson = new byte[length];
        buffer.get(bson);
        return bson;
    }

    @Override
    public byte[][] createStorage(int size) {
        return new byte[size][];
    }
}
