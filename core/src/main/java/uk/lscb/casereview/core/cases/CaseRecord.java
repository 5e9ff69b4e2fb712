package uk.lscb.casereview.core.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.lscb.casereview.core.boards.BoardId;
import uk.lscb.casereview.core.conversation.Referral;
import uk.lscb.casereview.core.port.ConversationKey;
import uk.lscb.casereview.core.port.UserRef;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Recommendation;

/**
 * A case as stored: the referral's answers and recommendation, where it is, and its audit trail.
 * No child's name or other personal detail: only the case reference identifies it.
 *
 * @param version optimistic-concurrency version, 1 when created
 * @param origin  the conversation the referral came from
 */
public record CaseRecord(CaseId id, long version, int schemaVersion, BoardId board, CaseReference reference,
                         LocalDate notifiedOn, UserRef referrer, ConversationKey origin, Answers answers,
                         Recommendation recommendation, CaseStatus status, Instant createdAt,
                         List<AuditEvent> audit) {
    public static final int SCHEMA_VERSION = 1;

    public CaseRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(notifiedOn, "notifiedOn");
        Objects.requireNonNull(referrer, "referrer");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        audit = List.copyOf(audit);
    }

    /** The case a submitted referral becomes: awaiting the Chair's decision. */
    public static CaseRecord referred(Referral referral, UserRef referrer, ConversationKey origin, Instant at) {
        return new CaseRecord(CaseId.of(referral.board(), referral.reference()), 1, SCHEMA_VERSION, referral.board(),
                referral.reference(), referral.notifiedOn(), referrer, origin, referral.answers(),
                referral.recommendation(), CaseStatus.AWAITING_DECISION, at,
                List.of(new AuditEvent(at, referrer, "referred",
                        "Recommendation: " + referral.recommendation().outcome().name(),
                        referral.recommendation().rulePack())));
    }

    /** This case one version on, in a new status, with one more audit event. */
    public CaseRecord next(CaseStatus newStatus, AuditEvent event) {
        List<AuditEvent> trail = new ArrayList<>(audit);
        trail.add(event);
        return new CaseRecord(id, version + 1, schemaVersion, board, reference, notifiedOn, referrer, origin, answers,
                recommendation, newStatus, createdAt, trail);
    }
}
