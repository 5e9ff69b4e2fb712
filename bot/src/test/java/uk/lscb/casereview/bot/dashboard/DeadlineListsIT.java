package uk.lscb.casereview.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.reports.ScriptedYear;

/**
 * The dashboard's lists of what is overdue and due this week, in local mode on the real embedded store: 60 cases
 * whose Chair's decision is overdue (SCR-O-0 the longest) and 3 due this week. The dashboard shows the first
 * {@value DashboardController#SHOWN} of a list and links to the whole list, {@value DeadlineListController#PAGE} to a page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DeadlineListsIT.OnWednesday.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlineListsIT {
    private static final String CHAIR = "as=chair-staffordshire";

    @TestConfiguration(proxyBeanMethods = false)
    static class OnWednesday {
        @Bean
        @Primary
        Clock wednesday() {
            return Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneId.of("Europe/London"));
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;

    @BeforeAll
    void storeSixtyOverdueDecisionsAndThreeDueThisWeek() {
        IntStream.range(0, 60).forEach(i -> assertThat(cases.create(ScriptedYear.referred("SCR-O-" + i,
                LocalDate.parse("2026-01-01").plusDays(i).toString(), ScriptedYear.STAFFORDSHIRE.id()))).isTrue());
        IntStream.range(0, 3).forEach(i -> assertThat(cases.create(ScriptedYear.referred("SCR-W-" + i,
                LocalDate.parse("2026-11-05").minusDays(i).toString(), ScriptedYear.STAFFORDSHIRE.id()))).isTrue());
    }

    String page(String path, int status) {
        Http.Response response = new Http(port).get(path);
        assertThat(response.status()).as(path).isEqualTo(status);
        return response.body();
    }

    @Test
    void theDashboardShowsTheTwentyFiveLongestOverdueWithTheCountAndALinkToTheWholeList() {
        String page = page("/board?" + CHAIR, 200);

        assertThat(page).contains("Overdue (60)",
                "href=\"/board/overdue?board=staffordshire&amp;" + CHAIR + "\">See all 60 overdue</a>",
                "Due this week (today and the next 6 days) (3)").doesNotContain("/board/due-this-week");
        String overdue = page.substring(page.indexOf("Overdue (60)"), page.indexOf("See all 60 overdue"));
        assertThat(overdue).contains(">SCR-O-0<", ">SCR-O-24<").doesNotContain(">SCR-O-25<", ">SCR-O-59<");
        assertThat(overdue.indexOf(">SCR-O-0<")).isLessThan(overdue.indexOf(">SCR-O-1<"));
        assertThat(page.indexOf(">SCR-W-2<")).isLessThan(page.indexOf(">SCR-W-1<"));
    }

    @Test
    void theWholeListIsPagedLongestOverdueFirstWithGovUkPagination() {
        String first = page("/board/overdue?board=staffordshire&" + CHAIR, 200);
        assertThat(first).contains("Overdue: Staffordshire", "60 in all, the longest overdue first. Showing 1 to 50, "
                        + "page 1 of 2.", ">SCR-O-0<", ">SCR-O-49<", "<nav class=\"govuk-pagination\"",
                "aria-label=\"Page 1\" aria-current=\"page\"",
                "href=\"/board/overdue?board=staffordshire&amp;page=2&amp;" + CHAIR + "\" rel=\"next\"")
                .doesNotContain(">SCR-O-50<", "rel=\"prev\"");

        String second = page("/board/overdue?board=staffordshire&page=2&" + CHAIR, 200);
        assertThat(second).contains("Showing 51 to 60, page 2 of 2.", ">SCR-O-50<", ">SCR-O-59<",
                "aria-label=\"Page 2\" aria-current=\"page\"", "rel=\"prev\"")
                .doesNotContain(">SCR-O-49<", "rel=\"next\"");
        assertThat(page("/board/due-this-week?board=staffordshire&" + CHAIR, 200)).contains(">SCR-W-0<")
                .doesNotContain("govuk-pagination");
    }

    /** {@code %D9%A2} is ٢, an Arabic-Indic 2: no page number, as in the API's addresses. */
    @ParameterizedTest(name = "page={0}")
    @ValueSource(strings = {"3", "two", "%D9%A2", "%2B2", "0"})
    void aPageBeyondTheListOrNotInDigitsIsNotFoundPolitely(String number) {
        assertThat(page("/board/overdue?board=staffordshire&page=" + number + "&" + CHAIR, 404))
                .contains("There is no such page").doesNotContain("SCR-O-");
    }

    @Test
    void onlyThoseOfTheBoardSeeItsListsAndAStrangerIsTurnedAwayPolitely() {
        assertThat(page("/board/overdue?board=staffordshire&as=chair-stoke-on-trent", 404)).contains("Board not found")
                .doesNotContain("SCR-O-");
        assertThat(page("/board/overdue?board=staffordshire&as=practitioner", 403))
                .contains("You cannot see the dashboard").doesNotContain("SCR-O-");
        assertThat(page("/board/overdue?board=staffordshire", 200)).contains("Who are you?",
                "/board/overdue?as=chair-staffordshire");
    }
}
