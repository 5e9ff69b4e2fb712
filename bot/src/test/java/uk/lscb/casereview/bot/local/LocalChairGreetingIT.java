package uk.lscb.casereview.bot.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.bot.driver.LocalDriver;
import uk.lscb.casereview.core.driver.ReferralAnswers;

/**
 * A Chair writing on the local page, over its HTTP API: greeted with the cases awaiting their decision (not the
 * practitioner's welcome), and {@code decide <reference>} or the Decide button puts the case's card in their inbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "casereview.reminders.first-sweep-after=PT1H")
@Import(FixedClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LocalChairGreetingIT {
    private static final String CHAIR = "chair-staffordshire";
    private static final String REFERENCE = "SCR-2026-061";
    private static final String CASE_ID = "staffordshire/SCR-2026-061";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode say(String as, String text) {
        return ok(http.postJson("/local/api/turn", Map.of("as", as, "text", text)));
    }

    private JsonNode press(String as, String payload) {
        return ok(http.postJson("/local/api/turn", Map.of("as", as, "button", payload)));
    }

    private int cardsOfTheCase(String as) {
        int found = 0;
        for (JsonNode card : ok(http.get("/local/api/inbox?as=" + as)).get("cards")) {
            if (card.get("caseId").asText().equals(CASE_ID) && !card.get("actions").isEmpty()) {
                found++;
            }
        }
        return found;
    }

    @Test
    void aChairSayingHiIsGreetedWithTheCasesAwaitingTheirDecisionAndDecideRefPostsTheCard() {
        assertThat(say(CHAIR, "hi").get("replies").get(0).get("text").asText()).as("nothing waiting yet")
                .doesNotContain("waiting for your decision");
        new LocalDriver(http, "practitioner", "chair-staffordshire", "staffordshire")
                .answer(ReferralAnswers.seriousHarmWithAConcern(REFERENCE, "3 Nov 2026"));
        assertThat(say("practitioner", "submit").get("createdCase").get("id").asText()).isEqualTo(CASE_ID);
        int posted = cardsOfTheCase(CHAIR);

        JsonNode greeting = say(CHAIR, "hi").get("replies");
        assertThat(greeting.get(0).get("kind").asText()).isEqualTo("say");
        assertThat(greeting.get(0).get("text").asText())
                .contains("As Chair, you have one case waiting for your decision", "decide " + REFERENCE)
                .doesNotContain("Say start to begin a referral");
        JsonNode waiting = greeting.get(1);
        assertThat(waiting.get("kind").asText()).isEqualTo("summary");
        assertThat(waiting.get("title").asText()).isEqualTo("Waiting for your decision");
        assertThat(waiting.get("facts").toString()).contains(REFERENCE, "decision due by");
        assertThat(waiting.get("actions")).singleElement().satisfies(button ->
                assertThat(button.get("label").asText()).contains("Decide"));

        JsonNode decided = say(CHAIR, "decide " + REFERENCE).get("replies");
        assertThat(decided.get(0).get("text").asText()).isEqualTo("Here is the decision card for " + REFERENCE + ".");
        assertThat(cardsOfTheCase(CHAIR)).isGreaterThanOrEqualTo(Math.max(posted, 1));

        JsonNode pressed = press(CHAIR, waiting.get("actions").get(0).get("payload").asText()).get("replies");
        assertThat(pressed.get(0).get("text").asText()).isEqualTo("Here is the decision card for " + REFERENCE + ".");

        assertThat(say("practitioner", "decide " + REFERENCE).get("replies").get(0).get("text").asText())
                .startsWith("Only the Independent Chair of Staffordshire");
        assertThat(say("chair-stoke-on-trent", "hi").get("replies").get(0).get("text").asText())
                .as("another board's Chair").doesNotContain("waiting for your decision");
    }
}
