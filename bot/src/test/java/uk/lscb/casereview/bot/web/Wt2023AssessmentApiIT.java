package uk.lscb.casereview.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.Http;

/** {@code POST /api/assessments} with rule pack wt2023 (today is 28 November 2026, {@link FixedClock}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class Wt2023AssessmentApiIT {
    private static final String NOTIFIABLE = "abuse_or_neglect=yes child_died=no seriously_harmed=yes in_area=yes "
            + "improvements_needed=yes recurrent_themes=no agencies_working_together=no panel_advised_local_review=no";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Http.Response assess(String pairs, String awareOn) {
        Map<String, Object> answers = AssessmentApiIT.answers(pairs);
        if (awareOn != null) {
            answers.put("aware_on", awareOn);
        }
        return http.postJson("/api/assessments", Map.of("rulePack", "wt2023", "answers", answers));
    }

    @ParameterizedTest(name = "aware on {0}: notify by {1}, rapid review by {2}")
    @CsvSource({
        "2026-11-20, 2026-11-27, 2026-12-11", // a Friday, ISO
        "20/11/2026, 2026-11-27, 2026-12-11", // the same day, a UK date
        "28 Aug 2026, 2026-09-07, 2026-09-21", // before the summer bank holiday
        "yesterday, 2026-12-04, 2026-12-18", // Friday 27 November 2026
    })
    void aNotifiableIncidentListsItsDeadlinesWithIsoDueDates(String awareOn, String notify, String rapid) {
        Http.Response response = assess(NOTIFIABLE, awareOn);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("outcome").asText()).isEqualTo("LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW");
        assertThat(json.get("rulePack").get("id").asText()).isEqualTo("wt2023");
        List<String> due = new ArrayList<>();
        json.get("deadlines").forEach(deadline -> due.add(deadline.get("id").asText() + " "
                + deadline.get("workingDays").asInt() + " " + deadline.get("due").asText()));
        assertThat(due).containsExactly("PANEL_NOTIFICATION 5 " + notify, "RAPID_REVIEW 15 " + rapid);
        assertThat(json.get("additionalActions")).extracting(JsonNode::asText)
                .containsExactly("NOTIFY_THE_PANEL", "RAPID_REVIEW");
    }

    @Test
    void withoutAwareOnThereAreNoDeadlinesListed() {
        Http.Response response = assess(NOTIFIABLE, null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().has("deadlines")).isFalse();
    }

    @Test
    void anIncidentThatIsNotNotifiableListsNoDeadlines() {
        Http.Response response = assess("abuse_or_neglect=no child_died=yes looked_after=yes", "2026-11-20");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("outcome").asText()).isEqualTo("NO_LOCAL_REVIEW");
        assertThat(response.json().get("deadlines")).isEmpty();
        assertThat(response.json().get("additionalActions")).extracting(JsonNode::asText)
                .containsExactly("NOTIFY_SECRETARY_OF_STATE_AND_OFSTED");
    }

    @Test
    void missingAnswersAre422ListingThem() {
        Http.Response response = assess("abuse_or_neglect=yes child_died=yes", "2026-11-20");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("error").asText()).isEqualTo("missing_answers");
        assertThat(response.json().get("missing")).extracting(JsonNode::asText).startsWith("looked_after");
    }

    @ParameterizedTest(name = "{0}={1} is 400")
    @CsvSource({
        "aware_on, next week",
        "aware_on, 2026-12-25",
        "notified_on, 2026-11-20",
        "in_area, perhaps",
    })
    void unknownIdsAndUnreadableValuesAre400NamingThem(String id, String value) {
        Map<String, Object> answers = AssessmentApiIT.answers(NOTIFIABLE);
        answers.put(id, value);
        Http.Response response = http.postJson("/api/assessments", Map.of("rulePack", "wt2023", "answers", answers));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("invalid_answers");
        assertThat(response.json().get("problems").get(0).get("id").asText()).isEqualTo(id);
    }

    @Test
    void aWt2015AssessmentIsUnchangedAndListsNoDeadlines() {
        Http.Response response = http.postJson("/api/assessments", Map.of("rulePack", "wt2015", "answers",
                AssessmentApiIT.answers("abuse_or_neglect=yes child_died=yes died_in_custody=no suspected_suicide=no "
                        + "further_audit_needed=no")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("outcome").asText()).isEqualTo("SERIOUS_CASE_REVIEW");
        assertThat(response.json().has("deadlines")).isFalse();
    }
}
