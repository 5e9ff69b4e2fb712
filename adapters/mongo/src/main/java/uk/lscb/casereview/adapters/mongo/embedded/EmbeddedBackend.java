package uk.lscb.casereview.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded store: mongo-java-server's H2 backend on one MVStore file, with four changes.
 * <ul>
 *   <li><b>Indexed</b>: non-unique indexes are built ({@link SecondaryIndex}; the server builds none and reads
 *   whole collections) and each query is answered from the index it costs least to read ({@link IndexedCollection}),
 *   so that the reminder sweep's claim reads the due jobs and a case list the cases it can show.</li>
 *   <li><b>Durable</b>: the file is committed after every message that changed something, so a write the
 *   driver was told of survives the process being killed straight after it (H2 alone commits about once a
 *   second).</li>
 *   <li><b>BSON on disk</b>: documents are stored as BSON ({@link BsonDocumentType}) instead of H2's default
 *   Java serialization; a file written the old way is converted when it is opened, one collection per
 *   commit, so a crash during the conversion loses nothing.</li>
 *   <li><b>Compacted</b>: every commit writes the pages it changed to a new place in the file, so the file
 *   grows with every write until the space of old pages is reused. Opening the file compacts it, and
 *   {@link #compact} (run on a schedule by the application) does so while it is in use. Old pages are kept
 *   for 10 s (H2's default is 45 s) and pages are compressed (LZF), so that a referral takes about as many
 *   bytes of file as its documents have.</li>
 * </ul>
 * H2 can hang closing the file while another thread is writing to it, so {@link #close} waits for the requests
 * and compactions under way to end, and any that come after it are refused ({@link IllegalStateException}, which
 * the driver sees as an error saying the store is closed).
 */
public final class EmbeddedBackend extends H2Backend {
    /** The name of the map that says which data and index maps are in the BSON format (the value, the format's name). */
    static final String FORMAT_MAP = "casereview.format";
    static final String BSON = "bson";
    /**
     * The map that names the non-unique indexes found to hold an array (see {@link SecondaryIndex}). No database's
     * maps start with it ({@code $} is not allowed in a database's name), so dropping a database leaves it.
     */
    static final String MULTIKEY_MAP = "casereview$multikey";
    private static final String DATA_PREFIX = "databases.";
    private static final String CONVERTING_PREFIX = "converting.";
    private static final String INDEX_INFIX = "._index_";
    /**
     * Old pages are kept this long for readers still on them (a scan of a whole collection on a busy machine),
     * then their space is reused.
     */
    private static final int RETENTION_MILLIS = 10_000;
    private static final int COMPACTION_MILLIS = 2_000;

    /** Created on first use: H2Backend's constructor already opens the databases the file holds. */
    private LongAdder examined;
    /** Held to read for each request and compaction, to write for closing. */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    /** Guarded by {@link #gate}. */
    private boolean closed;

    private EmbeddedBackend(MVStore store) {
        super(store);
    }

    /**
     * Opens (or creates) the store in {@code file}: converts documents written the old way to BSON, compacts
     * the file and opens its databases.
     *
     * @throws IllegalStateException when the file cannot be opened (another process has it, or it is damaged)
     */
    public static EmbeddedBackend open(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).compress().open();
        try {
            store.setRetentionTime(RETENTION_MILLIS);
            convertToBson(store);
            store.compactFile(COMPACTION_MILLIS);
            return new EmbeddedBackend(store);
        } catch (RuntimeException failed) {
            store.closeImmediately();
            throw failed;
        }
    }

    /** The file's size in bytes (0 for a store without a file). */
    public long fileSize() {
        FileStore<?> file = getMvStore().getFileStore();
        return file == null ? 0 : file.size();
    }

    /**
     * How many documents queries have read since the store was opened, found through an index or by reading a
     * whole collection (as MongoDB's {@code totalDocsExamined}, summed): what a query costs, apart from the time.
     */
    public long documentsExamined() {
        return examined().sum();
    }

    private synchronized LongAdder examined() {
        if (examined == null) {
            examined = new LongAdder();
        }
        return examined;
    }

    /**
     * Reclaims the space of pages that later commits replaced: rewrites the live pages of chunks that are mostly
     * garbage, moves chunks together and lets the file shrink, for at most about {@code maxMillis}.
     */
    public void compact(int maxMillis) {
        whileOpen(() -> {
            getMvStore().compactFile(maxMillis);
            return null;
        });
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        return whileOpen(() -> {
            try {
                return super.handleMessage(message);
            } finally {
                commit(); // nothing is written when the message changed nothing
            }
        });
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return whileOpen(() -> super.handleCommand(channel, databaseName, command, query));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return whileOpen(() -> super.handleQuery(query));
    }

    /** Waits for the requests and compactions under way to end, then commits and closes the file. */
    @Override
    public void close() {
        Lock closing = gate.writeLock();
        closing.lock();
        try {
            if (!closed) {
                closed = true;
                super.close();
            }
        } finally {
            closing.unlock();
        }
    }

    private <T> T whileOpen(Supplier<T> work) {
        Lock open = gate.readLock();
        open.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the embedded store is closed");
            }
            return work.get();
        } finally {
            open.unlock();
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new BsonDatabase(databaseName);
    }

    private static MVMap.Builder<Object, Document> dataMap() {
        return new MVMap.Builder<Object, Document>().keyType(BsonKeyType.INSTANCE)
                .valueType(BsonDocumentType.INSTANCE);
    }

    private static MVMap.Builder<Object, Object> indexMap() {
        return new MVMap.Builder<>().keyType(BsonKeyType.INSTANCE).valueType(BsonKeyType.INSTANCE);
    }

    private static boolean isIndex(String name) {
        return name.contains(INDEX_INFIX);
    }

    /**
     * Each data or index map written the old way is copied to a BSON map, committed, and then, in one commit,
     * the old map removed, the copy renamed to its name and marked as BSON. A crash before that commit leaves
     * the old map as it was (and a partial copy, thrown away on the next open); after it, the BSON map.
     */
    private static void convertToBson(MVStore store) {
        MVMap<String, String> format = store.openMap(FORMAT_MAP);
        for (String name : new ArrayList<>(store.getMapNames())) {
            if (name.startsWith(CONVERTING_PREFIX)) {
                store.removeMap(name);
            }
        }
        List<String> old = store.getMapNames().stream()
                .filter(name -> (name.startsWith(DATA_PREFIX) || isIndex(name)) && !format.containsKey(name))
                .sorted().toList();
        for (String name : old) {
            MVMap<Object, Object> serialized = store.openMap(name);
            MVMap<?, ?> opened = isIndex(name) ? store.openMap(CONVERTING_PREFIX + name, indexMap())
                    : store.openMap(CONVERTING_PREFIX + name, dataMap());
            @SuppressWarnings("unchecked")
            MVMap<Object, Object> copy = (MVMap<Object, Object>) opened;
            copy.putAll(serialized);
            store.commit();
            store.removeMap(serialized);
            store.renameMap(copy, name);
            format.put(name, BSON);
            store.commit();
        }
        if (old.isEmpty()) {
            store.commit();
        }
    }

    /** Opens a map of this store in the BSON format, refusing one written the old way (converted on open). */
    private <K, V> MVMap<K, V> openBson(String name, MVMap.Builder<K, V> builder) {
        MVStore store = getMvStore();
        MVMap<String, String> format = store.openMap(FORMAT_MAP);
        if (store.hasMap(name) && !BSON.equals(format.get(name))) {
            throw new IllegalStateException("the embedded store's map " + name
                    + " is not in the BSON format and was not converted when the store was opened");
        }
        format.putIfAbsent(name, BSON);
        return store.openMap(name, builder);
    }

    /** An H2 database whose collections keep their documents as BSON. */
    private final class BsonDatabase extends H2Database {
        BsonDatabase(String name) {
            super(name, EmbeddedBackend.this.getMvStore(), EmbeddedBackend.this.getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = openBson(DATA_PREFIX + fullName, dataMap());
            MVMap<String, Object> meta = getMvStore().openMap("meta." + fullName);
            return new IndexedCollection(this, collectionName, options, data, meta, cursorRegistry, examined());
        }

        /** As H2Database keeps a unique index (the same map, in the BSON format), also read by its leading fields. */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            return new UniqueIndex(indexName, keys, sparse,
                    openBson(getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName, indexMap()));
        }

        /** mongo-java-server builds no non-unique index (it warns and scans); this one does. */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                                                           List<IndexKey> keys, boolean sparse) {
            String name = getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName;
            return new SecondaryIndex(indexName, keys, sparse, openBson(name, indexMap()),
                    getMvStore().openMap(MULTIKEY_MAP), name);
        }
    }
}
