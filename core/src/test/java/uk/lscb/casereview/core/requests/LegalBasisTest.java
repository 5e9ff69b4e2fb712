package uk.lscb.casereview.core.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.Seed;
import uk.lscb.casereview.core.deadlines.DeadlineKind;

/** The legal basis told to an agency's contact is the framework's words; skipped, saying why, without the seed. */
class LegalBasisTest {

    @Test
    void theLegalBasisIsQuotedWordForWordFromTheFramework() {
        assertThat(Seed.frameworkCollapsed()).contains(LegalBasis.QUOTATION);
    }

    @Test
    void theQuotationIsTheWholeOfItsSectionAfterTheHeading() {
        assertThat(Seed.frameworkCollapsed()).contains(LegalBasis.SECTION + " " + LegalBasis.QUOTATION + " ");
    }

    @Test
    void theAgencyDeadlineCitesTheDutyItself() {
        assertThat(LegalBasis.QUOTATION).startsWith(DeadlineKind.AGENCY_INFORMATION.citation());
        assertThat(DeadlineKind.AGENCY_INFORMATION.section()).isEqualTo(LegalBasis.SECTION);
    }
}
