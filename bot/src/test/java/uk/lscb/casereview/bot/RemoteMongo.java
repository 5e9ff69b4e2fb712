package uk.lscb.casereview.bot;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * A MongoDB reached over TCP, as {@code MONGODB_URI} gives one, that a test can take away: mongo-java-server in
 * memory on a local port. Once {@link #stop stopped}, each request gives up on it after the URI's server selection
 * limit and the store is unavailable, as when a real MongoDB goes down.
 */
public final class RemoteMongo {
    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final InetSocketAddress address = server.bind();

    /** The {@code MONGODB_URI} of the {@code casereview} database here, giving up on the server after this long. */
    public String uri(Duration serverSelection) {
        return "mongodb://127.0.0.1:" + address.getPort() + "/casereview?serverSelectionTimeoutMS="
                + serverSelection.toMillis();
    }

    /** The server goes away: its connections are closed and no other is accepted. */
    public void stop() {
        server.shutdownNow();
    }
}
