package uk.lscb.casereview.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/** A person's message after replies that did not reach them: never used, and where they are shown again. */
class AfterUndeliveredTest {
    private final Conversation conversation = new Conversation(Wt2015.pack(), Boards.staffordshireAndStoke(),
            Chat.CLOCK);

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("an answer at a question", Chat.direct().upTo("abuse_or_neglect"), new Inbound.TextMessage("yes")),
                Arguments.of("a command at a question", Chat.direct().upTo("abuse_or_neglect"), new Inbound.TextMessage("restart")),
                Arguments.of("an answer button at a question", Chat.direct().upTo("abuse_or_neglect"),
                        new Inbound.ButtonPressed("answer:abuse_or_neglect:yes")),
                Arguments.of("send, when reviewing", Chat.direct().reviewing(), new Inbound.ButtonPressed("cmd:submit")),
                Arguments.of("start, before any referral", Chat.direct(), new Inbound.TextMessage("start")));
    }

    @ParameterizedTest(name = "{0} is not used")
    @MethodSource("messages")
    void aMessageAfterRepliesThatDidNotReachThePersonChangesNothingAndShowsWhereTheyAre(String what, Chat chat,
                                                                                       Inbound message) {
        ConversationState before = chat.state();
        List<Reply> where = new ConversationViews(Wt2015.pack(), Boards.staffordshireAndStoke())
                .where(before, Optional.empty());

        Turn turn = conversation.afterUndelivered(before, message, false);

        assertThat(turn.state()).isEqualTo(before);
        assertThat(turn.effects()).isEmpty();
        assertThat(PlainText.render(turn.replies().get(0))).startsWith("Sorry, my last reply didn't reach you, so I "
                + "haven't used what you just sent");
        assertThat(PlainText.render(turn.replies().get(turn.replies().size() - 1)))
                .endsWith(PlainText.render(where.get(where.size() - 1)));
    }

    @Test
    void theMessageThoseRepliesAnsweredDeliveredAgainIsToldItWasRecorded() {
        ConversationState before = Chat.direct().upTo("abuse_or_neglect").state();

        Turn turn = conversation.afterUndelivered(before, new Inbound.TextMessage("yesterday"), true);

        assertThat(turn.state()).isEqualTo(before);
        assertThat(PlainText.render(turn.replies().get(0))).startsWith("Sorry, my reply to that didn't reach you. "
                + "Your message was recorded");
        assertThat(turn.replies()).last().isInstanceOf(Reply.Ask.class);
    }

    @Test
    void aNameTypedAfterRepliesThatDidNotReachThePersonIsRefusedAndNotKept() {
        ConversationState before = Chat.direct().upTo("abuse_or_neglect").state();

        Turn turn = conversation.afterUndelivered(before, new Inbound.TextMessage("Jane Smith"), false);

        assertThat(turn.inboundRefusedBecause()).isPresent();
        assertThat(turn.state()).isEqualTo(before);
        assertThat(PlainText.render(turn.replies().get(0))).contains("didn't reach you").contains("I haven't kept that "
                + "message").doesNotContain("Jane");
    }
}
