package uk.lscb.casereview.adapters.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;
import static uk.lscb.casereview.adapters.mongo.LeasedJobs.clearLease;
import static uk.lscb.casereview.adapters.mongo.LeasedJobs.leaseTo;
import static uk.lscb.casereview.adapters.mongo.LeasedJobs.notAfter;
import static uk.lscb.casereview.adapters.mongo.LeasedJobs.notLeasedAt;
import static uk.lscb.casereview.adapters.mongo.LeasedJobs.setInstant;
import static uk.lscb.casereview.adapters.mongo.ReminderJobDocuments.AT;
import static uk.lscb.casereview.adapters.mongo.ReminderJobDocuments.ATTEMPTS;
import static uk.lscb.casereview.adapters.mongo.ReminderJobDocuments.CASE_ID;
import static uk.lscb.casereview.adapters.mongo.ReminderJobDocuments.KIND;
import static uk.lscb.casereview.adapters.mongo.ReminderJobDocuments.SENT_AT;
import static uk.lscb.casereview.adapters.mongo.ReminderJobDocuments.STATUS;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.reminders.ReminderJobs;

/**
 * Reminder jobs, one document each with the job's deterministic id as {@code _id}. Every change is one
 * conditional single-document update (or one {@code updateMany} for {@link #cancel}) with its conditions in the
 * filter, so two servers never both hold a live lease on one job.
 *
 * <p>Instants are stored as a millisecond date plus {@code <field>Nanos} (see {@link Documents}); comparisons
 * with {@code now} and the claim order look at both, so a sub-millisecond lease end is honoured exactly.
 */
final class MongoReminderJobs implements ReminderJobs {
    /** The claim order: earliest {@code at} (to the nanosecond; an absent nanos field sorts first, as 0), then id. */
    static final Bson EARLIEST_FIRST = ascending(AT, AT + "Nanos", "_id");

    private final MongoCollection<Document> collection;

    MongoReminderJobs(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    @Override
    public boolean schedule(ReminderJob job) {
        Objects.requireNonNull(job, "job");
        Document document = ReminderJobDocuments.job(job);
        // false: this reminder is already stored, in whatever status: it stays as it is
        return Failures.insertedUnlessStored(collection, document, "scheduling a reminder");
    }

    @Override
    public Optional<ReminderJob> claimNext(Instant now, String owner, Duration lease) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(owner, "owner");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease must last a while: " + lease);
        }
        Bson claimable = and(
                eq(STATUS, ReminderJob.Status.PENDING.name()),
                notAfter(AT, now),
                notLeasedAt(now));
        List<Bson> leased = leaseTo(owner, now.plus(lease));
        Document claimed = Failures.during("claiming a reminder", () -> collection.findOneAndUpdate(claimable,
                Updates.combine(leased),
                new FindOneAndUpdateOptions().sort(EARLIEST_FIRST).returnDocument(ReturnDocument.AFTER)));
        return Optional.ofNullable(claimed).map(ReminderJobDocuments::job);
    }

    @Override
    public boolean markSent(String id, String owner, Instant at) {
        Objects.requireNonNull(at, "at");
        List<Bson> sent = new ArrayList<>();
        sent.add(Updates.set(STATUS, ReminderJob.Status.SENT.name()));
        sent.addAll(setInstant(SENT_AT, at));
        sent.addAll(clearLease());
        return Failures.during("recording a reminder as sent",
                () -> collection.updateOne(heldBy(id, owner), Updates.combine(sent)).getMatchedCount() == 1);
    }

    @Override
    public void release(String id, String owner, Instant retryAt) {
        Objects.requireNonNull(retryAt, "retryAt");
        List<Bson> retried = new ArrayList<>(setInstant(AT, retryAt));
        retried.add(Updates.inc(ATTEMPTS, 1L));
        retried.addAll(clearLease());
        Failures.run("releasing a reminder", () -> collection.updateOne(heldBy(id, owner), Updates.combine(retried)));
    }

    @Override
    public boolean skip(String id, String owner) {
        return Failures.during("skipping a reminder",
                () -> collection.updateOne(heldBy(id, owner), cancelled()).getMatchedCount() == 1);
    }

    @Override
    public int cancel(CaseId caseId, DeadlineKind kind) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Bson pending = and(eq(CASE_ID, caseId.value()), eq(KIND, kind.name()),
                eq(STATUS, ReminderJob.Status.PENDING.name()));
        long count = Failures.during("cancelling reminders",
                () -> collection.updateMany(pending, cancelled()).getModifiedCount());
        return Math.toIntExact(count);
    }

    @Override
    public List<ReminderJob> ofCase(CaseId caseId) {
        Objects.requireNonNull(caseId, "caseId");
        List<Document> found = Failures.during("reading a case's reminders",
                () -> collection.find(eq(CASE_ID, caseId.value())).sort(EARLIEST_FIRST).into(new ArrayList<>()));
        return Documents.mapped(found, ReminderJobDocuments::job);
    }

    private static Bson heldBy(String id, String owner) {
        return LeasedJobs.heldBy(id, ReminderJob.Status.PENDING.name(), owner);
    }

    private static Bson cancelled() {
        List<Bson> cancelled = new ArrayList<>();
        cancelled.add(Updates.set(STATUS, ReminderJob.Status.CANCELLED.name()));
        cancelled.addAll(clearLease());
        return Updates.combine(cancelled);
    }
}
