package uk.lscb.casereview.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.core.cases.CasePages;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.reports.ScriptedYear;

/**
 * A case whose reference holds {@code /} (the README's {@code SSCB/2026/07}) opens through every address the
 * application builds for it, its {@code /} written {@code %2F}: the dashboard's own link, its find box, the case API
 * and its transcript (the local page's "Read a case's transcript" asks for that one), the chat's link to the case page.
 * A {@code %2F} anywhere else, or double-encoded, is still refused, and a browser is shown a page, not JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlashedReferenceIT {
    static final String REFERENCE = "SSCB/2026/07";
    static final Map<String, String> BROWSER = Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    Http http;

    @BeforeAll
    void storeTheCase() {
        http = new Http(port);
        assertThat(cases.create(ScriptedYear.referred(REFERENCE, "2026-04-01", ScriptedYear.STAFFORDSHIRE.id())))
                .isTrue();
    }

    @Test
    void theDashboardsOwnLinkToTheCaseOpensItsPage() {
        String dashboard = http.get("/board?as=admin").body();
        Matcher link = Pattern.compile("href=\"(/board/cases/SSCB%2F2026%2F07[^\"]*)\"").matcher(dashboard);
        assertThat(link.find()).as("the dashboard links to the case").isTrue();

        Http.Response page = http.get(link.group(1).replace("&amp;", "&"), BROWSER);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Case " + REFERENCE, "Transcript of case " + REFERENCE);
    }

    @Test
    void theFindBoxLeadsToTheCasesPage() {
        Http.Response found = http.get("/board/cases?reference=" + REFERENCE + "&as=admin");
        assertThat(found.status()).isEqualTo(303);
        String location = found.raw().headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/board/cases/SSCB%2F2026%2F07");

        assertThat(http.get(location, BROWSER).body()).contains("Case " + REFERENCE);
    }

    @Test
    void theChatsLinkToTheCasePageOpensIt() {
        String address = new CasePages(java.util.Optional.of("http://127.0.0.1:" + port))
                .of(ScriptedYear.STAFFORDSHIRE.id(), new CaseReference(REFERENCE)).orElseThrow().url();

        assertThat(http.get(address.substring(address.indexOf("/board")) + "&as=admin").body())
                .contains("Case " + REFERENCE);
    }

    @Test
    void theCaseApiAnswersForTheCaseAsJsonAndItsTranscriptAsText() {
        Http.Response json = http.get("/api/cases/SSCB%2F2026%2F07?as=admin");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.json().path("reference").asText()).isEqualTo(REFERENCE);

        Http.Response transcript = http.get("/api/cases/SSCB%2F2026%2F07/transcript?format=text&as=admin");
        assertThat(transcript.status()).as(transcript.body()).isEqualTo(200);
        assertThat(transcript.contentType()).startsWith("text/plain");
        assertThat(transcript.body()).contains(REFERENCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api%2Fcases%2FSSCB?as=admin, 400", "/board%2Fcases?as=admin, 400",
        "/api/cases/SSCB%252F2026%252F07?as=admin, 400", "/api/cases/%2e%2e%2Flearning?as=admin, 400",
        "/api/learning%2F?as=admin, 400", "/api/cases/SSCB%2F2026%2F08?as=admin, 404"})
    void anEncodedSlashOutsideACasesReferenceOrDoubleEncodedIsStillRefused(String path, int status) {
        Http.Response refused = http.get(path);

        assertThat(refused.status()).as(refused.body()).isEqualTo(status);
        assertThat(refused.contentType()).startsWith("application/json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/board%2F..%2Fapi, 400, This web address could not be read",
        "/board/cases/SSCB%252F2026?as=admin, 400, This web address could not be read",
        "/board/no-such-page?as=admin, 404, Page not found"})
    void aBrowserIsShownAPageForAnErrorAtADashboardAddress(String path, int status, String title) {
        Http.Response page = http.get(path, BROWSER);

        assertThat(page.status()).isEqualTo(status);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-xl\">" + title + "</h1>",
                "href=\"/board\"");
        assertThat(page.raw().headers().firstValue("Content-Security-Policy")).isPresent();
    }
}
