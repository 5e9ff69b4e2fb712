package uk.lscb.casereview.adapters.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Sorts.ascending;
import static uk.lscb.casereview.adapters.mongo.Documents.date;
import static uk.lscb.casereview.adapters.mongo.Documents.instant;
import static uk.lscb.casereview.adapters.mongo.Documents.number;
import static uk.lscb.casereview.adapters.mongo.Documents.putInstant;
import static uk.lscb.casereview.adapters.mongo.Documents.required;
import static uk.lscb.casereview.adapters.mongo.Documents.subdocument;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.learning.Finding;
import uk.lscb.casereview.core.learning.LearningAction;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.learning.Posting;
import uk.lscb.casereview.core.learning.ReviewLearning;
import uk.lscb.casereview.core.learning.ReviewRecommendation;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * A review's learning, one document per case: {@code {_id: caseId, schemaVersion, version, board, reference,
 * reviewType, leadReviewers: [user], findings: [{number, title, text, themes, kind, by, at}], recommendations:
 * [{number, text, findings, agencies, by, at}], actions: [{number, recommendation, agency, owner?, due, progress,
 * evidence?: {text, link, embedded?, who, at}, by, at, remindedFor?}], shared?: {who, at}, indexed}}; updates conditional on the
 * stored version. The search's postings in their own collection: {@code {_id: "<term>|<caseId>|<finding>", term,
 * caseId, finding, board, on, title}}, read by term (then board and date) through the index {@code term_board_on}.
 */
final class MongoLearningLogs implements LearningLogs {
    static final String BOARD = "board";
    static final String INDEXED = "indexed";
    static final String TERM = "term";
    static final String ON = "on";
    private static final String VERSION = "version";

    private final MongoCollection<Document> reviews;
    private final MongoCollection<Document> postings;

    MongoLearningLogs(MongoCollection<Document> reviews, MongoCollection<Document> postings) {
        this.reviews = reviews;
        this.postings = postings;
    }

    @Override
    public Optional<ReviewLearning> find(CaseId caseId) {
        Document found = Failures.during("reading a review's learning",
                () -> reviews.find(eq("_id", caseId.value())).first());
        return Optional.ofNullable(found).map(MongoLearningLogs::review);
    }

    @Override
    public boolean create(ReviewLearning learning) {
        return Failures.insertedUnlessStored(reviews, document(learning), "storing a review's learning");
    }

    @Override
    public boolean update(ReviewLearning next, long expectedVersion) {
        return Failures.during("updating a review's learning", () -> reviews.replaceOne(
                and(eq("_id", next.caseId().value()), eq(VERSION, expectedVersion)), document(next))
                .getMatchedCount() == 1);
    }

    @Override
    public List<ReviewLearning> ofBoard(BoardId board) {
        return read("listing a board's learning", eq(BOARD, board.value()));
    }

    @Override
    public List<ReviewLearning> unindexed() {
        return read("listing learning to index", eq(INDEXED, false));
    }

    /**
     * One unordered insert of them all, a posting already stored left as it is: a posting's content follows from its
     * id (the term, the finding and the day its review's learning was recorded, which does not change).
     */
    @Override
    public void index(Collection<Posting> more) {
        if (more.isEmpty()) {
            return;
        }
        List<Document> documents = more.stream().map(MongoLearningLogs::document).toList();
        Failures.run("indexing learning", () -> {
            try {
                postings.insertMany(documents, new InsertManyOptions().ordered(false));
            } catch (MongoBulkWriteException stored) {
                if (!Failures.onlyDuplicateKeys(stored)) {
                    throw stored;
                }
            }
        });
    }

    @Override
    public List<Posting> postings(String term, Optional<BoardId> board, Optional<LocalDate> from,
                                  Optional<LocalDate> to) {
        List<Bson> filters = new ArrayList<>();
        filters.add(eq(TERM, term));
        board.ifPresent(one -> filters.add(eq(BOARD, one.value())));
        from.ifPresent(day -> filters.add(gte(ON, date(day))));
        to.ifPresent(day -> filters.add(lte(ON, date(day))));
        List<Document> found = Failures.during("searching learning",
                () -> postings.find(filters.size() == 1 ? filters.get(0) : and(filters)).into(new ArrayList<>()));
        return Documents.mapped(found, MongoLearningLogs::posting);
    }

    private List<ReviewLearning> read(String operation, Bson filter) {
        List<Document> found = Failures.during(operation,
                () -> reviews.find(filter).sort(ascending("_id")).into(new ArrayList<>()));
        return Documents.mapped(found, MongoLearningLogs::review);
    }

    static Document document(Posting posting) {
        return new Document("_id", posting.id())
                .append(TERM, posting.term())
                .append("caseId", posting.caseId().value())
                .append("finding", posting.finding())
                .append(BOARD, posting.board().value())
                .append(ON, date(posting.sharedOn()))
                .append("title", posting.inTitle());
    }

    static Posting posting(Document document) {
        return new Posting(required(document, TERM, String.class), new CaseId(required(document, "caseId",
                String.class)), (int) number(document, "finding"), new BoardId(required(document, BOARD,
                String.class)), date(document, ON), required(document, "title", Boolean.class));
    }

