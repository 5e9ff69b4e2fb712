package uk.lscb.casereview.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;

/** Every line of the conversation that says where a referral goes names who decides under the referral's pack. */
class WhoDecidesWordingTest {
    private static final BoardId BOARD = new BoardId("stoke-on-trent");

    static Stream<Arguments> packs() {
        return Stream.of(Arguments.of(Wt2015.pack(), "the Chair", "The board's Independent Chair makes the final "
                        + "decision."),
                Arguments.of(Wt2023.pack(), "the safeguarding partners", "The board's safeguarding partners make the "
                        + "decision together."));
    }

    private static Conversation conversation(RulePack pack) {
        return new Conversation(pack, new Boards(List.of(new Board(BOARD, "Stoke-on-Trent", List.of("Stoke"),
                pack.id()))), Chat.CLOCK);
    }

    private static ConversationState submitted(Conversation conversation) {
        return conversation.start(Optional.of(BOARD)).in(Phase.SUBMITTED, Answers.none());
    }

    private static String said(Turn turn) {
        return turn.replies().stream().filter(Reply.Say.class::isInstance).map(reply -> ((Reply.Say) reply).text())
                .reduce("", String::concat);
    }

    private static Turn type(Conversation conversation, ConversationState state, String text) {
        return conversation.handle(state, new Inbound.TextMessage(text));
    }

    @ParameterizedTest
    @MethodSource("packs")
    void theWelcomeSaysWhoMakesTheDecision(RulePack pack, String who, String finalSay) {
        Conversation conversation = conversation(pack);

        assertThat(said(type(conversation, conversation.start(Optional.of(BOARD)), "start"))).contains(finalSay)
                .doesNotContain(pack.id().equals(Wt2015.ID) ? "safeguarding partners" : "Chair");
    }

    @ParameterizedTest
    @MethodSource("packs")
    void cancellingSaysNothingWasSentToWhoDecides(RulePack pack, String who, String finalSay) {
        Conversation conversation = conversation(pack);
        ConversationState asking = type(conversation, conversation.start(Optional.of(BOARD)), "start").state();

        assertThat(said(type(conversation, asking, "cancel"))).startsWith("Cancelled. Nothing has been sent to " + who
                + ", and your answers have been cleared.");
    }

    @ParameterizedTest
    @MethodSource("packs")
    void aSentReferralSaysItWentToWhoDecides(RulePack pack, String who, String finalSay) {
        Conversation conversation = conversation(pack);
        ConversationState sent = submitted(conversation);

        assertThat(said(type(conversation, sent, "cancel")))
                .startsWith("This referral has already been sent to " + who + ", so it can't be cancelled here.");
        assertThat(said(type(conversation, sent, "submit")))
                .isEqualTo("This referral has already been sent to " + who + ". To begin a new one, type start.");
        assertThat(conversation.resume(sent)).extracting(reply -> ((Reply.Say) reply).text())
                .containsExactly("Your referral has been sent to " + who + ". To begin a new one, type start.");
    }

    @ParameterizedTest
    @MethodSource("packs")
    void aSentReferralsAnswersCannotBeChangedAndSaysWhoHasThem(RulePack pack, String who, String finalSay) {
        Conversation conversation = conversation(pack);
        String change = new ButtonAction.Edit(pack.questions().get(1).id()).payload();

        assertThat(said(conversation.handle(submitted(conversation), new Inbound.ButtonPressed(change))))
                .startsWith("This referral has already been sent to " + who + ", so its answers can't be changed");
    }

    @ParameterizedTest
    @MethodSource("packs")
    void theReviewOffersToSendToWhoDecides(RulePack pack, String who, String finalSay) {
        Conversation conversation = conversation(pack);
        ConversationState reviewing = conversation.start(Optional.of(BOARD)).in(Phase.REVIEWING, Answers.none());

        Reply.Say review = (Reply.Say) new ConversationViews(pack, conversation.boards())
                .where(reviewing, Optional.empty()).get(0);
        assertThat(review.text()).isEqualTo("Every question is answered. You can send the referral to " + who
                + ", change an answer, or start again.");
        assertThat(review.choices().get(0).label()).isEqualTo("Send to " + who);
        assertThat(review.choices().get(0).payload()).isEqualTo(Choice.of(Command.SUBMIT).payload());
    }

    @ParameterizedTest
    @MethodSource("packs")
    void aReferralThatLostItsReferenceSaysNothingWentToWhoDecides(RulePack pack, String who, String finalSay) {
        Conversation conversation = conversation(pack);

        assertThat(said(conversation.notSent(submitted(conversation), new CaseReference("SCR-2026-014"))))
                .contains("so nothing has gone to " + who + ". Your answers are kept");
    }

    @ParameterizedTest
    @MethodSource("packs")
    void aReferralNotYetRecordedSaysItHasNotReachedWhoDecides(RulePack pack, String who, String finalSay) {
        assertThat(ConversationWording.notSentYet(pack.decidedBy(), new CaseReference("SCR-2026-014")))
                .startsWith("Your referral SCR-2026-014 is saved, but it has not reached " + who + " yet: I couldn't "
                        + "record the case just now.");
    }

    @ParameterizedTest
    @MethodSource("packs")
    void aSentReferralNamesTheBoardsDecisionMakers(RulePack pack, String who, String finalSay) {
        String board = pack.id().equals(Wt2015.ID) ? "Stoke-on-Trent Independent Chair"
                : "Stoke-on-Trent safeguarding partners";

        assertThat(ConversationWording.sent(pack.decidedBy(), new CaseReference("SCR-2026-014"), "Stoke-on-Trent",
                "No further action")).isEqualTo("Your referral SCR-2026-014 has been sent to the " + board
                + " for a decision, with the recommendation: No further action.");
    }
}
