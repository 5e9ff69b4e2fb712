package uk.lscb.casereview.adapters.mongo;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.bson.Document;
import uk.lscb.casereview.adapters.mongo.embedded.EmbeddedBackend;
import uk.lscb.casereview.adapters.mongo.embedded.InProcessMongo;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.DeliveryJobs;
import uk.lscb.casereview.core.delivery.PostedCopies;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.reminders.ReminderJobs;
import uk.lscb.casereview.core.requests.AgencyRequests;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.store.StoreUnavailableException;
import uk.lscb.casereview.core.transcripts.Transcripts;

/**
 * The storage ports on one MongoDB database: collections {@value #CONVERSATIONS}, {@value #TRANSCRIPTS},
 * {@value #CASES}, {@value #REMINDER_JOBS}, {@value #ADDRESSES}, {@value #DELIVERIES}, {@value #POSTED_COPIES} and
 * {@value #AGENCY_REQUESTS}. Writes use write concern {@code majority}, reads go to the primary, and every write is a
 * single-document operation (MongoDB's atomicity unit), so nothing needs a transaction.
 *
 * <p>The caller owns the {@link MongoClient}: its settings (server selection and connect timeouts above all)
 * decide how long a call waits before it gives up with a {@link StoreUnavailableException}. The client is a real
 * MongoDB's, or the {@link Embedded} store's.
 *
 * <p>The Mongo adapter's one public entry type: the rest of the adapter is reached only through it.
 */
public final class MongoStore {
    public static final String CONVERSATIONS = "conversations";
    public static final String TRANSCRIPTS = "transcripts";
    public static final String CASES = "cases";
    public static final String REMINDER_JOBS = "reminderJobs";
    public static final String ADDRESSES = "addresses";
    public static final String DELIVERIES = "deliveries";
    public static final String POSTED_COPIES = "postedCopies";
    public static final String AGENCY_REQUESTS = "agencyRequests";
    public static final String LEARNING = "learning";
    public static final String LEARNING_POSTING_LISTS = "learningPostingLists";
    /** Where the search's postings were kept one document per posting, before {@link #LEARNING_POSTING_LISTS}. */
    static final String LEARNING_POSTINGS_BEFORE_LISTS = "learningPostings";

    /** How long a real MongoDB's calls fail at once after one found no server, unless the operator says otherwise. */
    public static final Duration UNREACHABLE_FOR = Duration.ofSeconds(10);

    private final MongoDatabase database;
    private final UnreachableServer unreachable;
    private final Conversations conversations;
    private final Transcripts transcripts;
    private final Cases cases;
    private final ReminderJobs reminderJobs;
    private final Addresses addresses;
    private final DeliveryJobs deliveries;
    private final AgencyRequests agencyRequests;
    private final LearningLogs learning;

    private MongoStore(MongoDatabase database, RulePacks packs, UnreachableServer unreachable) {
        this.database = database;
        this.unreachable = unreachable;
        RulesDocuments rules = new RulesDocuments(packs);
        this.conversations = unreachable.guard(Conversations.class, new MongoConversations(
                database.getCollection(CONVERSATIONS), new ConversationDocuments(rules)));
        this.transcripts = unreachable.guard(Transcripts.class, new MongoTranscripts(
                database.getCollection(TRANSCRIPTS)));
        this.cases = unreachable.guard(Cases.class, new MongoCases(database.getCollection(CASES),
                new CaseDocuments(rules)));
        this.reminderJobs = unreachable.guard(ReminderJobs.class, new MongoReminderJobs(
                database.getCollection(REMINDER_JOBS)));
        this.addresses = unreachable.guard(Addresses.class, new MongoAddresses(database.getCollection(ADDRESSES)));
        this.deliveries = unreachable.guard(DeliveryJobs.class, new MongoDeliveryJobs(
                database.getCollection(DELIVERIES)));
        this.agencyRequests = unreachable.guard(AgencyRequests.class, new MongoAgencyRequests(
                database.getCollection(AGENCY_REQUESTS)));
        this.learning = unreachable.guard(LearningLogs.class, new MongoLearningLogs(database.getCollection(LEARNING),
                database.getCollection(LEARNING_POSTING_LISTS)));
    }