    static Document document(ReviewLearning learning) {
        Document document = new Document("_id", learning.caseId().value())
                .append(Documents.SCHEMA_FIELD, Documents.SCHEMA_VERSION)
                .append(VERSION, learning.version())
                .append(BOARD, learning.board().value())
                .append("reference", learning.reference().value())
                .append("reviewType", learning.reviewType().name())
                .append("leadReviewers", learning.leadReviewers().stream().map(Documents::user).toList())
                .append("findings", learning.findings().stream().map(MongoLearningLogs::document).toList())
                .append("recommendations", learning.recommendations().stream().map(MongoLearningLogs::document)
                        .toList())
                .append("actions", learning.actions().stream().map(MongoLearningLogs::document).toList());
        learning.shared().ifPresent(mark -> document.append("shared", mark(mark)));
        return document.append(INDEXED, learning.indexed());
    }

    static ReviewLearning review(Document document) {
        Documents.checkSchema(document, "review's learning");
        return new ReviewLearning(new CaseId(required(document, "_id", String.class)), number(document, VERSION),
                new BoardId(required(document, BOARD, String.class)),
                new CaseReference(required(document, "reference", String.class)),
                Outcome.valueOf(required(document, "reviewType", String.class)),
                Documents.documents(document, "leadReviewers").stream().map(Documents::user).toList(),
                Documents.documents(document, "findings").stream().map(MongoLearningLogs::finding).toList(),
                Documents.documents(document, "recommendations").stream().map(MongoLearningLogs::recommendation)
                        .toList(),
                Documents.documents(document, "actions").stream().map(MongoLearningLogs::action).toList(),
                Optional.ofNullable(document.get("shared", Document.class)).map(MongoLearningLogs::mark),
                required(document, INDEXED, Boolean.class));
    }

    private static Document document(Finding finding) {
        Document document = new Document("number", finding.number())
                .append("title", finding.title())
                .append("text", finding.text())
                .append("themes", finding.themes())
                .append("kind", finding.kind().id())
                .append("by", Documents.user(finding.by()));
        putInstant(document, "at", finding.at());
        return document;
    }

    private static Finding finding(Document document) {
        return new Finding((int) number(document, "number"), required(document, "title", String.class),
                required(document, "text", String.class), Documents.strings(document, "themes"),
                Finding.Kind.byId(required(document, "kind", String.class)).orElseThrow(() ->
                        new IllegalStateException("a stored finding has an unknown kind")),
                Documents.user(subdocument(document, "by")), instant(document, "at"));
    }

    private static Document document(ReviewRecommendation recommendation) {
        Document document = new Document("number", recommendation.number())
                .append("text", recommendation.text())
                .append("findings", recommendation.findings())
                .append("agencies", recommendation.agencies())
                .append("by", Documents.user(recommendation.by()));
        putInstant(document, "at", recommendation.at());
        return document;
    }

    private static ReviewRecommendation recommendation(Document document) {
        List<Integer> findings = document.getList("findings", Integer.class);
        return new ReviewRecommendation((int) number(document, "number"), required(document, "text", String.class),
                findings == null ? List.of() : findings, Documents.strings(document, "agencies"),
                Documents.user(subdocument(document, "by")), instant(document, "at"));
    }

    private static Document document(LearningAction action) {
        Document document = new Document("number", action.number())
                .append("recommendation", action.recommendation())
                .append("agency", action.agency());
        action.owner().ifPresent(owner -> document.append("owner", Documents.user(owner)));
        document.append("due", date(action.due()))
                .append("progress", action.progress().name());
        action.evidence().ifPresent(evidence -> {
            Document proof = new Document("text", evidence.text()).append("link", evidence.link());
            evidence.embedded().ifPresent(embedded -> proof.append("embedded", embedded));
            proof.append("who", Documents.user(evidence.mark().who()));
            putInstant(proof, "at", evidence.mark().at());
            document.append("evidence", proof);
        });
        document.append("by", Documents.user(action.by()));
        putInstant(document, "at", action.at());
        action.remindedFor().ifPresent(day -> document.append("remindedFor", date(day)));
        return document;
    }

    private static LearningAction action(Document document) {
        return new LearningAction((int) number(document, "number"), (int) number(document, "recommendation"),
                required(document, "agency", String.class),
                Optional.ofNullable(document.get("owner", Document.class)).map(Documents::user),
                date(document, "due"), LearningAction.Progress.valueOf(required(document, "progress", String.class)),
                Optional.ofNullable(document.get("evidence", Document.class)).map(proof ->
                        new LearningAction.Evidence(required(proof, "text", String.class),
                                required(proof, "link", String.class), Documents.optionalString(proof, "embedded"),
                                new DoneMark(Documents.user(subdocument(proof, "who")), instant(proof, "at")))),
                Documents.user(subdocument(document, "by")), instant(document, "at"),
                Documents.optionalString(document, "remindedFor").map(LocalDate::parse));
    }

    private static Document mark(DoneMark mark) {
        Document document = new Document("who", Documents.user(mark.who()));
        putInstant(document, "at", mark.at());
        return document;
    }

    private static DoneMark mark(Document document) {
        return new DoneMark(Documents.user(subdocument(document, "who")), instant(document, "at"));
    }
}
