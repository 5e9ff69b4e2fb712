package uk.lscb.casereview.core.refs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A reference in a web address is one segment: its {@code /} written {@code %2F}, nothing else escaped. */
class CaseReferenceTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"SSCB/2026/07, SSCB%2F2026%2F07", "SCR-2026-001, SCR-2026-001", "a_b.1, a_b.1", "/12/, %2F12%2F",
        "../1, ..%2F1"})
    void aReferenceInAnAddressHasItsSlashesEscapedAndNothingElse(String reference, String inAddress) {
        assertThat(new CaseReference(reference).inAddress()).isEqualTo(inAddress);
    }
}
