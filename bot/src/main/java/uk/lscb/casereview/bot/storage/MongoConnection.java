package uk.lscb.casereview.bot.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.casereview.bot.config.InvalidConfigurationException;

/**
 * The MongoDB connection: a real MongoDB by URI, or the embedded default, an in-process MongoDB
 * wire-protocol server (mongo-java-server) on 127.0.0.1 keeping its data in one H2 MVStore file in
 * the data directory. The embedded server starts before the client and is closed after it.
 */
public final class MongoConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MongoConnection.class);
    static final String DEFAULT_DATABASE = "casereview";
    static final String FILE_NAME = "casereview.mv";

    private final Optional<MongoServer> embedded;
    private final MongoClient client;
    private final String database;
    private final String description;

    private MongoConnection(Optional<MongoServer> embedded, MongoClient client,
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
        MongoClient client = MongoClients.create(settings(connection));
        String database = connection.getDatabase() != null ? connection.getDatabase() : DEFAULT_DATABASE;
        return new MongoConnection(Optional.empty(), client, database,
                "MongoDB at " + String.join(",", connection.getHosts()) + ", database " + database);
    }

    /** The embedded default, its data in {@code dataDir/casereview.mv} (the directory is created if absent). */
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
        H2Backend backend;
        try {
            backend = new DurableH2Backend(file.toString());
        } catch (RuntimeException unopenable) {
            throw new InvalidConfigurationException("CASEREVIEW_DATA_DIR", "cannot open the embedded store " + file
                    + ": is another instance using the same data directory? (" + unopenable.getMessage() + ")");
        }
        MongoServer server = new MongoServer(backend);
        MongoClient client;
        try {
            server.bind("127.0.0.1", 0);
            InetSocketAddress address = server.getLocalAddress();
            client = MongoClients.create(settings(new ConnectionString("mongodb://127.0.0.1:" + address.getPort())));
        } catch (RuntimeException failed) {
            server.shutdownNow();
            throw failed;
        }
        LOG.info("embedded MongoDB-compatible server on 127.0.0.1:{}, data in {}", server.getLocalAddress().getPort(),
                file);
        return new MongoConnection(Optional.of(server), client, DEFAULT_DATABASE,
                "embedded server, data in " + file);
    }

    /** Short timeouts so that a person is told the store is down in seconds, not after the driver's 30 s. */
    private static MongoClientSettings settings(ConnectionString connection) {
        return MongoClientSettings.builder()
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(5, TimeUnit.SECONDS)
                        .readTimeout(15, TimeUnit.SECONDS))
                .applyConnectionString(connection)
                .applicationName("case-review-assistant")
                .build();
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

    @Override
    public String toString() {
        return description;
    }

    /** The client first, then the embedded server (which commits and closes its file). */
    @Override
    public void close() {
        try {
            client.close();
        } finally {
            embedded.ifPresent(MongoServer::shutdownNow); // closes the H2 backend, which commits its file
        }
    }
}
