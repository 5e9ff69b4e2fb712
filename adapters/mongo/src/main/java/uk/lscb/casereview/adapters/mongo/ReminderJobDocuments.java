package uk.lscb.casereview.adapters.mongo;

import static uk.lscb.casereview.adapters.mongo.Documents.date;
import static uk.lscb.casereview.adapters.mongo.Documents.instant;
import static uk.lscb.casereview.adapters.mongo.Documents.number;
import static uk.lscb.casereview.adapters.mongo.Documents.optionalString;
import static uk.lscb.casereview.adapters.mongo.Documents.putInstant;
import static uk.lscb.casereview.adapters.mongo.Documents.putOptional;
import static uk.lscb.casereview.adapters.mongo.Documents.required;
import static uk.lscb.casereview.adapters.mongo.Documents.strings;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderStage;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.reminders.ReminderJob;

/**
 * A reminder job: {@code {_id: job id (caseId/kind/due/sequence), schemaVersion, caseId, board, kind, due, sequence,
 * stage, at, atNanos?, audience: [names], status, leaseOwner?, leaseUntil?, leaseUntilNanos?, attempts, sentAt?,
 * sentAtNanos?}}. A job without a lease has neither lease field; one not sent has no {@code sentAt}.
 */
final class ReminderJobDocuments {
    static final String CASE_ID = "caseId";
    static final String KIND = "kind";
    static final String AT = "at";
    static final String STATUS = "status";
    static final String LEASE_OWNER = LeasedJobs.LEASE_OWNER;
    static final String LEASE_UNTIL = LeasedJobs.LEASE_UNTIL;
    static final String ATTEMPTS = "attempts";
    static final String SENT_AT = "sentAt";

    private ReminderJobDocuments() {
    }

    static Document job(ReminderJob job) {
        Document document = new Document("_id", job.id())
                .append(Documents.SCHEMA_FIELD, Documents.SCHEMA_VERSION)
                .append(CASE_ID, job.caseId().value())
                .append("board", job.board().value())
                .append(KIND, job.kind().name())
                .append("due", date(job.due()))
                .append("sequence", (long) job.sequence())
                .append("stage", job.stage().name());
        putInstant(document, AT, job.at());
        document.append("audience", EnumSet.copyOf(job.audience()).stream().map(Audience::name).toList())
                .append(STATUS, job.status().name());
        putOptional(document, LEASE_OWNER, job.leaseOwner());
        job.leaseUntil().ifPresent(until -> putInstant(document, LEASE_UNTIL, until));
        document.append(ATTEMPTS, (long) job.attempts());
        job.sentAt().ifPresent(sentAt -> putInstant(document, SENT_AT, sentAt));
        return document;
    }

    static ReminderJob job(Document document) {
        Documents.checkSchema(document, "reminder job");
        Set<Audience> audience = EnumSet.noneOf(Audience.class);
        strings(document, "audience").forEach(name -> audience.add(Audience.valueOf(name)));
        return new ReminderJob(required(document, "_id", String.class),
                new CaseId(required(document, CASE_ID, String.class)),
                new BoardId(required(document, "board", String.class)),
                DeadlineKind.valueOf(required(document, KIND, String.class)),
                date(document, "due"),
                (int) number(document, "sequence"),
                ReminderStage.valueOf(required(document, "stage", String.class)),
                instant(document, AT),
                audience,
                ReminderJob.Status.valueOf(required(document, STATUS, String.class)),
                optionalString(document, LEASE_OWNER),
                document.containsKey(LEASE_UNTIL) ? Optional.of(instant(document, LEASE_UNTIL)) : Optional.empty(),
                (int) number(document, ATTEMPTS),
                document.containsKey(SENT_AT) ? Optional.of(instant(document, SENT_AT)) : Optional.empty());
    }
}
