package uk.lscb.casereview.adapters.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Sorts.ascending;
import static uk.lscb.casereview.adapters.mongo.LeasedJobs.LEASE_OWNER;
import static uk.lscb.casereview.adapters.mongo.LeasedJobs.LEASE_UNTIL;
import static uk.lscb.casereview.adapters.mongo.LeasedJobs.clearLease;
import static uk.lscb.casereview.adapters.mongo.LeasedJobs.leaseTo;
import static uk.lscb.casereview.adapters.mongo.LeasedJobs.notAfter;
import static uk.lscb.casereview.adapters.mongo.LeasedJobs.notLeasedAt;
import static uk.lscb.casereview.adapters.mongo.LeasedJobs.setInstant;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import uk.lscb.casereview.core.delivery.DeliveryJob;
import uk.lscb.casereview.core.delivery.DeliveryJobs;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * Delivery jobs, one document each with the job's id as {@code _id}. Every change is one conditional
 * single-document update with its conditions in the filter, so two servers never both hold a live lease on one job.
 */
final class MongoDeliveryJobs implements DeliveryJobs {
    static final int SCHEMA_VERSION = 1;
    static final String CASE_ID = "caseId";
    static final String PLATFORM = "platform";
    static final String KIND = "kind";
    static final String STATUS = "status";
    static final String NOT_BEFORE = "notBefore";
    static final String FINISHED_AT = "finishedAt";
    private static final String VERSION = "version";
    private static final String TEXT = "text";
    private static final String ATTEMPTS = "attempts";
    private static final String POKES = "pokes";
    private static final Bson EARLIEST_FIRST = ascending(NOT_BEFORE, NOT_BEFORE + "Nanos", "_id");

    private final MongoCollection<Document> collection;

    MongoDeliveryJobs(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    @Override
    public boolean enqueue(DeliveryJob job) {
        Document document = document(job);
        return Failures.insertedUnlessStored(collection, document, "storing a delivery");
    }

    @Override
    public Optional<DeliveryJob> claimNext(Platform platform, Instant now, String owner, Duration lease) {
        Objects.requireNonNull(owner, "owner");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease must last a while: " + lease);
        }
        Bson claimable = and(eq(PLATFORM, platform.id()), eq(STATUS, DeliveryJob.Status.PENDING.name()),
                notAfter(NOT_BEFORE, now), notLeasedAt(now));
        List<Bson> leased = leaseTo(owner, now.plus(lease));
        Document claimed = Failures.during("claiming a delivery", () -> collection.findOneAndUpdate(claimable,
                Updates.combine(leased),
                new FindOneAndUpdateOptions().sort(EARLIEST_FIRST).returnDocument(ReturnDocument.AFTER)));
        return Optional.ofNullable(claimed).map(MongoDeliveryJobs::job);
    }

    @Override
    public boolean markDone(String id, String owner, Instant at) {
        List<Bson> done = new ArrayList<>();
        done.add(Updates.set(STATUS, DeliveryJob.Status.DONE.name()));
        done.addAll(setInstant(FINISHED_AT, at));
        done.addAll(clearLease());
        return Failures.during("recording a delivery as done",
                () -> collection.updateOne(heldBy(id, owner), Updates.combine(done)).getMatchedCount() == 1);
    }

    @Override
    public void failed(String id, String owner, Instant retryAt, long pokesSeen) {
        List<Bson> waiting = new ArrayList<>(setInstant(NOT_BEFORE, retryAt));
        waiting.add(Updates.inc(ATTEMPTS, 1));
        waiting.addAll(clearLease());
        List<Bson> dueAsPoked = new ArrayList<>(List.of(Updates.inc(ATTEMPTS, 1)));
        dueAsPoked.addAll(clearLease());
        Failures.run("recording a failed delivery", () -> {
            if (collection.updateOne(and(heldBy(id, owner), eq(POKES, pokesSeen)), Updates.combine(waiting))
                    .getMatchedCount() == 0) {
                collection.updateOne(heldBy(id, owner), Updates.combine(dueAsPoked));
            }
        });
    }

    @Override
    public int poke(String caseId, Platform platform, String kind, Instant now) {
        List<Bson> due = new ArrayList<>(setInstant(NOT_BEFORE, now));
        due.add(Updates.inc(POKES, 1L));
        long poked = Failures.during("making deliveries due", () -> collection.updateMany(and(eq(CASE_ID, caseId),
                eq(PLATFORM, platform.id()), eq(KIND, kind), eq(STATUS, DeliveryJob.Status.PENDING.name())),
                Updates.combine(due)).getModifiedCount());
        return Math.toIntExact(poked);
    }

    @Override
    public List<DeliveryJob> ofCase(String caseId) {
        List<Document> found = Failures.during("reading a case's deliveries",
                () -> collection.find(eq(CASE_ID, caseId)).sort(ascending("_id")).into(new ArrayList<>()));
        return Documents.mapped(found, MongoDeliveryJobs::job);
    }

    @Override
    public List<DeliveryJob> pending(Platform platform, String kind) {
        List<Document> found = Failures.during("reading pending deliveries", () -> collection.find(and(
                eq(PLATFORM, platform.id()), eq(STATUS, DeliveryJob.Status.PENDING.name()), eq(KIND, kind)))
                .sort(ascending("_id")).into(new ArrayList<>()));
        return Documents.mapped(found, MongoDeliveryJobs::job);
    }

    @Override
    public int forgetDoneBefore(Instant cutoff) {
        long removed = Failures.during("removing old deliveries", () -> collection.deleteMany(and(
                eq(STATUS, DeliveryJob.Status.DONE.name()), lt(FINISHED_AT, Date.from(cutoff)))).getDeletedCount());
        return Math.toIntExact(removed);
    }

    private static Bson heldBy(String id, String owner) {
        return LeasedJobs.heldBy(id, DeliveryJob.Status.PENDING.name(), owner);
    }

    static Document document(DeliveryJob job) {
        Document document = new Document("_id", job.id()).append("schemaVersion", SCHEMA_VERSION)
                .append(CASE_ID, job.caseId()).append(PLATFORM, job.platform().id()).append(KIND, job.kind())
                .append(VERSION, job.version()).append(STATUS, job.status().name()).append(ATTEMPTS, job.attempts())
                .append(POKES, job.pokes());
        Documents.putOptional(document, TEXT, job.text());
        Documents.putInstant(document, NOT_BEFORE, job.notBefore());
        Documents.putOptional(document, LEASE_OWNER, job.leaseOwner());
        job.leaseUntil().ifPresent(until -> Documents.putInstant(document, LEASE_UNTIL, until));
        job.finishedAt().ifPresent(at -> Documents.putInstant(document, FINISHED_AT, at));
        return document;
    }

    static DeliveryJob job(Document document) {
        return new DeliveryJob(document.getString("_id"), document.getString(CASE_ID),
                Documents.platform(document, PLATFORM), document.getString(KIND), document.get(VERSION, Number.class).longValue(),
                Optional.ofNullable(document.getString(TEXT)),
                DeliveryJob.Status.valueOf(document.getString(STATUS)), document.get(ATTEMPTS, Number.class).intValue(),
                Documents.instant(document, NOT_BEFORE), document.get(POKES, Number.class).longValue(),
                Optional.ofNullable(document.getString(LEASE_OWNER)),
                document.containsKey(LEASE_UNTIL) ? Optional.of(Documents.instant(document, LEASE_UNTIL))
                        : Optional.empty(),
                document.containsKey(FINISHED_AT) ? Optional.of(Documents.instant(document, FINISHED_AT))
                        : Optional.empty());
    }
}
