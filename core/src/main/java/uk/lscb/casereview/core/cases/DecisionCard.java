package uk.lscb.casereview.core.cases;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.PartnerRole;
import uk.lscb.casereview.core.boards.Partnership;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.PageLink;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.rules.AnswerType;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.Question;
import uk.lscb.casereview.core.rules.Recommendation;
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.RulePacks;

/**
 * The Chair's decision message, channel-neutral: what every adapter renders (an Adaptive Card, Block
 * Kit, the local page) and updates in place once the case is decided. No child's details: the case
 * reference, board, dates, recommendation with reasons, and the answers.
 *
 * <p>Actions carry {@link ButtonAction.Decision} payloads; the values of {@link #inputs()}
 * come back beside them, keyed by input id.
 *
 * @param decided "Decided by … on …: …" once decided; then there are no inputs and no actions
 * @param page    the link to the case's page on the dashboard, added on delivery when the dashboard's address is
 *                known ({@code PlatformDelivery})
 */
public record DecisionCard(CaseId caseId, long version, String title, List<Fact> facts, Recommendation recommendation,
                           List<Fact> answers, List<Input> inputs, List<Choice> actions, Optional<String> decided,
                           Optional<PageLink> page) {

    public static final String OUTCOME = "outcome";
    public static final String REASON = "reason";
    public static final String JUSTIFICATION = "justification";
    public static final String LEAD_REVIEWERS = "lead_reviewers";
    public static final String INDEPENDENT = "reviewers_independent";
    public static final String CONSENT = "internal_review_consent";
    public static final String REQUEST = "information_request";
    /** The label of the {@link DecisionVerb#DECIDE} button: it decides the outcome chosen in the {@link #OUTCOME} list. */
    public static final String DECIDE_LABEL = "Decide the chosen outcome";
    static final String CONSIDERED = "Considered for a Serious Case Review";
    /** The label of a safeguarding partner's Disagree button (its reason is the {@link #REASON} input). */
    public static final String DISAGREE_LABEL = "Disagree with the recommendation";
    /** The label of the reason input on a safeguarding partner's card. */
    public static final String PARTNER_REASON = "Your reason, if you disagree with the recommendation";

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(London.ZONE);

    /** A card without a link to the case's page. */
    public DecisionCard(CaseId caseId, long version, String title, List<Fact> facts, Recommendation recommendation,
                        List<Fact> answers, List<Input> inputs, List<Choice> actions, Optional<String> decided) {
        this(caseId, version, title, facts, recommendation, answers, inputs, actions, decided, Optional.empty());
    }

    /** This card with the link to its case's page (or none). */
    public DecisionCard withPage(Optional<PageLink> link) {
        return new DecisionCard(caseId, version, title, facts, recommendation, answers, inputs, actions, decided, link);
    }

    public DecisionCard {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(caseId, "caseId");
        facts = List.copyOf(facts);
        answers = List.copyOf(answers);
        inputs = List.copyOf(inputs);
        actions = List.copyOf(actions);
        Objects.requireNonNull(decided, "decided");
    }

    /** A field the Chair fills in. */
    public record Input(String id, String label, Kind kind, List<Choice> options, String hint) {
        public enum Kind { CHOICE, TEXT, MULTILINE, CHECKBOX }

        public Input {
            options = List.copyOf(options);
        }
    }

    /** The referrer's latest answer to a request for more information, if they have given one. */
    public static Optional<String> lastAnswer(CaseRecord record) {
        return lastEvent(record, "information provided");
    }

    private static Optional<String> lastEvent(CaseRecord record, String what) {
        return record.lastAudit(what).map(AuditEvent::detail).filter(detail -> !detail.isBlank());
    }

    /**
     * The card for a case: with inputs and actions while it awaits the Chair, else as decided. A case under another
     * pack than the boards' own framework names it and the deadlines it sets ({@link PackView}), so the Chair knows
     * which law the recommendation follows; a {@code wt2015} card is laid out as it always was. On a case its
     * safeguarding partners decide ({@link PartnerDecision}), the card is theirs: who decides and each partner's answer
     * so far, a reason box and Agree and Disagree, and no deadline for the Chair.
     */
    public static DecisionCard of(CaseRecord record, Boards boards, RulePacks packs) {
        Recommendation rec = record.recommendation().forReader(Recommendation.Reader.OTHERS);
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("Case reference", record.reference().value()));
        facts.add(Fact.of("Board", boards.get(record.board()).map(b -> b.name()).orElse(record.board().value())));
        facts.add(Fact.of(notifiedLabel(record, packs), UkDates.format(record.notifiedOn())));
        record.deadline(DeadlineKind.CHAIR_DECISION).ifPresent(deadline ->
                facts.add(Fact.of("Decision due by", UkDates.format(deadline.due()))));
        if (PackView.namesThePack(record)) {
            PackView view = new PackView(packs);
            facts.add(Fact.of("Rule pack", view.named(record)));
            view.deadlines(record).forEach(dated -> facts.add(Fact.of(dated.deadline().label() + " due by",
                    UkDates.format(dated.due()) + " (" + dated.deadline().workingDays() + " working days)")));
        }
        facts.add(Fact.of("Recommendation", rec.outcome().label()));
        rec.fallbackOutcome().ifPresent(fallback -> facts.add(Fact.of("If the criteria are not met", fallback.label())));
        rec.additionalActions().forEach(action -> facts.add(Fact.of("Also recommended", action.label())));
        if (rec.consideredForSeriousCaseReview()) {
            facts.add(Fact.of(CONSIDERED, "Yes: the national panel of independent experts is told of the Chair's "
                    + "decision within 14 days, and deciding not to hold one needs a written justification."));
        }
        Optional<Partnership> partnership = PartnerDecision.decidingFor(record, boards);
        partnership.ifPresent(partners -> facts.addAll(partnerFacts(record, partners)));
        facts.add(Fact.of("Status", record.stage()));
        lastEvent(record, "more information requested").ifPresent(request ->
                facts.add(Fact.of("The Chair asked for", request)));
        lastAnswer(record).ifPresent(answer -> facts.add(Fact.of("The referrer's answer", answer)));
        RulePack pack = packs.require(rec.rulePack().id());
        List<Fact> answers = new ArrayList<>();
        for (Question question : pack.asked(record.answers())) {
            record.answers().answer(question.id()).filter(answer -> question.decisive())
                    .ifPresent(answer -> answers.add(Fact.answer(question.id(), question.label(), answer.label())));
        }
        String title = "Decision needed: " + record.reference().value();
        if (record.decision().isPresent()) {
            ChairDecision decision = record.decision().get();
            facts.addAll(decisionFacts(decision));
            String line = "Decided by " + (partnership.isPresent() ? "the safeguarding partners"
                    : decision.chair().displayName()) + " on " + WHEN.format(decision.at()) + ": "
                    + decision.outcome().label() + ".";
            return new DecisionCard(record.id(), record.version(), "Decided: " + record.reference().value(), facts, rec,
                    answers, List.of(), List.of(), Optional.of(line));
        }
        if (!record.status().isOpen() || record.status() != CaseStatus.AWAITING_DECISION
                && record.status() != CaseStatus.MORE_INFORMATION_REQUESTED) {
            return new DecisionCard(record.id(), record.version(), record.reference().value() + ": "
                    + record.status().label(), facts, rec, answers, List.of(), List.of(),
                    Optional.of(record.status().label() + "."));
        }
        if (partnership.isPresent()) {
            return new DecisionCard(record.id(), record.version(), title, facts, rec, answers, List.of(new Input(REASON,
                    PARTNER_REASON, Input.Kind.MULTILINE, List.of(), "Needed when you disagree. Do not give a child's "
                    + "name or date of birth.")), List.of(
                    Choice.of("Agree: " + rec.outcome().label(), action(DecisionVerb.AGREE, record)),
                    Choice.of(DISAGREE_LABEL, action(DecisionVerb.DISAGREE, record))), Optional.empty());
        }
        boolean possible = !rec.outcome().decidable();
        List<Choice> outcomes = java.util.Arrays.stream(Outcome.values()).filter(Outcome::decidable)
                .filter(outcome -> outcome.belongsTo(rec.rulePack().id()))
                .map(outcome -> new Choice(outcome.label(), outcome.name())).toList();
        List<Input> inputs = List.of(
                possible
                        ? new Input(OUTCOME, "Your decision: hold a Serious Case Review, or the outcome instead",
                        Input.Kind.CHOICE, outcomes, "Choose it, then press \u201C" + DECIDE_LABEL + "\u201D.")
                        : new Input(OUTCOME, "Another outcome than the recommendation", Input.Kind.CHOICE, outcomes,
                        "Choose it, then press \u201C" + DECIDE_LABEL + "\u201D. Confirm decides the "
                                + "recommendation only."),
                new Input(REASON, "Reason for choosing another outcome", Input.Kind.MULTILINE, List.of(),
                        "Needed when you choose another outcome than the recommendation."),
                new Input(JUSTIFICATION, "Justification for not holding a Serious Case Review", Input.Kind.MULTILINE,
                        List.of(), "Needed when the case was considered for a Serious Case Review and none is held: "
                        + "it goes to the national panel."),
                new Input(LEAD_REVIEWERS, "Independent lead reviewer name(s)", Input.Kind.TEXT, List.of(),
                        "Needed for a Serious Case Review. Separate names with commas."),
                new Input(INDEPENDENT, "The lead reviewers are independent of the case and of the organisations "
                        + "whose actions are reviewed", Input.Kind.CHECKBOX, List.of(), ""),
                new Input(CONSENT, "I give my explicit consent to an internal multi-agency learning review",
                        Input.Kind.CHECKBOX, List.of(), ""),
                new Input(REQUEST, "What more information do you need?", Input.Kind.MULTILINE, List.of(),
                        "Goes back to the referrer."));
        List<Choice> actions = new ArrayList<>();
        if (rec.outcome().decidable()) {
            actions.add(Choice.of("Confirm: " + rec.outcome().label(), action(DecisionVerb.CONFIRM, record)));
        }
        actions.add(Choice.of(DECIDE_LABEL, action(DecisionVerb.DECIDE, record)));
        actions.add(Choice.of("Ask for more information", action(DecisionVerb.MORE_INFORMATION, record)));
        return new DecisionCard(record.id(), record.version(), title, facts, rec, answers, inputs, actions,
                Optional.empty());
    }

    /**
     * Who decides and each partner's answer so far, by role (never a person's or a child's name): "Agrees",
     * "Disagrees: <reason>" or "Not yet confirmed".
     */
    private static List<Fact> partnerFacts(CaseRecord record, Partnership partnership) {
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("Decided by", "The safeguarding partners' lead representatives: "
                + PartnerDecision.rule(partnership.needed()) + "."));
        PartnerDecision confirmed = PartnerDecision.of(record, partnership.needed());
        for (PartnerRole role : PartnerRole.values()) {
            facts.add(Fact.of(role.label(), confirmed.of(role).map(c -> c.agrees() ? "Agrees"
                    : "Disagrees: " + c.reason().orElse("")).orElse("Not yet confirmed")));
        }
        return facts;
    }

    /** "LSCB notified on" on a wt2015 card; on another pack's, its date question's label ("Local authority aware on"). */
    private static String notifiedLabel(CaseRecord record, RulePacks packs) {
        if (!PackView.namesThePack(record)) {
            return "LSCB notified on";
        }
        return packs.find(record.recommendation().rulePack().id()).flatMap(pack -> pack.questions().stream()
                .filter(question -> question.type() == AnswerType.PAST_DATE).findFirst()).map(Question::label)
                .orElse("Notified on");
    }

    /** A button of the card: it says which version of the case, and how much of its audit trail, the card shows. */
    private static ButtonAction.Decision action(DecisionVerb verb, CaseRecord record) {
        return new ButtonAction.Decision(verb, record.id().value(), record.version(), record.audit().size());
    }

    /**
     * The card's button of this verb, as its payload decodes (Decide's also stands for every outcome a platform gives a
     * form of its own); empty when the card has none, as once decided.
     */
    public Optional<ButtonAction.Decision> button(DecisionVerb verb) {
        return actions.stream().flatMap(choice -> ActionCodec.decode(choice.payload()).stream())
                .filter(ButtonAction.Decision.class::isInstance).map(ButtonAction.Decision.class::cast)
                .filter(decision -> decision.verb() == verb).findFirst();
    }

    /** The decision as the panel and the national panel will ask for it: outcome, reason, justification, reviewers. */
    private static List<Fact> decisionFacts(ChairDecision decision) {
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("Decision", decision.outcome().label()));
        decision.reason().ifPresent(reason -> facts.add(Fact.of("Reason for another outcome than the recommendation",
                reason)));
        decision.justification().ifPresent(justification -> facts.add(Fact.of(
                "Justification for not holding a Serious Case Review", justification)));
        if (!decision.leadReviewers().isEmpty()) {
            facts.add(Fact.of("Independent lead reviewers", String.join(", ", decision.leadReviewers())));
        }
        if (decision.reviewersIndependent()) {
            facts.add(Fact.of("Lead reviewers independent of the case", "Confirmed by the Chair"));
        }
        if (decision.internalReviewConsent()) {
            facts.add(Fact.of("Consent to an internal multi-agency learning review", "Given by the Chair"));
        }
        return facts;
    }
}
