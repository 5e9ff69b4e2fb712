package uk.lscb.casereview.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.adapters.mongo.MongoStore;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * A slow MongoDB that keeps every connection of the pool busy: a turn waits a few seconds for one and is told the
 * store is unavailable, inside the Teams turn budget, not after the driver's 2 minutes. The server is real
 * (mongo-java-server over TCP); between it and the application, a relay holds the one request that reads the
 * collection {@value #HELD} until the test ends, so the pool's only connection stays busy.
 */
class RemoteMongoPoolWaitTest {
    private static final String HELD = "held-by-this-test";
    private static final Duration TEAMS_TURN_BUDGET = Duration.ofSeconds(12);

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private ServerSocket relay;
    private MongoConnection connection;

    @AfterEach
    void stop() throws IOException {
        release.countDown();
        if (connection != null) {
            connection.close();
        }
        relay.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        server.shutdownNow();
    }

    @Test
    void aTurnWaitingForABusyPoolIsToldTheStoreIsUnavailableWithinTheTurnBudget() throws Exception {
        int port = startRelay(server.bind());
        connection = MongoConnection.remote("mongodb://127.0.0.1:" + port + "/casereview?maxPoolSize=1");
        MongoStore store = MongoStore.open(connection.client(), connection.database(),
                new RulePacks(List.of(Wt2015.pack())));
        Thread slowRequest = new Thread(() -> {
            try {
                connection.client().getDatabase("casereview").getCollection(HELD).find().first();
            } catch (RuntimeException endedWithTheTest) {
                // the relay lets it go, or closes, when the test ends
            }
        }, "slow-request");
        slowRequest.start();
        assertThat(holding.await(15, TimeUnit.SECONDS)).as("the relay holds the slow request").isTrue();

        long started = System.nanoTime();
        assertThatThrownBy(() -> store.conversations().find(new ConversationKey(Platform.TEAMS, "a:waiting")))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessage("MongoDB unavailable: reading a conversation");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TEAMS_TURN_BUDGET);
    }

    /** A TCP relay to {@code target} that holds a request naming {@link #HELD} until the test ends. */
    private int startRelay(InetSocketAddress target) throws IOException {
        relay = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(() -> {
            while (!relay.isClosed()) {
                try {
                    Socket client = relay.accept();
                    Socket upstream = new Socket(target.getAddress(), target.getPort());
                    sockets.add(client);
                    sockets.add(upstream);
                    pump(client.getInputStream(), upstream.getOutputStream(), true);
                    pump(upstream.getInputStream(), client.getOutputStream(), false);
                } catch (IOException closed) {
                    return;
                }
            }
        }, "relay");
        accepting.setDaemon(true);
        accepting.start();
        return relay.getLocalPort();
    }

    private void pump(InputStream from, OutputStream to, boolean requests) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try {
                for (int read = from.read(buffer); read >= 0; read = from.read(buffer)) {
                    if (requests && new String(buffer, 0, read, StandardCharsets.ISO_8859_1).contains(HELD)) {
                        holding.countDown();
                        release.await();
                    }
                    to.write(buffer, 0, read);
                    to.flush();
                }
            } catch (IOException | InterruptedException closed) {
                // the test is over
            }
        }, "relay-pump");
        thread.setDaemon(true);
        thread.start();
    }
}
