package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.actions.ActionCodec;
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
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;

/**
 * A decision pressed on a card made before something the decision rests on was recorded (above all the referrer's
 * answer to a request for more information) decides nothing, and the person is given the card as it now is; a card
 * made before mere bookkeeping, a card made since, and a press on a case already decided act as they always have.
 */
class OutOfDateCardTest {
    private static final UserRef CHAIR = new UserRef(Platform.TEAMS, "aad-chair-1", "Chair One");
    private static final UserRef REFERRER = PortFixtures.PRACTITIONER;
    private static final String MADE_BEFORE_THE_ANSWER = "This card was made before the referrer answered the request "
            + "for more information. Nothing has been decided: please read the card as it is now, then decide on it.";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("Europe/London"));

    private final InMemoryCases cases = new InMemoryCases();
    private final CaseRecord record = PortFixtures.caseRecord("SCR-2026-300",
            new ConversationKey(Platform.TEAMS, "conv-1"), PortFixtures.AT);
    private final CaseService service = new CaseService(cases,
            new Roles(Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(CHAIR))), Map.of()),
            Boards.staffordshireAndStoke(), new RulePacks(List.of(PortFixtures.pack())), CLOCK,
            (before, after, action) -> { });

    OutOfDateCardTest() {
        cases.create(record);
    }

    private CaseRecord current() {
        return cases.find(record.id()).orElseThrow();
    }

    /** What happens to the case: the Chair asks, the referrer answers, or bookkeeping (a follow-up handed over). */
    private void happens(String steps) {
        for (String step : steps.trim().split("\\s+")) {
            switch (step) {
                case "-" -> { }
                case "ask" -> assertThat(service.act(record.id(), new CaseAction.RequestMoreInformation(CHAIR,
                        "Which agencies knew the family?"), Actor.person(CHAIR)).applied()).isTrue();
                case "answer" -> assertThat(service.act(record.id(), new CaseAction.InformationProvided(REFERRER,
                        "Health visiting and the school knew the family."), Actor.person(REFERRER)).applied()).isTrue();
                case "bookkeeping" -> assertThat(cases.update(current().withFollowUps(current().followUps()),
                        current().version())).isTrue();
                default -> throw new IllegalArgumentException(step);
            }
        }
    }

    /** The button of this verb on the card of the case as it is now: as posted today, or as posted before cards said
     * how much of the audit trail they show ({@code old}). */
    private ButtonAction.Decision button(DecisionVerb verb, String payload) {
        ButtonAction.Decision button = service.card(current()).button(verb).orElseThrow();
        return payload.equals("old") ? (ButtonAction.Decision) ActionCodec.decode(button.payload()
                .substring(0, button.payload().lastIndexOf(':'))).orElseThrow() : button;
    }

    private static Map<String, String> inputs(DecisionVerb verb) {
        return verb == DecisionVerb.MORE_INFORMATION
                ? Map.of(DecisionCard.REQUEST, "Which schools did the child attend?")
                : Map.of(DecisionCard.LEAD_REVIEWERS, "A. Reviewer", DecisionCard.INDEPENDENT, "true");
    }

    @ParameterizedTest(name = "{0} | card | {1} | {2} payload | {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            -          | ask answer          | marked | CONFIRM          | This card was made before the referrer answered the request for more information.
            -          | ask answer          | marked | DECIDE           | This card was made before the referrer answered the request for more information.
            -          | ask answer          | marked | MORE_INFORMATION | This card was made before the referrer answered the request for more information.
            ask        | answer bookkeeping  | marked | CONFIRM          | This card was made before the referrer answered the request for more information.
            ask answer | -                   | marked | CONFIRM          | applied
            ask answer | bookkeeping bookkeeping bookkeeping | marked | CONFIRM | applied
            -          | bookkeeping         | marked | CONFIRM          | applied
            -          | ask                 | marked | CONFIRM          | applied
            -          | ask answer          | old    | CONFIRM          | This card may have been made before the referrer answered the request for more information.
            ask answer | bookkeeping         | old    | CONFIRM          | This card may have been made before the referrer answered the request for more information.
            ask answer | -                   | old    | CONFIRM          | applied
            -          | bookkeeping bookkeeping | old | CONFIRM         | applied
            -          | ask bookkeeping     | old    | CONFIRM          | applied
            """)
    void aDecisionOnACardMadeBeforeTheReferrersAnswerDecidesNothingAndGivesTheCardAsItIsNow(
            String before, String after, String payload, DecisionVerb verb, String expected) {
        happens(before);
        ButtonAction.Decision pressed = button(verb, payload);
        happens(after);
        CaseRecord beforePress = current();

        ActionResult result = service.cardAction(pressed, inputs(verb), Actor.person(CHAIR));

        if (expected.equals("applied")) {
            assertThat(result.applied()).as(result.message()).isTrue();
            assertThat(result.outOfDate()).isFalse();
            return;
        }
        assertThat(result.applied()).isFalse();
        assertThat(result.outOfDate()).isTrue();
        assertThat(result.message()).startsWith(expected)
                .endsWith("Nothing has been decided: please read the card as it is now, then decide on it.");
        assertThat(current()).isEqualTo(beforePress);
        assertThat(result.record()).contains(beforePress);
        assertThat(service.card(result.record().orElseThrow()).facts())
                .contains(Fact.of("The referrer's answer", "Health visiting and the school knew the family."));
        assertThat(service.outOfDate(pressed, beforePress, CHAIR)).contains(result.message());
    }

    @Test
    void theCardMadeBeforeTheAnswerSaysSoInFullAndTheCardAsItIsNowDecides() {
        happens("ask");
        ButtonAction.Decision stale = button(DecisionVerb.CONFIRM, "marked");
        happens("answer bookkeeping");

        assertThat(service.cardAction(stale, inputs(DecisionVerb.CONFIRM), Actor.person(CHAIR)).message())
                .isEqualTo(MADE_BEFORE_THE_ANSWER);
        ActionResult again = service.cardAction(button(DecisionVerb.CONFIRM, "marked"), inputs(DecisionVerb.CONFIRM),
                Actor.person(CHAIR));

        assertThat(again.applied()).isTrue();
        assertThat(current().decision().orElseThrow().outcome()).isEqualTo(Outcome.SERIOUS_CASE_REVIEW);
    }

    @Test
    void aPressRepeatedOnTheCardThatDecidedAnswersWhoDecidedNotThatTheCardIsOutOfDate() {
        happens("ask answer");
        ButtonAction.Decision pressed = button(DecisionVerb.CONFIRM, "marked");
        assertThat(service.cardAction(pressed, inputs(DecisionVerb.CONFIRM), Actor.person(CHAIR)).applied()).isTrue();
        ButtonAction.Decision older = new ButtonAction.Decision(DecisionVerb.CONFIRM, record.id().value(), 1, 1);

        for (ButtonAction.Decision again : List.of(pressed, older)) {
            ActionResult result = service.cardAction(again, inputs(DecisionVerb.CONFIRM), Actor.person(CHAIR));

            assertThat(result.applied()).isFalse();
            assertThat(result.outOfDate()).isFalse();
            assertThat(result.message()).startsWith("This case has already been decided, by Chair One on ");
        }
    }

    @Test
    void someoneWhoMayNotDecideIsToldSoWhateverTheCard() {
        ButtonAction.Decision stale = button(DecisionVerb.CONFIRM, "marked");
        happens("ask answer");

        ActionResult result = service.cardAction(stale, inputs(DecisionVerb.CONFIRM), Actor.person(REFERRER));

        assertThat(result.outOfDate()).isFalse();
        assertThat(result.message()).startsWith("Only the Independent Chair of Staffordshire can decide");
    }

    // ---- the safeguarding partners' card (wt2023) ----------------------------------------------------------------

    private final CaseRecord partners = PortFixtures.wt2023CaseRecord("CSPR-2026-600",
            new ConversationKey(Platform.LOCAL, "p"), PortFixtures.AT);

    private CaseService partnersService() {
        Partnership partnership = PortFixtures.partnership(Partnership.ALL);
        cases.create(partners);
        return new CaseService(cases, new Roles(Map.of(), Map.of(), Map.of(),
                Map.of(PortFixtures.STAFFORDSHIRE, partnership)),
                new Boards(List.of(new Board(PortFixtures.STAFFORDSHIRE, "Staffordshire", List.of(), Wt2023.ID,
                        Optional.of(partnership)))), new RulePacks(List.of(Wt2015.pack(), Wt2023.pack())), CLOCK,
                (before, after, action) -> { });
    }

    private ButtonAction.Decision agree(CaseService service) {
        return service.card(cases.find(partners.id()).orElseThrow()).button(DecisionVerb.AGREE).orElseThrow();
    }

    @Test
    void aPartnerAgreeingOnACardMadeBeforeAnotherPartnerAnsweredIsShownTheCardAsItIsNow() {
        CaseService service = partnersService();
        ButtonAction.Decision laCard = agree(service);
        assertThat(service.cardAction(agree(service), Map.of(), Actor.person(PortFixtures.ICB_LEAD)).applied())
                .isTrue();

        ActionResult stale = service.cardAction(laCard, Map.of(), Actor.person(PortFixtures.LA_LEAD));
        ActionResult current = service.cardAction(agree(service), Map.of(), Actor.person(PortFixtures.LA_LEAD));

        assertThat(stale.applied()).isFalse();
        assertThat(stale.outOfDate()).isTrue();
        assertThat(stale.message()).isEqualTo("This card was made before the Integrated care board (health) agreed "
                + "with the recommendation. Nothing has been decided: please read the card as it is now, then decide "
                + "on it.");
        assertThat(current.applied()).isTrue();
    }

    @Test
    void aPartnerPressingAgainOnTheCardTheyAgreedOnIsToldTheyAlreadyAgreed() {
        CaseService service = partnersService();
        ButtonAction.Decision laCard = agree(service);
        assertThat(service.cardAction(laCard, Map.of(), Actor.person(PortFixtures.LA_LEAD)).applied()).isTrue();

        ActionResult again = service.cardAction(laCard, Map.of(), Actor.person(PortFixtures.LA_LEAD));

        assertThat(again.outOfDate()).isFalse();
        assertThat(again.message()).startsWith("The Local authority already agreed");
    }
}
