package uk.lscb.casereview.adapters.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import uk.lscb.casereview.core.delivery.PostedCopies;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;

/**
 * Posted copies and markers, one document each, stamped {@code at} when remembered. A copy's {@code _id} is
 * {@code copy/<caseId>/<kind>/<platform>/<where>} (its fields are kept beside it for the {@code caseId} index that
 * {@link #copies} reads); a marker's is {@code marker/<platform>/<dedupeKey>/<where>}, read by {@code _id} only.
 * Remembering is one upsert on the {@code _id}; a first upsert that loses a race (E11000) is retried as the
 * replace it now is.
 */
final class MongoPostedCopies implements PostedCopies {
    static final String CASE_ID = "caseId";
    static final String KIND = "kind";
    static final String PLATFORM = "platform";
    static final String WHERE = "where";
    static final String AT = "at";
    private static final String REFERENCE = "reference";
    private static final int ATTEMPTS = 3;

    private final MongoCollection<Document> collection;
    private final Clock clock;

    MongoPostedCopies(MongoCollection<Document> collection, Clock clock) {
        this.collection = collection;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void remember(Copy copy) {
        Objects.requireNonNull(copy, "copy");
        upsert("remembering a posted copy", copyId(copy), Documents.stamped().append(CASE_ID, copy.caseId().value())
                .append(KIND, copy.kind()).append(PLATFORM, copy.platform().id()).append(WHERE, copy.where())
                .append(REFERENCE, copy.reference()));
    }

    @Override
    public List<Copy> copies(CaseId caseId, String kind, Platform platform) {
        Objects.requireNonNull(caseId, "caseId");
        List<Document> found = Failures.during("reading posted copies", () -> collection
                .find(and(eq(CASE_ID, caseId.value()), eq(KIND, Objects.requireNonNull(kind, "kind")),
                        eq(PLATFORM, Objects.requireNonNull(platform, "platform").id())))
                .sort(ascending(WHERE)).into(new ArrayList<>()));
        return Documents.mapped(found, document -> {
            Documents.checkSchema(document, "posted copy");
            return new Copy(new CaseId(Documents.required(document, CASE_ID, String.class)),
                    Documents.required(document, KIND, String.class),
                    Documents.platform(document, PLATFORM),
                    Documents.required(document, WHERE, String.class),
                    Documents.required(document, REFERENCE, String.class));
        });
    }

    @Override
    public void forget(Copy copy) {
        Objects.requireNonNull(copy, "copy");
        Failures.run("forgetting a posted copy", () -> collection.deleteOne(and(eq("_id", copyId(copy)),
                eq(REFERENCE, copy.reference()))));
    }

    private static String copyId(Copy copy) {
        return Documents.stringId("copy", copy.caseId().value(), copy.kind(), copy.platform().id(), copy.where());
    }

    @Override
    public void markPosted(Platform platform, String dedupeKey, String where) {
        upsert("marking a notification posted", markerId(platform, dedupeKey, where), Documents.stamped());
    }

    @Override
    public boolean wasPosted(Platform platform, String dedupeKey, String where) {
        String id = markerId(platform, dedupeKey, where);
        return Failures.during("reading a posted marker", () -> collection.find(eq("_id", id)).first()) != null;
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        Date before = Date.from(Objects.requireNonNull(cutoff, "cutoff"));
        return (int) Failures.during("forgetting old posted copies",
                () -> collection.deleteMany(lt(AT, before)).getDeletedCount()).longValue();
    }

    private static String markerId(Platform platform, String dedupeKey, String where) {
        return Documents.stringId("marker", Objects.requireNonNull(platform, "platform").id(),
                Objects.requireNonNull(dedupeKey, "dedupeKey"), Objects.requireNonNull(where, "where"));
    }

    private void upsert(String operation, String id, Document document) {
        document.append("_id", id).append(AT, Date.from(clock.instant()));
        Failures.run(operation, () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    collection.replaceOne(eq("_id", id), document, new ReplaceOptions().upsert(true));
                    return;
                } catch (MongoWriteException raced) {
                    if (!Failures.isDuplicateKey(raced) || attempt == ATTEMPTS) {
                        throw raced;
                    }
                }
            }
        });
    }
}
