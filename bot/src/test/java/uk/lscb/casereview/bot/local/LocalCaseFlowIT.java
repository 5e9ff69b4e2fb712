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
import uk.lscb.casereview.core.rules.Source;
import uk.lscb.casereview.core.driver.Eventually;
import uk.lscb.casereview.core.driver.ReferralAnswers;
import uk.lscb.casereview.bot.Payloads;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.deadlines.DeadlineKind;

/**
 * The case after the recommendation, over the local page's HTTP API as a new user would go through it:
 * a practitioner's referral, the Chair's decision from the inbox, the panel channel, and the reminders
 * seen by moving the test clock. The clock starts at the fixed 28 November 2026, noon; the context is
 * thrown away afterwards because the test clock has moved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "casereview.reminders.first-sweep-after=PT1H")
@Import(FixedClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LocalCaseFlowIT {
    private static final String REFERENCE = "SCR-2026-041";
    private static final String CASE_ID = "staffordshire/SCR-2026-041";
    private static final String PANEL_DONE = new ButtonAction.MarkDone(CASE_ID, DeadlineKind.NATIONAL_PANEL_NOTIFICATION).payload();

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return response.json();
    }

    private JsonNode say(String as, String text) {
        return ok(http.postJson("/local/api/turn", Map.of("as", as, "text", text)));
    }

    private JsonNode inbox(String as) {
        return ok(http.get("/local/api/inbox?as=" + as));
    }

    private JsonNode panel(String board) {
        return ok(http.get("/local/api/panel?board=" + board));
    }

    private JsonNode act(String as, String payload, Map<String, Object> inputs, String from) {
        return ok(http.postJson("/local/api/case-action", Map.of("as", as, "payload", payload, "inputs", inputs,
                "from", from)));
    }

    private JsonNode advance(int days) {
        return ok(http.postJson("/local/api/clock", Map.of("advanceDays", days)));
    }

    private static List<String> titles(JsonNode posts) {
        List<String> titles = new ArrayList<>();
        posts.forEach(post -> titles.add(post.get("title").asText()));
        return titles;
    }

    private static List<JsonNode> reminders(JsonNode panel) {
        List<JsonNode> found = new ArrayList<>();
        panel.get("posts").forEach(post -> {
            if (post.get("title").asText().contains("National panel notified of the Chair's decision")) {
                found.add(post);
            }
        });
        return found;
    }

    /** Serious harm, abuse known, a concern about working together: a Serious Case Review. */
    private void refer() {
        new LocalDriver(http, "practitioner", "chair-staffordshire", "staffordshire")
                .answer(ReferralAnswers.seriousHarmWithAConcern(REFERENCE, "3 Nov 2026"));
        JsonNode submitted = say("practitioner", "submit");
        assertThat(submitted.get("createdCase").get("id").asText()).isEqualTo(CASE_ID);
        // Posted to the Chair by the delivery worker, after the practitioner's turn.
        Eventually.await("the Chair's card", () -> inbox("chair-staffordshire").get("cards").size() > 0);
    }

    @Test
    void aReferralIsDecidedByTheChairFromTheInboxAndTheTestClockShowsTheNationalPanelReminder() {
        assertThat(ok(http.get("/local/api/clock")).get("now").asText()).isEqualTo("2026-11-28T12:00:00Z");
        refer();

        // The Staffordshire Chair's inbox has the card, with every field of it.
        JsonNode card = inbox("chair-staffordshire").get("cards").get(0);
        assertThat(card.get("caseId").asText()).isEqualTo(CASE_ID);
        assertThat(card.get("title").asText()).isEqualTo("Decision needed: " + REFERENCE);
        assertThat(card.get("facts").toString()).contains("Case reference", REFERENCE, "Decision due by",
                "3 December 2026");
        JsonNode rec = card.get("recommendation");
        assertThat(rec.get("outcome").get("code").asText()).isEqualTo("SERIOUS_CASE_REVIEW");
        assertThat(rec.get("reasons").get(0).get("quote").asText()).isNotBlank();
        // The framework's words, credited as the chat's recommendation credits them (the page quotes them from this).
        assertThat(rec.get("reasons").get(0).get("verbatim").asBoolean()).isTrue();
        assertThat(rec.get("reasons").get(0).get("credit").asText())
                .endsWith(", " + Source.LOCAL_FRAMEWORK.title());
        assertThat(rec.get("advice").asText())
                .isEqualTo("This is advice: the LSCB Independent Chair always makes the final decision.");
        assertThat(rec.get("headline").asText()).isEqualTo("Recommendation: Serious Case Review");
        assertThat(card.get("answers")).isNotEmpty();
        List<String> inputs = new ArrayList<>();
        card.get("inputs").forEach(input -> inputs.add(input.get("id").asText() + "/" + input.get("kind").asText()));
        assertThat(inputs).contains("outcome/choice", "reason/multiline", "lead_reviewers/text",
                "reviewers_independent/checkbox", "information_request/multiline");
        assertThat(card.get("inputs").get(0).get("options")).isNotEmpty();
        assertThat(card.get("actions")).hasSize(3);
        // What each outcome needs, so that the page shows only the chosen outcome's inputs.
        assertThat(card.get("needs").get("SERIOUS_CASE_REVIEW").toString())
                .isEqualTo("[\"lead_reviewers\",\"reviewers_independent\"]");
        assertThat(card.get("needs").get("SINGLE_AGENCY_LEARNING_REVIEW").toString())
                .isEqualTo("[\"reason\",\"justification\"]");
        assertThat(card.get("needs").get("INTERNAL_MULTI_AGENCY_LEARNING_REVIEW").toString())
                .isEqualTo("[\"reason\",\"justification\",\"internal_review_consent\"]");
        assertThat(card.get("needs").size()).isEqualTo(5);
        assertThat(card.get("decided").isNull()).isTrue();
        String confirm = card.get("actions").get(0).get("payload").asText();
        assertThat(Payloads.isDecision(confirm, DecisionVerb.CONFIRM, CASE_ID)).isTrue();
        assertThat(inbox("chair-stoke-on-trent").get("cards")).as("another board's Chair").isEmpty();
        assertThat(inbox("practitioner").get("cards")).isEmpty();

        // Only the Chair may decide; the practitioner pressing the Chair's button is refused.
        JsonNode refused = act("practitioner", confirm, Map.of(), "inbox");
        assertThat(refused.get("applied").asBoolean()).isFalse();
        assertThat(refused.get("message").asText()).contains("Only the Independent Chair of Staffordshire");

        // An SCR needs its lead reviewers, and their independence confirmed.
        JsonNode noReviewers = act("chair-staffordshire", confirm, Map.of(), "inbox");
        assertThat(noReviewers.get("applied").asBoolean()).isFalse();
        assertThat(noReviewers.get("input").asText()).isEqualTo("lead_reviewers");
        assertThat(noReviewers.get("card").get("actions")).as("still to decide").hasSize(3);

        // Confirm with another outcome chosen in the list decides nothing and says which button does.
        JsonNode otherChosen = act("chair-staffordshire", confirm, Map.of("outcome", "SINGLE_AGENCY_LEARNING_REVIEW",
                "reason", "typed", "lead_reviewers", "A Reviewer", "reviewers_independent", true), "inbox");
        assertThat(otherChosen.get("applied").asBoolean()).isFalse();
        assertThat(otherChosen.get("input").asText()).isEqualTo("outcome");
        assertThat(otherChosen.get("message").asText()).contains("Nothing has been decided")
                .contains("Decide the chosen outcome");

        JsonNode decided = act("chair-staffordshire", confirm,
                Map.of("lead_reviewers", "A Reviewer, B Reviewer", "reviewers_independent", true), "inbox");
        assertThat(decided.get("applied").asBoolean()).as(decided.toString()).isTrue();
        assertThat(decided.get("card").get("actions")).isEmpty();

        Eventually.await("the Chair's card brought up to date", () -> inbox("chair-staffordshire").get("cards")
                .get(0).get("actions").isEmpty());
        JsonNode after = inbox("chair-staffordshire").get("cards").get(0);
        assertThat(after.get("inputs")).isEmpty();
        assertThat(after.get("decided").asText()).startsWith("Decided by Chair of Staffordshire")
                .contains("28 November 2026").contains("Serious Case Review");
        assertThat(after.get("facts").toString()).contains("Independent lead reviewers", "A Reviewer, B Reviewer");

        assertThat(titles(panel("staffordshire").get("posts"))).anyMatch(t -> t.startsWith("New referral " + REFERENCE))
                .anyMatch(t -> t.equals("Decision on " + REFERENCE));
        assertThat(panel("stoke-on-trent").get("posts")).isEmpty();
        assertThat(titles(inbox("practitioner").get("messages")))
                .contains("Decision on your referral " + REFERENCE);
        assertThat(inbox("practitioner").toString()).doesNotContain("Jane");

        // The same button again: one decision, and who made it.
        JsonNode again = act("chair-staffordshire", confirm,
                Map.of("lead_reviewers", "C Reviewer", "reviewers_independent", true), "inbox");
        assertThat(again.get("applied").asBoolean()).isFalse();
        assertThat(again.get("message").asText()).contains("already been decided, by Chair of Staffordshire");

        // National panel notification due 14 days after the decision: Saturday 12 December 2026. Its D-7 is
        // Saturday 5 December, moved back to Friday 4 December at 09:00.
        assertThat(advance(5).get("now").asText()).isEqualTo("2026-12-03T12:00:00Z");
        assertThat(reminders(panel("staffordshire"))).as("Thursday 3 December: nothing yet").isEmpty();
        assertThat(advance(1).get("today").asText()).startsWith("Friday 4 December 2026");
        List<JsonNode> due = reminders(panel("staffordshire"));
        assertThat(due).hasSize(1);
        assertThat(due.get(0).get("title").asText())
                .isEqualTo("Reminder: National panel notified of the Chair's decision due on Saturday 12 December 2026");
        assertThat(due.get(0).get("actions").get(0).get("label").asText()).isEqualTo("Mark done");
        assertThat(due.get(0).get("actions").get(0).get("payload").asText()).isEqualTo(PANEL_DONE);

        // Pressed from the practitioner's own inbox it is refused; from the panel channel it is done.
        JsonNode notInPanel = act("practitioner", PANEL_DONE, Map.of(), "inbox");
        assertThat(notInPanel.get("applied").asBoolean()).isFalse();
        JsonNode done = act("practitioner", PANEL_DONE, Map.of(), "panel");
        assertThat(done.get("applied").asBoolean()).as(done.toString()).isTrue();
        JsonNode marked = reminders(panel("staffordshire")).get(0);
        assertThat(marked.get("actions")).isEmpty();
        assertThat(marked.get("done").asText()).startsWith("Marked done by Practitioner");

        // Past D-2, D and a week overdue: no more reminders for a deadline marked done.
        advance(30);
        assertThat(reminders(panel("staffordshire"))).hasSize(1);

        // status <reference> in the chat: the stage (the national panel marked notified moves the SCR on) and each
        // deadline.
        JsonNode status = say("practitioner", "status " + REFERENCE).get("replies").get(0);
        assertThat(status.get("kind").asText()).isEqualTo("summary");
        String facts = status.get("facts").toString();
        assertThat(facts).contains("\"Stage\",\"value\":\"National panel notified\"",
                "National panel notified of the Chair's decision",
                "due 12 December 2026; done by Practitioner", "Serious case review completed");
    }

    @Test
    void badRequestsAreRefusedAsJson() {
        Http.Response nobody = http.get("/local/api/inbox?as=someone");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.json().get("error").asText()).isEqualTo("unknown_identity");
        assertThat(http.get("/local/api/panel?board=nowhere").json().get("error").asText()).isEqualTo("unknown_board");
        for (Object days : new Object[] {0, -1, 401}) {
            Http.Response refused = http.postJson("/local/api/clock", Map.of("advanceDays", days));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("message").asText()).contains("from 1 to 400");
        }
        Http.Response unknown = http.postJson("/local/api/case-action", Map.of("as", "chair-staffordshire",
                "payload", new ButtonAction.Decision(DecisionVerb.CONFIRM, "nowhere/X-1", 1).payload(), "inputs", Map.of(), "from", "inbox"));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json().get("applied").asBoolean()).isFalse();
        for (String malformed : java.util.List.of("case:confirm:" + CASE_ID, "case:done:" + CASE_ID + ":NOT_A_DEADLINE",
                "case:confirm:" + CASE_ID + ":three", "cmd:submit", "hello")) {
            Http.Response refused = http.postJson("/local/api/case-action", Map.of("as", "chair-staffordshire",
                    "payload", malformed, "inputs", Map.of(), "from", "inbox"));
            assertThat(refused.status()).as(malformed).isEqualTo(400);
            assertThat(refused.json().get("error").asText()).isEqualTo("unrecognised_action");
            assertThat(refused.json().get("message").asText()).isEqualTo("Sorry, I didn't recognise that button.");
        }
        Http.Response elsewhere = http.postJson("/local/api/case-action", Map.of("as", "practitioner",
                "payload", new ButtonAction.MarkDone("nowhere/X-1", DeadlineKind.CHAIR_DECISION).payload(), "inputs", Map.of(), "from", "panel",
                "board", "staffordshire"));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.json().get("error").asText()).isEqualTo("not_in_panel");
    }
}
