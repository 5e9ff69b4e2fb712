package uk.lscb.casereview.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kleene's strong three-valued logic, cell by cell. */
class TruthTest {

    @ParameterizedTest(name = "{0} AND {1} = {2}, {0} OR {1} = {3}")
    @CsvSource({
        // a,       b,       a AND b, a OR b
        "TRUE,    TRUE,    TRUE,    TRUE",
        "TRUE,    UNKNOWN, UNKNOWN, TRUE",
        "TRUE,    FALSE,   FALSE,   TRUE",
        "UNKNOWN, TRUE,    UNKNOWN, TRUE",
        "UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN",
        "UNKNOWN, FALSE,   FALSE,   UNKNOWN",
        "FALSE,   TRUE,    FALSE,   TRUE",
        "FALSE,   UNKNOWN, FALSE,   UNKNOWN",
        "FALSE,   FALSE,   FALSE,   FALSE",
    })
    void andAndOrFollowKleenesStrongTables(Truth a, Truth b, Truth and, Truth or) {
        assertThat(a.and(b)).isEqualTo(and);
        assertThat(a.or(b)).isEqualTo(or);
    }

    @ParameterizedTest(name = "NOT {0} = {1}; {0} may hold: {2}")
    @CsvSource({
        "TRUE,    FALSE,   true",
        "UNKNOWN, UNKNOWN, true",
        "FALSE,   TRUE,    false",
    })
    void notSwapsTrueAndFalseAndOnlyFalseCannotHold(Truth a, Truth not, boolean mayHold) {
        assertThat(a.not()).isEqualTo(not);
        assertThat(a.mayHold()).isEqualTo(mayHold);
    }

    @ParameterizedTest(name = "De Morgan holds for {0}, {1}")
    @CsvSource({
        "TRUE, TRUE", "TRUE, UNKNOWN", "TRUE, FALSE",
        "UNKNOWN, TRUE", "UNKNOWN, UNKNOWN", "UNKNOWN, FALSE",
        "FALSE, TRUE", "FALSE, UNKNOWN", "FALSE, FALSE",
    })
    void deMorganHoldsInEveryCell(Truth a, Truth b) {
        assertThat(a.and(b).not()).isEqualTo(a.not().or(b.not()));
        assertThat(a.or(b).not()).isEqualTo(a.not().and(b.not()));
    }

    @ParameterizedTest(name = "answer {0} is {1}")
    @CsvSource({"YES, TRUE, yes, true", "NO, FALSE, no, false", "UNSURE, UNKNOWN, unsure, true"})
    void unsureIsUnknownNeverFalse(Answer answer, Truth truth, String code, boolean yesOrUnsure) {
        assertThat(answer.truth()).isEqualTo(truth);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.yesOrUnsure()).isEqualTo(yesOrUnsure);
    }
}
