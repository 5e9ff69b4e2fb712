package uk.lscb.casereview.bot.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import uk.lscb.casereview.bot.Http;

/** Outside local mode there is no local platform, no inbox or panel API, and no test clock. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MICROSOFT_APP_ID=00000000-0000-0000-0000-000000000001",
                "casereview.admin-token=correct-horse-battery-staple-42"})
class LocalApiOutsideLocalModeIT {

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    @Test
    void theLocalCaseApiAndTheTestClockDoNotExist() {
        Http http = new Http(port);
        for (String path : new String[] {"/local/api/inbox?as=practitioner", "/local/api/panel?board=staffordshire",
                "/local/api/clock", "/local/api/cases?as=practitioner"}) {
            Http.Response response = http.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.json().get("error").asText()).isEqualTo("not_found");
        }
        assertThat(http.postJson("/local/api/clock", Map.of("advanceDays", 7)).status()).isEqualTo(404);
        assertThat(http.postJson("/local/api/case-action", Map.of("as", "chair-staffordshire", "payload", "x"))
                .status()).isEqualTo(404);
        assertThat(clock).isNotInstanceOf(DevClock.class);
        assertThat(context.getBeansOfType(LocalPlatform.class)).isEmpty();
    }
}
