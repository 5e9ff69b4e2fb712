package uk.lscb.casereview.adapters.mongo.embedded;

import static de.bwaldvogel.mongo.backend.Constants.ID_FIELD;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.Assert;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.ImmutableFieldException;
import de.bwaldvogel.mongo.exception.MongoServerException;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;
import uk.lscb.casereview.adapters.mongo.embedded.QueryBounds.Constraint;
import uk.lscb.casereview.adapters.mongo.embedded.QueryBounds.Points;

/**
 * A collection of the embedded store that chooses an index by what a query costs. mongo-java-server answers a
 * query from the first index whose keys are exactly the query's fields (so {@code {$and: [{_id: …}, …]}}, which the
 * driver sends for every conditional update, read the whole collection) and from no non-unique index at all. Here
 * a query's {@link QueryBounds} are matched against every index: a unique index whose fields all have points is
 * looked up point by point (one whose leading fields have points is read over the entries that begin with them,
 * {@link UniqueIndex}), a {@link SecondaryIndex} is estimated by the entries its ranges span, and the cheapest is
 * read; when none is cheaper than reading every document, the server's own way is kept.
 *
 * <p>Each change to a document is handed to the store's {@link Journal} as it is made, while the collection is held,
 * so the journal has each document's changes in the order they were made.
 *
 * <p>A document is kept as its BSON ({@link BsonBytes}), not as the map of objects mongo-java-server keeps: one
 * object for the garbage collector to copy instead of hundreds, while young documents are copied from survivor space
 * to survivor space (27 of a young collection's 33 ms went on copying objects, 2026-12-03), and a third of the heap
 * (38 KB a referral instead of 112). The bytes are those the journal writes, so a document is encoded once when it is
 * stored. Each read decodes a new document, which no one else holds: what a query hands out (and an update
 * changes in place before storing it again) is never the stored document, and what a cursor's later batch or a
 * snapshot of the store reads is the document as it was stored. A replacement of one document found through an index
 * (each turn of a conversation) is made here, with one decoding of the stored document and one encoding of the
 * replacement.
 *
 * <p>mongo-java-server's {@link H2Collection} is handed the same map of BSON values: every method of it that reads or
 * writes its map is overridden here, so a new one that is not fails on the first document it reads (a
 * {@link ClassCastException}) rather than seeing an empty collection.
 */
final class IndexedCollection extends H2Collection {
    /** The most point combinations looked up in a unique index; a query with more reads the collection. */
    private static final int MAX_LOOKUPS = 64;

    /** Taken before the collection's monitor, first come first served (see {@link #inTurn}). */
    private final ReentrantLock inOrder = new ReentrantLock(true);
    private final LongAdder examined;
    private final Consumer<byte[]> journal;
    /** The documents as BSON by their {@code _id}; null only while mongo-java-server's constructor runs. */
    private final MVMap<Object, byte[]> documents;

