package uk.lscb.casereview.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import uk.lscb.casereview.bot.BrowserTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.web.Referrals;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.learning.Terms;
import uk.lscb.casereview.core.reports.ScriptedYear;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * The dashboard in headless Chromium ({@code browser/dashboard-walk.js}, screenshots in {@code target/browser}), with
 * the scripted year's cases and learning and 60 overdue decisions stored: a Chair (who also pages through the overdue
 * list), a business manager (JavaScript off) and a stranger sign in through a real OpenID Connect provider
 * (mock-oauth2-server) and see what each should (the Chair and the business manager also search the learning log);
 * axe-core finds no serious or critical violation on any page; a business manager's browser that keeps to the pages'
 * Content-Security-Policy reports no violation of it and draws the dashboard's and the annual report's charts in
 * their colours. Needs
 * {@code /usr/bin/chromium}, {@code node} and the npm packages {@code playwright-core} and {@code axe-core} on
 * {@code NODE_PATH}; without them it is skipped, saying so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MICROSOFT_APP_ID=00000000-0000-0000-0000-000000000001",
                "casereview.oidc.client-id=" + DashboardBrowserIT.CLIENT_ID,
                "casereview.oidc.client-secret=a-client-secret",
                "casereview.boards[0].id=staffordshire", "casereview.boards[0].name=Staffordshire",
                "casereview.boards[1].id=stoke-on-trent", "casereview.boards[1].name=Stoke-on-Trent",
                "casereview.boards[0].chairs.teams[0]=" + DashboardBrowserIT.CHAIR,
                "casereview.boards[0].business-managers.teams[0]=" + DashboardBrowserIT.MANAGER,
                "casereview.boards[1].business-managers.teams[0]=" + DashboardBrowserIT.MANAGER})
@Import(FixedClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@EnabledIf(value = "browserPresent", disabledReason = "needs /usr/bin/chromium, node, and playwright-core and "
        + "axe-core on NODE_PATH (apt-get install chromium; npm i playwright-core axe-core; NODE_PATH=<dir>/node_modules)")
class DashboardBrowserIT {
    static final String CLIENT_ID = "dashboard-browser";
    static final String CHAIR = "7a1c2c1e-0000-4000-8000-00000000c4a1";
    static final String MANAGER = "7a1c2c1e-0000-4000-8000-0000000000b3";
    static final String STRANGER = "7a1c2c1e-0000-4000-8000-000000057a9e";
    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    @LocalServerPort
    int port;
    @Autowired
    ScopingService scoping;
    @Autowired
    Cases cases;
    @Autowired
    LearningLogs learning;

    static boolean browserPresent() throws InterruptedException {
        return BrowserTools.present("playwright-core", "axe-core");
    }

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        try {
            PROVIDER.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("casereview.oidc.issuer", () -> PROVIDER.issuerUrl("entra").toString());
    }

    @AfterAll
    static void stop() throws IOException {
        PROVIDER.shutdown();
    }

    private static void nextSignInIs(String objectId, String name) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("entra", "subject-" + objectId,
                JOSEObjectType.JWT.getType(), List.of(CLIENT_ID), Map.of("oid", objectId, "name", name), 3600));
    }

    @Test
    void aChairABusinessManagerAndAStrangerSeeWhatTheyShouldWithNoSeriousAccessibilityViolation()
            throws IOException, InterruptedException {
        Referrals.submitted(scoping, Platform.TEAMS, "DSB-001");
        List<CaseRecord> year = ScriptedYear.scriptedYear();
        year.forEach(record -> assertThat(cases.create(record)).isTrue());
        ScriptedYear.learning(year).forEach(review -> {
            assertThat(learning.create(review)).isTrue();
            learning.index(Terms.of(review));
        });
        java.util.stream.IntStream.range(0, 60).forEach(i -> assertThat(cases.create(ScriptedYear.referred("SCR-O-" + i,
                java.time.LocalDate.parse("2025-04-01").plusDays(i).toString(), ScriptedYear.STAFFORDSHIRE.id())))
                .isTrue());
        nextSignInIs(CHAIR, "Chair of Staffordshire");
        nextSignInIs(MANAGER, "Business manager");
        nextSignInIs(STRANGER, "Someone else");
        nextSignInIs(MANAGER, "Business manager");
        Path shots = Files.createDirectories(Path.of("target", "browser"));
        Path walk = Path.of("src", "test", "resources", "browser", "dashboard-walk.js").toAbsolutePath();
        Process process = new ProcessBuilder("node", walk.toString(), "http://127.0.0.1:" + port,
                shots.toAbsolutePath().toString(), "DSB-001").redirectErrorStream(true).start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as("the browser walk finished in time").isTrue();
        assertThat(output).as("problems the walk found").doesNotContain("PROBLEM");
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(shots.resolve("dashboard-chair.png")).exists();
        assertThat(shots.resolve("case-chair.png")).exists();
        assertThat(shots.resolve("annual-report.png")).exists();
        assertThat(shots.resolve("learning-chair.png")).exists();
        assertThat(shots.resolve("overdue-chair.png")).exists();
        assertThat(shots.resolve("learning-business-manager.png")).exists();
        assertThat(shots.resolve("dashboard-strict.png")).exists();
        assertThat(shots.resolve("annual-report-strict.png")).exists();
        assertThat(shots.resolve("annual-report-strict-chart.png")).exists();
        System.out.println(output);
    }
}
