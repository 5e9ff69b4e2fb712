package uk.lscb.casereview.bot.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
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
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.driver.ReferralAnswers;
import uk.lscb.casereview.core.requests.AgencyRequestService;
import uk.lscb.casereview.core.requests.LegalBasis;

/**
 * Agencies' contributions (Children Act 2004 s14B) on the real application in local mode, over the local page's
 * HTTP API and the case API: two requests asked by the business manager, the contact told in their own chat with
 * the legal basis, reminders to the contact and the panel channel, one overdue and escalated to the Chair, both
 * provided; the refusals change nothing. The clock starts on Saturday 28 November 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "casereview.reminders.first-sweep-after=PT1H")
@Import(FixedClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class LocalAgencyRequestsIT {
    private static final String CHAIR = "chair-staffordshire";
    private static final String MANAGER = "business-manager";
    /** The practitioner's identity plays the police's contact: a person the assistant can reach in a chat. */
    private static final String CONTACT = "practitioner";

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

    private String say(String as, String text) {
        JsonNode replies = ok(http.postJson("/local/api/turn", Map.of("as", as, "text", text))).get("replies");
        return replies.toString();
    }

    private JsonNode inbox(String as) {
        return ok(http.get("/local/api/inbox?as=" + as));
    }

    private JsonNode panel() {
        return ok(http.get("/local/api/panel?board=staffordshire"));
    }

    private JsonNode act(String as, String payload, String from) {
        return ok(http.postJson("/local/api/case-action", Map.of("as", as, "payload", payload, "inputs", Map.of(),
                "from", from)));
    }

    private void advance(int days) {
        ok(http.postJson("/local/api/clock", Map.of("advanceDays", days)));
    }

    private static List<String> titles(JsonNode feed, String part) {
        List<String> found = new ArrayList<>();
        feed.forEach(post -> {
            if (post.get("title").asText().contains(part)) {
                found.add(post.get("title").asText());
            }
        });
        return found;
    }

    private static JsonNode post(JsonNode feed, String title) {
        for (JsonNode post : feed) {
            if (post.get("title").asText().equals(title)) {
                return post;
            }
        }
        throw new AssertionError("no post titled " + title + " in " + feed);
    }

    private String refer(String reference) {
        new LocalDriver(http, "practitioner", CHAIR, "staffordshire")
                .answer(ReferralAnswers.seriousHarmWithAConcern(reference, "3 Nov 2026"));
        return ok(http.postJson("/local/api/turn", Map.of("as", "practitioner", "text", "submit")))
                .get("createdCase").get("id").asText();
    }

    @Test
    void twoRequestsOneOverdueAndEscalatedToTheChairBothProvided() {
        String caseId = refer("SCR-2026-071");

        assertThat(say(MANAGER, "request SCR-2026-071 agency: Staffordshire Police; contact: local:" + CONTACT
                + "; due: 4/12/2026; asks: a chronology of police contact with the family")).contains(
                "Information requested from Staffordshire Police (request 1 on SCR-2026-071), due 4 December 2026.");
        assertThat(say(MANAGER, "request SCR-2026-071 agency: Health visiting service; contact: none; due: "
                + "12/12/2026; asks: health visitor records")).contains("due 14 December 2026 (12 December 2026 is "
                + "not a working day, so it is due on the next one)");

        // The contact is told in their own chat: what is asked, by when, the legal basis, a button.
        JsonNode told = post(inbox(CONTACT).get("messages"), "Information requested from Staffordshire Police on case "
                + "SCR-2026-071");
        assertThat(told.get("text").asText()).contains("a chronology of police contact with the family",
                "by 4 December 2026", LegalBasis.QUOTATION);
        String provided1 = new ButtonAction.MarkProvided(caseId, 1).payload();
        assertThat(told.get("actions").get(0).get("payload").asText()).isEqualTo(provided1);
        assertThat(titles(panel().get("posts"), "Information requested")).containsExactly(
                "Information requested from Staffordshire Police (request 1 on SCR-2026-071), due 4 December 2026",
                "Information requested from Health visiting service (request 2 on SCR-2026-071), due 14 December 2026");
        assertThat(panel().toString()).doesNotContain("health visitor records", "chronology");

        // Wednesday 2 December: two days ahead of the police's due date, to the contact and the panel channel.
        advance(4);
        assertThat(titles(inbox(CONTACT).get("messages"), "Reminder: information")).containsExactly(
                "Reminder: information for case SCR-2026-071 is due on 4 December 2026");
        assertThat(titles(panel().get("posts"), "agency's information")).containsExactly(
                "Reminder: an agency's information on SCR-2026-071 is due on 4 December 2026");

        // Friday 11 December: a week overdue, escalated to the Chair; the health visitors' due in two working days.
        advance(9);
        String overdue = "Overdue: an agency's information on SCR-2026-071 was due on 4 December 2026";
        assertThat(titles(panel().get("posts"), "agency's information")).contains(overdue,
                "Reminder: an agency's information on SCR-2026-071 is due on 14 December 2026");
        assertThat(titles(inbox(CHAIR).get("messages"), "agency's information")).containsExactly(overdue);
        assertThat(titles(inbox(CONTACT).get("messages"), "Overdue: information")).containsExactly(
                "Overdue: information for case SCR-2026-071 was due on 4 December 2026");
        assertThat(say(MANAGER, "requests")).contains("OVERDUE by 7 days (its overdue reminders go to the Chair too)");

        // The case API shows both requests: what was asked, of whom (as stored), due, overdue, the reminders sent.
        JsonNode listed = ok(http.get("/api/cases/SCR-2026-071?as=" + MANAGER)).get("requests");
        assertThat(listed).hasSize(2);
        JsonNode police = listed.get(0);
        assertThat(police.get("number").asInt()).isEqualTo(1);
        assertThat(police.get("agency").asText()).isEqualTo("Staffordshire Police");
        assertThat(police.get("contact").get("platform").asText()).isEqualTo("local");
        assertThat(police.get("contact").get("id").asText()).isEqualTo(CONTACT);
        assertThat(police.get("asked").asText()).isEqualTo("a chronology of police contact with the family");
        assertThat(police.get("due").asText()).isEqualTo("2026-12-04");
        assertThat(police.get("provided").isNull()).isTrue();
        assertThat(police.get("overdue").asBoolean()).isTrue();
        assertThat(police.get("overdueDays").asInt()).isEqualTo(7);
        // The day's own reminder (4 December) was passed over when the clock jumped a week: not sent, not listed.
        assertThat(police.get("remindersSent").findValuesAsText("on")).containsExactly("2026-12-02", "2026-12-11");
        assertThat(police.get("remindersSent").findValuesAsText("stage")).containsExactly("ahead", "overdue");
        JsonNode health = listed.get(1);
        assertThat(health.get("contact").isNull()).isTrue();
        assertThat(health.get("overdue").asBoolean()).isFalse();
        assertThat(health.has("overdueDays")).isFalse();
        assertThat(health.get("remindersSent").findValuesAsText("stage")).isNotEmpty().containsOnly("ahead");

        // Both provided: the contact from their message, the business manager by typing.
        JsonNode byContact = act(CONTACT, provided1, "inbox");
        assertThat(byContact.get("applied").asBoolean()).as(byContact.toString()).isTrue();
        JsonNode again = act(CONTACT, provided1, "inbox");
        assertThat(again.get("applied").asBoolean()).isFalse();
        assertThat(again.get("message").asText()).startsWith("This information was already marked provided by ")
                .contains("on 11 December 2026 at ");
        String fromTheList = new ButtonAction.MarkProvided(caseId, 2).payload();
        assertThat(say(MANAGER, "requests SCR-2026-071")).contains(fromTheList);
        assertThat(ok(http.postJson("/local/api/turn", Map.of("as", MANAGER, "button", fromTheList))).get("replies")
                .toString()).contains("Marked provided: the information from Health visiting service");
        assertThat(say(MANAGER, "requests SCR-2026-071")).contains("Request 1: Staffordshire Police",
                "Request 2: Health visiting service").doesNotContain("open", "OVERDUE");
        // Each request's announcement, and its post in the channel when it was asked, which now says so; every
        // message posted with a Mark provided button says it was provided, and has no button left.
        assertThat(titles(panel().get("posts"), "Information provided")).hasSize(4);
        assertThat(panel().toString()).doesNotContain(provided1, fromTheList);
        assertThat(inbox(CONTACT).toString()).doesNotContain(provided1);
        assertThat(inbox(CHAIR).toString()).doesNotContain(provided1);
        JsonNode provided = ok(http.get("/api/cases/SCR-2026-071?as=" + MANAGER)).get("requests").get(0);
        assertThat(provided.get("provided").get("by").asText()).isNotBlank();
        assertThat(provided.get("provided").get("at").asText()).startsWith("2026-12-11T");
        assertThat(provided.get("overdue").asBoolean()).isFalse();

        // Nothing more once provided: a week later no request is reminded.
        int before = titles(panel().get("posts"), "agency's information").size();
        advance(7);
        assertThat(titles(panel().get("posts"), "agency's information")).hasSize(before);
    }

    @Test
    void theFormFromCaseAsksTheAgencyRefusedBesideItsFieldFirstAndNeverForAPractitioner() {
        String caseId = refer("SCR-2026-073");
        String open = new ButtonAction.OpenStep(caseId, AgencyRequestService.FORM_STEP).payload();
        String take = new ButtonAction.TakeStep(caseId, AgencyRequestService.FORM_STEP).payload();

        assertThat(say(MANAGER, "case SCR-2026-073")).contains(open);
        assertThat(say("practitioner", "case SCR-2026-073")).doesNotContain(open);
        JsonNode form = ok(http.postJson("/local/api/turn", Map.of("as", MANAGER, "button", open))).get("replies")
                .get(0);
        assertThat(form.get("kind").asText()).isEqualTo("form");
        assertThat(form.get("form").get("fields").findValuesAsText("id")).containsExactly("agency", "contact", "asked",
                "due");
        assertThat(form.get("form").get("fields").findValuesAsText("type")).containsExactly("line", "person", "text",
                "date");
        assertThat(form.get("form").get("submit").get("payload").asText()).isEqualTo(take);

        Map<String, Object> inputs = new HashMap<>(Map.of("agency", "Staffordshire Police", "contact", "local:"
                + CONTACT, "asked", "Everything on Jane Smith", "due", "2026-12-18"));
        JsonNode named = ok(http.postJson("/local/api/case-action", Map.of("as", MANAGER, "payload", take, "inputs",
                inputs, "from", "inbox")));
        assertThat(named.get("applied").asBoolean()).isFalse();
        assertThat(named.get("input").asText()).isEqualTo("asked");
        inputs.put("asked", "A chronology of police contact with the family");
        JsonNode practitioner = ok(http.postJson("/local/api/case-action", Map.of("as", "practitioner", "payload",
                take, "inputs", inputs, "from", "inbox")));
        assertThat(practitioner.get("applied").asBoolean()).isFalse();
        assertThat(practitioner.get("message").asText()).startsWith("Only the Staffordshire Chair, business manager");
        assertThat(ok(http.get("/api/cases/SCR-2026-073/requests?as=" + MANAGER)).get("requests")).isEmpty();

        JsonNode asked = ok(http.postJson("/local/api/case-action", Map.of("as", MANAGER, "payload", take, "inputs",
                inputs, "from", "inbox")));
        assertThat(asked.get("applied").asBoolean()).as(asked.toString()).isTrue();
        assertThat(asked.get("message").asText()).startsWith("Information requested from Staffordshire Police "
                + "(request 1 on SCR-2026-073), due 18 December 2026.");
        assertThat(titles(inbox(CONTACT).get("messages"), "Information requested from Staffordshire Police"))
                .hasSize(1);
        assertThat(ok(http.get("/api/cases/SCR-2026-073?as=" + MANAGER)).get("requests").get(0).get("contact")
                .get("id").asText()).isEqualTo(CONTACT);
    }

    @Test
    void refusalsSayWhyAndChangeNothing() {
        String caseId = refer("SCR-2026-072");

        assertThat(say("practitioner", "request SCR-2026-072 agency: Staffordshire Police; contact: none; due: "
                + "18/12/2026; asks: records")).contains("Only the Staffordshire Chair, business manager or an "
                + "administrator can ask an agency for information.");
        assertThat(say(MANAGER, "request SCR-2026-072 agency: Staffordshire Police; contact: none; due: 18/12/2026; "
                + "asks: everything about Jane Smith")).contains("I haven't recorded that");
        assertThat(say(MANAGER, "request SCR-2026-072 agency: Staffordshire Police; contact: none; due: 27/11/2026; "
                + "asks: records")).contains("The due date must be after today.");
        assertThat(say(MANAGER, "request SCR-2026-072 agency: Staffordshire Police; contact: none; due: 31/12/9999; "
                + "asks: records")).contains("The due date must be no later than 28 November 2028, two years from "
                + "today.");
        assertThat(say(MANAGER, "request SCR-2026-072 agency: Stoke Academy; contact: none; due: 31/02/2027; "
                + "asks: attendance")).contains("31 February 2027 is not a date (February 2027 has 28 days).");
        assertThat(say(MANAGER, "requests SCR-2026-072")).contains("No agency has been asked for information on "
                + "SCR-2026-072 yet.");
        assertThat(act(CHAIR, new ButtonAction.MarkProvided(caseId, 1).payload(), "inbox").get("message").asText())
                .isEqualTo("Case SCR-2026-072 has no agency request 1.");
        assertThat(say(MANAGER, "provided SCR-2026-072 3")).contains("Case SCR-2026-072 has no agency request 3.")
                .doesNotContain("staffordshire/");
        assertThat(ok(http.get("/local/api/transcript?as=" + MANAGER)).toString()).doesNotContain("Jane");

        // The API: the same checks, and the same words.
        Map<String, Object> body = new HashMap<>(Map.of("agency", "Staffordshire Police", "asked", "records",
                "due", "2026-12-18"));
        body.put("contact", null);
        Http.Response practitioner = http.postJson("/api/cases/SCR-2026-072/requests?as=practitioner", body);
        assertThat(practitioner.status()).isEqualTo(403);
        assertThat(practitioner.json().get("message").asText()).startsWith("Only the Staffordshire Chair");
        body.put("due", "yesterday");
        Http.Response pastDue = http.postJson("/api/cases/SCR-2026-072/requests?as=" + MANAGER, body);
        assertThat(pastDue.status()).isEqualTo(422);
        assertThat(pastDue.json().get("field").asText()).isEqualTo("due");
        for (String farAhead : List.of("2999-12-31", "31/12/9999", "2028-11-29")) {
            body.put("due", farAhead);
            Http.Response tooLate = http.postJson("/api/cases/SCR-2026-072/requests?as=" + MANAGER, body);
            assertThat(tooLate.status()).as(farAhead).isEqualTo(422);
            assertThat(tooLate.json().get("field").asText()).isEqualTo("due");
        }
        body.put("due", "2026-12-18");
        body.put("contact", Map.of("platform", "fax", "id", "0123"));
        assertThat(http.postJson("/api/cases/SCR-2026-072/requests?as=" + MANAGER, body).status()).isEqualTo(400);
        for (Map<String, String> noOne : LocalLearningIT.NO_ONE) {
            body.put("contact", noOne);
            Http.Response refused = http.postJson("/api/cases/SCR-2026-072/requests?as=" + MANAGER, body);
            assertThat(refused.status()).as("%s", noOne).isEqualTo(400);
            assertThat(refused.json().get("field").asText()).isEqualTo("contact");
        }
        assertThat(ok(http.get("/api/cases/SCR-2026-072/requests?as=" + MANAGER)).get("requests")).isEmpty();

        body.put("contact", Map.of("platform", "local", "id", CONTACT));
        Http.Response asked = http.postJson("/api/cases/SCR-2026-072/requests?as=" + MANAGER, body);
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.json().get("request").get("number").asInt()).isEqualTo(1);
        assertThat(ok(http.get("/api/cases/SCR-2026-072/requests?as=" + MANAGER)).get("requests")).hasSize(1);
        assertThat(titles(inbox(CONTACT).get("messages"), "Information requested from Staffordshire Police"))
                .hasSize(1);

        // Marked provided over the API: the same checks as the button, once; a number only in ASCII digits.
        for (String number : List.of("2", "%D9%A1", "%EF%BC%91", "%2B1")) {
            assertThat(http.postJson("/api/cases/SCR-2026-072/requests/" + number + "/provided?as=" + MANAGER,
                    Map.of()).status()).as(number).isEqualTo(404);
        }
        assertThat(http.postJson("/api/cases/SCR-2026-072/requests/2/provided?as=" + MANAGER, Map.of()).json()
                .get("message").asText()).isEqualTo("Case SCR-2026-072 has no agency request 2.");
        Http.Response byOtherBoard = http.postJson("/api/cases/SCR-2026-072/requests/1/provided?as=chair-stoke-on-trent"
                + "&board=staffordshire", Map.of());
        assertThat(byOtherBoard.status()).isEqualTo(403);
        assertThat(byOtherBoard.json().get("message").asText()).startsWith("Only the agency's contact");
        assertThat(ok(http.get("/api/cases/SCR-2026-072/requests?as=" + MANAGER)).get("requests").get(0)
                .get("provided").isNull()).isTrue();
        Http.Response provided = http.postJson("/api/cases/SCR-2026-072/requests/1/provided?as=" + CONTACT,
                Map.of());
        assertThat(provided.status()).as(provided.body()).isEqualTo(200);
        assertThat(provided.json().get("request").get("provided").get("by").asText()).isNotBlank();
        Http.Response twice = http.postJson("/api/cases/SCR-2026-072/requests/1/provided?as=" + MANAGER, Map.of());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("message").asText()).contains("already");
    }
}
