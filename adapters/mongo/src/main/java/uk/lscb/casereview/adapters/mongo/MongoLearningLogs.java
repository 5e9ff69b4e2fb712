package uk.lscb.casereview.adapters.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
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
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
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
 * evidence?: {text, link, embedded?, who, at}, by, at, remindedFor?}], shared?: {who, at}, indexed,
 * source?}}; updates conditional on the stored version. {@code source} is written only for learning from an audit
 * ({@code SINGLE_AGENCY_AUDIT}, {@code MULTI_AGENCY_AUDIT}): without it, as stored before, the learning is the review's.
 *
 * <p>The search's postings in their own collection, one posting list per term, board and year (the year its
 * findings' review's learning was recorded), each entry the findings of one review that hold the term:
 * {@code {_id: "<term>|<board>|<year>", term, board, year, postings:
 * ["<yyyy-MM-dd>|<finding>[t],<finding>[t]…|<caseId>", ...]}} ({@code t}: the term is in the finding's title; the
 * day, the one the review's learning was recorded), read by term (then board and year) through the index
 * {@code term_board_year}. A search thus reads a few documents per word however many findings hold it (a document
 * per posting cost the embedded store about 30 µs each), and an entry per review, not per finding (each string has
 * its cost in the server's encoder). An entry is added with {@code $addToSet} in an upsert, so writing a review's
 * postings again, or two instances adding to one list at once, leaves one copy; of two entries naming one finding
 * (written with other content, or a review's findings written in two parts), the first counts. Entries are short
 * strings (about 50 bytes) so that MongoDB's 16 MB document limit is reached only past some 300,000 reviews holding
 * one word on one board in one year.
 */
final class MongoLearningLogs implements LearningLogs {
    static final String BOARD = "board";
    static final String INDEXED = "indexed";
    static final String SOURCE = "source";
    static final String TERM = "term";
    static final String YEAR = "year";
    static final String POSTINGS = "postings";
    /** After a finding's number in an entry: the term is in its title. */
    private static final String IN_TITLE = "t";
    private static final char SEPARATOR = '|';
    /** The form of a posting's day, as {@link LocalDate#toString} writes it (for the years 1000 to 9999). */
    private static final String DAY = "yyyy-MM-dd";
    /** Attempts of a write of postings that two instances' upserts of one new list can make fail once. */
    private static final int INDEX_ATTEMPTS = 3;
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
    public List<ReviewLearning> findAll(Collection<CaseId> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return read("reading reviews' learning", in("_id", caseIds.stream().map(CaseId::value).distinct().toList()));
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
     * One unordered bulk write of an upsert per posting list, each adding its reviews' entries with {@code $addToSet}:
     * an entry already stored is left as it is. Two instances creating one list at once can make one upsert fail with
     * a duplicate key (MongoDB's upserts are not atomic with the insert); it is tried again, and then finds the list.
     */
    @Override
    public void index(Collection<Posting> more) {
        if (more.isEmpty()) {
            return;
        }
        Map<String, Map<String, SortedMap<Integer, Boolean>>> lists = new LinkedHashMap<>();
        Map<String, Posting> firsts = new LinkedHashMap<>();
        for (Posting posting : more) {
            firsts.putIfAbsent(listId(posting), posting);
            lists.computeIfAbsent(listId(posting), id -> new LinkedHashMap<>())
                    .computeIfAbsent(posting.sharedOn().toString() + SEPARATOR + posting.caseId().value(),
                            review -> new TreeMap<>())
                    .putIfAbsent(posting.finding(), posting.inTitle());
        }
        List<UpdateOneModel<Document>> upserts = new ArrayList<>();
        lists.forEach((id, reviews) -> {
            Posting first = firsts.get(id);
            List<String> entries = new ArrayList<>();
            reviews.forEach((review, findings) -> entries.add(entry(review, findings)));
            upserts.add(new UpdateOneModel<>(eq("_id", id), Updates.combine(
                    Updates.setOnInsert(TERM, first.term()),
                    Updates.setOnInsert(BOARD, first.board().value()),
                    Updates.setOnInsert(YEAR, first.sharedOn().getYear()),
                    Updates.addEachToSet(POSTINGS, entries)),
                    new UpdateOptions().upsert(true)));
        });
        Failures.run("indexing learning", () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    postings.bulkWrite(upserts, new BulkWriteOptions().ordered(false));
                    return;
                } catch (MongoBulkWriteException raced) {
                    if (attempt == INDEX_ATTEMPTS || !Failures.onlyDuplicateKeys(raced)) {
                        throw raced;
                    }
                }
            }
        });
    }

    /** Reads the term's lists (of the board, in the years between the dates), then the entries between the dates. */
    @Override
    public List<Posting> postings(String term, Optional<BoardId> board, Optional<LocalDate> from,
                                  Optional<LocalDate> to) {
        List<Bson> filters = new ArrayList<>();
        filters.add(eq(TERM, term));
        board.ifPresent(one -> filters.add(eq(BOARD, one.value())));
        from.ifPresent(day -> filters.add(gte(YEAR, day.getYear())));
        to.ifPresent(day -> filters.add(lte(YEAR, day.getYear())));
        List<Document> found = Failures.during("searching learning",
                () -> postings.find(filters.size() == 1 ? filters.get(0) : and(filters)).into(new ArrayList<>()));
        List<Posting> read = new ArrayList<>();
        for (Document list : found) {
            BoardId listBoard = new BoardId(required(list, BOARD, String.class));
            Set<FindingOf> findings = new HashSet<>();
            for (String entry : Documents.strings(list, POSTINGS)) {
                LocalDate on = day(entry);
                if (from.map(first -> !on.isBefore(first)).orElse(true)
                        && to.map(last -> !on.isAfter(last)).orElse(true)) {
                    read(term, listBoard, on, entry, findings, read);
                }
            }
        }
        return read;
    }

    private List<ReviewLearning> read(String operation, Bson filter) {
        List<Document> found = Failures.during(operation,
                () -> reviews.find(filter).sort(ascending("_id")).into(new ArrayList<>()));
        return Documents.mapped(found, MongoLearningLogs::review);
    }

    /** The id of the posting list a posting belongs to: {@code <term>|<board>|<year>}. */
    static String listId(Posting posting) {
        return posting.term() + SEPARATOR + posting.board().value() + SEPARATOR + posting.sharedOn().getYear();
    }

    /** A review's entry in a list: {@code <yyyy-MM-dd>|<finding>[t],<finding>[t]…|<caseId>}, findings in order. */
    private static String entry(String dayAndCase, SortedMap<Integer, Boolean> findings) {
        StringBuilder entry = new StringBuilder(dayAndCase.length() + 4 * findings.size())
                .append(dayAndCase, 0, DAY.length()).append(SEPARATOR);
        findings.forEach((number, inTitle) -> entry.append(number).append(inTitle ? IN_TITLE : "").append(','));
        entry.setLength(entry.length() - 1);
        return entry.append(dayAndCase, DAY.length(), dayAndCase.length()).toString();
    }

    /** Adds to {@code read} the postings of a review's entry whose findings are not in {@code findings} yet. */
    private static void read(String term, BoardId board, LocalDate on, String entry, Set<FindingOf> findings,
                             List<Posting> read) {
        int caseAt = entry.indexOf(SEPARATOR, DAY.length() + 1);
        if (caseAt < 0) {
            throw notAPosting();
        }
        CaseId caseId = new CaseId(entry.substring(caseAt + 1));
        int start = DAY.length() + 1;
        while (start < caseAt) {
            int end = entry.indexOf(',', start);
            if (end < 0 || end > caseAt) {
                end = caseAt;
            }
            boolean inTitle = entry.charAt(end - 1) == IN_TITLE.charAt(0);
            int number = Integer.parseInt(entry, start, inTitle ? end - 1 : end, 10);
            if (findings.add(new FindingOf(caseId, number))) {
                read.add(new Posting(term, caseId, number, board, on, inTitle));
            }
            start = end + 1;
        }
    }

    /** The day a review's learning was recorded: an entry's first ten characters, {@code yyyy-MM-dd}. */
    static LocalDate day(String entry) {
        if (entry.length() <= DAY.length() || entry.charAt(DAY.length()) != SEPARATOR) {
            throw notAPosting();
        }
        return LocalDate.of(Integer.parseInt(entry, 0, 4, 10), Integer.parseInt(entry, 5, 7, 10),
                Integer.parseInt(entry, 8, 10, 10));
    }

    private static IllegalStateException notAPosting() {
        return new IllegalStateException("a stored posting of the learning log's search is not one");
    }

    /** A finding of a review, as read from the posting lists. */
    private record FindingOf(CaseId caseId, int finding) {
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
        if (learning.source().isAudit()) {
            document.append(SOURCE, learning.source().name());
        }
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
                required(document, INDEXED, Boolean.class),
                Optional.ofNullable(document.getString(SOURCE)).map(ReviewLearning.Source::valueOf)
                        .orElse(ReviewLearning.Source.REVIEW));
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
