package uk.lscb.casereview.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import java.net.InetAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.bot.web.Referrals;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.reports.ScriptedYear;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseReference;

/**
 * Outside local mode with sign-in configured, people sign in to the dashboard through a real OpenID Connect provider
 * running in the test (mock-oauth2-server): their {@code oid} is matched against the boards' Teams ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MICROSOFT_APP_ID=00000000-0000-0000-0000-000000000001",
                "casereview.admin-token=correct-horse-battery-staple-42",
                "casereview.oidc.client-id=" + DashboardSignInIT.CLIENT_ID,
                "casereview.oidc.client-secret=a-client-secret",
                "casereview.boards[0].id=staffordshire", "casereview.boards[0].name=Staffordshire",
                "casereview.boards[1].id=stoke-on-trent", "casereview.boards[1].name=Stoke-on-Trent",
                "casereview.boards[1].chairs.teams[0]=" + DashboardSignInIT.MANAGER,
                "casereview.boards[0].chairs.teams[0]=" + DashboardSignInIT.CHAIR,
                "casereview.boards[0].business-managers.teams[0]=" + DashboardSignInIT.MANAGER,
                "casereview.boards[1].rule-pack=wt2023",
                "casereview.boards[1].partners.local-authority.teams[0]=6f1c2c1e-0000-4000-8000-0000000001a0",
                "casereview.boards[1].partners.integrated-care-board.teams[0]=6f1c2c1e-0000-4000-8000-0000000001cb",
                "casereview.boards[1].partners.police.teams[0]=" + DashboardSignInIT.POLICE_LEAD})
@Import(FixedClock.class)
class DashboardSignInIT {
    static final String CLIENT_ID = "dashboard-client";
    static final String CHAIR = "6f1c2c1e-0000-4000-8000-00000000c4a1";
    static final String MANAGER = "6f1c2c1e-0000-4000-8000-0000000000b3";
    static final String POLICE_LEAD = "6f1c2c1e-0000-4000-8000-00000000019c";
    static final String STRANGER = "6f1c2c1e-0000-4000-8000-000000057a9e";
    static final MockOAuth2Server PROVIDER = started();

    @LocalServerPort
    int port;
    @Autowired
    ScopingService scoping;
    @Autowired
    Cases cases;

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("casereview.oidc.issuer", () -> PROVIDER.issuerUrl("entra").toString());
    }

    @AfterAll
    static void stop() throws IOException {
        PROVIDER.shutdown();
    }

    /** Signs in through the provider as the person with this object id, landing on the dashboard. */
    static Browser.Page signIn(Browser browser, String objectId, String name) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("entra", "subject-" + objectId,
                JOSEObjectType.JWT.getType(), List.of(CLIENT_ID), Map.of("oid", objectId, "name", name), 3600));
        Browser.Page first = browser.get("/board");
        assertThat(first.status()).isEqualTo(302);
        assertThat(first.location()).hasValue(browser.app() + "/board/sign-in");
        Browser.Page signInPage = browser.get("/board/sign-in");
        assertThat(signInPage.status()).isEqualTo(200);
        assertThat(signInPage.body()).contains("href=\"/oauth2/authorization/entra\"");
        Browser.Page toProvider = browser.get("/oauth2/authorization/entra");
        assertThat(toProvider.location()).hasValueSatisfying(to -> assertThat(to)
                .startsWith(PROVIDER.issuerUrl("entra").toString()));
        return browser.open(toProvider.location().get());
    }

    @Test
    void aChairSignsInAndSeesTheirBoardOnlyWithASecureSessionCookie() {
        Referrals.submitted(scoping, Platform.TEAMS, "DSH-001");
        Browser browser = new Browser(port);

        Browser.Page dashboard = signIn(browser, CHAIR, "Chair of Staffordshire");

        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Signed in as Chair of Staffordshire", "<h2 class=\"govuk-heading-l\" "
                + "id=\"board-staffordshire\">Staffordshire</h2>", "DSH-001", "Awaiting the Chair&#39;s decision")
                .doesNotContain("id=\"board-stoke-on-trent\"");
        assertThat(browser.setCookies()).isNotEmpty().allSatisfy(cookie -> assertThat(cookie)
                .contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void aBusinessManagerReadsACasePageWhichIsInTheCaseAuditTrailWithoutTheTranscript() {
        Referrals.submitted(scoping, Platform.TEAMS, "DSH-002");
        Browser browser = new Browser(port);
        signIn(browser, MANAGER, "Business manager");

        Browser.Page page = browser.get("/board/cases/DSH-002");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Case DSH-002", "Timeline of DSH-002", "What is due next",
                "Only the board&#39;s Chair or an administrator can read the transcript");
        List<AuditEvent> audit = cases.findByReference(new CaseReference("DSH-002")).get(0).audit();
        AuditEvent last = audit.get(audit.size() - 1);
        assertThat(last.action()).isEqualTo("case-page-viewed");
        assertThat(last.who().platform()).isEqualTo(Platform.TEAMS);
        assertThat(last.who().id()).isEqualTo(MANAGER);
    }

    /** The firewall lets {@code %2F} through in a case's reference only: the page still needs a signed-in person. */
    @Test
    void aCaseWhoseReferenceHoldsASlashNeedsSignInAndThenOpens() {
        assertThat(cases.create(ScriptedYear.referred("DSH/2026/07", "2026-04-01",
                ScriptedYear.STAFFORDSHIRE.id()))).isTrue();
        Browser browser = new Browser(port);
        Browser.Page before = browser.get("/board/cases/DSH%2F2026%2F07");
        assertThat(before.status()).isEqualTo(302);
        assertThat(before.location()).hasValue(browser.app() + "/board/sign-in");

        signIn(browser, MANAGER, "Business manager");

        assertThat(browser.get("/board/cases/DSH%2F2026%2F07").body()).contains("Case DSH/2026/07");
        Http http = new Http(port);
        assertThat(http.get("/api/cases/DSH%2F2026%2F07").status()).isEqualTo(401);
        assertThat(http.get("/api/cases/DSH%2F2026%2F07", Map.of("Authorization",
                "Bearer correct-horse-battery-staple-42")).status()).isEqualTo(200);
    }

    @Test
    void aSafeguardingPartnersLeadSignsInAndSeesTheirWt2023BoardOnly() {
        Browser browser = new Browser(port);

        Browser.Page dashboard = signIn(browser, POLICE_LEAD, "Police lead of Stoke-on-Trent");

        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Signed in as Police lead of Stoke-on-Trent",
                "id=\"board-stoke-on-trent\"").doesNotContain("id=\"board-staffordshire\"");
    }

    @Test
    void aStrangerSeesAPolitePageAndNoCase() {
        Referrals.submitted(scoping, Platform.TEAMS, "DSH-003");
        Browser browser = new Browser(port);

        Browser.Page dashboard = signIn(browser, STRANGER, "Someone else");

        assertThat(dashboard.status()).isEqualTo(403);
        assertThat(dashboard.body()).contains("You cannot see the dashboard", "Someone else")
                .doesNotContain("DSH-003", "Staffordshire</h2>");
        Browser.Page casePage = browser.get("/board/cases/DSH-003");
        assertThat(casePage.status()).isEqualTo(403);
        assertThat(casePage.body()).doesNotContain("Timeline");
    }

    @Test
    void aSignedInChairReadsTheLearningLogAndAStrangerSeesThePolitePage() {
        Browser chair = new Browser(port);
        signIn(chair, CHAIR, "Chair of Staffordshire");

        Browser.Page learning = chair.get("/board/learning?q=neglect");

        assertThat(learning.status()).isEqualTo(200);
        assertThat(learning.body()).contains("Signed in as Chair of Staffordshire", "<h1 class=\"govuk-heading-xl\">"
                + "Learning log</h1>", "<form method=\"get\" action=\"/board/learning\"", "value=\"neglect\"",
                "No finding matches your search.").doesNotContain("name=\"as\"");
        Browser stranger = new Browser(port);
        signIn(stranger, STRANGER, "Someone else");
        Browser.Page refused = stranger.get("/board/learning");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("You cannot see the dashboard").doesNotContain("Learning log</h1>");
    }

    @Test
    void signingOutNeedsTheFormsCsrfTokenAndEndsTheSession() {
        Browser browser = new Browser(port);
        Browser.Page dashboard = signIn(browser, CHAIR, "Chair of Staffordshire");

        assertThat(browser.post("/logout", "").status()).as("no CSRF token").isEqualTo(403);
        assertThat(browser.get("/board").status()).as("still signed in").isEqualTo(200);
        Browser.Page out = browser.post("/logout", "_csrf=" + Browser.csrf(dashboard));
        assertThat(out.location()).hasValue(browser.app() + "/board/signed-out");
        assertThat(browser.get("/board/signed-out").body()).contains("You have signed out");
        assertThat(browser.get("/board").location()).hasValue(browser.app() + "/board/sign-in");
    }

    @Test
    void machineClientsKeepTheBearerTokenWithoutASession() {
        Referrals.submitted(scoping, Platform.TEAMS, "DSH-004");
        Http http = new Http(port);

        Http.Response read = http.get("/api/cases/DSH-004", Map.of("Authorization",
                "Bearer correct-horse-battery-staple-42"));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.raw().headers().allValues("Set-Cookie")).isEmpty();
        assertThat(http.get("/api/cases/DSH-004").status()).isEqualTo(401);
    }
}