    /** {@code journal} is handed a record of each change to the documents of a collection that is not the server's. */
    IndexedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                      MVMap<Object, byte[]> documents, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry,
                      LongAdder examined, Consumer<byte[]> journal) {
        super(database, collectionName, options, asServers(documents), metaMap, cursorRegistry);
        this.documents = documents;
        this.examined = examined;
        this.journal = journal;
    }

    /** The map as mongo-java-server's type names it; it never reads it (see above). */
    @SuppressWarnings("unchecked")
    private static MVMap<Object, Document> asServers(MVMap<Object, byte[]> documents) {
        return (MVMap<Object, Document>) (MVMap<?, ?>) documents;
    }

    @Override
    public void addDocument(Document document) {
        inTurn(() -> {
            super.addDocument(document);
            return null;
        });
    }

    @Override
    public void addDocuments(Stream<Document> documents) {
        inTurn(() -> {
            super.addDocuments(documents);
            return null;
        });
    }

    @Override
    public Document findAndModify(Document query) {
        return inTurn(() -> super.findAndModify(query));
    }

    @Override
    public QueryResult handleQuery(QueryParameters query) {
        return inTurn(() -> super.handleQuery(query));
    }

    @Override
    public Document handleDistinct(Document query) {
        return inTurn(() -> super.handleDistinct(query));
    }

    @Override
    public List<Document> insertDocuments(List<Document> documents, boolean isOrdered) {
        return inTurn(() -> super.insertDocuments(documents, isOrdered));
    }

    @Override
    public int deleteDocuments(Document selector, int limit, Oplog oplog) {
        return inTurn(() -> super.deleteDocuments(selector, limit, oplog));
    }

    @Override
    public Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters, boolean isMulti,
                                    boolean isUpsert, Oplog oplog) {
        return inTurn(() -> {
            synchronized (this) {
                if (!isMulti && !isUpsert && isReplacement(update)) {
                    Optional<Iterable<Object>> positions = cheapest(QueryBounds.of(selector));
                    if (positions.isPresent()) {
                        return replaceOne(selector, update, positions.get(), oplog);
                    }
                }
                return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
            }
        });
    }

    /**
     * The data size is not kept as documents change: mongo-java-server would encode each document stored, and the one
     * it replaces, once more to count it (4% of a Teams turn's CPU), for a figure only {@code collStats} and {@code
     * dbStats} report. {@link #getDataSize} adds it up when asked.
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    /**
     * The size as BSON of the documents held, as MongoDB reports a collection's {@code size}. mongo-java-server's
     * constructor asks for it too, to log it, before the documents are set here: nothing is held then.
     */
    @Override
    protected int getDataSize() {
        if (documents == null) {
            return 0;
        }
        long size = 0;
        for (byte[] bson : documents.values()) {
            size += bson.length;
        }
        return (int) Math.min(Integer.MAX_VALUE, size);
    }

    /** A document in place of its fields, as the driver's {@code replaceOne} sends (no field is an operator). */
    private static boolean isReplacement(Document update) {
        return update.keySet().stream().noneMatch(field -> field.startsWith("$"));
    }

    /**
     * Replaces the first document at {@code positions} that matches {@code selector} (a conversation's turn: its
     * {@code _id} and the version it read) as mongo-java-server does, with the same checks, result and record, but
     * reading the stored document once instead of three times (a query's copy, the update's "old document", and the
     * replacement's fields copied into the first copy).
     */
    private Document replaceOne(Document selector, Document replacement, Iterable<Object> positions, Oplog oplog) {
        int matched = 0;
        List<Object> updatedIds = new ArrayList<>();
        for (Object position : positions) {
            Document stored = getDocument(position);
            examined.increment();
            if (!documentMatchesQuery(stored, selector)) {
                continue;
            }
            matched = 1;
            Document replaced = replaced(stored, replacement);
            if (!replaced.equals(stored)) {
                for (Index<Object> index : getIndexes()) {
                    index.checkUpdate(stored, replaced, this);
                }
                for (Index<Object> index : getIndexes()) {
                    index.updateInPlace(stored, replaced, position, this);
                }
                handleUpdate(position, stored, replaced);
                updatedIds.add(stored.get(ID_FIELD));
            }
            break;
        }
        oplog.handleUpdate(getFullName(), selector, replacement, updatedIds);
        Document result = new Document();
        result.put("n", matched);
        result.put("nModified", updatedIds.size());
        return result;
    }

    /** The stored document's {@code _id} and a copy of the replacement's fields, checked as the server checks them. */
    private static Document replaced(Document stored, Document replacement) {
        Object id = stored.get(ID_FIELD);
        Object replacementId = replacement.get(ID_FIELD);
        if (replacementId != null && id != null
                && ValueComparator.ascWithoutListHandling().compare(id, replacementId) != 0) {
            throw new ImmutableFieldException("After applying the update, the (immutable) field '_id' was found to "
                    + "have been altered to _id: " + replacementId);
        }
        Document replaced = new Document();
        replaced.put(ID_FIELD, id);
        replacement.cloneInto(replaced);
        Utils.validateFieldNames(replaced);
        for (String field : replaced.keySet()) {
            if (field.contains(".")) {
                throw new MongoServerException("illegal field name. must not happen as it must be caught by the "
                        + "driver");
            }
        }
        return replaced;
    }

    @Override
    public void removeDocument(Document document) {
        inTurn(() -> {
            super.removeDocument(document);
            return null;
        });
    }

    /**
     * Runs a request that holds the collection in the order the requests came. mongo-java-server holds a collection
     * with its monitor, which serves the threads waiting for it last come, first served
     * ({@code IndexedCollectionOrderTest}): with 200 conversations at once, the first to wait kept waiting while the
     * later ones went through (p99 over a second, 8–11× the echo bot's, with the median below the echo bot's).
     */
    private <T> T inTurn(Supplier<T> request) {
        inOrder.lock();
        try {
            return request.get();
        } finally {
            inOrder.unlock();
        }
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                         int batchSize, Document fieldSelector) {
        Optional<Iterable<Object>> positions = cheapest(QueryBounds.of(query));
        if (positions.isEmpty()) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        return matchDocuments(query, positions.get(), orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /** Stores the document as BSON under its {@code _id} (a new one if it has none), as mongo-java-server does. */
    @Override
    protected Object addDocumentInternal(Document document) {
        Object id = getIdField() != null ? Utils.getSubdocumentValue(document, getIdField()) : UUID.randomUUID();
        Object position = Missing.ofNullable(id);
        byte[] bson = BsonBytes.encode(document);
        byte[] previous = documents.putIfAbsent(position, bson);
        Assert.isNull(previous, () -> "Document with key '" + id + "' already existed in " + this);
        recordPut(bson);
        return id;
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        byte[] bson = BsonBytes.encode(newDocument);
        documents.put(Missing.ofNullable(position), bson);
        recordPut(bson);
    }

    @Override
    protected void removeDocument(Object position) {
        if (documents.remove(position) == null) {
            throw new NoSuchElementException("No document with key " + position);
        }
        if (!isServers()) {
            journal.accept(Journal.remove(getDatabaseName(), getCollectionName(), position));
        }
    }

    @Override
    protected Document getDocument(Object position) {
        byte[] bson = documents.get(position);
        return bson == null ? null : BsonBytes.decode(bson);
    }

    @Override
    public int count() {
        return documents.size();
    }

    @Override
    public boolean isEmpty() {
        return documents.isEmpty();
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return documents.entrySet().stream()
                .map(held -> new DocumentWithPosition<>(BsonBytes.decode(held.getValue()), held.getKey()));
    }

    /** Every document, in the order of their {@code _id}s as mongo-java-server reads them, or the reverse. */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        Stream<Map.Entry<Object, byte[]>> held = documents.entrySet().stream();
        if (isNaturalDescending(orderBy)) {
            held = held.sorted((one, other) -> ValueComparator.desc().compare(one.getKey(), other.getKey()));
        }
        return matchDocumentsFromStream(held.map(entry -> BsonBytes.decode(entry.getValue())), query, orderBy,
                numberToSkip, limit, batchSize, fieldSelector);
    }

    /** Each change is recorded while the collection is held (its methods that change it are synchronized). */
    private void recordPut(byte[] stored) {
        if (!isServers()) {
            journal.accept(Journal.put(getDatabaseName(), getCollectionName(), stored));
        }
    }

    /** The server's own collections (of namespaces and indexes) follow from the others and the index commands. */
    private boolean isServers() {
        return getCollectionName().startsWith("system.");
    }

    /**
     * Stores the document of a {@link Journal} record, in place of the one with its {@code _id} if there is one.
     * Replaying holds the collection as every request does: its fair lock first, then (inside) its monitor.
     */
    void replayPut(Document document) {
        inTurn(() -> {
            replayRemove(document.get(ID_FIELD));
            addDocument(document);
            return null;
        });
    }

    /** Removes the document with this {@code _id} as a {@link Journal} record says, if it is there. */
    void replayRemove(Object id) {
        inTurn(() -> {
            Document stored = getDocument(id);
            if (stored != null) {
                removeDocument(stored);
            }
            return null;
        });
    }

    /** The documents as stored, as BSON, for a snapshot of the store. */
    Stream<byte[]> stored() {
        return documents.values().stream();
    }

    /** Counts every document a query reads, whether found through an index or by reading the whole collection. */
    @Override
    protected QueryResult matchDocumentsFromStream(Stream<Document> documentStream, Document query, Document orderBy,
                                                   int numberToSkip, int limit, int batchSize,
                                                   Document fieldSelector) {
        return super.matchDocumentsFromStream(documentStream.peek(document -> examined.increment()), query, orderBy,
                numberToSkip, limit, batchSize, fieldSelector);
    }

    private Optional<Iterable<Object>> cheapest(QueryBounds bounds) {
        long bestCost = count();
        AbstractUniqueIndex<Object> bestUnique = null;
        List<Document> bestLookups = List.of();
        SecondaryIndex bestSecondary = null;
        UniqueIndex bestLeading = null;
        for (Index<Object> index : getIndexes()) {
            if (index instanceof AbstractUniqueIndex<Object> unique) {
                Optional<List<Document>> lookups = lookups(unique, bounds);
                if (lookups.isPresent() && lookups.get().size() < bestCost) {
                    bestCost = lookups.get().size();
                    bestUnique = unique;
                    bestLookups = lookups.get();
                    bestSecondary = null;
                    bestLeading = null;
                } else if (lookups.isEmpty() && unique instanceof UniqueIndex leading) {
                    OptionalLong cost = leading.estimate(bounds);
                    if (cost.isPresent() && cost.getAsLong() < bestCost) {
                        bestCost = cost.getAsLong();
                        bestLeading = leading;
                        bestUnique = null;
                        bestSecondary = null;
                    }
                }
            } else if (index instanceof SecondaryIndex secondary) {
                OptionalLong cost = secondary.estimate(bounds);
                if (cost.isPresent() && cost.getAsLong() < bestCost) {
                    bestCost = cost.getAsLong();
                    bestSecondary = secondary;
                    bestUnique = null;
                    bestLeading = null;
                }
            }
        }
        if (bestSecondary != null) {
            return Optional.of(bestSecondary.positions(bounds));
        }
        if (bestLeading != null) {
            return Optional.of(bestLeading.positions(bounds));
        }
        return bestUnique == null ? Optional.empty() : Optional.of(positions(bestUnique, bestLookups));
    }

    /** One query per combination of the index's fields' points, each answered by the unique index alone. */
    private static Optional<List<Document>> lookups(AbstractUniqueIndex<Object> unique, QueryBounds bounds) {
        List<Document> lookups = List.of(new Document());
        for (IndexKey key : unique.getKeys()) {
            Optional<Constraint> constraint = bounds.on(key.getKey());
            if (constraint.isEmpty() || !(constraint.get() instanceof Points points)
                    || lookups.size() * points.values().size() > MAX_LOOKUPS) {
                return Optional.empty();
            }
            List<Document> longer = new ArrayList<>();
            for (Document lookup : lookups) {
                for (Object point : points.values()) {
                    longer.add(new Document(lookup).append(key.getKey(), point));
                }
            }
            lookups = longer;
        }
        return lookups.stream().allMatch(unique::canHandle) ? Optional.of(lookups) : Optional.empty();
    }

    private static Iterable<Object> positions(AbstractUniqueIndex<Object> unique, List<Document> lookups) {
        Set<Object> positions = new LinkedHashSet<>();
        for (Document lookup : lookups) {
            unique.getPositions(lookup).forEach(positions::add);
        }
        return positions;
    }
}
