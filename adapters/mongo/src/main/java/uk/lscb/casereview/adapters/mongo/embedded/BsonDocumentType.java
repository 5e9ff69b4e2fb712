package uk.lscb.casereview.adapters.mongo.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The embedded store's documents as BSON, the bytes MongoDB itself uses, written and read with mongo-java-server's
 * own wire codec, in a file of the kind the store kept before its journal (read to copy it to the journal; the
 * store itself now keeps its documents in memory and has H2 write no file).
 */
final class BsonDocumentType extends BasicDataType<Document> {
    static final BsonDocumentType INSTANCE = new BsonDocumentType();
    /** A rough size for the page cache's accounting; the exact size would need the document encoded. */
    private static final int BYTES_PER_FIELD = 48;

    private BsonDocumentType() {
    }

    /** The document's size as BSON, as mongo-java-server counts a collection's data size. */
    static int size(Document document) {
        ByteBuf bytes = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(document, bytes);
            return bytes.writerIndex();
        } finally {
            bytes.release();
        }
    }

    @Override
    public int getMemory(Document document) {
        return 64 + BYTES_PER_FIELD * document.size();
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bytes = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(document, bytes);
            buffer.put(bytes.nioBuffer());
        } finally {
            bytes.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        ByteBuffer document = buffer.slice();
        document.limit(length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(document));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
