package uk.lscb.casereview.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import uk.lscb.casereview.bot.AtOnce;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.reports.ScriptedWt2023Year;
import uk.lscb.casereview.core.reports.ScriptedYear;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.learning.Terms;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.requests.AgencyRequests;

/**
 * The dashboard in local mode ({@code ?as=}, no sign-in), on the real embedded store holding a scripted reporting
 * year (2026-27, the application's clock on 15 April 2027): the annual report's page, CSV and PDF give the figures
 * worked out by hand in {@link ScriptedYear}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(LocalDashboardIT.AfterTheYear.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalDashboardIT {
    private static final String REPORT = "/board/staffordshire/reports/2026-27";

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
    @Autowired
    AgencyRequests requests;
    @Autowired
    LearningLogs learning;
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    void storeTheScriptedYear() {
        List<CaseRecord> year = ScriptedYear.scriptedYear();
        year.forEach(record -> assertThat(cases.create(record)).isTrue());
        ScriptedYear.requests(year).forEach(request -> assertThat(requests.create(request)).isTrue());
        ScriptedYear.learning(year).forEach(review -> {
            assertThat(learning.create(review)).isTrue();
            learning.index(Terms.of(review));
        });
        ScriptedWt2023Year.scriptedYear().forEach(record -> assertThat(cases.create(record)).isTrue());
    }

    HttpResponse<byte[]> get(String path) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(new String(response.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain("at uk.lscb");
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String page(String path, int status) {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).isEqualTo(status);
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void withoutAnIdentityThePageOffersThoseWhoMayLookAndAPractitionerIsTurnedAwayPolitely() {
        assertThat(page("/board", 200)).contains("Who are you?", "/board?as=chair-staffordshire",
                "/board?as=business-manager").doesNotContain("as=practitioner");
        assertThat(page("/board?as=practitioner", 403)).contains("You cannot see the dashboard")
                .doesNotContain("SCR-A-1");
    }

    @Test
    void theChairSeesTheirBoardsOpenCasesAndWhatIsOverdue() {
        String dashboard = page("/board?as=chair-staffordshire", 200);

        assertThat(dashboard).contains("Local identity: Chair of Staffordshire", "id=\"board-staffordshire\"",
                        "Overdue", "SCR-C-3", "National panel notified of the Chair&#39;s decision",
                        "href=\"/board/cases/SCR-D-4?board=staffordshire&amp;as=chair-staffordshire\"",
                        "href=\"/board/staffordshire/reports/2027-28?as=chair-staffordshire\"")
                .doesNotContain("id=\"board-stoke-on-trent\"", "SCR-F-6");
    }

    @Test
    void twentyOpeningsOfACasesPageAtOnceAreEachInItsAuditTrail() throws Exception {
        CaseReference reference = new CaseReference("SCR-A-1");
        long before = cases.findByReference(reference).get(0).audit().stream()
                .filter(event -> event.action().equals("case-page-viewed")).count();
        List<Callable<Integer>> openings = IntStream.range(0, 20).<Callable<Integer>>mapToObj(opening ->
                () -> get("/board/cases/SCR-A-1?as=chair-staffordshire").statusCode()).toList();

        assertThat(AtOnce.run(openings)).containsOnly(200);

        assertThat(cases.findByReference(reference).get(0).audit()).as("one entry for each opening")
                .filteredOn(event -> event.action().equals("case-page-viewed")).hasSize((int) before + 20);
    }

    @Test
    void theChairsCasePageShowsTheTimelineAndTheTranscriptAndIsAudited() {
        String page = page("/board/cases/SCR-A-1?as=chair-staffordshire", 200);

        assertThat(page).contains("Case SCR-A-1", "Timeline of SCR-A-1", "Final report published",
                "Transcript of case SCR-A-1");
        CaseRecord stored = cases.findByReference(new uk.lscb.casereview.core.refs.CaseReference("SCR-A-1")).get(0);
        assertThat(stored.audit().get(stored.audit().size() - 1).action()).isEqualTo("case-page-viewed");
        assertThat(page("/board/cases/NO-SUCH-1?as=chair-staffordshire", 404)).contains("Case not found");
        assertThat(page("/board/cases/SCR-F-6?as=chair-staffordshire", 403)).contains("You cannot see this case");
    }

    @Test
    void theReportCommandInChatPostsTheSummaryAndTheLink() {
        uk.lscb.casereview.bot.Http.Response turn = new uk.lscb.casereview.bot.Http(port).post("/local/api/turn",
                "{\"as\": \"business-manager\", \"text\": \"report 2026/27\"}");

        assertThat(turn.status()).isEqualTo(200);
        assertThat(turn.body()).contains("Annual report 2026/27 for Staffordshire", "4 referrals; 3 decisions",
                "/board/staffordshire/reports/2026-27?as=business-manager",
                "Annual report 2026/27 for Stoke-on-Trent");
    }

    /** Stoke-on-Trent's year of wt2023 cases ({@code ScriptedWt2023Year}): the figures worked out by hand there. */
    @Test
    void aPartnershipsReportPageAndCsvCountTheWt2023DeadlinesAsWorkedOutByHand() {
        String stoke = "/board/stoke-on-trent/reports/2026-27";
        String html = page(stoke + "?as=business-manager", 200);
        assertThat(html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")).contains(
                "Serious incident notification to the Child Safeguarding Practice Review Panel 2 2 0 15.5",
                "Rapid review completed and sent to the Panel 1 2 0 101.5",
                "Local child safeguarding practice review published 1 2 0 19");

        String notification = "Stoke-on-Trent,2026/27,timeliness,Serious incident notification to the Child "
                + "Safeguarding Practice Review Panel: ";
        assertThat(page(stoke + ".csv?as=business-manager", 200)).contains(notification + "on time,2\r\n",
                notification + "late,2\r\n", notification + "not yet due,0\r\n",
                notification + "median days late,15.5\r\n",
                "Stoke-on-Trent,2026/27,timeliness,Rapid review completed and sent to the Panel: median days late,"
                        + "101.5\r\n",
                "Stoke-on-Trent,2026/27,timeliness,Local child safeguarding practice review published: late,2\r\n");
        assertThat(page(REPORT + ".csv?as=business-manager", 200)).as("Staffordshire has none due")
                .doesNotContain("Rapid review");
    }

    @Test
    void theAnnualReportPageCsvAndPdfGiveTheFiguresWorkedOutByHand() throws IOException {
        String html = page(REPORT + "?as=business-manager", 200);
        assertThat(html).contains("Annual report 2026/27: Staffordshire", "role=\"img\"",
                "<title id=\"chart-decisions-title\">", "<title id=\"chart-timeliness-title\">");
        assertThat(html.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replaceAll("\\s+", " ")).contains(
                "Referrals received (the LSCB notified in the year) 4", "Decisions made by the Chair 3",
                "Serious Case Reviews started 1", "Serious Case Reviews completed (final report agreed) 2",
                "Serious Case Reviews published 1", "Serious Case Reviews the board decided not to publish 1",
                "Chair's decision on whether to initiate a serious case review 1 2 0 14.5",
                "National panel notified of the Chair's decision 2 1 0 31",
                "Serious case review completed 1 1 0 20", "Information requested from an agency 0 1 0 4",
                "SCR-B-2: Commissioned multi-agency learning review", "Information was not shared (learning): Health "
                        + "and police did not share what they knew.", "information sharing 2",
                "Completed in the year (with evidence) 1", "Overdue on the day of this report 1");

        String csv = page(REPORT + ".csv?as=business-manager", 200);
        assertThat(csv).contains("Staffordshire,2026/27,summary,Referrals received,4\r\n",
                "Staffordshire,2026/27,summary,Decisions made,3\r\n",
                "Staffordshire,2026/27,timeliness,Chair's decision on whether to initiate a serious case review: "
                        + "median days late,14.5\r\n",
                "Staffordshire,2026/27,summary,Serious Case Reviews completed,2\r\n",
                "Staffordshire,2026/27,learning themes,information sharing,2\r\n",
                "Staffordshire,2026/27,actions,Overdue,1\r\n");

        HttpResponse<byte[]> pdf = get(REPORT + ".pdf?as=business-manager");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Annual report 2026/27: Staffordshire",
                    "Referrals received (the LSCB notified in the year) 4", "Decisions made by the Chair 3",
                    "Serious Case Reviews completed (final report agreed) 2",
                    "Chair's decision on whether to initiate a serious case review 1 2 0 14.5",
                    "National panel notified of the Chair's decision 2 1 0 31", "The school listened (good practice)",
                    "information sharing 2");
            assertThat(charts(document)).as("the three charts, drawn from their SVG").isEqualTo(3);
            assertThat(pixelsOf(document, 0x1d70b8)).as("the charts' first colour, GOV.UK blue, in the PDF")
                    .isGreaterThan(1000);
        }
        assertThat(page(REPORT + "?as=chair-stoke-on-trent", 403)).contains("You cannot see this report");
        assertThat(page("/board/staffordshire/reports/2026-28?as=business-manager", 404));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/board/nope/reports/2026-27", "/board/x/reports/2026-27.pdf",
            "/board/staffordshire-and-stoke-on-trent-and-more/reports/2026-27.csv"})
    void aReportOfNoBoardIsTheNotFoundPage(String path) {
        assertThat(page(path + "?as=admin", 404)).contains("<h1 class=\"govuk-heading-xl\">Board not found</h1>");
    }

    /** On 15 April 2027 there is a report for each year from 2015/16 to 2028/29. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2000-01", "2000-01.pdf", "2000-01.csv", "2014-15", "2029-30", "2029-30.pdf", "2998-99",
            "2998-99.csv"})
    void aReportOfAYearWithNoReportIsTheNotFoundPage(String file) {
        assertThat(page("/board/staffordshire/reports/" + file + "?as=admin", 404)).contains(
                "<h1 class=\"govuk-heading-xl\">Report not found</h1>",
                "There is a report for each year from 2015/16 to 2028/29.");
    }

    @Test
    void aReportLinksToTheYearBeforeOnlyWhenThereIsAReportForIt() {
        assertThat(page(REPORT + "?as=admin", 200)).contains(
                "href=\"/board/staffordshire/reports/2025-26?as=admin\">The year before</a>");
        assertThat(page("/board/staffordshire/reports/2028-29?as=admin", 200)).contains("Annual report 2028/29",
                "href=\"/board/staffordshire/reports/2027-28?as=admin\">The year before</a>");
        assertThat(page("/board/staffordshire/reports/2015-16?as=admin", 200)).contains("Annual report 2015/16")
                .doesNotContain("The year before", "2014-15");
    }

    /**
     * The charts in a PDF: the form XObjects its pages draw (openhtmltopdf draws each SVG as one). Each page is also
     * kept as an image, {@code target/browser/annual-report-pdf-<n>.png}, to look at.
     */
    static int charts(PDDocument document) throws IOException {
        Path shots = Files.createDirectories(Path.of("target", "browser"));
        PDFRenderer renderer = new PDFRenderer(document);
        int forms = 0;
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            ImageIO.write(renderer.renderImageWithDPI(i, 72), "png", shots.resolve("annual-report-pdf-" + (i + 1)
                    + ".png").toFile());
            PDResources resources = document.getPage(i).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDFormXObject) {
                    forms++;
                }
            }
        }
        return forms;
    }

    /** How many pixels of the document's pages, drawn at 72 dots an inch, are the colour (give or take a little). */
    static int pixelsOf(PDDocument document, int rgb) throws IOException {
        PDFRenderer renderer = new PDFRenderer(document);
        int pixels = 0;
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            java.awt.image.BufferedImage page = renderer.renderImageWithDPI(i, 72);
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    int pixel = page.getRGB(x, y);
                    if (IntStream.of(16, 8, 0).allMatch(shift -> Math.abs((pixel >> shift & 0xff)
                            - (rgb >> shift & 0xff)) <= 8)) {
                        pixels++;
                    }
                }
            }
        }
        return pixels;
    }

    static String words(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replaceAll("\\s+", " ");
    }

    /**
     * The scripted year's actions on 15 April 2027, worked out by hand: A's not started (due 1 June 2027), B's 1 done
     * (1 Nov 2026), B's 2 overdue (in progress, due 31 Jan 2027); none in progress; three in all.
     */
    @Test
    void theDashboardAndTheAnnualReportShowTheActionsByStatusWorkedOutByHand() {
        String dashboard = page("/board?as=chair-staffordshire", 200);
        assertThat(dashboard).contains("<title id=\"chart-actions-staffordshire-title\">Actions by status, "
                + "Staffordshire, today</title>");
        assertThat(words(dashboard)).contains("Actions by status, today Status Actions Not started 1 In progress 0 "
                + "Done 1 Overdue 1 All actions 3");

        String report = page(REPORT + "?as=business-manager", 200);
        assertThat(report).contains("<title id=\"chart-actions-title\">Actions by status, Staffordshire, on 15 April "
                + "2027</title>");
        assertThat(words(report)).contains("Actions by status, on 15 April 2027 Status Actions Not started 1 In "
                + "progress 0 Done 1 Overdue 1 All actions 3");
        assertThat(page(REPORT + ".csv?as=business-manager", 200)).contains(
                "Staffordshire,2026/27,actions by status,Not started,1\r\n",
                "Staffordshire,2026/27,actions by status,In progress,0\r\n",
                "Staffordshire,2026/27,actions by status,Done,1\r\n",
                "Staffordshire,2026/27,actions by status,Overdue,1\r\n");
    }

    @Test
    void theDashboardsNavigationLeadsToTheLearningLog() {
        assertThat(page("/board?as=chair-staffordshire", 200)).contains("href=\"/board/learning?as=chair-staffordshire\"",
                "<nav aria-label=\"Menu\"", "aria-current=\"page\"><strong class=\"govuk-service-navigation__"
                        + "active-fallback\">Cases</strong>");
    }

    @Test
    void theLearningLogSearchedOnTheDashboardFindsWhatTheApiFinds() {
        String page = page("/board/learning?q=information&as=business-manager", 200);

        assertThat(page).contains("<label class=\"govuk-label\" for=\"q\">Words</label>",
                "<label class=\"govuk-label\" for=\"theme\">Theme</label>", "value=\"information\"",
                "href=\"/board/cases/SCR-B-2?board=staffordshire&amp;as=business-manager\"");
        assertThat(words(page)).contains("2 findings, showing 1 to 2.", "Information was not shared Health and police "
                        + "did not share what they knew. Board Staffordshire Review SCR-B-2 , commissioned multi-agency "
                        + "learning review Year 2026 (recorded 1 October 2026) Themes information sharing, risk "
                        + "assessment Kind Learning", "Agencies did not meet")
                .doesNotContain("The school listened", "Last year's finding");
        Http.Response api = new Http(port).get("/api/learning?q=information&as=business-manager");
        assertThat(api.body()).contains("\"total\":2", "Information was not shared", "Agencies did not meet");

        assertThat(words(page("/board/learning?theme=voice+of+the+child&from=2026&to=2026&as=business-manager", 200)))
                .contains("1 finding, showing 1 to 1.", "The school listened", "Good practice")
                .doesNotContain("Information was not shared");
        assertThat(words(page("/board/learning?as=business-manager", 200))).contains("4 findings",
                "Last year's finding");
    }

    @Test
    void aChairOfTheOtherBoardReadsTheSharedLearningButIsNotLinkedToTheCase() {
        String page = page("/board/learning?q=information&as=chair-stoke-on-trent", 200);

        assertThat(words(page)).contains("2 findings", "Information was not shared", "SCR-B-2, commissioned");
        assertThat(page).doesNotContain("href=\"/board/cases/SCR-B-2");
    }

    @Test
    void aBadDateIsNamedOnTheFormAndAStrangerIsTurnedAwayPolitely() {
        String page = page("/board/learning?from=last+spring&as=business-manager", 200);
        assertThat(page).contains("There is a problem", "href=\"#from\"", "govuk-form-group--error",
                "Enter the first day as a date like 1 April 2026 or 01/04/2026, or a year like 2026.",
                "value=\"last spring\"")
                .doesNotContain("Information was not shared");

        assertThat(page("/board/learning?as=practitioner", 403)).contains("You cannot see the dashboard")
                .doesNotContain("Information was not shared");
        assertThat(page("/board/learning", 200)).contains("Who are you?", "/board/learning?as=chair-staffordshire");
    }

    /** The learning log's dates are read as every other date field reads one: the same findings as the ISO date. */
    @ParameterizedTest(name = "from={0}")
    @ValueSource(strings = {"01/04/2026", "1/4/2026", "1 April 2026", "1st April 2026", "01-04-2026"})
    void aUkDateFindsWhatItsIsoDateFinds(String from) {
        String iso = page("/board/learning?from=2026-04-01&to=2027-03-31&as=business-manager", 200);
        String uk = page("/board/learning?from=" + URLEncoder.encode(from, StandardCharsets.UTF_8)
                + "&to=31+March+2027&as=business-manager", 200);

        assertThat(words(iso.substring(iso.indexOf("</form>")))).containsPattern("[1-9]\\d* findings?");
        assertThat(uk).doesNotContain("There is a problem").contains("value=\"" + from + "\"");
        assertThat(uk.substring(uk.indexOf("</form>"))).isEqualTo(iso.substring(iso.indexOf("</form>")));
    }

    @ParameterizedTest(name = "board={0}")
    @ValueSource(strings = {"X", "Staffordshire", "a", "%00", "-staffordshire", "ab"})
    void aBoardThatIsNoneOfTheBoardsIsNamedOnTheForm(String board) {
        assertThat(page("/board/learning?board=" + board + "&as=business-manager", 200)).contains("There is a problem",
                "href=\"#board\"", "Choose a board from the list.").doesNotContain("Information was not shared");
    }
}
