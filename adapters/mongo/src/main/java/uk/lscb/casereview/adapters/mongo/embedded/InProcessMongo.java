package uk.lscb.casereview.adapters.mongo.embedded;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoDriverInformation;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.internal.Clusters;
import com.mongodb.client.internal.MongoClientImpl;
import com.mongodb.connection.AsyncCompletionHandler;
import com.mongodb.connection.SocketSettings;
import com.mongodb.connection.SslSettings;
import com.mongodb.internal.InternalMongoClientSettings;
import com.mongodb.internal.connection.Cluster;
import com.mongodb.internal.connection.OperationContext;
import com.mongodb.internal.connection.Stream;
import com.mongodb.internal.connection.StreamFactory;
import com.mongodb.internal.connection.StreamFactoryFactory;
import com.mongodb.internal.thread.AsyncClientExecutor;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Executor;
import org.bson.ByteBufNIO;

/**
 * The embedded store reached without a network. mongo-java-server can only listen on TCP and has no
 * authentication, so that any local process could read and change every case; here each of the driver's
 * connections is an in-memory Netty {@link EmbeddedChannel} carrying mongo-java-server's own wire-protocol
 * pipeline, run on the driver's calling thread. Nothing listens on a port or a file: the store is
 * reachable only from inside this process.
 *
 * <p>The driver has no public way to plug in a transport (its {@code TransportSettings} are TCP only), so
 * this class alone uses its internal {@code StreamFactoryFactory} and {@code Clusters} exactly as
 * {@code MongoClients.create} does; a driver upgrade that changes them fails the build here, not at run time.
 */
public final class InProcessMongo implements StreamFactoryFactory {
    /** A name for logs and errors only: it is never resolved or connected to. */
    public static final ServerAddress ADDRESS = new ServerAddress("embedded-store-in-process", 27017);

    private final MongoBackend backend;
    private final ChannelGroup connections = new DefaultChannelGroup("casereview-embedded",
            GlobalEventExecutor.INSTANCE);

    private InProcessMongo(MongoBackend backend) {
        this.backend = backend;
    }

    /** A client of the backend through in-memory connections; closing it closes its connections. */
    public static MongoClient client(MongoBackend backend, MongoClientSettings.Builder settings) {
        InProcessMongo transport = new InProcessMongo(backend);
        MongoClientSettings clientSettings = settings
                .applyToClusterSettings(cluster -> cluster.hosts(List.of(ADDRESS)))
                .build();
        MongoDriverInformation driver = MongoDriverInformation.builder().driverName("casereview-in-process").build();
        Cluster cluster = Clusters.createCluster(clientSettings, driver, transport, AsyncClientExecutor.NO_OP,
                InternalMongoClientSettings.DEFAULT);
        return new MongoClientImpl(cluster, driver, clientSettings, transport, AsyncClientExecutor.NO_OP);
    }

    @Override
    public StreamFactory create(SocketSettings socketSettings, SslSettings sslSettings) {
        return address -> new InMemoryStream();
    }

    @Override
    public Executor getExecutor() {
        throw new UnsupportedOperationException("the in-process store is used by the synchronous driver only");
    }

    @Override
    public void close() {
        connections.close().awaitUninterruptibly();
    }

    /**
     * One connection: a request written by the driver is decoded, executed against the backend and its
     * reply encoded before {@link #write} returns; {@link #read} then takes the reply's bytes.
     */
    private final class InMemoryStream implements Stream {
        private final ByteBuf replies = Unpooled.buffer();
        private EmbeddedChannel channel;
        private boolean closed;

        @Override
        public synchronized void open(OperationContext context) {
            channel = new EmbeddedChannel(new MongoWireReplyEncoder(), new MongoWireMessageEncoder(),
                    new MongoWireProtocolHandler(), new MongoDatabaseHandler(backend, connections),
                    new MongoExceptionHandler());
        }

        @Override
        public void openAsync(OperationContext context, AsyncCompletionHandler<Void> handler) {
            open(context);
            handler.completed(null);
        }

        @Override
        public synchronized void write(List<org.bson.ByteBuf> buffers, OperationContext context) throws IOException {
            if (isClosed()) {
                throw new EOFException("the in-process connection to the embedded store is closed");
            }
            ByteBuf request = Unpooled.buffer();
            for (org.bson.ByteBuf buffer : buffers) {
                request.writeBytes(buffer.asNIO());
            }
            channel.writeInbound(request);
            for (Object reply = channel.readOutbound(); reply != null; reply = channel.readOutbound()) {
                ByteBuf bytes = (ByteBuf) reply;
                replies.writeBytes(bytes);
                bytes.release();
            }
            replies.discardReadBytes();
        }

        @Override
        public void writeAsync(List<org.bson.ByteBuf> buffers, OperationContext context,
                               AsyncCompletionHandler<Void> handler) {
            try {
                write(buffers, context);
                handler.completed(null);
            } catch (IOException | RuntimeException failed) {
                handler.failed(failed);
            }
        }

        @Override
        public synchronized org.bson.ByteBuf read(int numBytes, OperationContext context) throws IOException {
            if (closed || replies.readableBytes() < numBytes) {
                throw new EOFException("the embedded store gave no reply of " + numBytes + " bytes");
            }
            ByteBuffer bytes = ByteBuffer.allocate(numBytes);
            replies.readBytes(bytes);
            bytes.flip();
            return new ByteBufNIO(bytes);
        }

        @Override
        public void readAsync(int numBytes, OperationContext context, AsyncCompletionHandler<org.bson.ByteBuf> handler) {
            try {
                handler.completed(read(numBytes, context));
            } catch (IOException | RuntimeException failed) {
                handler.failed(failed);
            }
        }

        @Override
        public org.bson.ByteBuf getBuffer(int size) {
            return new ByteBufNIO(ByteBuffer.allocate(size));
        }

        @Override
        public ServerAddress getAddress() {
            return ADDRESS;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (channel != null) {
                channel.finishAndReleaseAll();
            }
            replies.release();
        }

        @Override
        public synchronized boolean isClosed() {
            return closed || channel == null || !channel.isOpen();
        }
    }
}
