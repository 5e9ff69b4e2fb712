package uk.lscb.casereview.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.reports.ScriptedWt2023Year;
import uk.lscb.casereview.core.reports.ScriptedYear;

/**
 * The dashboard in local mode for a safeguarding partner's lead representative of a {@code wt2023} board
 * (Stoke-on-Trent): they see that board's dashboard, case pages (each view audited), overdue list and learning page,
 * read-only, and nothing of the other board (Staffordshire).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "casereview.boards[0].id=staffordshire",
        "casereview.boards[0].name=Staffordshire",
        "casereview.boards[0].chairs.local[0]=chair-staffordshire",
        "casereview.boards[1].id=stoke-on-trent",
        "casereview.boards[1].name=Stoke-on-Trent",
        "casereview.boards[1].rule-pack=wt2023",
        "casereview.boards[1].chairs.local[0]=chair-stoke-on-trent",
        "casereview.boards[1].partners.local-authority.local[0]=partner-la",
        "casereview.boards[1].partners.integrated-care-board.local[0]=partner-icb",
        "casereview.boards[1].partners.police.local[0]=partner-police",
        "casereview.boards[1].partners.scrutineers.local[0]=scrutineer"})
@Import(PartnersDashboardIT.AfterTheYear.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnersDashboardIT {
    private static final String POLICE = "as=partner-police";

    @TestConfiguration(proxyBeanMethods = false)
    static class AfterTheYear {
        @Bean
        @Primary
        Clock afterTheYear() {
            return Clock.fixed(Instant.parse("2027-04-15T09:00:00Z"), ZoneId.of("Europe/London"));
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;

    @BeforeAll
    void storeBothBoardsCases() {
        ScriptedWt2023Year.scriptedYear().forEach(record -> assertThat(cases.create(record)).isTrue());
        assertThat(cases.create(ScriptedYear.referred("SCR-S-1", "2027-03-01", ScriptedYear.STAFFORDSHIRE.id())))
                .isTrue();
    }

    String page(String path, int status) {
        Http.Response response = new Http(port).get(path);
        assertThat(response.status()).as(path).isEqualTo(status);
        return response.body();
    }

    @Test
    void aPartnersLeadSeesTheirBoardsDashboardAndNotTheOtherBoards() {
        assertThat(page("/board?" + POLICE, 200)).contains("id=\"board-stoke-on-trent\"", "CSPR-R-3")
                .doesNotContain("id=\"board-staffordshire\"", "SCR-S-1");
        assertThat(page("/board/overdue?board=stoke-on-trent&" + POLICE, 200)).contains("Stoke-on-Trent");
        assertThat(page("/board/overdue?board=staffordshire&" + POLICE, 404)).contains("Board not found")
                .doesNotContain("SCR-S-1");
        assertThat(page("/board/learning?" + POLICE, 200)).doesNotContain("You cannot see the dashboard");
    }

    @Test
    void aPartnersLeadSeesACasePageOfTheirBoardAuditedButNotTheOtherBoardsNorItsTranscript() {
        String page = page("/board/cases/CSPR-R-3?" + POLICE, 200);

        assertThat(page).contains("Case CSPR-R-3", "Only the board&#39;s Chair or an administrator can read the "
                + "transcript.").doesNotContain("Transcript of case CSPR-R-3");
        CaseRecord stored = cases.findByReference(new CaseReference("CSPR-R-3")).get(0);
        AuditEvent last = stored.audit().get(stored.audit().size() - 1);
        assertThat(last.action()).isEqualTo("case-page-viewed");
        assertThat(last.who().id()).isEqualTo("partner-police");
        assertThat(page("/board/cases/SCR-S-1?" + POLICE, 403)).contains("You cannot see this case")
                .doesNotContain("Timeline of SCR-S-1");
    }

    @Test
    void theScrutineerIsNotLetIn() {
        assertThat(page("/board?as=scrutineer", 403)).contains("You cannot see the dashboard")
                .doesNotContain("CSPR-R-3");
    }
}
