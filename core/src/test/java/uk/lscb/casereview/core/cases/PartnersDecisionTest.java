package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Partnership;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.boards.Roles.PlatformId;
import uk.lscb.casereview.core.cases.CaseService.ActionResult;
import uk.lscb.casereview.core.cases.CaseService.Actor;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;

/**
 * The decision on a local child safeguarding practice review under wt2023, made by the three safeguarding partners'
 * lead representatives (Children Act 2004 s16F: the safeguarding partners arrange the review; Working Together 2023
 * ch. 5, as the pack's page cites it): each agrees or disagrees on the card, and the decision stands when the
 * partnership's rule is met (all three by default, or two of the three).
 */
class PartnersDecisionTest {
    static final UserRef LA = PortFixtures.LA_LEAD;
    static final UserRef ICB = PortFixtures.ICB_LEAD;
    static final UserRef POLICE = PortFixtures.POLICE_LEAD;
    static final UserRef CHAIR = new UserRef(Platform.TEAMS, "aad-chair", "The Chair");
    static final UserRef PRACTITIONER = new UserRef(Platform.LOCAL, "practitioner", "Practitioner");

    private final InMemoryCases cases = new InMemoryCases();
    private final List<CaseRecord> stored = new ArrayList<>();
    private final CaseRecord record = PortFixtures.wt2023CaseRecord("CSPR-2026-500",
            new ConversationKey(Platform.LOCAL, "p"), PortFixtures.AT);

