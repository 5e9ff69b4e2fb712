package uk.lscb.casereview.core.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.DecisionMaker;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.PackDeadline;
import uk.lscb.casereview.core.rules.PackDeadlines;
import uk.lscb.casereview.core.rules.Recommendation;

/**
 * A case as stored: the referral's answers and recommendation, where it is, and its audit trail.
 * No child's name or other personal detail: only the case reference identifies it.
 *
 * @param version   optimistic-concurrency version, 1 when created
 * @param origin    the conversation the referral came from
 * @param followUps what its stored changes still owe (cards, notes, reminders), written with each change
 */
public record CaseRecord(CaseId id, long version, int schemaVersion, BoardId board, CaseReference reference,
                         LocalDate notifiedOn, UserRef referrer, ConversationKey origin, Answers answers,
                         Recommendation recommendation, CaseStatus status, Instant createdAt,
                         Optional<ChairDecision> decision, List<CaseDeadline> deadlines, List<AuditEvent> audit,
                         CaseFollowUps followUps) {
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
        Objects.requireNonNull(decision, "decision");
        deadlines = List.copyOf(deadlines);
        audit = List.copyOf(audit);
        Objects.requireNonNull(followUps, "followUps");
    }

    /** A case that owes nothing. */
    public CaseRecord(CaseId id, long version, int schemaVersion, BoardId board, CaseReference reference,
                      LocalDate notifiedOn, UserRef referrer, ConversationKey origin, Answers answers,
                      Recommendation recommendation, CaseStatus status, Instant createdAt,
                      Optional<ChairDecision> decision, List<CaseDeadline> deadlines, List<AuditEvent> audit) {
        this(id, version, schemaVersion, board, reference, notifiedOn, referrer, origin, answers, recommendation,
                status, createdAt, decision, deadlines, audit, CaseFollowUps.NONE);
    }

    /**
     * The case a submitted referral becomes: awaiting the Chair's decision, which is due one month
     * after the LSCB was notified, and owing the Chair's card, the panel's note and its reminders.
     */
    public static CaseRecord referred(Referral referral, UserRef referrer, ConversationKey origin, Instant at) {
        return referred(referral, Optional.empty(), referrer, origin, at);
    }

    /**
     * As {@link #referred(Referral, UserRef, ConversationKey, Instant)}, also owing the deadlines the referral's
     * rule pack declares ({@code packDeadlines}): each one its recommendation sets, due so many working days after
     * the answer to the pack's date question (day 0). None when that answer is missing.
     *
     * @throws IllegalStateException when the pack declares a deadline the engine has no {@link DeadlineKind} for
     */
    public static CaseRecord referred(Referral referral, Optional<PackDeadlines> packDeadlines, UserRef referrer,
                                      ConversationKey origin, Instant at) {
        List<CaseDeadline> deadlines = new ArrayList<>();
        // The framework's one month for the Chair's decision; the safeguarding partners' decision has none of its
        // own under wt2023: it follows the rapid review, whose deadline the pack declares.
        if (referral.recommendation().outcome().decidedBy() == DecisionMaker.CHAIR) {
            deadlines.add(CaseDeadline.open(DeadlineKind.CHAIR_DECISION,
                    DeadlineKind.CHAIR_DECISION.dueDate(referral.notifiedOn())));
        }
        packDeadlines.ifPresent(declared -> referral.answers().date(declared.dayZero()).ifPresent(day0 -> {
            String pack = referral.recommendation().rulePack().id();
            for (PackDeadline deadline : declared.following(referral.recommendation())) {
                DeadlineKind kind = DeadlineKind.declared(pack, deadline.id()).orElseThrow(() ->
                        new IllegalStateException("rule pack " + pack + " declares deadline " + deadline.id()
                                + ", which the engine cannot remind"));
                deadlines.add(CaseDeadline.open(kind, deadline.due(day0)));
            }
        }));
        return new CaseRecord(CaseId.of(referral.board(), referral.reference()), 1, SCHEMA_VERSION, referral.board(),
                referral.reference(), referral.notifiedOn(), referrer, origin, referral.answers(),
                referral.recommendation(), CaseStatus.AWAITING_DECISION, at, Optional.empty(),
                deadlines,
                List.of(new AuditEvent(at, referrer, "referred",
                        "Recommendation: " + referral.recommendation().outcome().name(),
                        referral.recommendation().rulePack())),
                CaseFollowUps.NONE.plus(FollowUp.ofReferral(1)));
    }

    /** This case one version on, in a new status, with one more audit event. */
    public CaseRecord next(CaseStatus newStatus, AuditEvent event) {
        return next(newStatus, decision, deadlines, event);
    }

    /** This case one version on, with a new status, decision and deadlines, and one more audit event. */
    public CaseRecord next(CaseStatus newStatus, Optional<ChairDecision> newDecision, List<CaseDeadline> newDeadlines,
                           AuditEvent event) {
        return next(newStatus, newDecision, newDeadlines, List.of(event));
    }

    /** This case one version on, with a new status, decision and deadlines, and these audit events in order. */
    CaseRecord next(CaseStatus newStatus, Optional<ChairDecision> newDecision, List<CaseDeadline> newDeadlines,
                    List<AuditEvent> events) {
        List<AuditEvent> trail = new ArrayList<>(audit);
        trail.addAll(events);
        return new CaseRecord(id, version + 1, schemaVersion, board, reference, notifiedOn, referrer, origin, answers,
                recommendation, newStatus, createdAt, newDecision, newDeadlines, trail, followUps);
    }

    /**
     * This case one version on, with one more audit event and owing {@code more} besides, status and deadlines
     * unchanged: a step kept outside the case (an agency's information request) written to its trail, in one write
     * with what it owes.
     */
    public CaseRecord recording(AuditEvent event, List<FollowUp> more) {
        return next(status, event).owing(more);
    }

    /** This case one version on, also owing {@code more}, nothing else changed (a due reminder handed over). */
    public CaseRecord owingAlso(List<FollowUp> more) {
        return withFollowUps(followUps.plus(more));
    }

    /** This case one version on with another outbox, nothing else changed. */
    public CaseRecord withFollowUps(CaseFollowUps next) {
        return new CaseRecord(id, version + 1, schemaVersion, board, reference, notifiedOn, referrer, origin, answers,
                recommendation, status, createdAt, decision, deadlines, audit, next);
    }

    /** The same version of this case, also owing {@code more}: for the write that makes the change owing them. */
    CaseRecord owing(List<FollowUp> more) {
        return new CaseRecord(id, version, schemaVersion, board, reference, notifiedOn, referrer, origin, answers,
                recommendation, status, createdAt, decision, deadlines, audit, followUps.plus(more));
    }

    /** The deadline of this kind, if the case has one. */
    public Optional<CaseDeadline> deadline(DeadlineKind kind) {
        return deadlines.stream().filter(deadline -> deadline.kind() == kind).findFirst();
    }

    /**
     * Considered for a Serious Case Review: recommended (or possibly recommended) for one, or the
     * Chair decided on one.
     */
    public boolean consideredForSeriousCaseReview() {
        return recommendation.consideredForSeriousCaseReview()
                || decision.filter(d -> d.outcome() == Outcome.SERIOUS_CASE_REVIEW).isPresent();
    }

    /**
     * Its status as people read it, which for a case awaiting its decision names who decides: the Chair, or under a
     * pack whose decision is the safeguarding partners' (wt2023), "Awaiting the safeguarding partners".
     */
    public String stage() {
        return status == CaseStatus.AWAITING_DECISION
                && recommendation.outcome().decidedBy() == DecisionMaker.SAFEGUARDING_PARTNERS
                ? AWAITING_PARTNERS : status.label();
    }

    /** The stage of a case awaiting its safeguarding partners' decision. */
    public static final String AWAITING_PARTNERS = "Awaiting the safeguarding partners";

    /** The audit trail's last entry of this action ("information provided", a step's), if it has one. */
    public Optional<AuditEvent> lastAudit(String action) {
        for (int i = audit.size() - 1; i >= 0; i--) {
            if (audit.get(i).action().equals(action)) {
                return Optional.of(audit.get(i));
            }
        }
        return Optional.empty();
    }

    /** Waiting for the Chair: no decision yet, and awaiting a decision or more information. */
    public boolean awaitsTheChair() {
        return decision.isEmpty() && (status == CaseStatus.AWAITING_DECISION
                || status == CaseStatus.MORE_INFORMATION_REQUESTED);
    }
}
