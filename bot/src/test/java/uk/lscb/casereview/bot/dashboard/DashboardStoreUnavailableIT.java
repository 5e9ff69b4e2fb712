package uk.lscb.casereview.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.RemoteMongo;
import uk.lscb.casereview.bot.Http;

/**
 * The dashboard while MongoDB is down: each page a Chair or administrator opens says, as a page, that the case records
 * can't be reached and nothing has changed, with 503; the JSON API answers as before. Before, the browser showed the
 * API's JSON error. MongoDB is real (mongo-java-server over TCP) and is shut down before the pages are opened; once a
 * request has found no server, the next do not wait for one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "casereview.reminders.first-sweep-after=PT1H"})
@Import(FixedClock.class)
@ExtendWith(OutputCaptureExtension.class)
class DashboardStoreUnavailableIT {
    private static final RemoteMongo MONGO = new RemoteMongo();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("MONGODB_URI", () -> MONGO.uri(Duration.ofSeconds(1)));
    }

    @AfterAll
    static void stop() {
        MONGO.stop();
    }

    @LocalServerPort
    int port;

    @Test
    void eachDashboardPageOpenedWhileMongoDbIsDownSaysSoAsAPageNotAsJson(CapturedOutput output) {
        Http http = new Http(port);
        MONGO.stop();

        for (String page : List.of("/board?as=admin", "/board/cases/SCR-2026-001?as=admin",
                "/board/learning?as=admin", "/board/staffordshire/reports/2026-27?as=admin")) {
            Http.Response shown = http.get(page);
            assertThat(shown.status()).as(page).isEqualTo(503);
            assertThat(shown.raw().headers().firstValue("Content-Type")).as(page).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/html"));
            assertThat(shown.body()).as(page).contains("The case records can&#39;t be reached just now")
                    .contains("Nothing has changed. Please try again in a minute.")
                    .doesNotContain("store_unavailable");
        }
        Http.Response api = http.get("/api/cases/SCR-2026-001?as=admin");
        assertThat(api.status()).isEqualTo(503);
        assertThat(api.body()).contains("\"error\":\"store_unavailable\"");
        assertThat(output.getOut()).as("after the first found no server, the others did not wait for one")
                .contains("not tried, as no server answered a moment ago");
    }
}
