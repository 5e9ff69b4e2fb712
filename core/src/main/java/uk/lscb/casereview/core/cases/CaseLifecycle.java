package uk.lscb.casereview.core.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lscb.casereview.core.boards.PartnerRole;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.messages.PersonalDetails;
import uk.lscb.casereview.core.messages.StepField;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.Recommendation;

/**
 * The case lifecycle as an explicit state machine: a pure function from (case, action, time) to the
 * next case or a refusal with a clear message. Who may take an action is checked by the caller.
 *
 * <pre>
 * AWAITING_DECISION ⇄ MORE_INFORMATION_REQUESTED
 * AWAITING_DECISION → (Decide) → DECIDED; CLOSED at once for no further action on a case not considered for an SCR
 * Serious Case Review: DECIDED → NATIONAL_PANEL_NOTIFIED → REVIEW_IN_PROGRESS → FINAL_REPORT → PUBLISHED → CLOSED
 *                      (or FINAL_REPORT → CLOSED once it is decided not to publish)
 * learning reviews:    DECIDED → REVIEW_IN_PROGRESS → FINAL_REPORT → CLOSED
 * any open status → WITHDRAWN
 * </pre>
 *
 * <p>After the decision a case moves by {@link CaseStep}s ({@link CaseAction.Step}): each is refused, changing
 * nothing, when its case is not one it belongs to, when what must come first is not recorded, when it was already
 * recorded (saying by whom and when), when something recorded rules it out, or when a field is missing or wrong (the
 * refusal names the field). A case considered for a Serious Case Review never closes with the national panel's
 * notification outstanding.
 */
public final class CaseLifecycle {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(London.ZONE);
    private static final int MIN_JUSTIFICATION = 20;
    /** The input of the referrer's answer to a request for more information. */
    public static final String ANSWER = "answer";
    /** The input of the reason for a delay, on an overdue reminder. */
    public static final String DELAY_REASON = "delay_reason";
    /** The most a free-text field keeps (reasons, justification, requests, answers, notes): longer is refused. */
    public static final int MAX_FREE_TEXT = 4000;

    private CaseLifecycle() {
    }

    /** What came of an action. */
    public sealed interface Result {
        /** The action was taken: the case as it now is, and one line saying what happened. */
        record Applied(CaseRecord next, String summary) implements Result {
        }

        /**
         * The action was not taken; the message says why, in plain words. Nothing changed.
         *
         * @param input the decision card's input the refusal is about (a {@link DecisionCard} input id), if any
         */
        record Refused(String message, Optional<String> input) implements Result {
        }
    }

    /** Whether the overdue reminder of a case's deadline due on {@code due} has been posted. */
    @FunctionalInterface
    public interface Reminded {
        /** Knows of no reminder posted: a deadline counts as passed by the clock alone. */
        Reminded NOTHING = (kind, due) -> false;

        boolean overdueReminderPosted(DeadlineKind kind, LocalDate due);
    }

    public static Result apply(CaseRecord current, CaseAction action, Instant now) {
        return apply(current, action, now, Reminded.NOTHING);
    }

    /**
     * As {@link #apply(CaseRecord, CaseAction, Instant)}, knowing which overdue reminders were posted: a reason for a
     * delay is taken once the deadline has passed or its overdue reminder asked for one, whichever comes first.
     */
    public static Result apply(CaseRecord current, CaseAction action, Instant now, Reminded reminded) {
        Map<String, Optional<String>> texts = freeTexts(action);
        Optional<Result> refused = tooLong(texts).or(() -> mayHoldPersonalDetails(texts));
        if (refused.isPresent()) {
            return refused.get();
        }
        if (action instanceof CaseAction.Decide decide) {
            return decide(current, decide, now);
        }
        if (action instanceof CaseAction.PartnerConfirms confirms) {
            return confirm(current, confirms, now);
        }
        if (action instanceof CaseAction.MarkDone done) {
            return markDone(current, done, now);
        }
        if (action instanceof CaseAction.RecordDelay delay) {
            return recordDelay(current, delay, now, reminded);
        }
        if (action instanceof CaseAction.Step step) {
            return step(current, step, now);
        }
        if (action instanceof CaseAction.RequestMoreInformation request) {
            if (request.request() == null || request.request().isBlank()) {
                return refused("Please say what information is needed.", DecisionCard.REQUEST);
            }
            if (current.status() == CaseStatus.MORE_INFORMATION_REQUESTED) {
                return refused("More information was already asked for" + current.lastAudit("more information "
                        + "requested").map(CaseLifecycle::byOn).orElse("") + "; the referrer has not answered yet. "
                        + "You can decide once they have.");
            }
            return expect(current, CaseStatus.AWAITING_DECISION)
                    .orElseGet(() -> move(current, CaseStatus.MORE_INFORMATION_REQUESTED, action, now,
                            "more information requested", request.request()));
        }
        if (action instanceof CaseAction.InformationProvided provided) {
            if (provided.note() == null || provided.note().isBlank()) {
                return refused("Please type the information the Chair asked for.", ANSWER);
            }
            Optional<AuditEvent> answered = current.lastAudit("information provided");
            if (current.status() == CaseStatus.AWAITING_DECISION && current.decision().isEmpty()
                    && answered.isPresent()) {
                return refused("The Chair's request was already answered" + byOn(answered.get()) + "; the Chair "
                        + "has the answer, and the case is awaiting their decision.");
            }
            return expect(current, CaseStatus.MORE_INFORMATION_REQUESTED)
                    .orElseGet(() -> applied(current.next(CaseStatus.AWAITING_DECISION,
                                    event(current, action, now, "information provided", provided.note())),
                            "Thank you: your answer has been sent to the Chair, and referral "
                                    + current.reference().value() + " is awaiting the Chair's decision again."));
        }
        throw new IllegalArgumentException("unknown action " + action.getClass().getSimpleName());
    }