    private CaseService service(int needed) {
        Partnership partnership = PortFixtures.partnership(needed);
        Boards boards = new Boards(List.of(new Board(PortFixtures.STAFFORDSHIRE, "Staffordshire", List.of(),
                Wt2023.ID, Optional.of(partnership))));
        Roles roles = new Roles(Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(CHAIR))), Map.of(), Map.of(),
                Map.of(PortFixtures.STAFFORDSHIRE, partnership));
        return new CaseService(cases, roles, boards, new RulePacks(List.of(Wt2015.pack(), Wt2023.pack())),
                Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("Europe/London")),
                (before, after, action) -> stored.add(after));
    }

    PartnersDecisionTest() {
        cases.create(record);
    }

    private static UserRef lead(String partner) {
        return switch (partner) {
            case "la" -> LA;
            case "icb" -> ICB;
            case "police" -> POLICE;
            default -> throw new IllegalArgumentException(partner);
        };
    }

    /** One press: "la+" agrees, "police-" disagrees (with a reason). */
    private ActionResult press(CaseService service, String press) {
        boolean agrees = press.endsWith("+");
        UserRef who = lead(press.substring(0, press.length() - 1));
        return press(service, who, agrees ? DecisionVerb.AGREE : DecisionVerb.DISAGREE,
                agrees ? Map.of() : Map.of(DecisionCard.REASON, "The learning is already known from CSPR-2025-010."));
    }

    private ActionResult press(CaseService service, UserRef who, DecisionVerb verb, Map<String, String> inputs) {
        CaseRecord now = cases.find(record.id()).orElseThrow();
        return service.cardAction(new ButtonAction.Decision(verb, now.id().value(), now.version()), inputs,
                Actor.person(who));
    }

    private CaseRecord current() {
        return cases.find(record.id()).orElseThrow();
    }

    @ParameterizedTest(name = "rule {0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3 | la+ icb+ police+        | LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW
            3 | la+ icb+                | open
            3 | la+ icb+ police-        | partners differ
            3 | la+ icb+ police- police+ | LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW
            3 | la- icb- police-        | NO_LOCAL_REVIEW
            3 | la+ icb-                | partners differ
            2 | la+ icb+                | LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW
            2 | la+ icb-                | open
            2 | la+ icb- police+        | LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW
            2 | la- police-             | NO_LOCAL_REVIEW
            """)
    void theDecisionStandsOnlyWhenThePartnershipsRuleIsMet(int needed, String presses, String expected) {
        CaseService service = service(needed);

        for (String press : presses.trim().split("\\s+")) {
            assertThat(press(service, press).applied()).as(press).isTrue();
        }

        CaseRecord after = current();
        switch (expected) {
            case "open", "partners differ" -> {
                assertThat(after.decision()).isEmpty();
                assertThat(after.status()).isEqualTo(CaseStatus.AWAITING_DECISION);
                assertThat(after.stage()).isEqualTo("Awaiting the safeguarding partners");
                assertThat(PartnerDecision.of(after, needed).deadlocked()).isEqualTo(expected.equals("partners differ"));
                assertThat(after.followUps().pending()).extracting(FollowUp::kind)
                        .doesNotContain(FollowUp.Kind.PANEL_DECIDED, FollowUp.Kind.TELL_SCRUTINEER);
            }
            default -> {
                assertThat(after.decision().orElseThrow().outcome()).isEqualTo(Outcome.valueOf(expected));
                assertThat(after.status()).isEqualTo(CaseStatus.DECIDED);
                assertThat(after.followUps().pending()).extracting(FollowUp::kind)
                        .contains(FollowUp.Kind.PANEL_DECIDED, FollowUp.Kind.TELL_SCRUTINEER);
                assertThat(after.audit()).extracting(AuditEvent::action).endsWith(PartnerDecision.CONFIRMED,
                        "decided");
            }
        }
        assertThat(after.audit()).filteredOn(event -> event.action().equals(PartnerDecision.CONFIRMED))
                .hasSize(presses.trim().split("\\s+").length);
    }

    @Test
    void partnersWhoDifferSoThatAllThreeCannotAgreeHaveThePanelToldWhoDiffers() {
        CaseService service = service(Partnership.ALL);
        press(service, "la+");
        press(service, "icb+");

        ActionResult differs = press(service, "police-");

        assertThat(differs.message()).contains("The partners differ, so the decision stays open until one of them "
                + "changes their answer on the card: Local authority: agrees; Integrated care board (health): agrees; "
                + "Police (chief officer of police): disagrees: The learning is already known from CSPR-2025-010.");
        assertThat(current().followUps().pending()).extracting(FollowUp::kind)
                .contains(FollowUp.Kind.PANEL_PARTNERS_DIFFER);
    }

    @Test
    void aSecondPressOnTheSameSideChangesNothingAndSaysWhoConfirmed() {
        CaseService service = service(Partnership.ALL);
        press(service, "la+");
        long version = current().version();

        ActionResult again = press(service, "la+");

        assertThat(again.applied()).isFalse();
        assertThat(again.message()).isEqualTo("The Local authority already agreed, confirmed by LA lead on 1 December "
                + "2026 at 10:00. Nothing has changed.");
        assertThat(current().version()).isEqualTo(version);
        assertThat(current().audit()).filteredOn(event -> event.action().equals(PartnerDecision.CONFIRMED)).hasSize(1);
    }

    @Test
    void aPressAfterTheDecisionStoodSaysItWasDecidedAndChangesNothing() {
        CaseService service = service(2);
        press(service, "la+");
        press(service, "icb+");
        long version = current().version();

        ActionResult late = press(service, "police-");

        assertThat(late.applied()).isFalse();
        assertThat(late.message()).startsWith("This case has already been decided by the safeguarding partners on "
                + "1 December 2026 at 10:00");
        assertThat(current().version()).isEqualTo(version);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the Chair agrees            | chair        | AGREE   | Only the lead representatives of the Staffordshire safeguarding partners can confirm the decision on this case. Your attempt has been recorded.
            a practitioner disagrees    | practitioner | DISAGREE| Only the lead representatives of the Staffordshire safeguarding partners can confirm the decision on this case. Your attempt has been recorded.
            the Chair confirms as Chair | chair        | CONFIRM | The safeguarding partners of Staffordshire decide this case, each partner's lead representative on its card. Your attempt has been recorded.
            the Chair decides           | chair        | DECIDE  | The safeguarding partners of Staffordshire decide this case, each partner's lead representative on its card. Your attempt has been recorded.
            """)
    void onlyAPartnersLeadRepresentativeCanConfirmAndNothingChangesOtherwise(String who, String person,
                                                                             DecisionVerb verb, String refusal) {
        CaseService service = service(Partnership.ALL);
        long version = current().version();

        ActionResult result = press(service, person.equals("chair") ? CHAIR : PRACTITIONER, verb,
                Map.of(DecisionCard.OUTCOME, Outcome.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW.name(),
                        DecisionCard.REASON, "because"));

        assertThat(result.applied()).isFalse();
        assertThat(result.message()).isEqualTo(refusal);
        assertThat(current().version()).isEqualTo(version);
        assertThat(stored).isEmpty();
    }

    @Test
    void disagreeingNeedsAReasonAndRefusesANameOrDateOfBirthInIt() {
        CaseService service = service(Partnership.ALL);

        ActionResult noReason = press(service, POLICE, DecisionVerb.DISAGREE, Map.of());
        ActionResult named = press(service, POLICE, DecisionVerb.DISAGREE,
                Map.of(DecisionCard.REASON, "Born 03/04/2015, the child was known"));

        assertThat(noReason.applied()).isFalse();
        assertThat(noReason.input()).contains(DecisionCard.REASON);
        assertThat(noReason.message()).isEqualTo("Please give the reason why the Police (chief officer of police) "
                + "disagrees with the recommendation.");
        assertThat(named.applied()).isFalse();
        assertThat(named.input()).contains(DecisionCard.REASON);
        assertThat(current().audit()).extracting(AuditEvent::action).doesNotContain(PartnerDecision.CONFIRMED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wt2015 | true
            wt2023 | false
            """)
    void onlyTheChairsCasesHaveTheFrameworksOneMonthForTheDecision(String pack, boolean chairDecision) {
        CaseRecord referred = pack.equals("wt2015")
                ? PortFixtures.caseRecord("SCR-2026-501", new ConversationKey(Platform.LOCAL, "q"), PortFixtures.AT)
                : record;

        assertThat(referred.deadline(DeadlineKind.CHAIR_DECISION).isPresent()).isEqualTo(chairDecision);
    }

    @Test
    void theCardShowsEachPartnersAnswerByRoleAndOffersAgreeAndDisagree() {
        CaseService service = service(Partnership.ALL);
        press(service, "police-");

        DecisionCard card = service.card(current());

        assertThat(card.facts()).extracting(fact -> fact.label() + ": " + fact.value()).contains(
                "Decided by: The safeguarding partners' lead representatives: all three partners must take the same "
                        + "side.",
                "Local authority: Not yet confirmed",
                "Police (chief officer of police): Disagrees: The learning is already known from CSPR-2025-010.",
                "Status: Awaiting the safeguarding partners");
        assertThat(card.facts()).extracting(fact -> fact.label()).doesNotContain("Decision due by");
        assertThat(card.actions()).extracting(choice -> choice.label()).containsExactly(
                "Agree: Local child safeguarding practice review: the safeguarding partners decide",
                "Disagree with the recommendation");
        assertThat(card.inputs()).extracting(DecisionCard.Input::id).containsExactly(DecisionCard.REASON);
    }
}
