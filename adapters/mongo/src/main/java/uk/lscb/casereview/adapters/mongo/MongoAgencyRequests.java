package uk.lscb.casereview.adapters.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;
import static uk.lscb.casereview.adapters.mongo.Documents.date;
import static uk.lscb.casereview.adapters.mongo.Documents.instant;
import static uk.lscb.casereview.adapters.mongo.Documents.number;
import static uk.lscb.casereview.adapters.mongo.Documents.putInstant;
import static uk.lscb.casereview.adapters.mongo.Documents.required;
import static uk.lscb.casereview.adapters.mongo.Documents.subdocument;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.requests.AgencyRequest;
import uk.lscb.casereview.core.requests.AgencyRequests;

/**
 * Agencies' information requests: {@code {_id: "<caseId>/request/<number>", schemaVersion, caseId, number, version,
 * board, reference, agency, contact?: {platform, id, displayName}, asked, due, askedBy, askedAt, provided?: {who,
 * at}, recorded}}. Updates are conditional on the stored version; {@code recorded} false marks one whose case is
 * still to be written (what the sweep looks for).
 */
final class MongoAgencyRequests implements AgencyRequests {
    static final String CASE_ID = "caseId";
    static final String NUMBER = "number";
    static final String BOARD = "board";
    static final String DUE = "due";
    static final String RECORDED = "recorded";
    private static final String VERSION = "version";

    private final MongoCollection<Document> collection;

    MongoAgencyRequests(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    @Override
    public boolean create(AgencyRequest request) {
        Document document = document(request);
        return Failures.insertedUnlessStored(collection, document, "storing an agency request");
    }

    @Override
    public Optional<AgencyRequest> find(CaseId caseId, int number) {
        Document found = Failures.during("reading an agency request",
                () -> collection.find(eq("_id", AgencyRequest.idOf(caseId, number))).first());
        return Optional.ofNullable(found).map(MongoAgencyRequests::request);
    }

    @Override
    public List<AgencyRequest> ofCase(CaseId caseId) {
        return read("listing a case's agency requests", eq(CASE_ID, caseId.value()), ascending(NUMBER));
    }

    @Override
    public List<AgencyRequest> ofBoard(BoardId board) {
        return read("listing a board's agency requests", eq(BOARD, board.value()), ascending(DUE, CASE_ID, NUMBER));
    }

    @Override
    public List<AgencyRequest> unrecorded() {
        return read("listing agency requests to record", eq(RECORDED, false), ascending("_id"));
    }

    @Override
    public boolean update(AgencyRequest next, long expectedVersion) {
        return Failures.during("updating an agency request", () -> collection.replaceOne(
                and(eq("_id", next.id()), eq(VERSION, expectedVersion)), document(next)).getMatchedCount() == 1);
    }

    private List<AgencyRequest> read(String operation, Bson filter, Bson sort) {
        List<Document> found = Failures.during(operation,
                () -> collection.find(filter).sort(sort).into(new ArrayList<>()));
        return Documents.mapped(found, MongoAgencyRequests::request);
    }

    static Document document(AgencyRequest request) {
        Document document = new Document("_id", request.id())
                .append(Documents.SCHEMA_FIELD, Documents.SCHEMA_VERSION)
                .append(CASE_ID, request.caseId().value())
                .append(NUMBER, request.number())
                .append(VERSION, request.version())
                .append(BOARD, request.board().value())
                .append("reference", request.reference().value())
                .append("agency", request.agency());
        request.contact().ifPresent(contact -> document.append("contact", Documents.user(contact)));
        document.append("asked", request.asked())
                .append(DUE, date(request.due()))
                .append("askedBy", Documents.user(request.askedBy()));
        putInstant(document, "askedAt", request.askedAt());
        request.provided().ifPresent(mark -> {
            Document provided = new Document("who", Documents.user(mark.who()));
            putInstant(provided, "at", mark.at());
            document.append("provided", provided);
        });
        return document.append(RECORDED, request.recorded());
    }

    static AgencyRequest request(Document document) {
        Documents.checkSchema(document, "agency request");
        return new AgencyRequest(new CaseId(required(document, CASE_ID, String.class)),
                (int) number(document, NUMBER), number(document, VERSION),
                new BoardId(required(document, BOARD, String.class)),
                new CaseReference(required(document, "reference", String.class)),
                required(document, "agency", String.class),
                Optional.ofNullable(document.get("contact", Document.class)).map(Documents::user),
                required(document, "asked", String.class), date(document, DUE),
                Documents.user(subdocument(document, "askedBy")), instant(document, "askedAt"),
                Optional.ofNullable(document.get("provided", Document.class)).map(mark ->
                        new DoneMark(Documents.user(subdocument(mark, "who")), instant(mark, "at"))),
                required(document, RECORDED, Boolean.class));
    }
}
