package uk.lscb.casereview.bot.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Predicate;
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
import uk.lscb.casereview.core.driver.Eventually;
import uk.lscb.casereview.core.driver.ReferralAnswers;
import uk.lscb.casereview.bot.Payloads;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.deadlines.DeadlineKind;

/**
 * The referrer answering the Chair, and the overdue reminders, over the local page's HTTP API: a request for
 * more information answered by typing in the chat and from the request's form; an overdue reminder of the
 * Chair's decision that offers the reason for the delay and no Mark done; a reminder marked done in the panel
 * channel shown done in the Chair's copy too. Each test has its own case and its own context (the clock moves).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "casereview.reminders.first-sweep-after=PT1H")
@Import(FixedClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class LocalReferrerAndRemindersIT {
    private static final String CHAIR = "chair-staffordshire";

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

    private JsonNode inbox(String as) {
        return ok(http.get("/local/api/inbox?as=" + as));
    }

    private JsonNode panel() {
        return ok(http.get("/local/api/panel?board=staffordshire"));
    }

    private JsonNode act(String as, String payload, Map<String, Object> inputs, String from) {
        return ok(http.postJson("/local/api/case-action", Map.of("as", as, "payload", payload, "inputs", inputs,
                "from", from)));
    }

    private void advance(int days) {
        ok(http.postJson("/local/api/clock", Map.of("advanceDays", days)));
    }

    /** Refers the case and waits for its card to reach the Chair's inbox (posted after the practitioner's turn). */
    private String refer(String reference) {
        new LocalDriver(http, "practitioner", "chair-staffordshire", "staffordshire")
                .answer(ReferralAnswers.seriousHarmWithAConcern(reference, "3 Nov 2026"));
        String id = say("practitioner", "submit").get("createdCase").get("id").asText();
        Eventually.await("the Chair's card for " + reference, () -> inbox(CHAIR).get("cards").size() > 0
                && inbox(CHAIR).get("cards").get(0).toString().contains(reference));
        return id;
    }

    private static List<JsonNode> posts(JsonNode feed, String titlePart) {
        List<JsonNode> found = new ArrayList<>();
        feed.forEach(post -> {
            if (post.get("title").asText().contains(titlePart)) {
                found.add(post);
            }
        });
        return found;
    }

    private static String facts(JsonNode card) {
        return card.get("facts").toString();
    }

    @Test
    void theReferrerAnswersTheChairByTypingInTheChatOrFromTheRequestsFormAndTheChairSeesTheAnswer() {
        String caseId = refer("SCR-2026-061");
        JsonNode card = inbox(CHAIR).get("cards").get(0);
        String moreInfo = card.get("actions").get(2).get("payload").asText();
        assertThat(Payloads.isDecision(moreInfo, DecisionVerb.MORE_INFORMATION)).isTrue();
        assertThat(act(CHAIR, moreInfo, Map.of("information_request", "Which agencies knew the family?"), "inbox")
                .get("applied").asBoolean()).isTrue();

        // The request reaches the referrer with a button that opens a form warning about personal details.
        JsonNode request = posts(inbox("practitioner").get("messages"), "The Chair needs more information").get(0);
        assertThat(request.get("text").asText()).contains("The Chair asks: \u201cWhich agencies knew the family?\u201d Press Answer the Chair, or type your "
                + "answer here.");
        JsonNode answerButton = request.get("actions").get(0);
        assertThat(answerButton.get("label").asText()).isEqualTo("Answer the Chair");
        assertThat(answerButton.get("form").get("input").asText()).isEqualTo("answer");
        assertThat(answerButton.get("form").get("hint").asText()).contains("Do not give a child's name");

        // Typed in the chat: a name is refused and not kept; the answer itself goes to the Chair.
        JsonNode named = say("practitioner", "Jane Smith's school knew");
        assertThat(named.get("replies").get(0).get("text").asText()).startsWith("I haven't kept your answer");
        assertThat(named.get("replies").get(1).get("text").asText()).as("what is true on this page")
                .startsWith("Nothing keeps it").doesNotContain("More options", "More actions");
        assertThat(inbox(CHAIR).get("cards").get(0).get("facts").toString()).doesNotContain("Jane");
        JsonNode typed = say("practitioner", "the school, the health visitor and the police");
        assertThat(typed.get("replies").get(0).get("text").asText())
                .contains("your answer has been sent to the Chair", "awaiting the Chair's decision again");
        assertThat(typed.toString()).doesNotContain("didn't understand");

        JsonNode answered = inbox(CHAIR).get("cards").get(0);
        assertThat(facts(answered)).contains("The Chair asked for", "Which agencies knew the family?",
                "The referrer's answer", "the school, the health visitor and the police",
                "Awaiting the Chair's decision");
        assertThat(answered.get("actions")).hasSize(3);
        assertThat(posts(inbox(CHAIR).get("messages"), "The referrer has answered on SCR-2026-061")).hasSize(1);
        String chat = ok(http.get("/local/api/transcript?as=practitioner")).toString();
        assertThat(chat).doesNotContain("Jane").contains("Entry refused and not stored")
                .contains("an answer to the Chair's request, kept on the case (45 characters)");

        // Asked again: answered from the request's form this time; an empty form is refused beside its box.
        String again = inbox(CHAIR).get("cards").get(0).get("actions").get(2).get("payload").asText();
        act(CHAIR, again, Map.of("information_request", "Was a strategy meeting held?"), "inbox");
        String formPayload = posts(inbox("practitioner").get("messages"), "The Chair needs more information").get(0)
                .get("actions").get(0).get("payload").asText();
        assertThat(Payloads.is(formPayload, ButtonAction.AnswerChair.class, caseId)).isTrue();
        JsonNode empty = act("practitioner", formPayload, Map.of(), "inbox");
        assertThat(empty.get("applied").asBoolean()).isFalse();
        assertThat(empty.get("input").asText()).isEqualTo("answer");
        JsonNode formAnswer = act("practitioner", formPayload, Map.of("answer", "yes, on the second day"), "inbox");
        assertThat(formAnswer.get("applied").asBoolean()).as(formAnswer.toString()).isTrue();
        assertThat(facts(inbox(CHAIR).get("cards").get(0))).contains("yes, on the second day");
    }

    @Test
    void anOverdueDecisionReminderOffersTheDelayReasonButNoMarkDoneAndAMarkDoneElsewhereShowsInEveryCopy() {
        String caseId = refer("SCR-2026-062");
        String decisionDone = new ButtonAction.MarkDone(caseId, DeadlineKind.CHAIR_DECISION).payload();
        String delay = new ButtonAction.RecordDelay(caseId, DeadlineKind.CHAIR_DECISION).payload();

        // Due 3 December; on 11 December the overdue reminder is in the panel channel and the Chair's inbox.
        advance(13);
        JsonNode overdue = posts(panel().get("posts"), "Overdue: Chair's decision").get(0);
        assertThat(overdue.get("actions")).hasSize(1);
        assertThat(overdue.get("actions").get(0).get("label").asText()).isEqualTo("Record the reason for the delay");
        assertThat(overdue.get("actions").get(0).get("payload").asText()).isEqualTo(delay);
        assertThat(overdue.get("actions").get(0).get("form").get("input").asText()).isEqualTo("delay_reason");
        assertThat(overdue.get("text").asText()).contains("It is done when the Chair decides.");

        // Nobody can stop the Chair's reminders by marking the decision done: refused on the server too.
        JsonNode byChair = act(CHAIR, decisionDone, Map.of(), "inbox");
        assertThat(byChair.get("applied").asBoolean()).isFalse();
        assertThat(byChair.get("message").asText()).contains("cannot be marked done: it is done when the Chair decides");
        assertThat(http.postJson("/local/api/case-action", Map.of("as", "practitioner", "payload", decisionDone,
                "inputs", Map.of(), "from", "panel")).status()).isEqualTo(400);

        // The reason for the delay, from the reminder's form in the panel channel.
        JsonNode blank = act("practitioner", delay, Map.of("delay_reason", " "), "panel");
        assertThat(blank.get("applied").asBoolean()).isFalse();
        assertThat(blank.get("input").asText()).isEqualTo("delay_reason");
        JsonNode recorded = act("practitioner", delay, Map.of("delay_reason", "Parallel criminal proceedings"), "panel");
        assertThat(recorded.get("applied").asBoolean()).as(recorded.toString()).isTrue();
        assertThat(say(CHAIR, "status SCR-2026-062").toString()).contains("reason: Parallel criminal proceedings");
        // Every copy of the reminder now says so, without the form, as a Teams card or a Slack message becomes.
        for (JsonNode copy : List.of(posts(panel().get("posts"), "Overdue: Chair's decision").get(0),
                posts(inbox(CHAIR).get("messages"), "Overdue: Chair's decision").get(0))) {
            assertThat(copy.get("actions")).isEmpty();
            assertThat(copy.get("text").asText())
                    .contains("Reason for the delay recorded: \u201CParallel criminal proceedings\u201D.");
        }

        // Decided: the national panel's notification is due 14 days later; overdue, it goes to the Chair too.
        String confirm = inbox(CHAIR).get("cards").get(0).get("actions").get(0).get("payload").asText();
        assertThat(act(CHAIR, confirm, Map.of("lead_reviewers", "A Reviewer", "reviewers_independent", true), "inbox")
                .get("applied").asBoolean()).isTrue();
        advance(23);
        String panelDone = new ButtonAction.MarkDone(caseId, DeadlineKind.NATIONAL_PANEL_NOTIFICATION).payload();
        JsonNode chairCopy = posts(inbox(CHAIR).get("messages"), "Overdue: National panel notified").get(0);
        assertThat(chairCopy.get("actions").get(0).get("payload").asText()).isEqualTo(panelDone);
        // Its reason for the delay recorded, the reminder keeps Mark done, and only that.
        String panelDelay = new ButtonAction.RecordDelay(caseId, DeadlineKind.NATIONAL_PANEL_NOTIFICATION).payload();
        assertThat(act(CHAIR, panelDelay, Map.of("delay_reason", "Awaiting the coroner"), "inbox")
                .get("applied").asBoolean()).isTrue();
        JsonNode reasoned = posts(inbox(CHAIR).get("messages"), "Overdue: National panel notified").get(0);
        assertThat(reasoned.get("actions")).extracting(button -> button.get("payload").asText())
                .containsExactly(panelDone);
        assertThat(reasoned.get("text").asText()).contains("Reason for the delay recorded: \u201CAwaiting the "
                + "coroner\u201D.");
        assertThat(act("practitioner", panelDone, Map.of(), "panel").get("applied").asBoolean()).isTrue();

        // Every copy shows it done; the Chair pressing the stale copy sees the done view, not an error.
        JsonNode chairAfter = posts(inbox(CHAIR).get("messages"), "Overdue: National panel notified").get(0);
        assertThat(chairAfter.get("actions")).isEmpty();
        assertThat(chairAfter.get("done").asText()).startsWith("Marked done by Practitioner");
        JsonNode stale = act(CHAIR, panelDone, Map.of(), "inbox");
        assertThat(stale.get("done").asText()).startsWith("Marked done by Practitioner");
    }

    @Test
    void theChairDecidesAnotherOutcomeAfterMoreInformationAndADelayReasonFromTheOverdueReminder() {
        refer("SCR-2026-063");

        // More information: asked from the card, answered by the referrer typing in the chat.
        act(CHAIR, action(inbox(CHAIR).get("cards").get(0), p -> Payloads.isDecision(p, DecisionVerb.MORE_INFORMATION)),
                Map.of("information_request", "Which agencies knew the family?"), "inbox");
        say("practitioner", "the school and the police");
        assertThat(facts(inbox(CHAIR).get("cards").get(0))).contains("the school and the police",
                "Awaiting the Chair's decision");

        // Due 3 December; on 11 December the Chair's overdue reminder takes the reason for the delay.
        advance(13);
        JsonNode overdue = posts(inbox(CHAIR).get("messages"), "Overdue: Chair's decision").get(0);
        String delay = overdue.get("actions").get(0).get("payload").asText();
        assertThat(act(CHAIR, delay, Map.of("delay_reason", "Parallel criminal proceedings"), "inbox")
                .get("applied").asBoolean()).isTrue();
        assertThat(say(CHAIR, "status SCR-2026-063").toString()).contains("reason: Parallel criminal proceedings");

        // Confirm with another outcome selected decides nothing; "Decide the chosen outcome" decides it.
        JsonNode card = inbox(CHAIR).get("cards").get(0);
        Map<String, Object> chosen = Map.of("outcome", "SINGLE_AGENCY_LEARNING_REVIEW",
                "reason", "The agencies involved have reviewed their practice.",
                "justification", "No further learning from a Serious Case Review is expected.");
        JsonNode refused = act(CHAIR, action(card, p -> Payloads.isDecision(p, DecisionVerb.CONFIRM)), chosen, "inbox");
        assertThat(refused.get("applied").asBoolean()).isFalse();
        assertThat(refused.get("message").asText()).contains("Nothing has been decided", "Decide the chosen outcome");
        JsonNode decided = act(CHAIR, action(card, p -> Payloads.isDecision(p, DecisionVerb.DECIDE)), chosen, "inbox");
        assertThat(decided.get("applied").asBoolean()).as(decided.toString()).isTrue();
        assertThat(say(CHAIR, "status SCR-2026-063").toString()).contains("Single agency learning review");
    }

    @Test
    void aDecisionPressedOnTheCardMadeBeforeTheReferrersAnswerDecidesNothingAndTheChairIsGivenTheCardAsItIsNow() {
        refer("SCR-2026-064");
        JsonNode made = inbox(CHAIR).get("cards").get(0);
        act(CHAIR, action(made, p -> Payloads.isDecision(p, DecisionVerb.MORE_INFORMATION)),
                Map.of("information_request", "Which agencies knew the family?"), "inbox");
        say("practitioner", "the school and the police");
        Eventually.await("the answer on the Chair's card", () -> facts(inbox(CHAIR).get("cards").get(0))
                .contains("the school and the police"));
        String status = say(CHAIR, "status SCR-2026-064").toString();
        Map<String, Object> chosen = Map.of("outcome", "SINGLE_AGENCY_LEARNING_REVIEW",
                "reason", "The agencies involved have reviewed their practice.",
                "justification", "No further learning from a Serious Case Review is expected.");
        String staleDecide = action(made, p -> Payloads.isDecision(p, DecisionVerb.DECIDE));

        // The card made before the answer: nothing decided, and the Chair is given the card as it now is.
        JsonNode refused = act(CHAIR, staleDecide, chosen, "inbox");
        assertThat(refused.get("applied").asBoolean()).isFalse();
        assertThat(refused.get("outOfDate").asBoolean()).isTrue();
        assertThat(refused.get("message").asText()).isEqualTo("This card was made before the referrer answered the "
                + "request for more information. Nothing has been decided: please read the card as it is now, then "
                + "decide on it.");
        JsonNode current = refused.get("card");
        assertThat(facts(current)).contains("The referrer's answer", "the school and the police");
        assertThat(current.get("actions").toString()).doesNotContain(staleDecide);
        assertThat(facts(current)).isEqualTo(facts(inbox(CHAIR).get("cards").get(0)));
        // As a card posted before cards carried how much of the trail they show sends it; and pressed in the chat.
        JsonNode oldCard = act(CHAIR, staleDecide.substring(0, staleDecide.lastIndexOf(':')), chosen, "inbox");
        assertThat(oldCard.get("applied").asBoolean()).isFalse();
        assertThat(oldCard.get("message").asText()).startsWith("This card may have been made before the referrer "
                + "answered the request for more information.");
        ok(http.postJson("/local/api/turn", Map.of("as", CHAIR, "button", staleDecide)));
        assertThat(say(CHAIR, "status SCR-2026-064").toString()).isEqualTo(status)
                .contains("Awaiting the Chair's decision").doesNotContain("Single agency learning review");

        // Decided from the card as it now is.
        JsonNode decided = act(CHAIR, action(current, p -> Payloads.isDecision(p, DecisionVerb.DECIDE)), chosen, "inbox");
        assertThat(decided.get("applied").asBoolean()).as(decided.toString()).isTrue();
        assertThat(say(CHAIR, "status SCR-2026-064").toString()).contains("Single agency learning review");
    }

    private static String action(JsonNode card, Predicate<String> which) {
        for (JsonNode action : card.get("actions")) {
            if (which.test(action.get("payload").asText())) {
                return action.get("payload").asText();
            }
        }
        throw new AssertionError("no such button on " + card);
    }
}
