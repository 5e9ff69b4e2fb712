package uk.lscb.casereview.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.QuestionId;

/** The scoping conversation from start to submission, typed and by buttons, with back and edits. */
class ConversationTest {

    private static final List<String> STANDARD_ORDER = List.of("board", "case_reference", "notified_on",
            "abuse_or_neglect", "child_died", "seriously_harmed", "concern_working_together",
            "multi_agency_negative_impact", "single_agency_improvements", "several_agencies_need_action",
            "further_audit_needed");

    @Test
    void fullReferralByTypedAnswersReachesTheRecommendation() {
        Chat chat = Chat.direct().type("start");
        List<String> asked = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        while (chat.state().phase() == Phase.ASKING) {
            asked.add(chat.lastAsk().question().value());
            numbers.add(chat.lastAsk().number());
            chat.type(Chat.STANDARD.get(chat.current().orElseThrow()));
        }

        assertThat(asked).isEqualTo(STANDARD_ORDER);
        assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(chat.state().phase()).isEqualTo(Phase.REVIEWING);
        assertThat(chat.recommended().recommendation().outcome())
                .isEqualTo(Outcome.INTERNAL_MULTI_AGENCY_LEARNING_REVIEW);
        assertThat(chat.recommended().caseFacts()).extracting(Fact::value)
                .contains("Staffordshire", "SCR-2026-014", "28 November 2026");
        assertThat(chat.recommended().actions()).extracting(Choice::payload).contains("cmd:submit");
        assertThat(chat.last().effects()).isEmpty();
    }

    @Test
    void fullReferralByButtonsEndsInTheSameState() {
        Chat typed = Chat.direct().reviewing();
        Chat pressed = Chat.direct().press("cmd:start")
                .pressChoice("Staffordshire").type("SCR-2026-014").pressChoice("Today")
                .pressChoice("Yes").pressChoice("No").pressChoice("Yes").pressChoice("No")
                .pressChoice("No").pressChoice("Yes").pressChoice("Yes").pressChoice("No");

        assertThat(pressed.state()).isEqualTo(typed.state());
        assertThat(pressed.recommended()).isEqualTo(typed.recommended());
    }

