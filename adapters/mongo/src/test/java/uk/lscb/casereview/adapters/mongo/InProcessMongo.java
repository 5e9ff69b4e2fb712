package uk.lscb.casereview.adapters.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.lscb.casereview.adapters.mongo.embedded.EmbeddedBackend;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;

/**
 * An in-process MongoDB wire-protocol server (mongo-java-server) on 127.0.0.1 and a real driver client for
 * it. The client is patient (a loaded 2-core machine can take seconds to answer a handshake) unless the test
 * is about a stopped server: {@link #memoryFailingFast()} and {@link #settings} fail within a second or two.
 * Each {@link #freshStore()} is on a database of its own.
 */
final class InProcessMongo implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final MongoServer server;
    private final MongoClient client;

    private InProcessMongo(MongoBackend backend, boolean failFast) {
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        client = MongoClients.create(failFast ? settings(address) : patient(address));
    }

    static InProcessMongo memory() {
        return new InProcessMongo(new MemoryBackend(), false);
    }

    /** For tests that stop the server and expect every call to fail within a second or two. */
    static InProcessMongo memoryFailingFast() {
        return new InProcessMongo(new MemoryBackend(), true);
    }

    static InProcessMongo on(MongoBackend backend) {
        return new InProcessMongo(backend, false);
    }

    static RulePacks packs() {
        return new RulePacks(List.of(Wt2015.pack(), Wt2023.pack()));
    }

    /** Timeouts short enough for a test to see an unreachable server within a second or two. */
    static MongoClientSettings settings(InetSocketAddress address) {
        return MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(
                        "mongodb://" + address.getHostString() + ":" + address.getPort()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(700, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(500, TimeUnit.MILLISECONDS)
                        .readTimeout(1500, TimeUnit.MILLISECONDS))
                .build();
    }

    /** The driver's own timeouts: a busy machine slows the server down, it does not make it go away. */
    private static MongoClientSettings patient(InetSocketAddress address) {
        return MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(
                        "mongodb://" + address.getHostString() + ":" + address.getPort()))
                .build();
    }

    static String freshDatabaseName() {
        return "it-" + DATABASES.incrementAndGet();
    }

    MongoStore freshStore() {
        return MongoStore.open(client, freshDatabaseName(), packs());
    }

    /** A fresh store whose calls, after one found no server, fail at once for this long ({@code ZERO}: never). */
    MongoStore freshStore(Duration unreachableFor) {
        return MongoStore.open(client, freshDatabaseName(), packs(), unreachableFor);
    }

    MongoClient client() {
        return client;
    }

    MongoServer server() {
        return server;
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }

    /**
     * One in-memory server for a whole test class:
     * {@code @RegisterExtension static final InProcessMongo.PerClass mongo = new InProcessMongo.PerClass();}
     */
    static final class PerClass implements BeforeAllCallback, AfterAllCallback {
        private final boolean embedded;
        private InProcessMongo mongo;
        private Path directory;
        private EmbeddedBackend backend;

        PerClass() {
            this(false);
        }

        private PerClass(boolean embedded) {
            this.embedded = embedded;
        }

        /** The application's embedded store ({@link EmbeddedBackend}) on a file of its own, instead of memory. */
        static PerClass embedded() {
            return new PerClass(true);
        }

        /** Classes under way: JUnit calls back again for each {@code @Nested} class, which shares the server. */
        private int classes;

        @Override
        public void beforeAll(ExtensionContext context) throws IOException {
            if (classes++ > 0) {
                return;
            }
            if (embedded) {
                directory = Files.createTempDirectory("embedded-store-it");
                backend = EmbeddedBackend.open(directory.resolve("store.mv"));
                mongo = on(backend);
            } else {
                mongo = memory();
            }
        }

        @Override
        public void afterAll(ExtensionContext context) throws IOException {
            if (--classes > 0) {
                return;
            }
            mongo.close();
            if (directory != null) {
                try (Stream<Path> files = Files.walk(directory)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }

        MongoStore freshStore() {
            return mongo.freshStore();
        }

        MongoClient client() {
            return mongo.client();
        }

        /** The embedded store itself, for what its queries read. */
        EmbeddedBackend backend() {
            return backend;
        }
    }
}
