package uk.lscb.casereview.bot.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.bot.web.Referrals;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.driver.Eventually;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * With {@code CASEREVIEW_DASHBOARD_URL} set, the local page's messages naming a case link to its page on the
 * dashboard: the Chair's decision card, the panel's post of a new referral, and the {@code case} command's answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "CASEREVIEW_DASHBOARD_URL=https://casereview.example.org")
@Import(FixedClock.class)
class CasePageLinksIT {
    private static final String PAGE = "https://casereview.example.org/board/cases/LNK-001?board=staffordshire";

    @LocalServerPort
    int port;
    @Autowired
    ScopingService scoping;

    @Test
    void theChairsCardThePanelsPostAndTheCaseAnswerLinkToTheCasePage() {
        Http http = new Http(port);
        Referrals.submitted(scoping, Platform.LOCAL, "LNK-001");

        Eventually.await("the card and the panel's post", () -> http.get("/local/api/inbox?as=chair-staffordshire")
                .json().path("cards").size() > 0 && http.get("/local/api/panel?board=staffordshire").json()
                .path("posts").size() > 0);

        JsonNode card = http.get("/local/api/inbox?as=chair-staffordshire").json().path("cards").get(0);
        assertThat(card.path("page").path("label").asText()).isEqualTo("Open the case page");
        assertThat(card.path("page").path("url").asText()).isEqualTo(PAGE);
        JsonNode post = http.get("/local/api/panel?board=staffordshire").json().path("posts").get(0);
        assertThat(post.path("title").asText()).contains("LNK-001");
        assertThat(post.path("page").path("url").asText()).isEqualTo(PAGE);
        Http.Response answer = http.post("/local/api/turn", "{\"as\": \"chair-staffordshire\", \"text\": \"case "
                + "LNK-001\"}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().findValues("page")).singleElement().satisfies(page ->
                assertThat(page.path("url").asText()).isEqualTo(PAGE));
        assertThat(answer.body()).contains("Open the case page: " + PAGE);
    }
}
