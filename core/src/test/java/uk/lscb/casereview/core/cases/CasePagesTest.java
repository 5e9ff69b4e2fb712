package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseReference;

/** Where a case's page is, from the dashboard's address as configured. */
class CasePagesTest {

    @ParameterizedTest(name = "{0} + {1}/{2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "https://casereview.example.org | staffordshire | SCR-2026-014 | https://casereview.example.org/board/cases/SCR-2026-014?board=staffordshire",
        "https://casereview.example.org/ | stoke-on-trent | SCR-2026-014 | https://casereview.example.org/board/cases/SCR-2026-014?board=stoke-on-trent",
        "http://127.0.0.1:8080 | staffordshire | SCR/2026/14 | http://127.0.0.1:8080/board/cases/SCR%2F2026%2F14?board=staffordshire"})
    void aCasesPageIsOnTheDashboardUnderItsReferenceAndBoard(String dashboard, String board, String reference,
                                                           String expected) {
        assertThat(new CasePages(Optional.of(dashboard)).of(new BoardId(board), new CaseReference(reference)))
                .hasValueSatisfying(link -> {
                    assertThat(link.url()).isEqualTo(expected);
                    assertThat(link.label()).isEqualTo("Open the case page");
                });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(value = {"''", "'   '"})
    void withoutTheDashboardsAddressThereIsNoLink(String dashboard) {
        assertThat(new CasePages(Optional.of(dashboard)).of(new BoardId("staffordshire"),
                new CaseReference("SCR-2026-014"))).isEmpty();
        assertThat(CasePages.NONE.of(new BoardId("staffordshire"), new CaseReference("SCR-2026-014"))).isEmpty();
    }
}
