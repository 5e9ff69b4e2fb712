package uk.lscb.casereview.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded store: mongo-java-server's H2 backend on one MVStore file, with three changes.
 * <ul>
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
 *   <li><b>Indexed</b>: indexes that are not unique are kept ({@link SecondaryIndex}; mongo-java-server keeps
 *   none) and queries, updates and deletes read through any index whose leading fields they ask to equal a value
 *   ({@link EmbeddedCollection}), so a lookup reads the documents it finds, not the whole collection.</li>
 * </ul>
 */
public final class EmbeddedBackend extends H2Backend {
    /** The name of the map that says which data and index maps are in the BSON format (the value, the format's name). */
    static final String FORMAT_MAP = "casereview.format";
    static final String BSON = "bson";
    /** The name of the map that lists the indexes that are not unique whose entries are complete (the value, "built"). */
    static final String BUILT_MAP = "casereview.built";
    private static final String DATA_PREFIX = "databases.";
    private static final String CONVERTING_PREFIX = "converting.";
    private static final String INDEX_INFIX = "._index_";
    /**
     * Old pages are kept this long for readers still on them (a scan of a whole collection on a busy machine),
     * then their space is reused.
     */
    private static final int RETENTION_MILLIS = 10_000;
    private static final int COMPACTION_MILLIS = 2_000;

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
     * Reclaims the space of pages that later commits replaced: rewrites the live pages of chunks that are mostly
     * garbage, moves chunks together and lets the file shrink, for at most about {@code maxMillis}.
     */
    public void compact(int maxMillis) {
        getMvStore().compactFile(maxMillis);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            commit(); // nothing is written when the message changed nothing
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

    /** An H2 database whose collections keep their documents as BSON and read through their indexes. */
    private final class BsonDatabase extends H2Database {
        BsonDatabase(String name) {
            super(name, EmbeddedBackend.this.getMvStore(), EmbeddedBackend.this.getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = openBson(DATA_PREFIX + fullName, dataMap());
            MVMap<String, Object> meta = getMvStore().openMap("meta." + fullName);
            return new EmbeddedCollection(this, collectionName, options, data, meta, cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            return new UniqueIndex(openBson(indexMapName(collectionName, indexName), indexMap()), indexName, keys,
                    sparse);
        }

        /**
         * Opens the index's map, first filling it from the collection's documents unless it was filled completely
         * before: "built" is written after the last entry, so a crash during the filling (the store also commits
         * on its own about once a second) leaves no half-filled index taken for a whole one.
         */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                           boolean sparse) {
            String name = indexMapName(collectionName, indexName);
            SecondaryIndex index = new SecondaryIndex(openBson(name, indexMap()), indexName, keys, sparse);
            MVMap<String, String> built = getMvStore().openMap(BUILT_MAP);
            if (!built.containsKey(name)) {
                index.entries().clear();
                MVMap<Object, Document> data = openBson(DATA_PREFIX + getFullCollectionNamespace(collectionName),
                        dataMap());
                data.forEach((position, document) -> index.add(document, position, null));
                built.put(name, "built");
            }
            return index;
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            getMvStore().openMap(BUILT_MAP).remove(indexMapName(collection.getCollectionName(), indexName));
        }

        @Override
        public void drop(Oplog oplog) {
            super.drop(oplog);
            MVMap<String, String> built = getMvStore().openMap(BUILT_MAP);
            new ArrayList<>(built.keySet()).stream().filter(name -> name.startsWith(getDatabaseName() + "."))
                    .forEach(built::remove);
        }

        private String indexMapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName;
        }
    }
}
