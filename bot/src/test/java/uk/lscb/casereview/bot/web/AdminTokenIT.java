package uk.lscb.casereview.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.bot.config.Deployment;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.platforms.Platform;

/** Outside local mode (a Teams app id is set) transcripts need the admin token, and the local chat is gone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MICROSOFT_APP_ID=00000000-0000-0000-0000-000000000001",
                "casereview.admin-token=correct-horse-battery-staple-42"})
@Import(FixedClock.class)
class AdminTokenIT {

    @LocalServerPort
    int port;
    @Autowired
    ScopingService scoping;
    @Autowired
    Deployment deployment;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theDashboardIsOffWithoutSignInSettings() {
        for (String path : java.util.List.of("/board", "/board?as=chair-staffordshire", "/board/sign-in",
                "/board/cases/TKN-001", "/board/staffordshire/reports/2026-27.pdf")) {
            assertThat(http.get(path).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void transcriptsNeedTheRightBearerToken() {
        assertThat(deployment.localMode()).isFalse();
        Referrals.submitted(scoping, Platform.TEAMS, "TKN-001");
        String path = "/api/cases/TKN-001/transcript";

        Http.Response none = http.get(path);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("error").asText()).isEqualTo("unauthorized");
        assertThat(none.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));

        assertThat(http.get(path + "?as=admin").status()).as("identities mean nothing outside local mode").isEqualTo(401);
        assertThat(http.get(path, Map.of("Authorization", "Bearer correct-horse-battery-staple-41")).status())
                .isIn(401, 403);
        assertThat(http.get(path, Map.of("Authorization", "Basic correct-horse-battery-staple-42")).status())
                .isIn(401, 403);

        Http.Response right = http.get(path, Map.of("Authorization", "Bearer correct-horse-battery-staple-42"));
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.json().get("case").get("reference").asText()).isEqualTo("TKN-001");
        assertThat(right.json().get("entries")).hasSizeGreaterThan(9);
    }

    @Test
    void theCaseApiNeedsTheTokenWhoseHolderRecordsStepsAsAnAdministrator() {
        Referrals.submitted(scoping, Platform.TEAMS, "TKN-002");
        String path = "/api/cases/TKN-002";
        Map<String, String> token = Map.of("Authorization", "Bearer correct-horse-battery-staple-42",
                "Content-Type", "application/json");

        assertThat(http.get(path).status()).isEqualTo(401);
        assertThat(http.get(path + "?as=business-manager").status()).isEqualTo(401);
        assertThat(http.post(path + "/steps", "{\"step\": \"withdraw\"}").status()).isEqualTo(401);
        Http.Response read = http.get(path, token);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("stage").asText()).isEqualTo("Awaiting the Chair's decision");

        Http.Response withdrawn = http.post(path + "/steps", "{\"step\": \"withdraw\", \"values\": "
                + "{\"reason\": \"Referred to the wrong board\"}}", token);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("case").get("stage").asText()).isEqualTo("Withdrawn");
        var audit = withdrawn.json().get("case").get("audit");
        assertThat(audit.get(audit.size() - 1).get("by").get("id").asText()).isEqualTo("admin-token");
    }

    @Test
    void theLocalChatDoesNotExistOutsideLocalMode() {
        assertThat(http.postJson("/local/api/turn", Map.of("as", "practitioner", "text", "start")).status())
                .isEqualTo(404);
        assertThat(http.get("/local/api/identities").status()).isEqualTo(404);
        Http.Response page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("runs in Microsoft Teams and Slack").doesNotContain("identity");
    }

    @Test
    void theAssessmentApiStaysOpen() {
        Http.Response response = http.post("/api/assessments", "{\"answers\": {\"abuse_or_neglect\": \"no\", "
                + "\"child_died\": \"no\", \"multi_agency_negative_impact\": \"yes\", \"further_audit_needed\": \"no\"}}");
        assertThat(response.status()).isEqualTo(200);
    }
}
