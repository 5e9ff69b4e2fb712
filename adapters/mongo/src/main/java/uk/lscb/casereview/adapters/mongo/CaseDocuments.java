package uk.lscb.casereview.adapters.mongo;

import static uk.lscb.casereview.adapters.mongo.Documents.date;
import static uk.lscb.casereview.adapters.mongo.Documents.documents;
import static uk.lscb.casereview.adapters.mongo.Documents.instant;
import static uk.lscb.casereview.adapters.mongo.Documents.mapped;
import static uk.lscb.casereview.adapters.mongo.Documents.number;
import static uk.lscb.casereview.adapters.mongo.Documents.optionalString;
import static uk.lscb.casereview.adapters.mongo.Documents.putInstant;
import static uk.lscb.casereview.adapters.mongo.Documents.putOptional;
import static uk.lscb.casereview.adapters.mongo.Documents.required;
import static uk.lscb.casereview.adapters.mongo.Documents.strings;
import static uk.lscb.casereview.adapters.mongo.Documents.subdocument;

import com.mongodb.client.model.Projections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseFollowUps;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.cases.CaseSummary;
import uk.lscb.casereview.core.cases.ChairDecision;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.Recommendation;

/**
 * A case: {@code {_id: case id, schemaVersion, caseSchemaVersion, version, board, reference, referenceKey,
 * notifiedOn, referrer, origin: {channel, id}, answers, recommendation, status, createdAt, decision: {outcome,
 * chair, at, reason, justification, leadReviewers, reviewersIndependent, internalReviewConsent}, deadlines: [{kind,
 * due, done: {who, at}, delayReason}], audit: [{at, who, action, detail, rulePack, values}], owing, followUps: {pending:
 * [{kind, version, text?}], leaseOwner?, leaseUntil?}}}; {@code owing} is true while follow-ups are pending (what
 * the start-up and scheduled runs look for); a case written before follow-ups existed owes none. {@code schemaVersion} is this document's shape; {@code caseSchemaVersion} is
 * the record's own {@link CaseRecord#schemaVersion()}.
 */
final class CaseDocuments {
    static final String VERSION = "version";
    static final String AUDIT = "audit";
    static final String BOARD = "board";
    static final String REFERENCE_KEY = "referenceKey";
    static final String CREATED_AT = "createdAt";
    static final String CREATED_AT_NANOS = "createdAtNanos";
    static final String OWING = "owing";
    static final String STATUS = "status";
    private static final String FOLLOW_UPS = "followUps";
    private static final String PENDING = "pending";
    /** The follow-ups a case owes, in the order they were added. */
    static final String PENDING_FOLLOW_UPS = FOLLOW_UPS + "." + PENDING;

    private final RulesDocuments rules;

    CaseDocuments(RulesDocuments rules) {
        this.rules = rules;
    }

    static Document caseRecord(CaseRecord record) {
        Document document = new Document("_id", record.id().value())
                .append(Documents.SCHEMA_FIELD, Documents.SCHEMA_VERSION)
                .append("caseSchemaVersion", record.schemaVersion())
                .append(VERSION, record.version())
                .append(BOARD, record.board().value())
                .append("reference", record.reference().value())
                .append(REFERENCE_KEY, record.reference().key())
                .append("notifiedOn", date(record.notifiedOn()))
                .append("referrer", Documents.user(record.referrer()))
                .append("origin", Documents.key(record.origin()))
                .append("answers", RulesDocuments.answers(record.answers()))
                .append("recommendation", RulesDocuments.recommendation(record.recommendation()))
                .append(STATUS, record.status().name());
        putInstant(document, CREATED_AT, record.createdAt());
        record.decision().ifPresent(decision -> document.append("decision", decision(decision)));
        return document.append("deadlines", record.deadlines().stream().map(CaseDocuments::deadline).toList())
                .append(AUDIT, record.audit().stream().map(CaseDocuments::audit).toList())
                .append(OWING, !record.followUps().isEmpty())
                .append(FOLLOW_UPS, followUps(record.followUps()));
    }

    private static Document followUps(CaseFollowUps followUps) {
        Document document = new Document(PENDING, followUps.pending().stream().map(CaseDocuments::followUp)
                .toList());
        putOptional(document, "leaseOwner", followUps.leaseOwner());
        followUps.leaseUntil().ifPresent(until -> putInstant(document, "leaseUntil", until));
        return document;
    }

    static Document followUp(FollowUp followUp) {
        Document one = new Document("kind", followUp.kind().name()).append("version", followUp.version());
        putOptional(one, "text", followUp.text());
        if (followUp.attempts() > 0) {
            one.append("attempts", followUp.attempts());
        }
        followUp.notBefore().ifPresent(next -> putInstant(one, "notBefore", next));
        return one;
    }

    private static CaseFollowUps followUps(Document document) {
        if (document == null) {
            return CaseFollowUps.NONE;
        }
        return new CaseFollowUps(mapped(documents(document, PENDING), one -> new FollowUp(
                FollowUp.Kind.valueOf(required(one, "kind", String.class)), number(one, "version"),
                optionalString(one, "text"), one.containsKey("attempts") ? (int) number(one, "attempts") : 0,
                one.containsKey("notBefore") ? Optional.of(instant(one, "notBefore")) : Optional.empty())),
                optionalString(document, "leaseOwner"),
                document.containsKey("leaseUntil") ? Optional.of(instant(document, "leaseUntil")) : Optional.empty());
    }

