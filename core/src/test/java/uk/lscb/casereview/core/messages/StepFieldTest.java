package uk.lscb.casereview.core.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StepFieldTest {
    private static final List<StepField.Option> TWO = List.of(new StepField.Option("a", "A"),
            new StepField.Option("b", "B"));

    @ParameterizedTest
    @EnumSource(StepField.Type.class)
    void onlyAFieldChosenFromOptionsHasOptions(StepField.Type type) {
        if (type.hasOptions()) {
            assertThat(new StepField("f", "F", type, true, "", TWO).options()).isEqualTo(TWO);
            assertThatThrownBy(() -> StepField.of("f", "F", type, true, "")).isInstanceOf(
                    IllegalArgumentException.class);
        } else {
            assertThat(StepField.of("f", "F", type, true, "").options()).isEmpty();
            assertThatThrownBy(() -> new StepField("f", "F", type, true, "", TWO)).isInstanceOf(
                    IllegalArgumentException.class);
        }
    }

    /** Several choices travel as one text, separated by commas, so no value may hold one. */
    @Test
    void aValueOfSeveralChoicesHoldingTheirSeparatorIsRefused() {
        List<StepField.Option> comma = List.of(new StepField.Option("drugs, alcohol", "Drugs, alcohol"));

        assertThatThrownBy(() -> new StepField("f", "F", StepField.Type.CHOICES, true, "", comma))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("f");
        assertThat(new StepField("f", "F", StepField.Type.CHOICE, true, "", comma).options()).isEqualTo(comma);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "neglect                      | neglect",
            "neglect,supervision          | neglect;supervision",
            "' neglect , , supervision, ' | neglect;supervision",
            "','                          | ''"})
    void severalChoicesAreReadInTheOrderSentWithBlanksLeftOut(String sent, String read) {
        assertThat(StepField.chosen(sent)).isEqualTo(read.isEmpty() ? List.of() : List.of(read.split(";")));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void nothingSentIsNothingChosen(String sent) {
        assertThat(StepField.chosen(sent)).isEmpty();
    }
}
