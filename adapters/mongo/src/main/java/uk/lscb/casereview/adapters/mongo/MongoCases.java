package uk.lscb.casereview.adapters.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Sorts.orderBy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.CaseSummary;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;

/** Cases, one document each with the case id as {@code _id}; updates are conditional on the stored version. */
final class MongoCases implements Cases {
    private static final Bson NEWEST_FIRST = orderBy(descending(CaseDocuments.CREATED_AT,
            CaseDocuments.CREATED_AT_NANOS), ascending("_id"));

    /**
     * {@link #NEWEST_FIRST} for documents read with {@link CaseDocuments#ID_AND_VERSION}, sorted here: the embedded
     * store's sort compares field paths at each step, half of a dashboard's time with thousands of open cases.
     * {@code createdAtNanos} is absent when 0.
     */
    private static final Comparator<Document> NEWEST_FIRST_READ = Comparator
            .comparing((Document document) -> document.getDate(CaseDocuments.CREATED_AT)).reversed()
            .thenComparing(Comparator.comparingLong((Document document) -> Optional.ofNullable(
                    document.get(CaseDocuments.CREATED_AT_NANOS, Number.class)).map(Number::longValue).orElse(0L))
                    .reversed())
            .thenComparing(document -> document.getString("_id"));

    /**
     * The most summaries read by their ids (the embedded store looks each up in the {@code _id} index, up to 64);
     * more are read with the query that found them.
     */
    private static final int READ_BY_ID_AT_MOST = 64;

    private final MongoCollection<Document> collection;
    private final CaseDocuments documents;
    private final CaseSummaries summaries = new CaseSummaries();

    MongoCases(MongoCollection<Document> collection, CaseDocuments documents) {
        this.collection = collection;
        this.documents = documents;
    }

    @Override
    public boolean create(CaseRecord record) {
        Document document = CaseDocuments.caseRecord(record);
        // false: a case with this id exists: the first one stays
        return Failures.insertedUnlessStored(collection, document, "creating a case");
    }

    @Override
    public Optional<CaseRecord> find(CaseId id) {
        Document found = Failures.during("reading a case", () -> collection.find(eq("_id", id.value())).first());
        return Optional.ofNullable(found).map(documents::caseRecord);
    }

    @Override
    public List<CaseRecord> findByReference(CaseReference reference) {
        return read("finding cases by reference", eq(CaseDocuments.REFERENCE_KEY, reference.key()),
                ascending("_id"));
    }

    @Override
    public List<CaseRecord> ofBoard(BoardId board) {
        return read("listing a board's cases", eq(CaseDocuments.BOARD, board.value()), NEWEST_FIRST);
    }

    @Override
    public List<CaseRecord> ofBoard(BoardId board, Set<CaseStatus> statuses) {
        return read("listing a board's cases", and(eq(CaseDocuments.BOARD, board.value()),
                        in(CaseDocuments.STATUS, statuses.stream().map(CaseStatus::name).sorted().toList())),
                NEWEST_FIRST);
    }

    /**
     * Reads each case's id and version, then the summaries of the cases whose version this instance has not read
     * ({@link CaseSummaries}): by id when they are few, else all the board's in these statuses again. A case changed
     * between the two reads is summarised as it is at the second, and left out if it is no longer in these statuses.
     */
    @Override
    public List<CaseSummary> summariesOfBoard(BoardId board, Set<CaseStatus> statuses) {
        Bson ofBoard = and(eq(CaseDocuments.BOARD, board.value()), in(CaseDocuments.STATUS,
                statuses.stream().map(CaseStatus::name).sorted().toList()));
        List<Document> versions = Failures.during("summarising a board's cases", () -> collection.find(ofBoard)
                .projection(CaseDocuments.ID_AND_VERSION).into(new ArrayList<>()));
        versions.sort(NEWEST_FIRST_READ);
        Map<String, CaseSummary> found = new HashMap<>();
        List<String> unread = new ArrayList<>();
        for (Document version : versions) {
            String id = version.getString("_id");
            summaries.at(id, Documents.number(version, CaseDocuments.VERSION))
                    .ifPresentOrElse(summary -> found.put(id, summary), () -> unread.add(id));
        }
        if (!unread.isEmpty()) {
            Bson toRead = unread.size() <= READ_BY_ID_AT_MOST ? in("_id", unread) : ofBoard;
            List<Document> read = Failures.during("summarising a board's cases", () -> collection.find(toRead)
                    .projection(CaseDocuments.SUMMARY).into(new ArrayList<>()));
            for (Document document : read) {
                CaseSummary summary = documents.caseSummary(document);
                summaries.keep(summary.id().value(), Documents.number(document, CaseDocuments.VERSION), summary);
                found.put(summary.id().value(), summary);
            }
        }
        List<CaseSummary> inOrder = new ArrayList<>();
        for (Document version : versions) {
            CaseSummary summary = found.get(version.getString("_id"));
            if (summary != null && statuses.contains(summary.status())) {
                inOrder.add(summary);
            }
        }
        return inOrder;
    }

    @Override
    public List<CaseRecord> withFollowUps() {
        return read("listing cases that owe follow-ups", eq(CaseDocuments.OWING, true), ascending("_id"));
    }

    @Override
    public boolean update(CaseRecord next, long expectedVersion) {
        return Failures.during("updating a case", () -> collection.replaceOne(
                and(eq("_id", next.id().value()), eq(CaseDocuments.VERSION, expectedVersion)),
                CaseDocuments.caseRecord(next)).getMatchedCount() == 1);
    }

    /**
     * One update that pushes the entry (and what it owes) and moves the version on, so that no concurrent write can
     * lose it.
     */
    @Override
    public boolean appendAudit(CaseId id, AuditEvent event, List<FollowUp> owed) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.push(CaseDocuments.AUDIT, CaseDocuments.audit(event)),
                Updates.inc(CaseDocuments.VERSION, 1L)));
        List<FollowUp> more = FollowUp.requireKeyedByText(owed);
        if (!more.isEmpty()) {
            changes.add(Updates.pushEach(CaseDocuments.PENDING_FOLLOW_UPS,
                    more.stream().map(CaseDocuments::followUp).toList()));
            changes.add(Updates.set(CaseDocuments.OWING, true));
        }
        return Failures.during("adding to a case's audit trail", () -> collection.updateOne(eq("_id", id.value()),
                Updates.combine(changes)).getMatchedCount() == 1);
    }

    private List<CaseRecord> read(String operation, Bson filter, Bson sort) {
        List<Document> found = Failures.during(operation,
                () -> collection.find(filter).sort(sort).into(new ArrayList<>()));
        return Documents.mapped(found, documents::caseRecord);
    }
}
