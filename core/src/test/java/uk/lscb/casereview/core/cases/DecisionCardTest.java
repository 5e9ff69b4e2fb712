package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles.PlatformId;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseService.ActionResult;
import uk.lscb.casereview.core.cases.CaseService.Actor;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.Reason;
import uk.lscb.casereview.core.rules.RulePacks;

/** The Chair's card as the Chair and the panel read it: worded for them, and the decision on record. */
class DecisionCardTest {
    private static final UserRef CHAIR = new UserRef(Platform.TEAMS, "aad-chair-1", "Chair One");
    private static final Roles ROLES = new Roles(Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(CHAIR))),
            Map.of());

    private final InMemoryCases cases = new InMemoryCases();
    private final CaseService service = new CaseService(cases, ROLES, Boards.staffordshireAndStoke(),
            new RulePacks(List.of(PortFixtures.pack())), Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"),
            ZoneId.of("Europe/London")), (before, after, action) -> { });

    private CaseRecord referred(String reference, Map<String, String> answers) {
        Map<String, String> encoded = new LinkedHashMap<>();
        encoded.put("board", "staffordshire");
        encoded.put("case_reference", reference);
        encoded.put("notified_on", "2026-11-20");
        encoded.putAll(answers);
        Answers decoded = Answers.decode(PortFixtures.pack(), encoded, Set.of());
        CaseRecord record = CaseRecord.referred(new Referral(PortFixtures.STAFFORDSHIRE,
                        new CaseReference(reference), LocalDate.parse("2026-11-20"), decoded,
                        PortFixtures.pack().recommend(decoded)), PortFixtures.PRACTITIONER,
                new ConversationKey(Platform.TEAMS, "conv-" + reference), PortFixtures.AT);
        cases.create(record);
        return record;
    }

    /** Abuse suspected, the child seriously harmed, no concern about working together, agencies unsure. */
    private CaseRecord internalReviewWithUnsureAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("abuse_or_neglect", "yes");
        answers.put("child_died", "no");
        answers.put("seriously_harmed", "yes");
        answers.put("concern_working_together", "no");
        answers.put("multi_agency_negative_impact", "no");
        answers.put("single_agency_improvements", "yes");
        answers.put("several_agencies_need_action", "unsure");
        answers.put("single_organisation_improvements", "no");
        answers.put("further_audit_needed", "unsure");
        return referred("SCR-2026-410", answers);
    }

    private static Map<String, String> facts(DecisionCard card) {
        Map<String, String> facts = new LinkedHashMap<>();
        card.facts().forEach(fact -> facts.put(fact.label(), fact.value()));
        return facts;
    }

    @Test
    void theChairsCardSaysTheReferrerWasNotSureNeverYou() {
        DecisionCard card = service.card(internalReviewWithUnsureAnswers());

        List<String> statements = card.recommendation().reasons().stream().map(Reason::statement).toList();
        assertThat(statements).anySatisfy(text -> assertThat(text).contains("(the referrer was not sure)"));
        assertThat(statements).noneSatisfy(text -> assertThat(text.toLowerCase()).contains("you were not sure"));
    }

    @Test
    void theChairsCardSaysInAPlainLineWhenTheCaseWasConsideredForASeriousCaseReview() {
        DecisionCard considered = service.card(internalReviewWithUnsureAnswers());
        DecisionCard notConsidered = service.card(referred("SCR-2026-411", Map.of("abuse_or_neglect", "no",
                "child_died", "no", "died_in_custody", "no", "multi_agency_negative_impact", "no",
                "single_agency_improvements", "no", "single_organisation_improvements", "no",
                "further_audit_needed", "no")));

        assertThat(facts(considered)).containsKey("Considered for a Serious Case Review");
        assertThat(facts(considered).get("Considered for a Serious Case Review")).startsWith("Yes")
                .contains("national panel").contains("justification");
        assertThat(facts(notConsidered)).doesNotContainKey("Considered for a Serious Case Review");
    }

    @Test
    void onAPossibleSeriousCaseReviewThereIsNoConfirmAndTheOutcomeListAsksForTheDecision() {
        DecisionCard card = service.card(referred("SCR-2026-412", Map.of("abuse_or_neglect", "unsure",
                "child_died", "yes", "died_in_custody", "no", "suspected_suicide", "no",
                "multi_agency_negative_impact", "no", "single_agency_improvements", "no",
                "single_organisation_improvements", "no", "further_audit_needed", "no")));

        assertThat(card.recommendation().outcome()).isEqualTo(Outcome.POSSIBLE_SERIOUS_CASE_REVIEW);
        assertThat(card.actions()).extracting(Choice::label).noneMatch(label -> label.startsWith("Confirm"));
        DecisionCard.Input outcome = card.inputs().stream().filter(input -> input.id().equals(DecisionCard.OUTCOME))
                .findFirst().orElseThrow();
        assertThat(outcome.label() + " " + outcome.hint()).doesNotContain("another than the recommendation")
                .doesNotContain("Confirm").contains("Serious Case Review");
    }

    /**
     * On a possible Serious Case Review the Chair decides between a Serious Case Review and the fallback: either needs
     * no reason "for choosing another outcome" (a Serious Case Review was refused without one); any other does.
     */
    @Test
    void onAPossibleSeriousCaseReviewEitherOutcomeItOffersIsDecidedWithoutAReasonForAnother() {
        CaseRecord record = referred("SCR-2026-414", Map.of("abuse_or_neglect", "unsure",
                "child_died", "yes", "died_in_custody", "no", "suspected_suicide", "no",
                "multi_agency_negative_impact", "no", "single_agency_improvements", "no",
                "single_organisation_improvements", "no", "further_audit_needed", "no"));
        Outcome fallback = record.recommendation().fallbackOutcome().orElseThrow();

        assertThat(CaseLifecycle.inputsNeeded(record.recommendation(), Outcome.SERIOUS_CASE_REVIEW))
                .doesNotContain(DecisionCard.REASON);
        assertThat(CaseLifecycle.inputsNeeded(record.recommendation(), fallback)).doesNotContain(DecisionCard.REASON);
        assertThat(CaseLifecycle.inputsNeeded(record.recommendation(), Outcome.SINGLE_AGENCY_LEARNING_REVIEW == fallback
                ? Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW : Outcome.SINGLE_AGENCY_LEARNING_REVIEW))
                .contains(DecisionCard.REASON);
        Map<String, String> inputs = new HashMap<>();
        inputs.put(DecisionCard.OUTCOME, Outcome.SERIOUS_CASE_REVIEW.name());
        inputs.put(DecisionCard.LEAD_REVIEWERS, "A. Reviewer");
        inputs.put(DecisionCard.INDEPENDENT, "true");
        DecisionCard card = service.card(record);
        ActionResult decided = service.cardAction((ButtonAction.Decision) ActionCodec.decode(card.actions().stream()
                .filter(action -> action.label().startsWith("Decide")).findFirst().orElseThrow().payload())
                .orElseThrow(), inputs, Actor.person(CHAIR));

        assertThat(decided.applied()).as(decided.message()).isTrue();
        assertThat(decided.record().orElseThrow().decision().orElseThrow().reason()).isEmpty();
    }

    @Test
    void theDecidedCardShowsTheLeadReviewersAndTheirIndependence() {
        CaseRecord record = referred("SCR-2026-413", Map.of("abuse_or_neglect", "yes", "child_died", "yes",
                "died_in_custody", "no", "suspected_suicide", "no", "further_audit_needed", "no"));
        Map<String, String> inputs = new HashMap<>();
        inputs.put(DecisionCard.LEAD_REVIEWERS, "A. Reviewer, B. Reviewer");
        inputs.put(DecisionCard.INDEPENDENT, "true");
        ActionResult decided = service.cardAction(new ButtonAction.Decision(DecisionVerb.CONFIRM, record.id().value(), record.version()),
                inputs, Actor.person(CHAIR));
        assertThat(decided.applied()).as(decided.message()).isTrue();

        Map<String, String> facts = facts(service.card(decided.record().orElseThrow()));
        assertThat(facts).containsEntry("Decision", Outcome.SERIOUS_CASE_REVIEW.label())
                .containsEntry("Independent lead reviewers", "A. Reviewer, B. Reviewer")
                .containsEntry("Lead reviewers independent of the case", "Confirmed by the Chair");
    }

    @Test
    void theDecidedCardShowsTheReasonForAnotherOutcomeAndTheJustificationForTheNationalPanel() {
        CaseRecord record = internalReviewWithUnsureAnswers();
        Map<String, String> inputs = new HashMap<>();
        inputs.put(DecisionCard.OUTCOME, Outcome.SINGLE_AGENCY_LEARNING_REVIEW.name());
        inputs.put(DecisionCard.REASON, "Only the health visiting service needs to act.");
        inputs.put(DecisionCard.JUSTIFICATION, "The harm did not come from how agencies worked together.");
        ActionResult decided = service.cardAction(new ButtonAction.Decision(DecisionVerb.DECIDE, record.id().value(), record.version()),
                inputs, Actor.person(CHAIR));
        assertThat(decided.applied()).as(decided.message()).isTrue();

        DecisionCard card = service.card(decided.record().orElseThrow());
        assertThat(facts(card)).containsEntry("Decision", Outcome.SINGLE_AGENCY_LEARNING_REVIEW.label())
                .containsEntry("Reason for another outcome than the recommendation",
                        "Only the health visiting service needs to act.")
                .containsEntry("Justification for not holding a Serious Case Review",
                        "The harm did not come from how agencies worked together.");
        assertThat(card.facts()).extracting(Fact::label).doesNotContain("Independent lead reviewers");
    }
}
