package uk.lscb.casereview.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;

/** Each board's referrals follow the rule pack it is configured with; a referral keeps the pack it began under. */
class PackConversationsTest {
    private static final BoardId STAFFORDSHIRE = new BoardId("staffordshire");
    private static final BoardId STOKE = new BoardId("stoke-on-trent");

    /** Staffordshire on wt2015, Stoke-on-Trent on wt2023, or both on one pack. */
    private static Boards boards(String staffordshire, String stoke) {
        return new Boards(List.of(new Board(STAFFORDSHIRE, "Staffordshire", List.of("Staffs"), staffordshire),
                new Board(STOKE, "Stoke-on-Trent", List.of("Stoke"), stoke)));
    }

    private static PackConversations conversations(Boards boards) {
        return new PackConversations(List.of(new Conversation(Wt2015.pack(), boards, Chat.CLOCK),
                new Conversation(Wt2023.pack(), boards, Chat.CLOCK)), boards);
    }

    private static final PackConversations MIXED = conversations(boards(Wt2015.ID, Wt2023.ID));

    private static ConversationState type(PackConversations conversations, ConversationState state, String... texts) {
        for (String text : texts) {
            state = conversations.handle(state, new Inbound.TextMessage(text)).state();
        }
        return state;
    }

    private static Optional<String> asking(ConversationState state) {
        return state.current().map(QuestionId::value);
    }

    @Test
    void aChannelOfABoardOnWt2023AsksWt2023sQuestions() {
        ConversationState state = type(MIXED, MIXED.start(Optional.of(STOKE)), "start", "CSPR-2026-014");

        assertThat(state.rulePack()).isEqualTo(Wt2023.ID);
        assertThat(asking(state)).contains("aware_on");
    }

    @Test
    void aChannelOfABoardOnWt2015AsksWt2015sQuestions() {
        ConversationState state = type(MIXED, MIXED.start(Optional.of(STAFFORDSHIRE)), "start", "SCR-2026-014");

        assertThat(state.rulePack()).isEqualTo(Wt2015.ID);
        assertThat(asking(state)).contains("notified_on");
    }

    @Test
    void inADirectChatTheBoardAnsweredChoosesThePack() {
        ConversationState started = type(MIXED, MIXED.start(Optional.empty()), "start");
        assertThat(asking(started)).contains("board");

        ConversationState stoke = type(MIXED, started, "Stoke", "CSPR-2026-014");
        ConversationState staffs = type(MIXED, started, "Staffs", "SCR-2026-014");

        assertThat(stoke.rulePack()).isEqualTo(Wt2023.ID);
        assertThat(asking(stoke)).contains("aware_on");
        assertThat(staffs.rulePack()).isEqualTo(Wt2015.ID);
        assertThat(asking(staffs)).contains("notified_on");
    }

    @Test
    void theQuestionAfterTheBoardIsWordedByTheBoardsPack() {
        ConversationState started = type(MIXED, MIXED.start(Optional.empty()), "start");

        Turn turn = MIXED.handle(started, new Inbound.TextMessage("Stoke"));

        assertThat(turn.state().rulePack()).isEqualTo(Wt2023.ID);
        assertThat(turn.replies()).last().isInstanceOfSatisfying(uk.lscb.casereview.core.messages.Reply.Ask.class,
                ask -> assertThat(ask.question().value()).isEqualTo("case_reference"));
    }

    @Test
    void changingTheBoardToOneOnTheOtherPackMovesTheReferralKeepingTheReference() {
        ConversationState wt2015 = type(MIXED, MIXED.start(Optional.empty()), "start", "Staffs", "SCR-2026-014",
                "20/11/2026");
        assertThat(wt2015.rulePack()).isEqualTo(Wt2015.ID);

        ConversationState moved = type(MIXED, wt2015, "change 1", "Stoke");

        assertThat(moved.rulePack()).isEqualTo(Wt2023.ID);
        assertThat(moved.answers().text(QuestionId.of("case_reference"))).contains("SCR-2026-014");
        assertThat(moved.answers().has(QuestionId.of("notified_on"))).isFalse();
        assertThat(asking(moved)).contains("aware_on");
    }

    @Test
    void aReferralBegunUnderOnePackFinishesUnderItWhenTheBoardsPackIsChanged() {
        PackConversations before = conversations(boards(Wt2015.ID, Wt2015.ID));
        PackConversations after = conversations(boards(Wt2015.ID, Wt2023.ID));
        ConversationState begun = type(before, before.start(Optional.of(STOKE)), "start", "SCR-2026-014");

        ConversationState finished = type(after, begun, "20/11/2026", "yes", "yes");

        assertThat(finished.rulePack()).isEqualTo(Wt2015.ID);
        assertThat(finished.answers().has(QuestionId.of("notified_on"))).isTrue();
    }

    @Test
    void aNewReferralFollowsTheBoardsPackAsConfiguredNow() {
        PackConversations before = conversations(boards(Wt2015.ID, Wt2015.ID));
        PackConversations after = conversations(boards(Wt2015.ID, Wt2023.ID));
        ConversationState cancelled = type(before, before.start(Optional.of(STOKE)), "start", "cancel");

        ConversationState again = type(after, cancelled, "start", "CSPR-2026-014");

        assertThat(again.rulePack()).isEqualTo(Wt2023.ID);
        assertThat(asking(again)).contains("aware_on");
    }

    @Test
    void aDirectChatBeginsUnderThePackEveryBoardFollows() {
        PackConversations both2023 = conversations(boards(Wt2023.ID, Wt2023.ID));

        assertThat(both2023.start(Optional.empty()).rulePack()).isEqualTo(Wt2023.ID);
        assertThat(MIXED.start(Optional.empty()).rulePack()).isEqualTo(Wt2015.ID);
    }

    @Test
    void aBoardOnAPackWithNoConversationIsRefusedNamingBoardAndPack() {
        Boards boards = boards(Wt2015.ID, Wt2023.ID);

        assertThatThrownBy(() -> PackConversations.of(new Conversation(Wt2015.pack(), boards, Chat.CLOCK)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("board stoke-on-trent follows rule pack 'wt2023', which this deployment does not have "
                        + "(it has wt2015)");
    }
}
