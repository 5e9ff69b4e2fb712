package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.KeyPair;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With an app id configured, the SDK checks every token: missing, malformed or forged → 401; bad bodies → 400. */
class TeamsSecurityIT {
    private static final String APP_ID = "9c1f0e2a-0000-4000-8000-00000000b07a";

    private final StubConnector connector;
    private final TeamsFixture teams;

    TeamsSecurityIT() throws Exception {
        connector = new StubConnector();
        teams = new TeamsFixture(new TeamsSettings(APP_ID, "not-a-real-secret", TeamsFixture.TENANT), connector.url());
    }

    @AfterEach
    void stop() {
        connector.close();
    }

    private String message() {
        return teams.personalText("a:chat", TeamsFixture.PRACTITIONER_AAD, "start").toString();
    }

    @Test
    void noAuthorizationHeaderIs401() {
        assertThat(teams.handle(message(), null).status()).isEqualTo(401);
        assertThat(teams.handle(message(), "").status()).isEqualTo(401);
        assertThat(connector.calls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer garbage", "Bearer a.b.c", "garbage", "Bearer "})
    void aMalformedTokenIs401(String header) {
        assertThat(teams.handle(message(), header).status()).isEqualTo(401);
        assertThat(connector.calls()).isEmpty();
    }

    @Test
    void aWellFormedTokenSignedWithSomeoneElsesKeyIs401() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        String forged = JWT.create().withKeyId("forged-key").withIssuer("https://api.botframework.com")
                .withAudience(APP_ID).withClaim("serviceurl", connector.url())
                .withIssuedAt(java.util.Date.from(Instant.now()))
                .withNotBefore(java.util.Date.from(Instant.now().minusSeconds(60)))
                .withExpiresAt(java.util.Date.from(Instant.now().plusSeconds(3600)))
                .sign(Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()));

        TeamsBot.Response response = teams.handle(message(), "Bearer " + forged);

        assertThat(response.status()).isEqualTo(401);
        assertThat(connector.calls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json", "[]", "42", "{\"type\":\"message\"}",
            "{\"type\":\"message\",\"serviceUrl\":\"http://127.0.0.1:1/\"}",
            "{\"serviceUrl\":\"http://127.0.0.1:1/\",\"conversation\":{\"id\":\"a\"}}",
            "{\"type\":\"message\",\"serviceUrl\":\"http://127.0.0.1:1/\",\"conversation\":{\"id\":\"a\"},\"text\":{\"x\""})
    void badBodiesAre400(String body) {
        assertThat(teams.handle(body, "Bearer whatever").status()).isEqualTo(400);
        assertThat(teams.handle(body, null).status()).isEqualTo(400);
    }

    @Test
    void aNullBodyIs400() {
        assertThat(teams.handle(null, null).status()).isEqualTo(400);
    }
}
