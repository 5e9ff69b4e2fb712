package uk.lscb.casereview.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.lscb.casereview.adapters.teams.StubConnector;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.config.Deployment;

/** With an Azure Bot registration configured, {@code /api/messages} takes no request without a valid token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MICROSOFT_APP_ID=" + TeamsSecurityIT.APP_ID,
        "MICROSOFT_APP_PASSWORD=not-a-real-secret",
        "MICROSOFT_APP_TENANT_ID=11111111-2222-3333-4444-555555555555",
        "server.address=127.0.0.1"})
@Import(FixedClock.class)
class TeamsSecurityIT {
    static final String APP_ID = "9c1f0e2a-0000-4000-8000-00000000b07a";

    private static StubConnector connector;

    @LocalServerPort
    int port;
    @Autowired
    Deployment deployment;

    private TeamsActivities teams;

    @BeforeAll
    static void startConnector() throws Exception {
        connector = new StubConnector();
    }

    @AfterAll
    static void stopConnector() {
        connector.close();
    }

    @BeforeEach
    void client() {
        teams = new TeamsActivities(port, connector.url());
    }

    private String message() {
        return teams.personalText("a:chat", TeamsBotIT.PRACTITIONER_AAD, "start").toString();
    }

    @Test
    void withAnAppIdTheApplicationIsNotInLocalMode() {
        assertThat(deployment.localMode()).isFalse();
    }

    @Test
    void noTokenIs401() {
        TeamsActivities.Response response = teams.post(message(), null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json().path("error").asText()).isEqualTo("unauthorized");
        assertThat(response.json().path("message").asText()).isEqualTo("The request has no valid Bot Framework token.");
        assertThat(connector.calls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer garbage", "Bearer a.b.c", "garbage", "Basic dXNlcjpwYXNz"})
    void aMalformedTokenIs401(String header) {
        TeamsActivities.Response response = teams.post(message(), header);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
        assertThat(connector.calls()).isEmpty();
    }
}
