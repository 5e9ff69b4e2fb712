package uk.lscb.casereview.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.messages.Reply;

/** Every command at every point of a conversation, typed and pressed. */
class ConversationCommandsTest {

    enum Point {
        NEW(Chat::direct),
        FIRST_QUESTION(() -> Chat.direct().type("start")),
        MIDDLE(() -> Chat.direct().upTo("child_died")),
        CONFIRMING_A_DATE(() -> Chat.direct().upTo("notified_on").type("1/11/2025")),
        REVIEWING(() -> Chat.direct().reviewing()),
        SUBMITTED(() -> Chat.direct().reviewing().type("submit")),
        CANCELLED(() -> Chat.direct().upTo("child_died").type("cancel").pressChoice("Yes, cancel it"));

        private final Supplier<Chat> chat;

        Point(Supplier<Chat> chat) {
            this.chat = chat;
        }

        Chat chat() {
            return chat.get();
        }
    }

    @ParameterizedTest(name = "{1} at {0}: {2} {3}, unchanged={4}, says \"{5}\"")
    @CsvSource(delimiter = '|', value = {
        // point            | command | phase after | question after        | unchanged | says
        "NEW                | start   | ASKING      | board                | no  | one at a time",
        "FIRST_QUESTION     | start   | ASKING      | board                | yes | already have a referral in progress",
        "MIDDLE             | start   | ASKING      | child_died           | yes | already have a referral in progress",
        "CONFIRMING_A_DATE  | start   | CONFIRMING  | notified_on          | yes | already have a referral in progress",
        "REVIEWING          | start   | REVIEWING   | -                    | yes | already have a referral in progress",
        "SUBMITTED          | start   | ASKING      | board                | no  | one at a time",
        "CANCELLED          | start   | ASKING      | board                | no  | one at a time",

        "NEW                | back    | NEW         | -                    | yes | nothing to go back to",
        "FIRST_QUESTION     | back    | ASKING      | board                | yes | This is the first question",
        "MIDDLE             | back    | ASKING      | abuse_or_neglect     | no  | abuse or neglect",
        "CONFIRMING_A_DATE  | back    | ASKING      | notified_on          | no  | When was the LSCB notified",
        "REVIEWING          | back    | ASKING      | further_audit_needed | no  | audit",
        "SUBMITTED          | back    | SUBMITTED   | -                    | yes | nothing to go back to",
        "CANCELLED          | back    | CANCELLED   | -                    | yes | nothing to go back to",

        "NEW                | restart | ASKING      | board                | no  | one at a time",
        "FIRST_QUESTION     | restart | ASKING      | board                | yes | Starting again",
        "MIDDLE             | restart | ASKING      | child_died           | yes | This will discard 4 answers. Start again?",
        "CONFIRMING_A_DATE  | restart | CONFIRMING  | notified_on          | yes | This will discard 2 answers. Start again?",
        "REVIEWING          | restart | REVIEWING   | -                    | yes | This will discard 11 answers. Start again?",
        "SUBMITTED          | restart | ASKING      | board                | no  | one at a time",
        "CANCELLED          | restart | ASKING      | board                | no  | one at a time",

        "NEW                | why     | NEW         | -                    | yes | At any point you can type",
        "FIRST_QUESTION     | why     | ASKING      | board                | yes | Why this is asked",
        "MIDDLE             | why     | ASKING      | child_died           | yes | Why this is asked",
        "CONFIRMING_A_DATE  | why     | CONFIRMING  | notified_on          | yes | one month",
        "REVIEWING          | why     | REVIEWING   | -                    | yes | reasons for the recommendation",
        "SUBMITTED          | why     | SUBMITTED   | -                    | yes | At any point you can type",
        "CANCELLED          | why     | CANCELLED   | -                    | yes | At any point you can type",

        "NEW                | help    | NEW         | -                    | yes | At any point you can type",
        "FIRST_QUESTION     | help    | ASKING      | board                | yes | At any point you can type",
        "MIDDLE             | help    | ASKING      | child_died           | yes | At any point you can type",
        "CONFIRMING_A_DATE  | help    | CONFIRMING  | notified_on          | yes | At any point you can type",
        "REVIEWING          | help    | REVIEWING   | -                    | yes | At any point you can type",
        "SUBMITTED          | help    | SUBMITTED   | -                    | yes | At any point you can type",
        "CANCELLED          | help    | CANCELLED   | -                    | yes | At any point you can type",

        "NEW                | summary | NEW         | -                    | yes | No answers yet",
        "FIRST_QUESTION     | summary | ASKING      | board                | yes | No answers yet",
        "MIDDLE             | summary | ASKING      | child_died           | yes | Abuse or neglect known or suspected: Yes",
        "CONFIRMING_A_DATE  | summary | CONFIRMING  | notified_on          | yes | Case reference: SCR-2026-014",
        "REVIEWING          | summary | REVIEWING   | -                    | yes | Several agencies need to act: Yes",
        "SUBMITTED          | summary | SUBMITTED   | -                    | yes | Several agencies need to act: Yes",
        "CANCELLED          | summary | CANCELLED   | -                    | yes | No answers yet",

        "NEW                | cancel  | NEW         | -                    | yes | no referral in progress",
        "FIRST_QUESTION     | cancel  | CANCELLED   | -                    | no  | Nothing has been sent",
        "MIDDLE             | cancel  | ASKING      | child_died           | yes | This will discard 4 answers. Cancel the referral?",
        "CONFIRMING_A_DATE  | cancel  | CONFIRMING  | notified_on          | yes | This will discard 2 answers. Cancel the referral?",
        "REVIEWING          | cancel  | REVIEWING   | -                    | yes | This will discard 11 answers. Cancel the referral?",
        "SUBMITTED          | cancel  | SUBMITTED   | -                    | yes | already been sent",
        "CANCELLED          | cancel  | CANCELLED   | -                    | yes | no referral in progress",

        "NEW                | submit  | NEW         | -                    | yes | nothing to send yet",
        "FIRST_QUESTION     | submit  | ASKING      | board                | yes | nothing to send yet",
        "MIDDLE             | submit  | ASKING      | child_died           | yes | nothing to send yet",
        "CONFIRMING_A_DATE  | submit  | CONFIRMING  | notified_on          | yes | nothing to send yet",
        "REVIEWING          | submit  | SUBMITTED   | -                    | no  | has been sent to the Staffordshire Independent Chair",
        "SUBMITTED          | submit  | SUBMITTED   | -                    | yes | already been sent to the Chair. To begin",
        "CANCELLED          | submit  | CANCELLED   | -                    | yes | nothing to send yet",
    })
    void commandDoesWhatItSaysAtEveryPoint(Point point, String command, Phase phase, String question,
                                           String unchanged, String says) {
        Chat typed = point.chat();
        ConversationState before = typed.state();
        typed.type(command);
        Chat pressed = point.chat().press("cmd:" + command);

        assertThat(typed.state().phase()).isEqualTo(phase);
        assertThat(typed.current().orElse("-")).isEqualTo(question);
        assertThat(typed.state().equals(before)).as("state unchanged").isEqualTo(unchanged.equals("yes"));
        assertThat(typed.text()).contains(says);
        assertThat(typed.last().replies()).isNotEmpty();
        assertThat(typed.last().effects()).hasSize(point == Point.REVIEWING && command.equals("submit") ? 1 : 0);
        assertThat(pressed.last()).as("pressing the command's button does the same").isEqualTo(typed.last());
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"cancel, MIDDLE", "cancel, REVIEWING", "restart, MIDDLE", "restart, REVIEWING"})
    void cancelAndRestartClearTheAnswersOnceConfirmed(String command, Point point) {
        Chat chat = point.chat().type(command).pressChoice(command.equals("cancel") ? "Yes, cancel it"
                : "Yes, start again");

        assertThat(chat.state().answers().values()).isEmpty();
    }

    @ParameterizedTest(name = "{0} at {1}, then No")
    @CsvSource({"cancel, MIDDLE", "cancel, REVIEWING", "restart, MIDDLE", "restart, REVIEWING"})
    void answeringNoToTheDiscardQuestionKeepsEveryAnswerAndShowsWhereThePersonWas(String command, Point point) {
        Chat chat = point.chat();
        ConversationState before = chat.state();

        chat.type(command);
        assertThat(chat.text()).contains("No, keep my answers");
        chat.pressChoice("No, keep my answers");

        assertThat(chat.state()).isEqualTo(before);
        assertThat(chat.text()).contains("Your answers are kept.");
    }

    @Test
    void aSecondSubmitSaysOnceThatTheReferralHasAlreadyBeenSent() {
        Chat chat = Chat.direct().reviewing().type("submit").type("submit");

        assertThat(chat.last().replies()).singleElement().isInstanceOfSatisfying(Reply.Say.class, say ->
                assertThat(say.text()).isEqualTo("This referral has already been sent to the Chair. To begin a new "
                        + "one, type start."));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "Back         | back",
        "GO BACK      | back",
        "Why?         | why",
        "Summary      | summary",
        "start again  | restart",
        "Stop         | cancel",
        "Commands     | help",
        "Send to the safeguarding partners | submit",
        "send to the partners              | submit",
    })
    void typedCommandVariantsWork(String typed, String command) {
        Chat variant = Chat.direct().upTo("child_died").type(typed);
        Chat word = Chat.direct().upTo("child_died").type(command);

        assertThat(variant.last()).isEqualTo(word.last());
    }

    @Test
    void aQuestionMarkShowsHelp() {
        Chat variant = Chat.direct().upTo("child_died").type("?");
        Chat word = Chat.direct().upTo("child_died").type("help");

        assertThat(variant.last()).isEqualTo(word.last());
    }
}