    /**
     * Opens the store on {@code database}, creating its indexes if they are missing (idempotent: opening
     * again, or from several instances at once, changes nothing). Each call asks the server, however recently one
     * found none (the embedded store's way, and the benchmarks').
     *
     * @param packs the rule packs, to read stored answers with their questions' types
     * @throws StoreUnavailableException when the server cannot be reached to create the indexes
     */
    public static MongoStore open(MongoClient client, String database, RulePacks packs) {
        return open(client, database, packs, Duration.ZERO);
    }

    /**
     * As {@link #open(MongoClient, String, RulePacks)}, with how long the store's calls fail at once, as unavailable,
     * after one of them found no server within the client's server selection limit ({@link Duration#ZERO}: never;
     * each call then waits the limit).
     */
    public static MongoStore open(MongoClient client, String database, RulePacks packs, Duration unreachableFor) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(packs, "packs");
        MongoDatabase db = client.getDatabase(database)
                .withWriteConcern(WriteConcern.MAJORITY)
                .withReadPreference(ReadPreference.primary());
        createIndexes(db);
        rekey(db.getCollection(CONVERSATIONS), ConversationDocuments.KEY, ConversationDocuments::rekeyed);
        rekey(db.getCollection(ADDRESSES), MongoAddresses.PLATFORM, MongoAddresses::rekeyed);
        reindexPostingsBeforeLists(db);
        return new MongoStore(db, packs, new UnreachableServer(Objects.requireNonNull(unreachableFor,
                "unreachableFor"), System::nanoTime));
    }

    /**
     * Drops the search's postings kept one document per posting (before the posting lists) once every review is
     * marked as not indexed, so that the sweep that completes what a crash left (at start-up, then with the
     * follow-ups) writes each review's postings to the lists. Idempotent and safe from two instances at once: a crash
     * before the drop leaves the old postings to be found and the reviews marked again next time.
     */
    private static void reindexPostingsBeforeLists(MongoDatabase db) {
        MongoCollection<Document> before = db.getCollection(LEARNING_POSTINGS_BEFORE_LISTS);
        Failures.run("moving the learning log's search to posting lists", () -> {
            if (before.find().limit(1).first() != null) {
                db.getCollection(LEARNING).updateMany(Filters.eq(MongoLearningLogs.INDEXED, true),
                        Updates.set(MongoLearningLogs.INDEXED, false));
                before.drop();
            }
        });
    }

    /**
     * Moves documents written with a sub-document {@code _id} (before the string keys, see
     * {@link Documents#stringId}) to their string key; those lack {@code marker}. Idempotent and safe to run
     * from two instances at once: the copy is an insert that a second copier loses.
     */
    private static void rekey(MongoCollection<Document> collection, String marker,
                              UnaryOperator<Document> rekeyed) {
        Failures.run("re-keying " + collection.getNamespace().getCollectionName(), () -> {
            for (Document old : collection.find(Filters.exists(marker, false))) {
                try {
                    collection.insertOne(rekeyed.apply(old));
                } catch (MongoWriteException copied) {
                    if (!Failures.isDuplicateKey(copied)) {
                        throw copied;
                    }
                }
                collection.deleteOne(Filters.eq("_id", old.get("_id")));
            }
        });
    }

    /** Indexes for every query the ports make; named, so a changed definition fails loudly instead of piling up. */
    private static void createIndexes(MongoDatabase db) {
        // conversations: every read and write is by _id, which MongoDB always indexes (uniquely).
        create(db.getCollection(TRANSCRIPTS), List.of(
                // correctness, not speed: makes append idempotent on (conversation, sequence)
                new IndexModel(Indexes.ascending(TranscriptDocuments.CONVERSATION_CHANNEL,
                        TranscriptDocuments.CONVERSATION_ID, TranscriptDocuments.SEQUENCE),
                        new IndexOptions().name("conversation_sequence").unique(true)),
                new IndexModel(Indexes.ascending(TranscriptDocuments.CASE_ID, TranscriptDocuments.AT),
                        new IndexOptions().name("case_at"))));
        // the start-up and scheduled runs that complete what a crash left owed
        create(db.getCollection(CONVERSATIONS), List.of(new IndexModel(Indexes.ascending(ConversationDocuments.OWING),
                new IndexOptions().name("owing"))));
        create(db.getCollection(CASES), List.of(
                new IndexModel(Indexes.ascending(CaseDocuments.OWING), new IndexOptions().name("owing")),
                new IndexModel(Indexes.compoundIndex(Indexes.ascending(CaseDocuments.BOARD),
                        Indexes.descending(CaseDocuments.CREATED_AT)), new IndexOptions().name("board_createdAt")),
                // the case lists: a board's cases in some statuses (open, or before the Chair), newest first
                new IndexModel(Indexes.compoundIndex(Indexes.ascending(CaseDocuments.BOARD, CaseDocuments.STATUS),
                        Indexes.descending(CaseDocuments.CREATED_AT)), new IndexOptions().name("board_status_createdAt")),
                // not unique: the same reference may be used by two boards (the case _id is board/reference)
                new IndexModel(Indexes.ascending(CaseDocuments.REFERENCE_KEY),
                        new IndexOptions().name("referenceKey"))));
        create(db.getCollection(REMINDER_JOBS), List.of(
                // claimNext: pending jobs in claim order (at to the nanosecond, then id)
                new IndexModel(Indexes.ascending(ReminderJobDocuments.STATUS, ReminderJobDocuments.AT,
                        ReminderJobDocuments.AT + "Nanos", "_id"), new IndexOptions().name("status_at")),
                // ofCase (in claim order) and cancel (by case, then kind and status)
                new IndexModel(Indexes.ascending(ReminderJobDocuments.CASE_ID, ReminderJobDocuments.AT,
                        ReminderJobDocuments.AT + "Nanos", "_id"), new IndexOptions().name("caseId_at"))));
        create(db.getCollection(DELIVERIES), List.of(
                // claimNext and pending: a platform's pending jobs in claim order
                new IndexModel(Indexes.ascending(MongoDeliveryJobs.PLATFORM, MongoDeliveryJobs.STATUS,
                        MongoDeliveryJobs.NOT_BEFORE, MongoDeliveryJobs.NOT_BEFORE + "Nanos", "_id"),
                        new IndexOptions().name("platform_status_notBefore")),
                // ofCase and poke
                new IndexModel(Indexes.ascending(MongoDeliveryJobs.CASE_ID, MongoDeliveryJobs.PLATFORM),
                        new IndexOptions().name("caseId_platform")),
                // the clean-up of done jobs
                new IndexModel(Indexes.ascending(MongoDeliveryJobs.STATUS, MongoDeliveryJobs.FINISHED_AT),
                        new IndexOptions().name("status_finishedAt"))));
        create(db.getCollection(POSTED_COPIES), List.of(
                // copies(case, kind, platform), in the order of their destinations
                new IndexModel(Indexes.ascending(MongoPostedCopies.CASE_ID, MongoPostedCopies.KIND,
                        MongoPostedCopies.PLATFORM, MongoPostedCopies.WHERE), new IndexOptions().name("caseId_kind")),
                // the clean-up by age
                new IndexModel(Indexes.ascending(MongoPostedCopies.AT), new IndexOptions().name("at"))));
        create(db.getCollection(AGENCY_REQUESTS), List.of(
                // ofCase, by number
                new IndexModel(Indexes.ascending(MongoAgencyRequests.CASE_ID, MongoAgencyRequests.NUMBER),
                        new IndexOptions().name("caseId_number")),
                // ofBoard, by due date (across cases)
                new IndexModel(Indexes.ascending(MongoAgencyRequests.BOARD, MongoAgencyRequests.DUE,
                        MongoAgencyRequests.CASE_ID, MongoAgencyRequests.NUMBER), new IndexOptions().name("board_due")),
                // the sweep that writes to their cases the requests a crash left unrecorded
                new IndexModel(Indexes.ascending(MongoAgencyRequests.RECORDED), new IndexOptions().name("recorded"))));
        create(db.getCollection(LEARNING), List.of(
                // ofBoard (the actions lists), by case id
                new IndexModel(Indexes.ascending(MongoLearningLogs.BOARD, "_id"), new IndexOptions().name("board")),
                // the sweep that writes the postings a crash left unwritten
                new IndexModel(Indexes.ascending(MongoLearningLogs.INDEXED), new IndexOptions().name("indexed"))));
        // the search: one term's posting lists, of one board or both, between two years
        create(db.getCollection(LEARNING_POSTING_LISTS), List.of(
                new IndexModel(Indexes.ascending(MongoLearningLogs.TERM, MongoLearningLogs.BOARD, MongoLearningLogs.YEAR),
                        new IndexOptions().name("term_board_year"))));
        // addresses: the key is the _id (unique already); this one serves all(platform, kind), sorted by id.
        // (Named anew when the key moved out of the _id: an index name never changes its definition.)
        create(db.getCollection(ADDRESSES), List.of(
                new IndexModel(Indexes.ascending(MongoAddresses.PLATFORM, MongoAddresses.KIND, MongoAddresses.ID),
                        new IndexOptions().name("address_platform_kind_id"))));
    }

    private static void create(MongoCollection<Document> collection, List<IndexModel> indexes) {
        Failures.run("creating the indexes of " + collection.getNamespace().getCollectionName(),
                () -> collection.createIndexes(indexes));
    }

    public Conversations conversations() {
        return conversations;
    }

    public Transcripts transcripts() {
        return transcripts;
    }

    public Cases cases() {
        return cases;
    }

    public ReminderJobs reminderJobs() {
        return reminderJobs;
    }

    public Addresses addresses() {
        return addresses;
    }

    public DeliveryJobs deliveryJobs() {
        return deliveries;
    }

    public AgencyRequests agencyRequests() {
        return agencyRequests;
    }

    public LearningLogs learning() {
        return learning;
    }

    /** What the platforms posted, each stamped by {@code clock} when remembered (for the clean-up by age). */
    public PostedCopies postedCopies(Clock clock) {
        return unreachable.guard(PostedCopies.class, new MongoPostedCopies(database.getCollection(POSTED_COPIES), clock));
    }

    /**
     * For health checks: true when the server answers {@code {ping: 1}}, false (never an exception) when it
     * cannot be reached or fails. Waits at most the client's server selection timeout.
     */
    public boolean ping() {
        try {
            Document answer = database.runCommand(new Document("ping", 1));
            return answer.get("ok", Number.class) != null && answer.get("ok", Number.class).doubleValue() == 1.0;
        } catch (MongoException unreachable) {
            return false;
        }
    }

    /**
     * The embedded store: mongo-java-server's backend keeping its data in memory, made durable by a journal file,
     * reached by the driver through in-memory connections, so it listens on no port and no other process can reach
     * it. Open it, make the {@link #client} from it, and close the client before this (which lets the files go).
     */
    public static final class Embedded implements AutoCloseable {
        private final EmbeddedBackend backend;

        private Embedded(EmbeddedBackend backend) {
            this.backend = backend;
        }

        /**
         * Opens (or creates) the store whose data was kept in {@code file} ({@code casereview.mv}) before the
         * journal, which is beside it ({@code casereview.journal}); see {@link EmbeddedBackend#open}.
         *
         * @throws IllegalStateException when the store cannot be opened (another process has it, or it is damaged)
         */
        public static Embedded open(Path file) {
            return new Embedded(EmbeddedBackend.open(file));
        }

        /** A client of the store through in-memory connections; closing it closes its connections. */
        public MongoClient client(MongoClientSettings.Builder settings) {
            return InProcessMongo.client(backend, settings);
        }

        /** Rewrites the journal as a snapshot of the live data once it has grown well past the last one. */
        public void compact() {
            backend.compact();
        }

        /**
         * Closes the store, writing what is left to its journal, once the requests under way have ended; later ones
         * are refused.
         */
        @Override
        public void close() {
            backend.close();
        }
    }
}