    CaseRecord caseRecord(Document document) {
        Documents.checkSchema(document, "case");
        Document storedRecommendation = subdocument(document, "recommendation");
        Answers answers = rules.answers(subdocument(document, "answers"),
                RulesDocuments.rulePack(subdocument(storedRecommendation, "rulePack")).id());
        Recommendation recommendation = rules.recommendation(storedRecommendation, answers);
        return new CaseRecord(new CaseId(required(document, "_id", String.class)), number(document, VERSION),
                (int) number(document, "caseSchemaVersion"),
                new BoardId(required(document, BOARD, String.class)),
                new CaseReference(required(document, "reference", String.class)),
                date(document, "notifiedOn"),
                Documents.user(subdocument(document, "referrer")),
                Documents.key(subdocument(document, "origin")),
                answers, recommendation,
                CaseStatus.valueOf(required(document, STATUS, String.class)),
                instant(document, CREATED_AT),
                Optional.ofNullable(document.get("decision", Document.class)).map(CaseDocuments::decision),
                mapped(documents(document, "deadlines"), CaseDocuments::deadline),
                mapped(documents(document, AUDIT), CaseDocuments::audit),
                followUps(document.get(FOLLOW_UPS, Document.class)));
    }

    /**
     * The fields a {@link CaseSummary} is read from, and the case's version: not the answers, the recommendation, the
     * follow-ups nor, of the audit trail, more than each entry's action, time and values.
     */
    static final Bson SUMMARY = Projections.include(Documents.SCHEMA_FIELD, VERSION, BOARD, "reference", STATUS,
            "notifiedOn", "decision", "deadlines", "audit.action", "audit.at", "audit.atNanos", "audit.values");

    /** A case's id and version (which summary it has) and when it was created (to list it newest first). */
    static final Bson ID_AND_VERSION = Projections.include(VERSION, CREATED_AT, CREATED_AT_NANOS);

    /** A case's summary from a document read with {@link #SUMMARY}. */
    CaseSummary caseSummary(Document document) {
        Documents.checkSchema(document, "case");
        Map<String, CaseStep> reported = new HashMap<>();
        CaseSummary.REPORTED.forEach(step -> reported.put(step.recorded(), step));
        Map<CaseStep, CaseSummary.StepEntry> last = new EnumMap<>(CaseStep.class);
        for (Document entry : documents(document, AUDIT)) {
            CaseStep step = reported.get(required(entry, "action", String.class));
            if (step != null) {
                Map<String, String> values = new LinkedHashMap<>();
                Document stored = entry.get("values", Document.class);
                if (stored != null) {
                    stored.forEach((field, value) -> values.put(field, String.valueOf(value)));
                }
                last.put(step, new CaseSummary.StepEntry(instant(entry, "at"), values));
            }
        }
        return new CaseSummary(new CaseId(required(document, "_id", String.class)),
                new BoardId(required(document, BOARD, String.class)),
                new CaseReference(required(document, "reference", String.class)),
                CaseStatus.valueOf(required(document, STATUS, String.class)), date(document, "notifiedOn"),
                Optional.ofNullable(document.get("decision", Document.class)).map(CaseDocuments::decision),
                mapped(documents(document, "deadlines"), CaseDocuments::deadline), last);
    }

    private static Document decision(ChairDecision decision) {
        Document document = new Document("outcome", decision.outcome().name())
                .append("chair", Documents.user(decision.chair()));
        putInstant(document, "at", decision.at());
        putOptional(document, "reason", decision.reason());
        putOptional(document, "justification", decision.justification());
        return document.append("leadReviewers", decision.leadReviewers())
                .append("reviewersIndependent", decision.reviewersIndependent())
                .append("internalReviewConsent", decision.internalReviewConsent());
    }

    private static ChairDecision decision(Document document) {
        return new ChairDecision(Outcome.valueOf(required(document, "outcome", String.class)),
                Documents.user(subdocument(document, "chair")), instant(document, "at"),
                optionalString(document, "reason"), optionalString(document, "justification"),
                strings(document, "leadReviewers"), required(document, "reviewersIndependent", Boolean.class),
                required(document, "internalReviewConsent", Boolean.class));
    }

    private static Document deadline(CaseDeadline deadline) {
        Document document = new Document("kind", deadline.kind().name()).append("due", date(deadline.due()));
        deadline.done().ifPresent(done -> {
            Document mark = new Document("who", Documents.user(done.who()));
            putInstant(mark, "at", done.at());
            document.append("done", mark);
        });
        putOptional(document, "delayReason", deadline.delayReason());
        return document;
    }

    private static CaseDeadline deadline(Document document) {
        return new CaseDeadline(DeadlineKind.valueOf(required(document, "kind", String.class)), date(document, "due"),
                Optional.ofNullable(document.get("done", Document.class))
                        .map(mark -> new DoneMark(Documents.user(subdocument(mark, "who")), instant(mark, "at"))),
                optionalString(document, "delayReason"));
    }

    static Document audit(AuditEvent event) {
        Document document = new Document();
        putInstant(document, "at", event.at());
        return document.append("who", Documents.user(event.who()))
                .append("action", event.action())
                .append("detail", event.detail())
                .append("rulePack", RulesDocuments.rulePack(event.rulePack()))
                .append("values", new Document(new java.util.LinkedHashMap<String, Object>(event.values())));
    }

    private static AuditEvent audit(Document document) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        Document stored = document.get("values", Document.class);
        if (stored != null) {
            stored.forEach((field, value) -> values.put(field, String.valueOf(value)));
        }
        return new AuditEvent(instant(document, "at"), Documents.user(subdocument(document, "who")),
                required(document, "action", String.class), required(document, "detail", String.class),
                RulesDocuments.rulePack(subdocument(document, "rulePack")), values);
    }
}
