package uk.lscb.casereview.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.Reason;

/**
 * No cause for concern about how agencies worked together, then a negative impact on how they worked
 * together (criterion 1): the conversation names both answers and asks which stands before going on.
 */
class ConversationContradictionTest {
    private static final String KEEP_CONCERN = "Keep: no cause for concern about how agencies worked together";
    private static final String KEEP_IMPACT = "Keep: practice had a negative impact on how agencies worked together";

    /** Abuse yes, no death, seriously harmed yes, concern no, then criterion 1 yes. */
    private static Chat contradicted() {
        return Chat.direct().upTo("multi_agency_negative_impact").type("yes");
    }

    @Test
    void criterionOneYesAfterNoConcernNamesBothAnswersAndAsksWhichStands() {
        Chat chat = contradicted();

        assertThat(chat.state().phase()).isEqualTo(Phase.RESOLVING);
        assertThat(chat.lastAsk().text()).contains("contradict", "No to \u201CConcern about how agencies worked "
                + "together\u201D", "Yes to \u201CCriterion 1: negative impact on how agencies worked together\u201D",
                "Which answer stands?");
        assertThat(chat.lastAsk().choices()).extracting(Choice::label).containsExactly(KEEP_CONCERN, KEEP_IMPACT);
        assertThat(chat.lastAsk().choices()).extracting(Choice::label).allSatisfy(label ->
                assertThat(label.length()).as("Slack button text limit").isLessThanOrEqualTo(75));
        assertThat(chat.last().effects()).isEmpty();
    }

    @Test
    void keepingNoConcernChangesCriterionOneToNoAndAsksOnlyWhatDependsOnIt() {
        Chat chat = contradicted().pressChoice(KEEP_CONCERN);

        assertThat(chat.text()).contains("I've changed \u201CCriterion 1: negative impact on how agencies worked "
                + "together\u201D to No.");
        assertThat(chat.answer("concern_working_together")).contains("no");
        assertThat(chat.answer("multi_agency_negative_impact")).contains("no");
        assertThat(chat.current()).contains("single_agency_improvements");
    }

    @Test
    void keepingCriterionOneMakesItACauseForConcernAndTheReasonsNoLongerContradict() {
        Chat chat = contradicted().pressChoice(KEEP_IMPACT);

        assertThat(chat.answer("concern_working_together")).contains("yes");
        assertThat(chat.current()).contains("further_audit_needed");
        chat.type("no");
        assertThat(chat.state().phase()).isEqualTo(Phase.REVIEWING);
        assertThat(chat.recommended().recommendation().outcome()).isEqualTo(Outcome.SERIOUS_CASE_REVIEW);
        assertThat(chat.recommended().recommendation().reasons()).extracting(Reason::statement)
                .noneSatisfy(reason -> assertThat(reason).contains("no cause for concern"));
    }

    @Test
    void typingOneOrTwoChoosesAndAnythingElseAsksAgain() {
        assertThat(contradicted().type("1").answer("multi_agency_negative_impact")).contains("no");
        assertThat(contradicted().type("2").answer("concern_working_together")).contains("yes");

        Chat unclear = contradicted().type("yes");
        assertThat(unclear.state().phase()).isEqualTo(Phase.RESOLVING);
        assertThat(unclear.text()).contains("press a button, or type 1 or 2", "Which answer stands?");
    }

    @Test
    void backReturnsToTheAnswerJustGivenAndWhyExplainsTheContradiction() {
        Chat back = contradicted().type("back");
        assertThat(back.state().phase()).isEqualTo(Phase.ASKING);
        assertThat(back.current()).contains("multi_agency_negative_impact");

        Chat why = contradicted().type("why");
        assertThat(why.state().phase()).isEqualTo(Phase.RESOLVING);
        assertThat(why.text()).contains("is itself a cause for concern");
    }

    @Test
    void changingConcernToNoBesideANegativeImpactAlsoAsksWhichStands() {
        // abuse not sure keeps criterion 1 asked with a concern, so changing the concern later contradicts it
        Chat chat = Chat.direct().type("start").answer("Staffordshire", "SCR-2026-014", "today", "not sure", "no",
                "yes", "yes", "yes");
        assertThat(chat.current()).contains("further_audit_needed");

        chat.press("edit:concern_working_together").type("no");

        assertThat(chat.state().phase()).isEqualTo(Phase.RESOLVING);
        assertThat(chat.current()).contains("concern_working_together");
        chat.pressChoice(KEEP_CONCERN);
        assertThat(chat.answer("multi_agency_negative_impact")).contains("no");
        assertThat(chat.current()).contains("single_agency_improvements");
    }

    @Test
    void aStoredResolvingStateWhoseAnswersNoLongerContradictAsksItsQuestionAgain() {
        ConversationState asking = Chat.direct().upTo("multi_agency_negative_impact").state();
        ConversationState stored = new ConversationState(asking.schemaVersion(), asking.rulePack(), Phase.RESOLVING,
                asking.answers(), asking.current(), asking.pendingDate());

        Turn turn = Chat.direct().conversation().handle(stored, new Inbound.TextMessage("summary"));

        assertThat(turn.state().phase()).isEqualTo(Phase.ASKING);
        assertThat(turn.state().current()).isEqualTo(asking.current());
    }

    @Test
    void aKeepButtonPressedWhenNothingContradictsChangesNothing() {
        Chat chat = contradicted().pressChoice(KEEP_CONCERN);

        chat.press("keep:multi_agency_negative_impact");

        assertThat(chat.answer("multi_agency_negative_impact")).contains("no");
        assertThat(chat.text()).contains("haven't changed anything");
    }
}
