package uk.lscb.casereview.core.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.messages.StepField;
import uk.lscb.casereview.core.messages.StepField.Option;
import uk.lscb.casereview.core.messages.StepField.Type;
import uk.lscb.casereview.core.rules.AdditionalAction;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The steps of a case after the Chair's decision, as data: what each is called, the fields it asks for, which
 * decisions it belongs to, what must be recorded before it, what rules it out, and the deadline it completes.
 * {@link CaseLifecycle} applies them (order, twice, closed cases) and says what each changes; {@link CaseService}
 * checks who takes them (a Chair, an administrator or a business manager of the board, never a practitioner).
 *
 * <pre>
 * considered for a Serious Case Review: national panel notified (14 days from the decision), before closing
 * SCR and commissioned reviews: methodology, lead reviewers → terms of reference
 * every review: terms of reference → review started → draft received → final report agreed
 *   (an SCR's review starts once the national panel is notified; its final report completes the 6-month target)
 * SCR: final report agreed → publication planned (again to move it) → copy sent to the national panel (7 days
 *   before) → published (12 months at least) → board's response; or final report agreed → not to be published
 * closed: once everything above that applies is recorded; withdrawn: any open case, with a reason
 * wt2023, an incident that is or may be notifiable, decided or not: serious incident notified → rapid review (its
 *   checklist, and its copy to the Panel)
 * wt2023, decided as a local child safeguarding practice review: initiated (publication due 6 months on) → final
 *   report sent to the Panel and the Secretary of State → published, after the day it was sent
 * </pre>
 */
public enum CaseStep {
    NATIONAL_PANEL_NOTIFIED("national-panel-notified", "National panel notified", "national panel notified",
            Scope.CONSIDERED, Optional.of(DeadlineKind.NATIONAL_PANEL_NOTIFICATION),
            List.of(date(Fields.SENT_ON, "Date the notification was sent", "It cannot be in the future."))),

    METHODOLOGY("methodology", "Methodology chosen", "methodology chosen", Scope.SCR_OR_COMMISSIONED,
            Optional.empty(), List.of(
                    new StepField(Fields.METHODOLOGY, "Methodology", Type.CHOICE, true, "Any systems method "
                            + "consistent with Working Together 2015.", List.of(
                            new Option("scie", "SCIE Learning Together systems model"),
                            new Option("silp", "Significant Incident Learning Process (SILP)"),
                            new Option("child-practice-review", "Child Practice Review"),
                            new Option("root-cause-analysis", "Root Cause Analysis"),
                            new Option("other", "Another systems method (name it below)"))),
                    StepField.of(Fields.OTHER_METHOD, "The other systems method", Type.LINE, false,
                            "Only when you chose another systems method."))),

    LEAD_REVIEWERS("lead-reviewers", "Lead reviewers appointed", "lead reviewers appointed",
            Scope.SCR_OR_COMMISSIONED, Optional.empty(), List.of(
                    StepField.of(Fields.LEAD_REVIEWERS, "Lead reviewer or reviewers", Type.LINE, true,
                            "Names, separated by commas. For a Serious Case Review they were named with the decision."),
                    StepField.of(Fields.INDEPENDENT, "They are independent of the case and of the organisations "
                            + "whose actions are reviewed", Type.BOOLEAN, false,
                            "Required for a Serious Case Review."))),

    TERMS_OF_REFERENCE("terms-of-reference", "Terms of reference agreed", "terms of reference agreed", Scope.REVIEW,
            Optional.empty(), List.of(date(Fields.AGREED_ON, "Date agreed", "It cannot be in the future."))),

    REVIEW_STARTED("review-started", "Review started", "review started", Scope.REVIEW, Optional.empty(),
            List.of(date(Fields.STARTED_ON, "Date the review started", "It cannot be in the future."))),

    DRAFT_RECEIVED("draft-received", "Draft report received", "draft report received", Scope.REVIEW,
            Optional.empty(), List.of(date(Fields.RECEIVED_ON, "Date received", "It cannot be in the future."))),

    FINAL_REPORT_AGREED("final-report-agreed", "Final report agreed by the board", "final report agreed",
            Scope.REVIEW, Optional.empty(),
            List.of(date(Fields.AGREED_ON, "Date the board agreed it", "It cannot be in the future."))),

    PUBLICATION_PLANNED("publication-planned", "Publication planned", "publication planned", Scope.SCR,
            Optional.empty(), List.of(date(Fields.PLANNED_FOR, "Planned publication date", "Not in the past, "
                    + "and at most two years ahead. The copy to the national panel is due at least 7 days before; "
                    + "record this step again to move the date."))),

    REPORT_COPY_SENT("report-copy-sent", "Final report sent to the national panel", "final report copy sent",
            Scope.SCR, Optional.of(DeadlineKind.NATIONAL_PANEL_REPORT_COPY),
            List.of(date(Fields.SENT_ON, "Date the copy was sent", "It cannot be in the future."))),

    PUBLISHED("published", "Final report published", "published", Scope.SCR, Optional.empty(), List.of(
            date(Fields.PUBLISHED_ON, "Date published", "It cannot be in the future."),
            StepField.of(Fields.ADDRESS, "Web address of the report", Type.URL, true,
                    "On the board's website, starting with https://. It must stay published for at least 12 months."))),

    BOARD_RESPONSE("board-response", "Board's response to the findings", "board's response recorded",
            Scope.SCR, Optional.empty(), List.of(
                    date(Fields.RESPONDED_ON, "Date of the board's response", "It cannot be in the future."),
                    StepField.of(Fields.ADDRESS, "Web address of the response", Type.URL, false,
                            "If it is published apart from the report."))),

    NOT_PUBLISHING("not-publishing", "Decision not to publish the report", "decided not to publish", Scope.SCR,
            Optional.empty(), List.of(StepField.of(Fields.REASON, "Why it is not to be published", Type.TEXT, true,
            "Never a child's name or date of birth."))),

    SERIOUS_INCIDENT_NOTIFIED("serious-incident-notified", "Serious incident notified to the Panel",
            "serious incident notified", Scope.PANEL_NOTIFIABLE, Optional.of(DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION), List.of(date(Fields.SENT_ON,
            "Date the notification was sent", "It cannot be in the future. It is due within 5 working days of the "
                    + "local authority becoming aware of the incident."))),

    /**
     * The rapid review's checklist (what it covers, in the plain words of rule pack {@code wt2023}'s citation of
     * Working Together 2023 chapter 5) and its copy to the Panel, recorded once the notification is.
     */
    RAPID_REVIEW("rapid-review", "Rapid review completed and sent to the Panel", "rapid review recorded",
            Scope.PANEL_NOTIFIABLE, Optional.of(DeadlineKind.RAPID_REVIEW), List.of(
                    date(Fields.COMPLETED_ON, "Date the rapid review was completed", "It cannot be in the future. "
                            + "It is due within 15 working days of the local authority becoming aware."),
                    StepField.of(Fields.FACTS, "The facts of the case were gathered, as far as they can readily be "
                            + "established", Type.BOOLEAN, true, ""),
                    StepField.of(Fields.IMMEDIATE_ACTION, "Whether any immediate action is needed to keep children "
                            + "safe was discussed, and any such action taken", Type.BOOLEAN, true, ""),
                    StepField.of(Fields.LEARNING, "Any learning was shared, and the potential for improvements to "
                            + "safeguard children considered", Type.BOOLEAN, true, ""),
                    new StepField(Fields.LOCAL_REVIEW, "Whether the case may meet the criteria for a local child "
                            + "safeguarding practice review", Type.CHOICE, true, "The safeguarding partners then "
                            + "decide.", List.of(
                            new Option("may-meet", "It may meet them: a local review is recommended"),
                            new Option("does-not-meet", "It does not meet them"),
                            new Option("national", "It may raise issues of national importance: for the Panel to "
                                    + "consider a national review"))),
                    date(Fields.SENT_ON, "Date the rapid review was sent to the Panel",
                            "It cannot be in the future."))),

    /**
     * Rule pack {@code wt2023}, a case decided as a local child safeguarding practice review: the date the safeguarding
     * partners decided to hold it, from which its report is due to be published within 6 months
     * ({@link DeadlineKind#LOCAL_REVIEW_PUBLICATION}).
     */
    LOCAL_REVIEW_INITIATED("local-review-initiated", "Local child safeguarding practice review initiated",
            "local review initiated", Scope.LOCAL_REVIEW, Optional.empty(), List.of(date(Fields.INITIATED_ON,
            "Date the safeguarding partners decided to hold the review", "It cannot be in the future. The report "
                    + "is to be published within 6 months of it."))),

    /** The local review's final report sent to the Child Safeguarding Practice Review Panel and the Secretary of State. */
    LOCAL_REVIEW_REPORT_SENT("local-review-report-sent", "Final report sent to the Panel and the Secretary of State",
            "local review report sent", Scope.LOCAL_REVIEW, Optional.empty(), List.of(date(Fields.SENT_ON,
            "Date the final report was sent to the Panel and the Secretary of State", "It cannot be in the future. "
                    + "It is sent before the report is published."))),

    /** The local review's final report published, on a later day than it was sent: its publication deadline done. */
    LOCAL_REVIEW_PUBLISHED("local-review-published", "Local review's final report published", "local review published",
            Scope.LOCAL_REVIEW, Optional.of(DeadlineKind.LOCAL_REVIEW_PUBLICATION), List.of(
                    date(Fields.PUBLISHED_ON, "Date published", "It cannot be in the future, nor on or before the day "
                            + "the report was sent to the Panel and the Secretary of State."),
                    StepField.of(Fields.ADDRESS, "Web address of the report", Type.URL, true,
                            "On the partnership's website, starting with https://."))),

    CLOSE("close", "Case closed", "closed", Scope.DECIDED, Optional.empty(),
            List.of(StepField.of(Fields.REASON, "Why the case can be closed", Type.TEXT, true,
                    "Never a child's name or date of birth. A closed case keeps its whole record."))),

    WITHDRAW("withdraw", "Referral withdrawn", "withdrawn", Scope.ANY, Optional.empty(),
            List.of(StepField.of(Fields.REASON, "Why the referral is withdrawn", Type.TEXT, true,
                    "Never a child's name or date of birth. A withdrawn case keeps its whole record.")));

    /** The ids of the steps' fields, as forms and the API send them. */
    public static final class Fields {
        public static final String SENT_ON = "sent_on";
        public static final String METHODOLOGY = "methodology";
        public static final String OTHER_METHOD = "other_method";
        public static final String LEAD_REVIEWERS = "lead_reviewers";
        public static final String INDEPENDENT = "independent";
        public static final String AGREED_ON = "agreed_on";
        public static final String STARTED_ON = "started_on";
        public static final String RECEIVED_ON = "received_on";
        public static final String PLANNED_FOR = "planned_for";
        public static final String PUBLISHED_ON = "published_on";
        public static final String RESPONDED_ON = "responded_on";
        public static final String ADDRESS = "address";
        public static final String REASON = "reason";
        public static final String COMPLETED_ON = "completed_on";
        public static final String FACTS = "facts_gathered";
        public static final String IMMEDIATE_ACTION = "immediate_action_considered";
        public static final String LEARNING = "learning_shared";
        public static final String LOCAL_REVIEW = "local_review_criteria";
        public static final String INITIATED_ON = "initiated_on";

        private Fields() {
        }
    }

    /** Which cases a step belongs to. */
    public enum Scope {
        /** Cases considered for a Serious Case Review (they have the national panel deadline). */
        CONSIDERED,
        SCR,
        SCR_OR_COMMISSIONED,
        /** Every decision that starts a review: an SCR, a commissioned, internal or single-agency learning review. */
        REVIEW,
        /** Every decided case. */
        DECIDED,
        /** Every case, decided or not. */
        ANY,
        /**
         * A case whose recommendation has the Panel notified (rule pack {@code wt2023}: the incident is or may be
         * notifiable), decided or not: the notification and the rapid review come before the decision.
         */
        PANEL_NOTIFIABLE,
        /** A case decided as a local child safeguarding practice review (rule pack {@code wt2023}). */
        LOCAL_REVIEW
    }

    private static final Set<Outcome> REVIEWS = Set.of(Outcome.SERIOUS_CASE_REVIEW,
            Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW, Outcome.INTERNAL_MULTI_AGENCY_LEARNING_REVIEW,
            Outcome.SINGLE_AGENCY_LEARNING_REVIEW);

    private final String id;
    private final String label;
    private final String recorded;
    private final Scope scope;
    private final Optional<DeadlineKind> completes;
    private final List<StepField> fields;

    CaseStep(String id, String label, String recorded, Scope scope, Optional<DeadlineKind> completes,
             List<StepField> fields) {
        this.id = id;
        this.label = label;
        this.recorded = recorded;
        this.scope = scope;
        this.completes = completes;
        this.fields = List.copyOf(fields);
    }

    private static StepField date(String id, String label, String hint) {
        return StepField.of(id, label, Type.DATE, true, hint);
    }

    /** The step's id in payloads, the API and the audit trail's values (lower case, hyphens). */
    public String id() {
        return id;
    }

    /** What the step is, in plain words ("Terms of reference agreed"). */
    public String label() {
        return label;
    }

    /** The button that opens the step's form. */
    public String buttonLabel() {
        return "Record: " + label.substring(0, 1).toLowerCase(java.util.Locale.UK) + label.substring(1);
    }

    /** The audit trail's name for it ("terms of reference agreed"). */
    public String recorded() {
        return recorded;
    }

    public Scope scope() {
        return scope;
    }

    /** The deadline recording it completes (and whose Mark done counts as recording it), if any. */
    public Optional<DeadlineKind> completes() {
        return completes;
    }

    public List<StepField> fields() {
        return fields;
    }

    /** Whether it may be recorded before the decision: withdrawing, and a notifiable incident's first steps. */
    public boolean beforeTheDecision() {
        return scope == Scope.ANY || scope == Scope.PANEL_NOTIFIABLE;
    }

    /** Recorded again, it replaces what was recorded (moving the planned publication date). */
    public boolean repeatable() {
        return this == PUBLICATION_PLANNED;
    }

    /**
     * What must be recorded first, each need met by any one of its steps; a need is skipped on a case its steps do not
     * belong to, or whose decision it is not for.
     */
    List<Need> needs() {
        return switch (this) {
            case TERMS_OF_REFERENCE -> List.of(Need.of(METHODOLOGY), Need.of(LEAD_REVIEWERS));
            case REVIEW_STARTED -> List.of(Need.of(TERMS_OF_REFERENCE),
                    new Need(List.of(NATIONAL_PANEL_NOTIFIED), Set.of(Outcome.SERIOUS_CASE_REVIEW)));
            case DRAFT_RECEIVED -> List.of(Need.of(REVIEW_STARTED));
            case FINAL_REPORT_AGREED -> List.of(Need.of(DRAFT_RECEIVED));
            case PUBLICATION_PLANNED, NOT_PUBLISHING -> List.of(Need.of(FINAL_REPORT_AGREED));
            case REPORT_COPY_SENT -> List.of(Need.of(PUBLICATION_PLANNED));
            case PUBLISHED -> List.of(Need.of(REPORT_COPY_SENT));
            case BOARD_RESPONSE -> List.of(Need.of(PUBLISHED));
            case RAPID_REVIEW -> List.of(Need.of(SERIOUS_INCIDENT_NOTIFIED));
            case LOCAL_REVIEW_REPORT_SENT -> List.of(Need.of(LOCAL_REVIEW_INITIATED));
            case LOCAL_REVIEW_PUBLISHED -> List.of(Need.of(LOCAL_REVIEW_REPORT_SENT));
            case CLOSE -> List.of(Need.of(NATIONAL_PANEL_NOTIFIED), Need.of(RAPID_REVIEW), Need.of(FINAL_REPORT_AGREED),
                    new Need(List.of(BOARD_RESPONSE, NOT_PUBLISHING), Set.of(Outcome.SERIOUS_CASE_REVIEW)));
            default -> List.of();
        };
    }

    /** Steps that, once recorded, rule this one out. */
    List<CaseStep> ruledOutBy() {
        return switch (this) {
            case PUBLICATION_PLANNED, REPORT_COPY_SENT -> List.of(PUBLISHED, NOT_PUBLISHING);
            case PUBLISHED -> List.of(NOT_PUBLISHING);
            case NOT_PUBLISHING -> List.of(PUBLISHED);
            default -> List.of();
        };
    }

    /** One thing that must be recorded first: any of {@code anyOf}, on cases decided as one of {@code onlyFor}. */
    record Need(List<CaseStep> anyOf, Set<Outcome> onlyFor) {
        static Need of(CaseStep step) {
            return new Need(List.of(step), Set.of(Outcome.values()));
        }
    }

    /** Whether the step belongs to this case at all. */
    public boolean belongsTo(CaseRecord record) {
        Optional<Outcome> outcome = record.decision().map(ChairDecision::outcome);
        return switch (scope) {
            case CONSIDERED -> record.deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION).isPresent();
            case SCR -> outcome.filter(Outcome.SERIOUS_CASE_REVIEW::equals).isPresent();
            case SCR_OR_COMMISSIONED -> outcome.filter(o -> o == Outcome.SERIOUS_CASE_REVIEW
                    || o == Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW).isPresent();
            case REVIEW -> outcome.filter(REVIEWS::contains).isPresent();
            case DECIDED -> outcome.isPresent();
            case ANY -> true;
            case PANEL_NOTIFIABLE -> record.recommendation().additionalActions()
                    .contains(AdditionalAction.NOTIFY_THE_PANEL);
            case LOCAL_REVIEW -> outcome.filter(Outcome.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW::equals).isPresent();
        };
    }

    /**
     * Who recorded it and when, if it is recorded: its last entry in the audit trail; for a step that completes a
     * deadline, that deadline marked done (from a reminder too); for an SCR's lead reviewers, the Chair's decision
     * that named them.
     */
    public Optional<DoneMark> recordedOn(CaseRecord record) {
        Optional<DoneMark> deadline = completes.flatMap(record::deadline).flatMap(CaseDeadline::done);
        if (deadline.isPresent()) {
            return deadline;
        }
        if (this == LEAD_REVIEWERS) {
            Optional<DoneMark> atDecision = record.decision().filter(d -> !d.leadReviewers().isEmpty())
                    .map(d -> new DoneMark(d.chair(), d.at()));
            if (atDecision.isPresent()) {
                return atDecision;
            }
        }
        return lastEntry(record).map(event -> new DoneMark(event.who(), event.at()));
    }

    /** The step's last entry in the audit trail, with the values recorded. */
    public Optional<AuditEvent> lastEntry(CaseRecord record) {
        return record.lastAudit(recorded);
    }

    /** The step with this id, if there is one. */
    public static Optional<CaseStep> byId(String id) {
        return Arrays.stream(values()).filter(step -> step.id.equals(id)).findFirst();
    }

    /** Every step's id, for a message naming the ones there are. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(CaseStep::id).toList();
    }
}
