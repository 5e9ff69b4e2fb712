package uk.lscb.casereview.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded store: mongo-java-server's H2 backend on an MVStore held in memory, made durable by a {@link Journal}
 * in the data directory, with these changes.
 * <ul>
 *   <li><b>Indexed</b>: non-unique indexes are built ({@link SecondaryIndex}; the server builds none and reads
 *   whole collections) and each query is answered from the index it costs least to read ({@link IndexedCollection}),
 *   so that the reminder sweep's claim reads the due jobs and a case list the cases it can show.</li>
 *   <li><b>Durable</b>: each change to a document is recorded as the document's new image (or its removal), and
 *   each command that changes collections or indexes ({@code create}, {@code createIndexes}, {@code dropIndexes},
 *   {@code drop}, {@code dropDatabase}; run alone, no other request at the same time) as itself ({@code
 *   renameCollection} is refused); a request's records are written to the journal before its reply, so a write the driver was told of
 *   survives the process being killed straight after it. Records are handed to the operating system, not forced
 *   to the disk, as H2's commit did before (see {@link Journal}).</li>
 *   <li><b>Opened by replaying</b>: opening the store replays the journal into memory (the index commands
 *   re-derive the indexes and which of them hold arrays), drops a record cut short by a crash, and rewrites the
 *   journal as a snapshot of the live data: each collection's indexes, then its documents. {@link #compact} (run
 *   on a schedule by the application) rewrites it again once it has grown past twice its last snapshot and a
 *   megabyte. A data directory of the earlier kind (one MVStore file, {@code casereview.mv}) is copied to a
 *   journal when first opened (a file written with Java serialization is converted to BSON first, one map per
 *   commit) and the old file kept beside it, renamed {@code casereview.mv.migrated}.</li>
 * </ul>
 * All the data is held in the heap, each document as its BSON (see {@link IndexedCollection} and the README).
 * {@link #close} waits for the requests and compactions under way to end, and any that come after it are refused
 * ({@link IllegalStateException}, which the driver sees as an error saying the store is closed).
 */
public final class EmbeddedBackend extends H2Backend {
    private static final System.Logger LOG = System.getLogger(EmbeddedBackend.class.getName());
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
    private static final String OLD_SUFFIX = ".mv";
    /** The commands that change collections or indexes (in lower case): each is journaled as it was sent. */
    private static final Set<String> JOURNALED_COMMANDS = Set.of("create", "createindexes", "dropindexes", "drop",
            "dropdatabase");
    /** MongoDB's code for a command the server does not support. */
    private static final int COMMAND_NOT_SUPPORTED = 115;

    /** Created on first use: H2Backend's constructor already opens the databases the file holds. */
    private LongAdder examined;
    /** Held to read for each request, to write for commands that change collections, compactions and closing. */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    /** Guarded by {@link #gate}. */
    private boolean closed;
    /** Null only for a file of the earlier kind, opened to be copied to a journal. */
    private final Journal journal;

    private EmbeddedBackend(MVStore store, Journal journal) {
        super(store);
        this.journal = journal;
    }

    /**
     * Opens (or creates) the store whose data was kept in {@code file} ({@code casereview.mv}) before the journal:
     * the journal is {@code casereview.journal} beside it, locked by {@code casereview.lock}. A data directory with
     * {@code file} and no journal is migrated to one first.
     *
     * @throws IllegalStateException when the store cannot be opened (another process has it, or it is damaged)
     */
    public static EmbeddedBackend open(Path file) {
        Path old = file.toAbsolutePath();
        String name = old.getFileName().toString();
        String base = name.endsWith(OLD_SUFFIX) ? name.substring(0, name.length() - OLD_SUFFIX.length()) : name;
        Journal journal = Journal.lock(old.resolveSibling(base + ".journal"), old.resolveSibling(base + ".lock"));
        try {
            if (!journal.exists() && Files.exists(old)) {
                copyToJournal(old, journal);
            }
            if (Files.exists(old)) {
                setAside(old);
            }
            EmbeddedBackend backend = new EmbeddedBackend(new MVStore.Builder().open(), journal);
            backend.replay();
            journal.rewrite(backend::snapshot);
            journal.startRecording();
            return backend;
        } catch (RuntimeException failed) {
            journal.close();
            throw failed;
        }
    }

    /**
     * Opens a copy of {@code file} as the store did before the journal (so the file itself is left as it was) and
     * writes its data as the journal's snapshot.
     */
    private static void copyToJournal(Path file, Journal journal) {
        Path copy = file.resolveSibling(file.getFileName() + ".copying");
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            MVStore store = new MVStore.Builder().fileName(copy.toString()).open();
            try {
                convertToBson(store);
                journal.rewrite(new EmbeddedBackend(store, null)::snapshot);
            } finally {
                store.close();
            }
            Files.delete(copy);
        } catch (IOException cannot) {
            throw new UncheckedIOException("cannot copy " + file + " to open it", cannot);
        }
        LOG.log(System.Logger.Level.INFO, "copied the embedded store''s data from {0} to the journal {1}", file,
                journal.file());
    }

    /** Renames the file of the earlier kind (kept, never deleted) once its data is in the journal. */
    private static void setAside(Path file) {
        Path aside = file.resolveSibling(file.getFileName() + ".migrated");
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + ".migrated." + n);
        }
        try {
            Files.move(file, aside);
        } catch (IOException cannot) {
            throw new UncheckedIOException("cannot rename " + file + " to " + aside, cannot);
        }
        LOG.log(System.Logger.Level.INFO, "the embedded store''s data is in its journal now: the file it was kept "
                + "in before is kept as {0}", aside);
    }

    /** The journal's size in bytes. */
    public long fileSize() {
        return journal.size();
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
     * Rewrites the journal as a snapshot of the live data when it has grown past twice its last snapshot and a
     * megabyte, holding every request until it is done (about as long as opening the store takes to write it).
     */
    public void compact() {
        alone(() -> {
            if (journal.hasGrown()) {
                journal.rewrite(this::snapshot);
            }
            return null;
        });
    }

    /**
     * Runs the command and writes the records of what it changed to the journal before returning (each request
     * reaches the store here: the server's {@code handleMessage} hands its command to this). A command that changes
     * collections or indexes runs alone, and is journaled itself.
     */
    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (command.equalsIgnoreCase("renameCollection")) {
            // mongo-java-server's H2 backend renames the wrong maps (it looks them up by the new name), leaving the
            // collection's documents and indexes under the old one
            throw new MongoServerError(COMMAND_NOT_SUPPORTED, "CommandNotSupported",
                    "the embedded store cannot rename a collection");
        }
        boolean journaled = journal != null && JOURNALED_COMMANDS.contains(command.toLowerCase(Locale.ROOT));
        Supplier<Document> work = () -> {
            try {
                Document reply = super.handleCommand(channel, databaseName, command, query);
                if (journaled) {
                    journal.record(Journal.command(databaseName, asSent(query)));
                }
                return reply;
            } finally {
                if (journal != null) {
                    journal.flush();
                }
            }
        };
        return journaled ? alone(work) : whileOpen(work);
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return whileOpen(() -> super.handleQuery(query));
    }

    /** Waits for the requests and compactions under way to end, then writes what is left and lets the files go. */
    @Override
    public void close() {
        Lock closing = gate.writeLock();
        closing.lock();
        try {
            if (!closed) {
                closed = true;
                try {
                    super.close();
                } finally {
                    if (journal != null) {
                        journal.close();
                    }
                }
            }
        } finally {
            closing.unlock();
        }
    }

    private <T> T whileOpen(Supplier<T> work) {
        return holding(gate.readLock(), work);
    }

    private <T> T alone(Supplier<T> work) {
        return holding(gate.writeLock(), work);
    }

    private <T> T holding(Lock lock, Supplier<T> work) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the embedded store is closed");
            }
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** The command without the driver's session and cluster fields, which mean nothing when it is replayed. */
    private static Document asSent(Document query) {
        Document command = new Document();
        query.forEach((field, value) -> {
            if (!field.startsWith("$") && !field.equals("lsid") && !field.equals("txnNumber")) {
                command.put(field, value);
            }
        });
        return command;
    }

    private void record(byte[] record) {
        if (journal != null) {
            journal.record(record);
        }
    }

    /** Applies each record of the journal through the store, so that indexes are kept as when it was made. */
    private void replay() {
        Channel channel = new EmbeddedChannel();
        journal.replay(record -> apply(channel, record));
        handleClose(channel);
        channel.close();
    }

    private void apply(Channel channel, Document record) {
        String database = (String) record.get("db");
        switch (String.valueOf(record.get("op"))) {
            case "put" -> collection(database, (String) record.get("coll"), true)
                    .replayPut((Document) record.get("doc"));
            case "remove" -> {
                IndexedCollection collection = collection(database, (String) record.get("coll"), false);
                if (collection != null) {
                    collection.replayRemove(record.get("id"));
                }
            }
            case "command" -> {
                Document command = (Document) record.get("command");
                super.handleCommand(channel, database, command.keySet().iterator().next(), command);
            }
            case "multikey" -> getMvStore().<String, Boolean>openMap(MULTIKEY_MAP)
                    .put((String) record.get("index"), true);
            default -> throw new IllegalStateException("the embedded store's journal holds a record of a kind it "
                    + "does not know (" + record.get("op") + ")");
        }
    }

    private IndexedCollection collection(String databaseName, String collectionName, boolean create) {
        if (!create && !listDatabaseNames().contains(databaseName)) {
            return null;
        }
        MongoDatabase database = resolveDatabase(databaseName);
        MongoCollection<?> collection = database.resolveCollection(collectionName, false);
        if (collection == null && create) {
            collection = database.createCollectionOrThrowIfExists(collectionName);
        }
        return (IndexedCollection) collection;
    }

    /** Hands {@code sink} the records that make the store as it is: which indexes hold arrays, then each database. */
    private void snapshot(Consumer<byte[]> sink) {
        MVMap<String, Boolean> multikey = getMvStore().openMap(MULTIKEY_MAP);
        multikey.forEach((index, holdsArrays) -> {
            if (Boolean.TRUE.equals(holdsArrays)) {
                sink.accept(Journal.multikey(index));
            }
        });
        for (String name : new TreeSet<>(listDatabaseNames())) {
            ((BsonDatabase) resolveDatabase(name)).snapshot(sink);
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new BsonDatabase(databaseName);
    }

    private static MVMap.Builder<Object, byte[]> dataMap() {
        return new MVMap.Builder<Object, byte[]>().keyType(BsonKeyType.INSTANCE).valueType(BsonBytes.INSTANCE);
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
            MVMap<?, ?> copy;
            if (isIndex(name)) {
                MVMap<Object, Object> index = store.openMap(CONVERTING_PREFIX + name, indexMap());
                index.putAll(serialized);
                copy = index;
            } else {
                MVMap<Object, byte[]> data = store.openMap(CONVERTING_PREFIX + name, dataMap());
                serialized.forEach((id, document) -> data.put(id, BsonBytes.encode((Document) document)));
                copy = data;
            }
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

    /**
     * Opens a map of this store with BSON keys and values; in a file of the earlier kind (read to copy it to the
     * journal), refuses one that is not in the BSON format (all are converted before).
     */
    private <K, V> MVMap<K, V> openBson(String name, MVMap.Builder<K, V> builder) {
        MVStore store = getMvStore();
        if (!isInMemory() && store.hasMap(name) && !BSON.equals(store.<String, String>openMap(FORMAT_MAP).get(name))) {
            throw new IllegalStateException("the embedded store's map " + name
                    + " is not in the BSON format and was not converted when the store was opened");
        }
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
            MVMap<Object, byte[]> data = openBson(DATA_PREFIX + fullName, dataMap());
            MVMap<String, Object> meta = getMvStore().openMap("meta." + fullName);
            return new IndexedCollection(this, collectionName, options, data, meta, cursorRegistry, examined(),
                    EmbeddedBackend.this::record);
        }

        /** Each collection's indexes (which create it), then each collection's documents. */
        void snapshot(Consumer<byte[]> sink) {
            MongoCollection<Object> described = indexes.get();
            if (described == null) {
                return;
            }
            Map<String, List<Document>> byCollection = new TreeMap<>();
            for (Document index : described.queryAll()) {
                String collection = index.get("ns").toString().substring(getDatabaseName().length() + 1);
                byCollection.computeIfAbsent(collection, name -> new ArrayList<>()).add(index);
            }
            byCollection.forEach((collection, indexes) -> sink.accept(Journal.command(getDatabaseName(),
                    new Document("createIndexes", collection).append("indexes", indexes))));
            for (String name : byCollection.keySet()) {
                if (resolveCollection(name, false) instanceof IndexedCollection collection) {
                    collection.stored().forEach(document ->
                            sink.accept(Journal.put(getDatabaseName(), name, document)));
                }
            }
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
