package uk.lscb.casereview.core.cases;

import java.net.URI;
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
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.messages.PersonalDetails;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.Recommendation;

/**
 * The case lifecycle as an explicit state machine: a pure function from (case, action, time) to the
 * next case or a refusal with a clear message. Who may take an action is checked by the caller.
 *
 * <pre>
 * AWAITING_DECISION ⇄ MORE_INFORMATION_REQUESTED
 * AWAITING_DECISION → (Decide) → DECIDED, or CLOSED for no further action
 * Serious Case Review: DECIDED → NATIONAL_PANEL_NOTIFIED → REVIEW_IN_PROGRESS → FINAL_REPORT → PUBLISHED → CLOSED
 * learning reviews:    DECIDED → REVIEW_IN_PROGRESS → ACTIONS → CLOSED
 * any open status → WITHDRAWN
 * </pre>
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
        if (action instanceof CaseAction.MarkDone done) {
            return markDone(current, done, now);
        }
        if (action instanceof CaseAction.RecordDelay delay) {
            return recordDelay(current, delay, now, reminded);
        }
        if (action instanceof CaseAction.Withdraw withdraw) {
            if (!current.status().isOpen()) {
                return refused("This case is already " + current.status().label().toLowerCase(Locale.UK) + ".");
            }
            return required(withdraw.reason(), "a reason for withdrawing the referral")
                    .orElseGet(() -> move(current, CaseStatus.WITHDRAWN, action, now, "withdrawn", withdraw.reason()));
        }
        if (action instanceof CaseAction.RequestMoreInformation request) {
            if (request.request() == null || request.request().isBlank()) {
                return refused("Please say what information is needed.", DecisionCard.REQUEST);
            }
            return expect(current, CaseStatus.AWAITING_DECISION)
                    .orElseGet(() -> move(current, CaseStatus.MORE_INFORMATION_REQUESTED, action, now,
                            "more information requested", request.request()));
        }
        if (action instanceof CaseAction.InformationProvided provided) {
            if (provided.note() == null || provided.note().isBlank()) {
                return refused("Please type the information the Chair asked for.", ANSWER);
            }
            return expect(current, CaseStatus.MORE_INFORMATION_REQUESTED)
                    .orElseGet(() -> applied(current.next(CaseStatus.AWAITING_DECISION,
                                    event(current, action, now, "information provided", provided.note())),
                            "Thank you: your answer has been sent to the Chair, and referral "
                                    + current.reference().value() + " is awaiting the Chair's decision again."));
        }
        return afterDecision(current, action, now);
    }

    private static Result afterDecision(CaseRecord current, CaseAction action, Instant now) {
        if (current.decision().isEmpty()) {
            return refused("The Chair has not decided on this case yet.");
        }
        Outcome decided = current.decision().get().outcome();
        boolean scr = decided == Outcome.SERIOUS_CASE_REVIEW;
        LocalDate today = London.dateOf(now);
        if (action instanceof CaseAction.NationalPanelNotified notified) {
            Optional<CaseDeadline> deadline = current.deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION);
            if (deadline.isEmpty()) {
                return refused("This case was not considered for a Serious Case Review, so the national panel is "
                        + "not notified of it.");
            }
            if (deadline.get().isDone()) {
                return alreadyDone(deadline.get());
            }
            if (notified.on().isAfter(today)) {
                return refused("The date the national panel was notified cannot be in the future.");
            }
            List<CaseDeadline> deadlines = replace(current.deadlines(),
                    deadline.get().markedDone(new DoneMark(action.who(), now)));
            CaseStatus next = scr && current.status() == CaseStatus.DECIDED
                    ? CaseStatus.NATIONAL_PANEL_NOTIFIED : current.status();
            return applied(current.next(next, current.decision(), deadlines,
                    event(current, action, now, "national panel notified", "on " + notified.on())),
                    "National panel notified on " + notified.on() + ".");
        }
        if (action instanceof CaseAction.ReviewStarted) {
            if (decided == Outcome.NO_FURTHER_ACTION) {
                return refused("The Chair decided that no review is needed on this case.");
            }
            return expect(current, scr ? CaseStatus.NATIONAL_PANEL_NOTIFIED : CaseStatus.DECIDED)
                    .orElseGet(() -> move(current, CaseStatus.REVIEW_IN_PROGRESS, action, now, "review started", ""));
        }
        if (action instanceof CaseAction.FinalReportAgreed agreed) {
            if (!scr) {
                return refused("Only a Serious Case Review has a final report to agree.");
            }
            return expect(current, CaseStatus.REVIEW_IN_PROGRESS).orElseGet(() -> {
                List<CaseDeadline> deadlines = current.deadline(DeadlineKind.SCR_COMPLETION)
                        .filter(deadline -> !deadline.isDone())
                        .map(deadline -> replace(current.deadlines(), deadline.markedDone(new DoneMark(action.who(), now))))
                        .orElse(current.deadlines());
                return applied(current.next(CaseStatus.FINAL_REPORT, current.decision(), deadlines,
                        event(current, action, now, "final report agreed", "on " + agreed.on())),
                        "Final report agreed on " + agreed.on() + ".");
            });
        }
        if (action instanceof CaseAction.PublicationPlanned planned) {
            if (!scr) {
                return refused("Only a Serious Case Review's report is published.");
            }
            if (planned.on().isBefore(today)) {
                return refused("The planned publication date cannot be in the past.");
            }
            return expect(current, CaseStatus.FINAL_REPORT).orElseGet(() -> applied(
                    current.next(current.status(), current.decision(), replace(current.deadlines(),
                                    CaseDeadline.open(DeadlineKind.NATIONAL_PANEL_REPORT_COPY,
                                            DeadlineKind.NATIONAL_PANEL_REPORT_COPY.dueDate(planned.on()))),
                            event(current, action, now, "publication planned", "for " + planned.on())),
                    "Publication planned for " + planned.on() + ": the national panel's copy is due by "
                            + DeadlineKind.NATIONAL_PANEL_REPORT_COPY.dueDate(planned.on()) + "."));
        }
        if (action instanceof CaseAction.Published published) {
            if (!scr) {
                return refused("Only a Serious Case Review's report is published.");
            }
            if (published.on().isAfter(today)) {
                return refused("The publication date cannot be in the future; record the planned date instead.");
            }
            if (!isWebAddress(published.address())) {
                return refused("The report's address must be a web address starting with https:// or http://.");
            }
            return expect(current, CaseStatus.FINAL_REPORT).orElseGet(() -> applied(
                    current.next(CaseStatus.PUBLISHED, current.decision(), replace(current.deadlines(),
                                    CaseDeadline.open(DeadlineKind.PUBLICATION_MINIMUM,
                                            DeadlineKind.PUBLICATION_MINIMUM.dueDate(published.on()))),
                            event(current, action, now, "published", "on " + published.on() + " at "
                                    + published.address())),
                    "Published on " + published.on() + ". It must stay published until at least "
                            + DeadlineKind.PUBLICATION_MINIMUM.dueDate(published.on()) + "."));
        }
        if (action instanceof CaseAction.LearningRecorded learning) {
            if (scr || decided == Outcome.NO_FURTHER_ACTION) {
                return refused("Learning and actions are recorded for learning reviews.");
            }
            return expect(current, CaseStatus.REVIEW_IN_PROGRESS)
                    .or(() -> required(learning.findings(), "the findings"))
                    .or(() -> required(learning.actions(), "the actions"))
                    .orElseGet(() -> move(current, CaseStatus.ACTIONS, action, now, "learning recorded",
                            "findings: " + learning.findings() + "; actions: " + learning.actions()));
        }
        if (action instanceof CaseAction.Close close) {
            CaseStatus from = scr ? CaseStatus.PUBLISHED : CaseStatus.ACTIONS;
            return expect(current, from)
                    .orElseGet(() -> move(current, CaseStatus.CLOSED, action, now, "closed", close.note()));
        }
        throw new IllegalArgumentException("unknown action " + action.getClass().getSimpleName());
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

    private static boolean isRecommended(Recommendation recommendation, Outcome outcome) {
        return outcome == recommendation.outcome() || recommendation.fallbackOutcome().filter(outcome::equals).isPresent();
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
        boolean recommended = isRecommended(current.recommendation(), outcome);
        if (!recommended && decide.reason().isEmpty()) {
            return refused("Please give a reason for choosing " + outcome.label()
                    + " instead of the recommendation.", DecisionCard.REASON);
        }
        boolean considered = considered(current.recommendation(), outcome);
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
        CaseStatus next = outcome == Outcome.NO_FURTHER_ACTION ? CaseStatus.CLOSED : CaseStatus.DECIDED;
        return applied(current.next(next, Optional.of(decision), deadlines,
                new AuditEvent(now, decide.who(), "decided", detail, current.recommendation().rulePack())),
                "Decided: " + outcome.label() + ".");
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
        return applied(current.next(current.status(), current.decision(),
                        replace(current.deadlines(), deadline.get().markedDone(new DoneMark(done.who(), now))),
                        event(current, done, now, "deadline done", done.deadline().name())),
                done.deadline().label() + ": marked done.");
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
                    + deadline.get().due() + ".");
        }
        return required(delay.reason(), "the reason for the delay", DELAY_REASON).orElseGet(() -> applied(
                current.next(current.status(), current.decision(),
                        replace(current.deadlines(), deadline.get().withDelayReason(delay.reason().trim())),
                        event(current, delay, now, "delay reason", delay.deadline().name() + ": " + delay.reason())),
                "Reason for the delay recorded."));
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

    private static Optional<Result> required(String text, String what) {
        return text == null || text.isBlank() ? Optional.of(refused("Please give " + what + ".")) : Optional.empty();
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

    private static boolean isWebAddress(String address) {
        try {
            URI uri = URI.create(address.trim());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException | NullPointerException notAnAddress) {
            return false;
        }
    }

    /**
     * The free text a case keeps (reasons, justification, requests, notes, findings) is refused, with
     * the person told why, when it may hold a child's name or date of birth. Only these fields keep
     * what people type; lead reviewers' names and a publication's address are meant to be names.
     */
    private static final Set<String> CARD_INPUTS =
            Set.of(DecisionCard.REASON, DecisionCard.JUSTIFICATION, DecisionCard.REQUEST, ANSWER);

    /** The free text the action carries, by the name of its field (a card input id where it has one). */
    private static Map<String, Optional<String>> freeTexts(CaseAction action) {
        Map<String, Optional<String>> texts = new LinkedHashMap<>();
        if (action instanceof CaseAction.Decide decide) {
            texts.put(DecisionCard.REASON, decide.reason());
            texts.put(DecisionCard.JUSTIFICATION, decide.justification());
        } else if (action instanceof CaseAction.RequestMoreInformation request) {
            texts.put(DecisionCard.REQUEST, Optional.ofNullable(request.request()));
        } else if (action instanceof CaseAction.InformationProvided provided) {
            texts.put(ANSWER, Optional.ofNullable(provided.note()));
        } else if (action instanceof CaseAction.Withdraw withdraw) {
            texts.put("withdrawal reason", Optional.ofNullable(withdraw.reason()));
        } else if (action instanceof CaseAction.RecordDelay delay) {
            texts.put("delay reason", Optional.ofNullable(delay.reason()));
        } else if (action instanceof CaseAction.Close close) {
            texts.put("note", Optional.ofNullable(close.note()));
        } else if (action instanceof CaseAction.LearningRecorded learning) {
            texts.put("findings", Optional.ofNullable(learning.findings()));
            texts.put("actions", Optional.ofNullable(learning.actions()));
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
                        Optional.of(text.getKey()).filter(CARD_INPUTS::contains)));
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
                        Optional.of(text.getKey()).filter(CARD_INPUTS::contains)));
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
