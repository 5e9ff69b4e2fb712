package uk.lscb.casereview.bot.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.casereview.adapters.mongo.MongoStore;
import uk.lscb.casereview.bot.config.InvalidConfigurationException;

/**
 * The MongoDB connection: a real MongoDB by URI, or the embedded default, mongo-java-server's backend
 * keeping its data in memory and in a journal file in the data directory, reached by the driver through
 * in-memory connections ({@link MongoStore.Embedded}): it listens on no port, so no other process can reach
 * it. The backend opens before the client and is closed after it.
 */
public final class MongoConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MongoConnection.class);
    static final String DEFAULT_DATABASE = "casereview";
    /** The embedded store's journal, which holds its data. */
    static final String FILE_NAME = "casereview.journal";
    /** The file the embedded store kept its data in before the journal: copied to the journal when found. */
    private static final String EARLIER_FILE_NAME = "casereview.mv";
    static final int EMBEDDED_CONNECTIONS = 500;

    private final Optional<MongoStore.Embedded> embedded;
    private final MongoClient client;
    private final String database;
    private final String description;

    private MongoConnection(Optional<MongoStore.Embedded> embedded, MongoClient client,
                            String database, String description) {
        this.embedded = embedded;
        this.client = client;
        this.database = database;
        this.description = description;
    }

    /** A real MongoDB (replica set / Atlas): the database named in the URI, else {@value #DEFAULT_DATABASE}. */
    public static MongoConnection remote(String uri) {
        ConnectionString connection;
        try {
            connection = new ConnectionString(uri);
        } catch (IllegalArgumentException bad) {
            throw new InvalidConfigurationException("MONGODB_URI", "is not a MongoDB connection string ("
                    + bad.getMessage() + ")");
        }
        MongoClient client = MongoClients.create(settings().applyConnectionString(connection).build());
        String database = connection.getDatabase() != null ? connection.getDatabase() : DEFAULT_DATABASE;
        return new MongoConnection(Optional.empty(), client, database,
                "MongoDB at " + String.join(",", connection.getHosts()) + ", database " + database);
    }

    /** The embedded default, its data in {@code dataDir/casereview.journal} (the directory is created if absent). */
    public static MongoConnection embedded(Path dataDir) {
        Path directory = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException | SecurityException cannot) {
            throw new InvalidConfigurationException("CASEREVIEW_DATA_DIR", "cannot create the data directory "
                    + directory + " (" + cannot.getMessage() + ")");
        }
        if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw new InvalidConfigurationException("CASEREVIEW_DATA_DIR", "the data directory " + directory
                    + " is not a writable directory");
        }
        Path file = directory.resolve(FILE_NAME);
        MongoStore.Embedded backend;
        try {
            backend = MongoStore.Embedded.open(directory.resolve(EARLIER_FILE_NAME));
        } catch (RuntimeException unopenable) {
            throw new InvalidConfigurationException("CASEREVIEW_DATA_DIR", "cannot open the embedded store " + file
                    + ": is another instance using the same data directory? (" + unopenable.getMessage() + ")");
        }
        MongoClient client;
        try {
            // Connections are in memory and cost nothing to hold: more than the server has request threads, so a
            // turn never waits for one (the driver's default of 100 was exhausted by 200 conversations at once).
            client = backend.client(settings()
                    .applyToConnectionPoolSettings(pool -> pool.maxSize(EMBEDDED_CONNECTIONS)));
        } catch (RuntimeException failed) {
            backend.close();
            throw failed;
        }
        LOG.info("embedded MongoDB-compatible store, reachable only inside this process, data in {}", file);
        return new MongoConnection(Optional.of(backend), client, DEFAULT_DATABASE, "embedded store, data in " + file);
    }

    /**
     * Short timeouts so that a person is told the store is down in seconds, not after the driver's 30 s; and a
     * request waits at most as long for one of the pool's connections, not the driver's 2 minutes, when a slow store
     * keeps them all busy. A {@code MONGODB_URI} that sets any of them ({@code waitQueueTimeoutMS} …) wins.
     */
    private static MongoClientSettings.Builder settings() {
        return MongoClientSettings.builder()
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(5, TimeUnit.SECONDS)
                        .readTimeout(15, TimeUnit.SECONDS))
                .applyToConnectionPoolSettings(pool -> pool.maxWaitTime(5, TimeUnit.SECONDS))
                .applicationName("case-review-assistant");
    }

    public MongoClient client() {
        return client;
    }

    public String database() {
        return database;
    }

    public boolean isEmbedded() {
        return embedded.isPresent();
    }

    /**
     * Rewrites the embedded store's journal as a snapshot of its live data when it has grown past twice the last
     * snapshot and a megabyte (requests wait meanwhile); nothing for a real MongoDB.
     */
    public void compact() {
        embedded.ifPresent(MongoStore.Embedded::compact);
    }

    @Override
    public String toString() {
        return description;
    }

    /** The client first (closing its in-process connections), then the embedded backend, which lets its journal go. */
    @Override
    public void close() {
        try {
            client.close();
        } finally {
            embedded.ifPresent(MongoStore.Embedded::close);
        }
    }
}
