package uk.lscb.casereview.adapters.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Sorts.orderBy;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.CaseSummary;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;

/** Cases, one document each with the case id as {@code _id}; updates are conditional on the stored version. */
final class MongoCases implements Cases {
    private static final Bson NEWEST_FIRST = orderBy(descending(CaseDocuments.CREATED_AT,
            CaseDocuments.CREATED_AT_NANOS), ascending("_id"));

    private final MongoCollection<Document> collection;
    private final CaseDocuments documents;

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

    @Override
    public List<CaseSummary> summariesOfBoard(BoardId board, Set<CaseStatus> statuses) {
        List<Document> found = Failures.during("summarising a board's cases", () -> collection.find(
                        and(eq(CaseDocuments.BOARD, board.value()), in(CaseDocuments.STATUS,
                                statuses.stream().map(CaseStatus::name).sorted().toList())))
                .projection(CaseDocuments.SUMMARY).sort(NEWEST_FIRST).into(new ArrayList<>()));
        return Documents.mapped(found, documents::caseSummary);
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

    private List<CaseRecord> read(String operation, Bson filter, Bson sort) {
        List<Document> found = Failures.during(operation,
                () -> collection.find(filter).sort(sort).into(new ArrayList<>()));
        return Documents.mapped(found, documents::caseRecord);
    }
}