    /** ", by … on …" of an audit entry. */
    private static String byOn(AuditEvent event) {
        return ", by " + event.who().displayName() + " on " + WHEN.format(event.at());
    }

    private static Result step(CaseRecord current, CaseAction.Step action, Instant now) {
        Optional<String> refusal = refusal(current, action.step());
        if (refusal.isPresent()) {
            return refused(refusal.get());
        }
        Map<String, String> values = new LinkedHashMap<>();
        Optional<Result> invalid = StepValues.read(current, action, London.dateOf(now), values);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        return applyStep(current, action, now, values);
    }

    /**
     * Why the step cannot be taken on the case as it is, whatever its values: not decided, closed, not one of its
     * steps, already recorded (by whom and when), ruled out, or something before it not recorded. Empty when it can
     * be taken (its values are checked when it is).
     */
    public static Optional<String> refusal(CaseRecord current, CaseStep step) {
        if (!step.beforeTheDecision() && current.decision().isEmpty()) {
            return Optional.of("The Chair has not decided on this case yet.");
        }
        boolean lateNotice = step == CaseStep.NATIONAL_PANEL_NOTIFIED && current.status() == CaseStatus.CLOSED;
        if (!current.status().isOpen() && !lateNotice) {
            return Optional.of("This case is " + current.status().label().toLowerCase(Locale.UK)
                    + ", so nothing more can be recorded on it. It keeps its whole record.");
        }
        if (!step.belongsTo(current)) {
            return Optional.of(notItsStep(current, step));
        }
        Optional<DoneMark> done = step.recordedOn(current);
        if (done.isPresent() && !step.repeatable()) {
            return Optional.of(step.label() + " was already recorded, by " + done.get().who().displayName() + " on "
                    + WHEN.format(done.get().at()) + ".");
        }
        for (CaseStep rival : step.ruledOutBy()) {
            Optional<DoneMark> rivalDone = rival.recordedOn(current);
            if (rivalDone.isPresent()) {
                return Optional.of(step.label() + " can't be recorded: \u201C" + rival.label() + "\u201D was recorded, "
                        + "by " + rivalDone.get().who().displayName() + " on " + WHEN.format(rivalDone.get().at()) + ".");
            }
        }
        Optional<String> missing = missing(current, step);
        if (missing.isPresent()) {
            return Optional.of("That can't be done yet: first record \u201C" + missing.get() + "\u201D.");
        }
        if (step == CaseStep.WITHDRAW && current.deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION)
                .filter(deadline -> !deadline.isDone()).isPresent()) {
            return Optional.of("The national panel has not yet been notified of the Chair's decision: record that "
                    + "first. A case considered for a Serious Case Review is never closed or withdrawn with the "
                    + "notification outstanding.");
        }
        return Optional.empty();
    }

    /** The steps that can be taken on the case now, in the catalogue's order. */
    public static List<CaseStep> available(CaseRecord current) {
        return java.util.Arrays.stream(CaseStep.values()).filter(step -> refusal(current, step).isEmpty()).toList();
    }

    /** The first need of the step the case has not met, in words; empty when all are met. */
    private static Optional<String> missing(CaseRecord current, CaseStep step) {
        Outcome outcome = current.decision().map(ChairDecision::outcome).orElse(null);
        for (CaseStep.Need need : step.needs()) {
            List<CaseStep> belonging = need.anyOf().stream().filter(candidate -> candidate.belongsTo(current)).toList();
            // Undecided (a step taken before the decision), only the needs of every decision apply.
            boolean forThisCase = outcome == null ? need.onlyFor().containsAll(List.of(Outcome.values()))
                    : need.onlyFor().contains(outcome);
            if (belonging.isEmpty() || !forThisCase) {
                continue;
            }
            if (belonging.stream().noneMatch(candidate -> candidate.recordedOn(current).isPresent())) {
                return Optional.of(String.join("\u201D or \u201C", belonging.stream().map(CaseStep::label).toList()));
            }
        }
        return Optional.empty();
    }

    private static String notItsStep(CaseRecord current, CaseStep step) {
        if (step.scope() == CaseStep.Scope.PANEL_NOTIFIABLE) {
            return "This case is not an incident to notify to the Child Safeguarding Practice Review Panel, so "
                    + "\u201C" + step.label() + "\u201D does not apply to it.";
        }
        if (step.scope() == CaseStep.Scope.CONSIDERED) {
            return "This case was not considered for a Serious Case Review, so the national panel is not notified "
                    + "of it.";
        }
        return step.label() + " is not a step of a case decided as: "
                + current.decision().map(decision -> decision.outcome().label()).orElse("undecided") + ".";
    }

    private static Result applyStep(CaseRecord current, CaseAction.Step action, Instant now,
                                    Map<String, String> values) {
        CaseStep step = action.step();
        CaseStatus status = current.status();
        List<CaseDeadline> deadlines = current.deadlines();
        DoneMark mark = new DoneMark(action.who(), now);
        boolean scr = current.decision().filter(d -> d.outcome() == Outcome.SERIOUS_CASE_REVIEW).isPresent();
        String summary = step.label() + ": recorded.";
        switch (step) {
            case NATIONAL_PANEL_NOTIFIED -> {
                deadlines = completed(deadlines, DeadlineKind.NATIONAL_PANEL_NOTIFICATION, mark);
                status = scr && status == CaseStatus.DECIDED ? CaseStatus.NATIONAL_PANEL_NOTIFIED : status;
                summary = "National panel notified on " + day(values.get(CaseStep.Fields.SENT_ON)) + ".";
            }
            case SERIOUS_INCIDENT_NOTIFIED ->
                    deadlines = completed(deadlines, DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION, mark);
            case RAPID_REVIEW -> deadlines = completed(deadlines, DeadlineKind.RAPID_REVIEW, mark);
            case LOCAL_REVIEW_INITIATED -> {
                status = CaseStatus.REVIEW_IN_PROGRESS;
                LocalDate due = DeadlineKind.LOCAL_REVIEW_PUBLICATION.dueDate(
                        LocalDate.parse(values.get(CaseStep.Fields.INITIATED_ON)));
                deadlines = replace(deadlines, CaseDeadline.open(DeadlineKind.LOCAL_REVIEW_PUBLICATION, due));
                summary = "Local review initiated on " + day(values.get(CaseStep.Fields.INITIATED_ON)) + ": its report "
                        + "is to be published by " + UkDates.format(due) + ".";
            }
            case LOCAL_REVIEW_PUBLISHED -> {
                status = CaseStatus.PUBLISHED;
                deadlines = completed(deadlines, DeadlineKind.LOCAL_REVIEW_PUBLICATION, mark);
                summary = "Published on " + day(values.get(CaseStep.Fields.PUBLISHED_ON)) + ".";
            }
            case REVIEW_STARTED -> status = CaseStatus.REVIEW_IN_PROGRESS;
            case FINAL_REPORT_AGREED -> {
                status = CaseStatus.FINAL_REPORT;
                deadlines = completed(deadlines, DeadlineKind.SCR_COMPLETION, mark);
            }
            case PUBLICATION_PLANNED -> {
                LocalDate planned = LocalDate.parse(values.get(CaseStep.Fields.PLANNED_FOR));
                LocalDate due = DeadlineKind.NATIONAL_PANEL_REPORT_COPY.dueDate(planned);
                Optional<DoneMark> sent = current.deadline(DeadlineKind.NATIONAL_PANEL_REPORT_COPY)
                        .flatMap(CaseDeadline::done);
                deadlines = replace(deadlines, new CaseDeadline(DeadlineKind.NATIONAL_PANEL_REPORT_COPY, due, sent,
                        Optional.empty()));
                summary = "Publication planned for " + UkDates.format(planned) + ": the copy to the national panel "
                        + (sent.isPresent() ? "was already sent." : "is due by " + UkDates.format(due) + ".");
            }
            case REPORT_COPY_SENT -> deadlines = completed(deadlines, DeadlineKind.NATIONAL_PANEL_REPORT_COPY, mark);
            case PUBLISHED -> {
                status = CaseStatus.PUBLISHED;
                LocalDate until = DeadlineKind.PUBLICATION_MINIMUM.dueDate(
                        LocalDate.parse(values.get(CaseStep.Fields.PUBLISHED_ON)));
                deadlines = replace(deadlines, CaseDeadline.open(DeadlineKind.PUBLICATION_MINIMUM, until));
                summary = "Published on " + day(values.get(CaseStep.Fields.PUBLISHED_ON)) + ". It must stay published "
                        + "until at least " + UkDates.format(until) + ".";
            }
            case NOT_PUBLISHING -> deadlines = deadlines.stream().filter(deadline ->
                    deadline.kind() != DeadlineKind.NATIONAL_PANEL_REPORT_COPY || deadline.isDone()).toList();
            case CLOSE -> {
                status = CaseStatus.CLOSED;
                summary = "The case's stage is now: " + CaseStatus.CLOSED.label() + ".";
            }
            case WITHDRAW -> {
                status = CaseStatus.WITHDRAWN;
                summary = "The case's stage is now: " + CaseStatus.WITHDRAWN.label() + ".";
            }
            default -> {
                // recorded in the audit trail only
            }
        }
        AuditEvent event = new AuditEvent(now, action.who(), step.recorded(), StepValues.describe(step, values),
                current.recommendation().rulePack(), values);
        return applied(current.next(status, current.decision(), deadlines, event), summary);
    }

    private static String day(String iso) {
        return UkDates.format(LocalDate.parse(iso));
    }

    /** The deadline of this kind marked done, if the case has it open; otherwise the deadlines as they are. */
    private static List<CaseDeadline> completed(List<CaseDeadline> deadlines, DeadlineKind kind, DoneMark mark) {
        return deadlines.stream().map(deadline -> deadline.kind() == kind && !deadline.isDone()
                ? deadline.markedDone(mark) : deadline).toList();
    }

    /**
     * The decision card's inputs (their {@link DecisionCard} ids, in card order) that deciding on this outcome asks
     * for, by the rules {@code decide} applies: a reason for another outcome than the recommendation, a justification
     * for not holding a Serious Case Review on a case considered for one, the lead reviewers and their independence
     * for a Serious Case Review, the Chair's consent for an internal multi-agency learning review.
     */
    public static List<String> inputsNeeded(Recommendation recommendation, Outcome outcome) {
        List<String> ids = new ArrayList<>();
        if (!isRecommended(recommendation, outcome)) {
            ids.add(DecisionCard.REASON);
        }
        if (needsJustification(recommendation, outcome)) {
            ids.add(DecisionCard.JUSTIFICATION);
        }
        if (outcome == Outcome.SERIOUS_CASE_REVIEW) {
            ids.add(DecisionCard.LEAD_REVIEWERS);
            ids.add(DecisionCard.INDEPENDENT);
        }
        if (outcome == Outcome.INTERNAL_MULTI_AGENCY_LEARNING_REVIEW) {
            ids.add(DecisionCard.CONSENT);
        }
        return ids;
    }

    /**
     * Whether the outcome is one the recommendation leaves to the Chair without another reason: the recommended one,
     * its fallback, and, on a possible Serious Case Review ("the Chair must decide"), the Serious Case Review itself,
     * which was asked for a reason "for choosing Serious Case Review instead of the recommendation".
     */
    private static boolean isRecommended(Recommendation recommendation, Outcome outcome) {
        return outcome == recommendation.outcome() || recommendation.fallbackOutcome().filter(outcome::equals).isPresent()
                || recommendation.outcome() == Outcome.POSSIBLE_SERIOUS_CASE_REVIEW
                && outcome == Outcome.SERIOUS_CASE_REVIEW;
    }

    private static boolean considered(Recommendation recommendation, Outcome outcome) {
        return recommendation.consideredForSeriousCaseReview() || outcome == Outcome.SERIOUS_CASE_REVIEW;
    }

    private static boolean needsJustification(Recommendation recommendation, Outcome outcome) {
        return considered(recommendation, outcome) && outcome != Outcome.SERIOUS_CASE_REVIEW;
    }

    private static Result decide(CaseRecord current, CaseAction.Decide decide, Instant now) {
        if (current.decision().isPresent()) {
            ChairDecision made = current.decision().get();
            return refused("This case has already been decided, by " + made.chair().displayName() + " on "
                    + WHEN.format(made.at()) + ": " + made.outcome().label() + ".");
        }
        if (current.status() != CaseStatus.AWAITING_DECISION
                && current.status() != CaseStatus.MORE_INFORMATION_REQUESTED) {
            return refused("This case is " + current.status().label().toLowerCase(Locale.UK)
                    + ", so it cannot be decided now.");
        }
        Outcome outcome = decide.outcome();
        if (!outcome.decidable()) {
            return refused("Choose whether to hold a Serious Case Review: a possible one is a recommendation, "
                    + "not a decision.", DecisionCard.OUTCOME);
        }
        if (!outcome.belongsTo(current.recommendation().rulePack().id())) {
            return refused(outcome.label() + " is not an outcome of this case's rule pack ("
                    + current.recommendation().rulePack() + "): choose one of the card's outcomes.",
                    DecisionCard.OUTCOME);
        }
        if (!isRecommended(current.recommendation(), outcome) && decide.reason().isEmpty()) {
            return refused("Please give a reason for choosing " + outcome.label()
                    + " instead of the recommendation.", DecisionCard.REASON);
        }
        if (needsJustification(current.recommendation(), outcome)
                && decide.justification().map(String::length).orElse(0) < MIN_JUSTIFICATION) {
            return refused("This case was considered for a Serious Case Review, so deciding not to hold one needs "
                    + "a written justification (at least " + MIN_JUSTIFICATION + " characters): it goes to the "
                    + "national panel of independent experts.", DecisionCard.JUSTIFICATION);
        }
        if (outcome == Outcome.SERIOUS_CASE_REVIEW && decide.leadReviewers().isEmpty()) {
            return refused("Please name the independent lead reviewer or reviewers.", DecisionCard.LEAD_REVIEWERS);
        }
        if (outcome == Outcome.SERIOUS_CASE_REVIEW && !decide.reviewersIndependent()) {
            return refused("Please confirm that the lead reviewers are independent of the case and of the "
                    + "organisations whose actions are being reviewed.", DecisionCard.INDEPENDENT);
        }
        if (outcome == Outcome.INTERNAL_MULTI_AGENCY_LEARNING_REVIEW && !decide.internalReviewConsent()) {
            return refused("An internal multi-agency learning review needs your explicit consent: please tick "
                    + "the consent box.", DecisionCard.CONSENT);
        }
        return decided(current, decide, now, List.of());
    }

    /**
     * The decision made, on a case whose rules {@code decide} has met: the case decided, with {@code first} (the
     * confirmation that made the partners' decision stand) then the decision in its audit trail, in one version.
     */
    private static Result decided(CaseRecord current, CaseAction.Decide decide, Instant now, List<AuditEvent> first) {
        Outcome outcome = decide.outcome();
        boolean recommended = isRecommended(current.recommendation(), outcome);
        boolean considered = considered(current.recommendation(), outcome);
        ChairDecision decision = new ChairDecision(outcome, decide.who(), now, decide.reason(),
                considered && outcome != Outcome.SERIOUS_CASE_REVIEW ? decide.justification() : Optional.empty(),
                outcome == Outcome.SERIOUS_CASE_REVIEW ? decide.leadReviewers() : List.of(),
                outcome == Outcome.SERIOUS_CASE_REVIEW && decide.reviewersIndependent(),
                outcome == Outcome.INTERNAL_MULTI_AGENCY_LEARNING_REVIEW && decide.internalReviewConsent());
        List<CaseDeadline> deadlines = new ArrayList<>();
        for (CaseDeadline deadline : current.deadlines()) {
            deadlines.add(deadline.kind() == DeadlineKind.CHAIR_DECISION && !deadline.isDone()
                    ? deadline.markedDone(new DoneMark(decide.who(), now)) : deadline);
        }
        LocalDate decidedOn = London.dateOf(now);
        if (considered) {
            deadlines.add(CaseDeadline.open(DeadlineKind.NATIONAL_PANEL_NOTIFICATION,
                    DeadlineKind.NATIONAL_PANEL_NOTIFICATION.dueDate(decidedOn)));
        }
        if (outcome == Outcome.SERIOUS_CASE_REVIEW) {
            deadlines.add(CaseDeadline.open(DeadlineKind.SCR_COMPLETION, DeadlineKind.SCR_COMPLETION.dueDate(decidedOn)));
        }
        String detail = outcome.name() + (recommended ? " (as recommended)" : " (recommended "
                + current.recommendation().outcome().name() + "; reason: " + decide.reason().orElseThrow() + ")");
        CaseStatus next = outcome == Outcome.NO_FURTHER_ACTION && !considered ? CaseStatus.CLOSED : CaseStatus.DECIDED;
        List<AuditEvent> events = new ArrayList<>(first);
        events.add(new AuditEvent(now, decide.who(), "decided", detail, current.recommendation().rulePack()));
        return applied(current.next(next, Optional.of(decision), deadlines, events),
                "Decided: " + outcome.label() + ".");
    }

    /**
     * A safeguarding partner's confirmation: recorded in the audit trail (a press on the side already recorded for
     * that partner changes nothing and says so; the other side is a change of mind, recorded too); when it makes the
     * partnership's rule met, the decision stands in the same version: the recommendation, or the pack's other
     * outcome when the partners disagree with it (their reasons are the decision's reason).
     */
    private static Result confirm(CaseRecord current, CaseAction.PartnerConfirms confirm, Instant now) {
        if (current.decision().isPresent()) {
            ChairDecision made = current.decision().get();
            return refused("This case has already been decided by the safeguarding partners on "
                    + WHEN.format(made.at()) + ": " + made.outcome().label() + ".");
        }
        if (current.status() != CaseStatus.AWAITING_DECISION) {
            return refused("This case is " + current.status().label().toLowerCase(Locale.UK)
                    + ", so it cannot be decided now.");
        }
        PartnerRole role = confirm.role();
        if (!confirm.agrees() && confirm.reason().isEmpty()) {
            return refused("Please give the reason why the " + role.label() + " disagrees with the recommendation.",
                    DecisionCard.REASON);
        }
        Optional<PartnerDecision.Confirmation> had = PartnerDecision.of(current, confirm.needed()).of(role);
        if (had.filter(earlier -> earlier.agrees() == confirm.agrees()).isPresent()) {
            PartnerDecision.Confirmation earlier = had.get();
            return refused("The " + role.label() + " already " + (earlier.agrees() ? "agreed" : "disagreed")
                    + ", confirmed by " + earlier.who().displayName() + " on " + WHEN.format(earlier.at())
                    + ". Nothing has changed.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(PartnerDecision.ROLE, role.key());
        values.put(PartnerDecision.AGREES, Boolean.toString(confirm.agrees()));
        if (!confirm.agrees()) {
            values.put(PartnerDecision.REASON, confirm.reason().orElseThrow());
        }
        AuditEvent event = new AuditEvent(now, confirm.who(), PartnerDecision.CONFIRMED, role.label() + " "
                + (confirm.agrees() ? "agrees with the recommendation" : "disagrees with the recommendation: "
                + confirm.reason().orElseThrow()) + (had.isPresent() ? " (changed)" : ""),
                current.recommendation().rulePack(), values);
        CaseRecord confirmed = current.next(current.status(), event);
        PartnerDecision partners = PartnerDecision.of(confirmed, confirm.needed());
        Optional<Boolean> stands = partners.stands();
        Outcome recommended = current.recommendation().outcome();
        Optional<Outcome> outcome = stands.flatMap(withAdvice -> withAdvice ? Optional.of(recommended)
                : PartnerDecision.otherThan(recommended, current.recommendation().rulePack().id()));
        if (outcome.isEmpty()) {
            String said = "Recorded: the " + role.label() + (confirm.agrees() ? " agrees" : " disagrees") + ". ";
            return applied(confirmed, said + (partners.deadlocked()
                    ? "The partners differ, so the decision stays open until one of them changes their answer on "
                    + "the card: " + partners.positions()
                    : "The decision stands once " + PartnerDecision.rule(confirm.needed()) + ": "
                    + partners.positions()));
        }
        CaseAction.Decide decide = new CaseAction.Decide(confirm.who(), outcome.get(),
                stands.get() ? Optional.empty() : Optional.of(partners.reasonsAgainst()), Optional.empty(), List.of(),
                false, false);
        return decided(current, decide, now, List.of(event));
    }

    private static Result markDone(CaseRecord current, CaseAction.MarkDone done, Instant now) {
        Optional<CaseDeadline> deadline = current.deadline(done.deadline());
        if (deadline.isEmpty()) {
            return refused("This case has no deadline for: " + done.deadline().label() + ".");
        }
        if (deadline.get().isDone()) {
            return alreadyDone(deadline.get());
        }
        if (!done.deadline().markedDoneByPerson()) {
            return refused(done.deadline().label() + " cannot be marked done: it is done "
                    + done.deadline().doneWhen() + ".");
        }
        Optional<String> missing = finishedBy(done.deadline()).flatMap(step -> missing(current, step));
        if (missing.isPresent()) {
            return refused(done.deadline().label() + " can't be marked done yet: first record \u201C"
                    + missing.get() + "\u201D.");
        }
        boolean panelOfScr = done.deadline() == DeadlineKind.NATIONAL_PANEL_NOTIFICATION
                && current.status() == CaseStatus.DECIDED
                && current.decision().filter(d -> d.outcome() == Outcome.SERIOUS_CASE_REVIEW).isPresent();
        return applied(current.next(panelOfScr ? CaseStatus.NATIONAL_PANEL_NOTIFIED : current.status(),
                        current.decision(),
                        replace(current.deadlines(), deadline.get().markedDone(new DoneMark(done.who(), now))),
                        event(current, done, now, "deadline done", done.deadline().name())),
                done.deadline().label() + ": marked done.");
    }

    /**
     * The step whose recording finishes the deadline: the one that completes it (and whose Mark done counts as
     * recording it), or, for a serious case review's 6 months, the final report agreed. Marking the deadline done
     * waits for what that step waits for: "done … scr" marked a review completed before it had started.
     */
    private static Optional<CaseStep> finishedBy(DeadlineKind deadline) {
        if (deadline == DeadlineKind.SCR_COMPLETION) {
            return Optional.of(CaseStep.FINAL_REPORT_AGREED);
        }
        return java.util.Arrays.stream(CaseStep.values()).filter(step -> step.completes().equals(Optional.of(deadline)))
                .findFirst();
    }

    private static Result recordDelay(CaseRecord current, CaseAction.RecordDelay delay, Instant now,
                                      Reminded reminded) {
        Optional<CaseDeadline> deadline = current.deadline(delay.deadline());
        if (deadline.isEmpty()) {
            return refused("This case has no deadline for: " + delay.deadline().label() + ".");
        }
        if (deadline.get().isDone()) {
            return alreadyDone(deadline.get());
        }
        if (!ReminderPolicy.englandAndWales().isOverdue(delay.deadline(), deadline.get().due(), now)
                && !reminded.overdueReminderPosted(delay.deadline(), deadline.get().due())) {
            return refused("A reason for delay is recorded once the deadline has passed; it is due on "
                    + UkDates.format(deadline.get().due()) + ".");
        }
        Optional<String> before = deadline.get().delayReason();
        if (before.filter(reason -> reason.equalsIgnoreCase(delay.reason().trim())).isPresent()) {
            return refused("That reason for the delay is already recorded.");
        }
        return required(delay.reason(), "the reason for the delay", DELAY_REASON).orElseGet(() -> {
            CaseDeadline reasoned = deadline.get().withDelayReason(delay.reason().trim());
            // A second reason replaces the first, saying so: the audit trail keeps both.
            return applied(current.next(current.status(), current.decision(),
                            replace(current.deadlines(), reasoned),
                            event(current, delay, now, "delay reason", delay.deadline().name() + ": " + delay.reason())),
                    before.map(reason -> "It replaces the reason recorded before, \u201C" + reason + "\u201D. ")
                            .orElse("") + reasoned.delayLine().orElseThrow());
        });
    }

    private static Result move(CaseRecord current, CaseStatus next, CaseAction action, Instant now, String what,
                               String detail) {
        return applied(current.next(next, event(current, action, now, what, detail)),
                "The case's stage is now: " + next.label() + ".");
    }

    private static AuditEvent event(CaseRecord current, CaseAction action, Instant now, String what, String detail) {
        return new AuditEvent(now, action.who(), what, detail == null ? "" : detail.trim(),
                current.recommendation().rulePack());
    }

    private static Optional<Result> expect(CaseRecord current, CaseStatus status) {
        return current.status() == status ? Optional.empty()
                : Optional.of(refused("That can't be done now: the case is " + current.status().label()
                .toLowerCase(Locale.UK) + ", and this step follows \u201C" + status.label().toLowerCase(Locale.UK)
                + "\u201D."));
    }

    private static Optional<Result> required(String text, String what, String input) {
        return text == null || text.isBlank() ? Optional.of(refused("Please give " + what + ".", input))
                : Optional.empty();
    }

    private static Result alreadyDone(CaseDeadline deadline) {
        DoneMark mark = deadline.done().orElseThrow();
        return refused(deadline.kind().label() + " was already marked done by " + mark.who().displayName() + " on "
                + WHEN.format(mark.at()) + ".");
    }

    private static List<CaseDeadline> replace(List<CaseDeadline> deadlines, CaseDeadline replacement) {
        List<CaseDeadline> next = new ArrayList<>();
        boolean replaced = false;
        for (CaseDeadline deadline : deadlines) {
            if (deadline.kind() == replacement.kind()) {
                next.add(replacement);
                replaced = true;
            } else {
                next.add(deadline);
            }
        }
        if (!replaced) {
            next.add(replacement);
        }
        return next;
    }

    /**
     * The free text a case keeps (reasons, justification, requests, notes, findings) and the web addresses of its
     * steps (a report's, a response's) are refused, with the person told why, when they may hold a child's name or
     * date of birth (an address read as one: {@link PersonalDetails#suspectInAddress}). Only these fields keep what
     * people type; lead reviewers' names are meant to be names.
     */
    private static final Set<String> CARD_INPUTS =
            Set.of(DecisionCard.REASON, DecisionCard.JUSTIFICATION, DecisionCard.REQUEST, ANSWER);

    /** The free text the action carries, by the name of its field (a card input id where it has one). */
    /** A card input or a step's field: a refusal about it is shown beside it. */
    private static boolean isInput(String key) {
        return CARD_INPUTS.contains(key) || java.util.Arrays.stream(CaseStep.values())
                .anyMatch(step -> step.fields().stream().anyMatch(field -> field.id().equals(key)));
    }

    private static Map<String, Optional<String>> freeTexts(CaseAction action) {
        Map<String, Optional<String>> texts = new LinkedHashMap<>();
        if (action instanceof CaseAction.Decide decide) {
            texts.put(DecisionCard.REASON, decide.reason());
            texts.put(DecisionCard.JUSTIFICATION, decide.justification());
        } else if (action instanceof CaseAction.PartnerConfirms confirms) {
            texts.put(DecisionCard.REASON, confirms.reason());
        } else if (action instanceof CaseAction.RequestMoreInformation request) {
            texts.put(DecisionCard.REQUEST, Optional.ofNullable(request.request()));
        } else if (action instanceof CaseAction.InformationProvided provided) {
            texts.put(ANSWER, Optional.ofNullable(provided.note()));
        } else if (action instanceof CaseAction.RecordDelay delay) {
            texts.put("delay reason", Optional.ofNullable(delay.reason()));
        } else if (action instanceof CaseAction.Step step) {
            step.step().fields().stream().filter(field -> (field.type().isFreeText()
                            || field.type() == StepField.Type.URL) && !field.id().equals(CaseStep.Fields.LEAD_REVIEWERS))
                    .forEach(field -> texts.put(field.id(), Optional.ofNullable(step.values().get(field.id()))));
        }
        return texts;
    }

    private static Optional<Result> tooLong(Map<String, Optional<String>> texts) {
        for (Map.Entry<String, Optional<String>> text : texts.entrySet()) {
            int length = text.getValue().map(String::length).orElse(0);
            if (length > MAX_FREE_TEXT) {
                return Optional.of(new Result.Refused(String.format(Locale.UK, "The %s is %,d characters long; "
                        + "it can be at most %,d. Nothing has been recorded: please shorten it.",
                        text.getKey().replace('_', ' '), length, MAX_FREE_TEXT),
                        Optional.of(text.getKey()).filter(CaseLifecycle::isInput)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Result> mayHoldPersonalDetails(Map<String, Optional<String>> texts) {
        for (Map.Entry<String, Optional<String>> text : texts.entrySet()) {
            Optional<PersonalDetails.Suspicion> suspicion = text.getValue().flatMap(PersonalDetails::suspectInNotes);
            if (suspicion.isPresent()) {
                return Optional.of(new Result.Refused("I haven't recorded that: "
                        + suspicion.get().because() + ". Please never type a child's name or date of birth: use "
                        + "the case reference, and describe people by their role.",
                        Optional.of(text.getKey()).filter(CaseLifecycle::isInput)));
            }
        }
        return Optional.empty();
    }

    private static Result applied(CaseRecord next, String summary) {
        return new Result.Applied(next, summary);
    }

    private static Result refused(String message) {
        return new Result.Refused(message, Optional.empty());
    }

    private static Result refused(String message, String input) {
        return new Result.Refused(message, Optional.of(input));
    }
}
