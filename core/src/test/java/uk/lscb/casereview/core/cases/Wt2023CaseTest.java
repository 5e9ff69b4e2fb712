package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.boards.Roles.PlatformId;
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
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.RulePackRef;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;

/** A wt2023 case beside wt2015 ones, through the same engine: its pack kept, named, and its own outcomes only. */
class Wt2023CaseTest {
    private static final UserRef CHAIR = new UserRef(Platform.TEAMS, "aad-chair-1", "Chair One");
    private static final Roles ROLES = new Roles(Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(CHAIR))),
            Map.of());

    private final InMemoryCases cases = new InMemoryCases();
    private final CaseService service = new CaseService(cases, ROLES, Boards.staffordshireAndStoke(),
            new RulePacks(List.of(Wt2015.pack(), Wt2023.pack())), Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"),
            ZoneId.of("Europe/London")), (before, after, action) -> { });

    private CaseRecord referred(RulePack pack, String reference, String dateId, Map<String, String> answers) {
        Map<String, String> encoded = new LinkedHashMap<>();
        encoded.put("board", "staffordshire");
        encoded.put("case_reference", reference);
        encoded.put(dateId, "2026-11-20");
        encoded.putAll(answers);
        Answers decoded = Answers.decode(pack, encoded, Set.of());
        CaseRecord record = CaseRecord.referred(new Referral(PortFixtures.STAFFORDSHIRE, new CaseReference(reference),
                        LocalDate.parse("2026-11-20"), decoded, pack.recommend(decoded)), PortFixtures.PRACTITIONER,
                new ConversationKey(Platform.TEAMS, "conv-" + reference), PortFixtures.AT);
        cases.create(record);
        return record;
    }

    private CaseRecord wt2023Case() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("abuse_or_neglect", "yes");
        answers.put("child_died", "no");
        answers.put("seriously_harmed", "yes");
        answers.put("in_area", "yes");
        answers.put("improvements_needed", "yes");
        answers.put("recurrent_themes", "no");
        answers.put("agencies_working_together", "no");
        answers.put("panel_advised_local_review", "no");
        return referred(Wt2023.pack(), "CSPR-2026-001", "aware_on", answers);
    }

    private static Map<String, String> facts(DecisionCard card) {
        Map<String, String> facts = new LinkedHashMap<>();
        card.facts().forEach(fact -> facts.put(fact.label(), fact.value()));
        return facts;
    }

    @Test
    void theCaseKeepsThePackAndVersionItStartedUnderAndItsCardNamesThem() {
        CaseRecord record = wt2023Case();
        CaseRecord stored = cases.find(record.id()).orElseThrow();
        assertThat(stored.recommendation().rulePack()).isEqualTo(new RulePackRef("wt2023", Wt2023.VERSION));
        assertThat(facts(service.card(stored))).containsEntry("Rule pack",
                "wt2023 " + Wt2023.VERSION + ": " + Wt2023.pack().title())
                .containsEntry("Recommendation", Outcome.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW.label());
    }

    @Test
    void eachCardOffersOnlyItsOwnPacksOutcomes() {
        DecisionCard wt2023 = service.card(wt2023Case());
        DecisionCard wt2015 = service.card(referred(Wt2015.pack(), "SCR-2026-002", "notified_on", Map.of(
                "abuse_or_neglect", "yes", "child_died", "yes", "died_in_custody", "no", "suspected_suicide", "no",
                "further_audit_needed", "no")));
        assertThat(outcomes(wt2023)).containsExactly(Outcome.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW.name(),
                Outcome.NO_LOCAL_REVIEW.name());
        assertThat(outcomes(wt2015)).doesNotContain(Outcome.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW.name(),
                Outcome.NO_LOCAL_REVIEW.name()).contains(Outcome.SERIOUS_CASE_REVIEW.name());
        assertThat(wt2015.facts()).extracting(Fact::label).doesNotContain("Rule pack");
    }

    @Test
    void anOutcomeOfAnotherPackIsRefused() {
        CaseRecord record = wt2023Case();
        ActionResult result = service.cardAction(new ButtonAction.Decision(DecisionVerb.DECIDE, record.id().value(),
                record.version()), Map.of(DecisionCard.OUTCOME, Outcome.SERIOUS_CASE_REVIEW.name(),
                DecisionCard.REASON, "Trying an outcome of the other pack."), Actor.person(CHAIR));
        assertThat(result.applied()).isFalse();
        assertThat(result.message()).contains("not an outcome of this case's rule pack (wt2023 " + Wt2023.VERSION + ")");
    }

    private static List<String> outcomes(DecisionCard card) {
        return card.inputs().stream().filter(input -> input.id().equals(DecisionCard.OUTCOME))
                .flatMap(input -> input.options().stream()).map(Choice::payload).toList();
    }
}
