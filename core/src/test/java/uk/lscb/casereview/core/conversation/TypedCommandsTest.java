package uk.lscb.casereview.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import uk.lscb.casereview.core.actions.Command;

class TypedCommandsTest {

    /** A person who types what a button says, rather than pressing it, gets what the button does. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Command.class)
    void eachButtonsLabelTypedAsItReadsIsThatCommand(Command command) {
        assertThat(TypedCommands.typed(command.label())).contains(command);
        assertThat(TypedCommands.typed(command.word())).contains(command);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "answers so far.      | SUMMARY",
        "  Start a referral   | START",
        "why is this asked    | WHY",
        "Send to the chair!   | SUBMIT",
        "my answers           | SUMMARY"})
    void aLabelTypedInAnyCaseWithOrWithoutItsStopIsThatCommand(String typed, Command command) {
        assertThat(TypedCommands.typed(typed)).contains(command);
    }
}