    @Test
    void yesNoQuestionsOfferThreeButtonsAndTheCommands() {
        Reply.Ask ask = Chat.direct().upTo("child_died").lastAsk();

        assertThat(ask.choices()).extracting(Choice::label).containsExactly("Yes", "No", "Not sure");
        assertThat(ask.choices()).extracting(Choice::payload)
                .containsExactly("answer:child_died:yes", "answer:child_died:no", "answer:child_died:unsure");
        assertThat(ask.commands()).extracting(Choice::payload).contains("cmd:why", "cmd:back", "cmd:summary");
        assertThat(Chat.direct().type("start").lastAsk().commands()).extracting(Choice::payload)
                .as("no back on the first question").doesNotContain("cmd:back");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "YES           | yes",
        "Yes.          | yes",
        "'  y  '       | yes",
        "Yeah          | yes",
        "NO            | no",
        "n             | no",
        "No!           | no",
        "Not Sure      | unsure",
        "NOT SURE      | unsure",
        "unsure        | unsure",
        "don't know    | unsure",
        "Don’t know    | unsure",
        "DON’T KNOW    | unsure",
        "Don‘t know    | unsure",
    })
    void typedAnswersAreCaseInsensitiveWithCurlyApostrophes(String typed, String stored) {
        Chat chat = Chat.direct().upTo("abuse_or_neglect").type(typed);

        assertThat(chat.answer("abuse_or_neglect")).contains(stored);
        assertThat(chat.current()).contains("child_died");
    }

    // ---- back ----------------------------------------------------------------------------------

    @Test
    void backShowsThePreviousQuestionWithItsAnswerAndReansweringContinues() {
        Chat chat = Chat.direct().upTo("child_died").type("back");

        assertThat(chat.lastAsk().question().value()).isEqualTo("abuse_or_neglect");
        assertThat(chat.lastAsk().number()).isEqualTo(4);
        assertThat(chat.lastAsk().currentAnswer()).contains("Yes");
        assertThat(chat.answer("abuse_or_neglect")).as("the answer is kept").contains("yes");

        chat.type("back");
        assertThat(chat.lastAsk().question().value()).isEqualTo("notified_on");
        assertThat(chat.lastAsk().currentAnswer()).contains("28 November 2026");

        chat.type("back");
        assertThat(chat.lastAsk().currentAnswer()).contains("SCR-2026-014");

        chat.type("SCR-2026-015");
        assertThat(chat.current()).as("continues at the first unanswered question").contains("child_died");
        assertThat(chat.answer("case_reference")).contains("SCR-2026-015");
        assertThat(chat.answer("notified_on")).contains("2026-11-28");
        assertThat(chat.answer("abuse_or_neglect")).contains("yes");
    }

    @Test
    void backOnTheFirstQuestionSaysSoAndChangesNothing() {
        Chat chat = Chat.direct().type("start");
        ConversationState before = chat.state();

        chat.type("back");

        assertThat(chat.state()).isEqualTo(before);
        assertThat(chat.text()).contains("This is the first question");
        assertThat(chat.lastAsk().question().value()).isEqualTo("board");
    }

    @Test
    void backFromTheRecommendationReopensTheLastQuestion() {
        Chat chat = Chat.direct().reviewing().type("back");

        assertThat(chat.current()).contains("further_audit_needed");
        assertThat(chat.lastAsk().currentAnswer()).contains("No");

        chat.type("yes");
        assertThat(chat.state().phase()).isEqualTo(Phase.REVIEWING);
        assertThat(chat.recommended().recommendation().additionalActions()).isNotEmpty();
    }

    // ---- editing -------------------------------------------------------------------------------

    @Test
    void changingChildDiedToYesAsksOnlyCustodyAndSuicideAndKeepsTheOtherAnswers() {
        Chat chat = Chat.direct().type("start")
                .answer("Staffordshire", "SCR-2026-014", "today", "no", "no", "no", "no", "yes", "no");
        assertThat(chat.recommended().recommendation().outcome()).isEqualTo(Outcome.SINGLE_AGENCY_LEARNING_REVIEW);

        chat.type("summary");
        assertThat(chat.summary().facts().get(4).label()).isEqualTo("5. Child has died");
        chat.type("change 5");
        assertThat(chat.lastAsk().question().value()).isEqualTo("child_died");
        assertThat(chat.lastAsk().currentAnswer()).contains("No");

        List<String> reasked = new ArrayList<>();
        chat.type("yes");
        while (chat.state().phase() == Phase.ASKING) {
            reasked.add(chat.current().orElseThrow());
            chat.type("no");
        }

        assertThat(reasked).containsExactly("died_in_custody", "suspected_suicide");
        assertThat(chat.recommended().recommendation().outcome()).isEqualTo(Outcome.SINGLE_AGENCY_LEARNING_REVIEW);
        assertThat(chat.state().answers().encoded()).containsEntry("child_died", "yes")
                .containsEntry("multi_agency_negative_impact", "no")
                .containsEntry("single_agency_improvements", "no")
                .containsEntry("single_organisation_improvements", "yes")
                .containsEntry("further_audit_needed", "no")
                .containsEntry("case_reference", "SCR-2026-014");
    }

    @Test
    void theSummaryButtonEditsLikeChangeN() {
        Chat typed = Chat.direct().reviewing().type("summary").type("change 5");
        Chat byButton = Chat.direct().reviewing().type("summary");
        String payload = byButton.summary().facts().stream()
                .filter(fact -> fact.question().equals(Optional.of(QuestionId.of("child_died"))))
                .findFirst().orElseThrow().change().orElseThrow().payload();
        byButton.press(payload);

        assertThat(payload).isEqualTo("edit:child_died");
        assertThat(byButton.state()).isEqualTo(typed.state());
        assertThat(byButton.lastAsk()).isEqualTo(typed.lastAsk());
    }

    @Test
    void anEditDropsTheAnswersOfQuestionsNoLongerAsked() {
        Chat chat = Chat.direct().reviewing().type("change 5").answer("yes", "no", "no");

        assertThat(chat.state().phase()).isEqualTo(Phase.REVIEWING);
        assertThat(chat.recommended().recommendation().outcome()).isEqualTo(Outcome.SERIOUS_CASE_REVIEW);
        assertThat(chat.state().answers().encoded().keySet()).containsExactly("board", "case_reference",
                "notified_on", "abuse_or_neglect", "child_died", "died_in_custody", "suspected_suicide",
                "further_audit_needed");
    }

    @Test
    void aStaleButtonChangesNothingAndSaysSo() {
        Chat chat = Chat.direct().upTo("abuse_or_neglect");
        String staleNo = chat.choice("No").payload();
        chat.upTo("multi_agency_negative_impact");
        ConversationState before = chat.state();

        chat.press(staleNo);

        assertThat(staleNo).isEqualTo("answer:abuse_or_neglect:no");
        assertThat(chat.state()).isEqualTo(before);
        assertThat(chat.text()).contains("earlier question").contains("haven't changed anything");
        assertThat(chat.lastAsk().question().value()).isEqualTo("multi_agency_negative_impact");
        assertThat(chat.last().effects()).isEmpty();
    }

    @Test
    void aStaleButtonOnTheRecommendationChangesNothing() {
        Chat chat = Chat.direct().reviewing();
        ConversationState before = chat.state();

        chat.press("answer:child_died:yes");

        assertThat(chat.state()).isEqualTo(before);
        assertThat(chat.text()).contains("haven't changed anything");
    }

    // ---- the board from the channel ------------------------------------------------------------

    @Test
    void aBoardChannelImpliesTheBoardAndSkipsItsQuestion() {
        Chat chat = Chat.inChannelOf("stoke-on-trent").type("start");

        assertThat(chat.lastAsk().question().value()).isEqualTo("case_reference");
        assertThat(chat.lastAsk().number()).isEqualTo(1);
        assertThat(chat.lastAsk().commands()).extracting(Choice::payload).doesNotContain("cmd:back");
        assertThat(chat.text()).contains("Stoke-on-Trent");

        chat.reviewing().type("summary");
        assertThat(chat.summary().facts().get(0).value()).contains("Stoke-on-Trent").contains("from this channel");
        assertThat(chat.summary().facts().get(0).change()).isEmpty();

        chat.type("submit");
        assertThat(chat.last().effects()).singleElement()
                .isInstanceOfSatisfying(Effect.SubmitReferral.class,
                        submit -> assertThat(submit.referral().board()).isEqualTo(new BoardId("stoke-on-trent")));
    }

    @Test
    void resumingAStoredConversationShowsTheCurrentQuestionWithItsLiveButtons() {
        Chat chat = Chat.direct().upTo("child_died");

        List<Reply> shown = chat.conversation().resume(chat.state());

        assertThat(shown).singleElement().isInstanceOfSatisfying(Reply.Ask.class, ask -> {
            assertThat(ask.question().value()).isEqualTo("child_died");
            assertThat(ask.choices()).extracting(Choice::payload).contains("answer:child_died:yes");
        });
    }

    @Test
    void resumingAConversationUnderReviewShowsTheRecommendationWithSendToTheChair() {
        Chat chat = Chat.direct().reviewing();

        List<Reply> shown = chat.conversation().resume(chat.state());

        assertThat(shown).singleElement().isInstanceOfSatisfying(Reply.Recommended.class, card ->
                assertThat(card.actions()).contains(Choice.of(Command.SUBMIT)));
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource(delimiter = '|', value = {
        "answer:abuse_or_neglect:yes  | Yes",
        "answer:child_died:unsure     | Not sure",
        "answer:board:staffordshire   | Staffordshire",
        "answer:notified_on:today     | Today",
        "cmd:restart                  | Start again",
        "discard:restart:yes          | Yes, start again",
        "discard:cancel:no            | No, keep my answers",
        "edit:child_died              | Change: Child has died",
        "confirm:notified_on:yes      | Yes, that's right",
        "decide:SCR-2026-001          | Decide SCR-2026-001",
    })
    void aPressedButtonIsShownByItsLabel(String payload, String label) {
        assertThat(Chat.direct().conversation().pressedLabel(payload)).contains(label);
    }

    @Test
    void aPayloadThatIsNotOneOfOursHasNoLabel() {
        assertThat(Chat.direct().conversation().pressedLabel("answer:nope:yes")).isEmpty();
        assertThat(Chat.direct().conversation().pressedLabel("whatever")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"change:chosen", "case:confirm:00000000-0000-0000-0000-000000000001:1",
            "case:done:00000000-0000-0000-0000-000000000001:CHAIR_DECISION"})
    void aButtonOfAnotherKindThanTheConversationsHasNoLabelAndDoesNotFail(String payload) {
        assertThat(ActionCodec.decode(payload)).as("one of ours").isPresent();
        assertThat(Chat.direct().conversation().pressedLabel(payload)).isEmpty();
    }

    @Test
    void restartKeepsTheBoardTheChannelImplies() {
        Chat chat = Chat.inChannelOf("staffordshire").upTo("child_died").type("restart")
                .pressChoice("Yes, start again");

        assertThat(chat.current()).contains("case_reference");
        assertThat(chat.answer("board")).contains("staffordshire");
    }

    @Test
    void aChannelOfNoKnownBoardStillAsksTheBoard() {
        Chat chat = Chat.inChannelOf("narnia").type("start");

        assertThat(chat.current()).contains("board");
    }

    // ---- submitting ----------------------------------------------------------------------------

    @Test
    void submitSendsExactlyOneReferralAndASecondSubmitSendsNone() {
        Chat chat = Chat.direct().reviewing();
        var shown = chat.recommended().recommendation();

        chat.type("submit");

        assertThat(chat.state().phase()).isEqualTo(Phase.SUBMITTED);
        assertThat(chat.last().effects()).singleElement().isInstanceOfSatisfying(Effect.SubmitReferral.class,
                submit -> {
                    assertThat(submit.referral().board()).isEqualTo(new BoardId("staffordshire"));
                    assertThat(submit.referral().reference().value()).isEqualTo("SCR-2026-014");
                    assertThat(submit.referral().notifiedOn()).isEqualTo(LocalDate.of(2026, 11, 28));
                    assertThat(submit.referral().recommendation()).isEqualTo(shown);
                });
        assertThat(chat.text()).contains("SCR-2026-014").contains("Staffordshire Independent Chair");

        ConversationState submitted = chat.state();
        chat.type("submit");
        assertThat(chat.last().effects()).isEmpty();
        assertThat(chat.state()).isEqualTo(submitted);
        assertThat(chat.text()).contains("already been sent");

        chat.press("cmd:submit");
        assertThat(chat.last().effects()).isEmpty();
        assertThat(chat.state()).isEqualTo(submitted);
    }

    @Test
    void noTurnBeforeSubmitHasAnEffect() {
        Chat chat = Chat.direct().reviewing();

        assertThat(chat.turns()).allSatisfy(turn -> assertThat(turn.effects()).isEmpty());
    }

    @Test
    void aConversationResumesFromItsStateAlone() {
        Chat first = Chat.direct().upTo("seriously_harmed");
        Conversation afterRestart = new Conversation(first.conversation().pack(),
                uk.lscb.casereview.core.boards.Boards.staffordshireAndStoke(), Chat.CLOCK);

        Turn turn = afterRestart.handle(first.state(), new Inbound.TextMessage("yes"));

        assertThat(turn.state().current()).contains(QuestionId.of("concern_working_together"));
    }
}
