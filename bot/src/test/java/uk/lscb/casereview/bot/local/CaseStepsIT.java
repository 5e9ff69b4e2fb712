package uk.lscb.casereview.bot.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
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
 * The steps after the Chair's decision, against the real application in local mode with the embedded store: the
 * case API ({@code GET /api/cases/{reference}}, {@code POST /api/cases/{reference}/steps}) and the same steps from the
 * chat ({@code case <reference>}, a step's button, its form submitted). The clock starts at 28 November 2026, noon.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "casereview.reminders.first-sweep-after=PT1H")
@Import(FixedClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CaseStepsIT {
    private static final String REFERENCE = "SCR-2026-051";
    private static final String CASE = "/api/cases/" + REFERENCE;

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

    private Http.Response step(String as, String body) {
        return http.post(CASE + "/steps?as=" + as, body);
    }

    private JsonNode turn(String as, Map<String, String> body) {
        Map<String, String> withWho = new java.util.LinkedHashMap<>(body);
        withWho.put("as", as);
        return ok(http.postJson("/local/api/turn", withWho));
    }

    private static JsonNode deadline(JsonNode json, String kind) {
        for (JsonNode deadline : json.get("deadlines")) {
            if (deadline.get("kind").asText().equals(kind)) {
                return deadline;
            }
        }
        throw new AssertionError("no deadline " + kind + " in " + json);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }

    /** A Serious Case Review referred and decided by the Staffordshire Chair. */
    private void referredAndDecided(String reference) {
        new LocalDriver(http, "practitioner", "chair-staffordshire", "staffordshire")
                .answer(ReferralAnswers.seriousHarmWithAConcern(reference, "3 Nov 2026"));
        ok(http.postJson("/local/api/turn", Map.of("as", "practitioner", "text", "submit")));
        String confirm = null;
        for (JsonNode card : ok(http.get("/local/api/inbox?as=chair-staffordshire")).get("cards")) {
            if (card.get("caseId").asText().equals("staffordshire/" + reference)) {
                confirm = card.get("actions").get(0).get("payload").asText();
            }
        }
        JsonNode decided = ok(http.postJson("/local/api/case-action", Map.of("as", "chair-staffordshire", "payload",
                confirm, "inputs", Map.of("lead_reviewers", "A Reviewer", "reviewers_independent", true),
                "from", "inbox")));
        assertThat(decided.get("applied").asBoolean()).as(decided.toString()).isTrue();
    }

    @Test
    void theApiReadsTheCaseAndRecordsStepsWithTheSameChecksAsTheChat() {
        referredAndDecided(REFERENCE);

        JsonNode read = ok(http.get(CASE + "?as=business-manager"));
        assertThat(read.get("stage").asText()).isEqualTo("Decided");
        assertThat(read.get("decision").get("leadReviewers").toString()).isEqualTo("[\"A Reviewer\"]");
        JsonNode panel = deadline(read, "NATIONAL_PANEL_NOTIFICATION");
        assertThat(panel.get("due").asText()).isEqualTo("2026-12-12");
        assertThat(panel.get("state").asText()).isEqualTo("due");
        assertThat(deadline(read, "SCR_COMPLETION").get("due").asText()).isEqualTo("2027-05-28");
        assertThat(texts(read.get("nextSteps"), "step")).containsExactly("national-panel-notified", "methodology");
        assertThat(read.get("nationalPanelNotification").get("draft").asText())
                .contains("Case reference: " + REFERENCE, "Date of the decision: 28 November 2026",
                        "Independent lead reviewer(s) appointed by the LSCB Chair: A Reviewer");
        assertThat(read.get("audit").get(1).get("rulePack").get("id").asText()).isEqualTo("wt2015");

        assertThat(http.get(CASE + "?as=practitioner").status()).isEqualTo(403);
        assertThat(http.get(CASE).status()).isEqualTo(401);
        assertThat(http.get("/api/cases/SCR-2026-999?as=admin").status()).isEqualTo(404);

        Http.Response practitioner = step("practitioner", "{\"step\": \"national-panel-notified\", "
                + "\"values\": {\"sent_on\": \"2026-11-28\"}}");
        assertThat(practitioner.status()).isEqualTo(403);
        assertThat(practitioner.json().get("message").asText()).as("names the board, as chat does")
                .isEqualTo("Only the Chair, an administrator or the business manager of Staffordshire can read or "
                        + "record this case's steps.");

        Http.Response unknown = step("business-manager", "{\"step\": \"panel-told\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error").asText()).isEqualTo("unknown_step");
        assertThat(unknown.json().get("message").asText()).startsWith("\"panel-told\" is not a step.")
                .contains("national-panel-notified");
        Http.Response noStep = step("business-manager", "{\"values\": {}}");
        assertThat(noStep.status()).isEqualTo(400);
        assertThat(noStep.json().get("error").asText()).isEqualTo("invalid_request");
        Http.Response wrongField = step("business-manager", "{\"step\": \"national-panel-notified\", "
                + "\"values\": {\"sent\": \"2026-11-28\"}}");
        assertThat(wrongField.status()).isEqualTo(400);
        assertThat(wrongField.json().get("error").asText()).isEqualTo("unknown_field");
        assertThat(wrongField.json().get("field").asText()).isEqualTo("sent");
        Http.Response future = step("business-manager", "{\"step\": \"national-panel-notified\", "
                + "\"values\": {\"sent_on\": \"2026-11-29\"}}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("error").asText()).isEqualTo("invalid_value");
        assertThat(future.json().get("field").asText()).isEqualTo("sent_on");
        Http.Response outOfOrder = step("business-manager", "{\"step\": \"review-started\", "
                + "\"values\": {\"started_on\": \"2026-11-28\"}}");
        assertThat(outOfOrder.status()).isEqualTo(409);
        assertThat(outOfOrder.json().get("message").asText())
                .isEqualTo("That can't be done yet: first record \u201CTerms of reference agreed\u201D.");

        // Late: the reminders come first, then the notification is recorded sent.
        assertThat(ok(http.postJson("/local/api/clock", Map.of("advanceDays", 6))).get("now").asText())
                .isEqualTo("2026-12-04T12:00:00Z");
        assertThat(texts(ok(http.get("/local/api/panel?board=staffordshire")).get("posts"), "title"))
                .contains("Reminder: National panel notified of the Chair's decision due on Saturday 12 December 2026");
        assertThat(ok(http.postJson("/local/api/clock", Map.of("advanceDays", 9))).get("now").asText())
                .isEqualTo("2026-12-13T12:00:00Z");
        JsonNode late = deadline(ok(http.get(CASE + "?as=admin")), "NATIONAL_PANEL_NOTIFICATION");
        assertThat(late.get("state").asText()).isEqualTo("overdue");
        assertThat(late.get("overdueDays").asInt()).isEqualTo(1);
        assertThat(texts(ok(http.get("/local/api/panel?board=staffordshire")).get("posts"), "title"))
                .contains("Overdue: National panel notified of the Chair's decision was due on Saturday 12 December "
                        + "2026, 1 day ago — please record the reason for the delay");

        JsonNode sent = ok(step("business-manager", "{\"step\": \"national-panel-notified\", "
                + "\"values\": {\"sent_on\": \"2026-12-13\"}}"));
        assertThat(sent.get("message").asText()).isEqualTo("National panel notified on 13 December 2026.");
        assertThat(sent.get("case").get("stage").asText()).isEqualTo("National panel notified");
        JsonNode done = deadline(sent.get("case"), "NATIONAL_PANEL_NOTIFICATION");
        assertThat(done.get("state").asText()).isEqualTo("done");
        assertThat(done.get("done").get("by").get("id").asText()).isEqualTo("business-manager");
        JsonNode last = sent.get("case").get("audit").get(sent.get("case").get("audit").size() - 1);
        assertThat(last.get("action").asText()).isEqualTo("national panel notified");
        assertThat(last.get("values").get("sent_on").asText()).isEqualTo("2026-12-13");
        assertThat(last.get("by").get("id").asText()).isEqualTo("business-manager");

        Http.Response twice = step("admin", "{\"step\": \"national-panel-notified\", "
                + "\"values\": {\"sent_on\": \"2026-12-13\"}}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("message").asText()).isEqualTo("National panel notified was already recorded, by "
                + "Business manager (Staffordshire, Stoke-on-Trent) [business-manager] on 13 December 2026 at 12:00.");

        List<String> announced = texts(ok(http.get("/local/api/panel?board=staffordshire")).get("posts"), "title");
        assertThat(announced).filteredOn(title -> title.equals(REFERENCE + ": National panel notified")).hasSize(1);
    }

    @Test
    void inTheChatCaseOffersTheStepsAndAStepsFormIsSubmittedFromThePage() {
        String reference = "SCR-2026-052";
        referredAndDecided(reference);

        JsonNode overview = turn("business-manager", Map.of("text", "case " + reference)).get("replies");
        assertThat(texts(overview, "title")).containsExactly("Case " + reference, "What is due next",
                "Notification to the national panel: copy this into the national panel's form",
                "No agency has been asked for information on " + reference + " yet.", "Learning from " + reference);
        assertThat(texts(overview.get(3).get("actions"), "label")).containsExactly("Ask an agency for information");
        JsonNode buttons = overview.get(1).get("actions");
        assertThat(texts(buttons, "label")).containsExactly("Record: national panel notified",
                "Record: methodology chosen");
        assertThat(turn("practitioner", Map.of("text", "case " + reference)).get("replies").get(1).get("actions"))
                .isEmpty();

        JsonNode form = turn("business-manager", Map.of("button", buttons.get(1).get("payload").asText()))
                .get("replies").get(0);
        assertThat(form.get("kind").asText()).isEqualTo("form");
        assertThat(texts(form.get("form").get("fields"), "type")).containsExactly("choice", "line");
        assertThat(texts(form.get("form").get("fields").get(0).get("options"), "code"))
                .containsExactly("scie", "silp", "child-practice-review", "root-cause-analysis", "other");
        String submit = form.get("form").get("submit").get("payload").asText();

        JsonNode unnamed = ok(http.postJson("/local/api/case-action", Map.of("as", "business-manager", "payload",
                submit, "inputs", Map.of("methodology", "other"), "from", "inbox")));
        assertThat(unnamed.get("applied").asBoolean()).isFalse();
        assertThat(unnamed.get("input").asText()).isEqualTo("other_method");
        JsonNode chosen = ok(http.postJson("/local/api/case-action", Map.of("as", "business-manager", "payload",
                submit, "inputs", Map.of("methodology", "silp"), "from", "inbox")));
        assertThat(chosen.get("applied").asBoolean()).as(chosen.toString()).isTrue();
        assertThat(chosen.get("message").asText()).isEqualTo("Methodology chosen: recorded.");

        JsonNode stale = turn("chair-staffordshire", Map.of("button", buttons.get(1).get("payload").asText()))
                .get("replies").get(0);
        assertThat(stale.get("text").asText()).startsWith("Methodology chosen was already recorded, by Business manager");

        JsonNode timeline = turn("practitioner", Map.of("text", "timeline " + reference)).get("replies").get(0);
        assertThat(texts(timeline.get("facts"), "label")).anyMatch(label -> label.endsWith(": Methodology chosen"));
    }
}
