package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.deadlines.DeadlineKind;

class TextFormTest {
    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of(new ButtonAction.AnswerChair("staffordshire/SCR-2026-014", 4), "Answer the Chair",
                        CaseLifecycle.ANSWER, "Send my answer"),
                Arguments.of(new ButtonAction.RecordDelay("staffordshire/SCR-2026-014",
                                DeadlineKind.CHAIR_DECISION),
                        "Reason for the delay", CaseLifecycle.DELAY_REASON, "Record the reason"));
    }

    /**
     * A form's button says what it does, in words no button of the scoping conversation uses: the referrer who
     * answers the Chair still has the referral's "Send to the Chair", already used, higher in the same chat.
     */
    @ParameterizedTest(name = "{1}")
    @MethodSource("forms")
    void eachFormAsksForItsTextAndItsButtonIsNotTheReferralsSendToTheChair(ButtonAction action, String title,
                                                                          String input, String submit) {
        TextForm form = TextForm.of(action).orElseThrow();

        assertThat(form.title()).isEqualTo(title);
        assertThat(form.inputId()).isEqualTo(input);
        assertThat(form.submit()).isEqualTo(submit).isNotEqualTo(Command.SUBMIT.label());
        assertThat(form.hint()).contains("Do not give a child's name or date of birth");
        assertThat(TextForm.of(action.payload())).contains(form);
    }
}
