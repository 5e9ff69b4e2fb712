package uk.lscb.casereview.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.core.driver.Eventually.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.lscb.casereview.adapters.teams.StubConnector;
import uk.lscb.casereview.adapters.teams.TeamsDriver;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.Payloads;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.cases.CaseLifecycle;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.driver.ReferralAnswers;
import uk.lscb.casereview.core.delivery.DeliveryJobs;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.reminders.ReminderSweeper;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The Chair's side of the journey in Teams, through {@code POST /api/messages}, the real Bot Framework SDK and a
 * stub Bot Connector: a Chair who has never written to the bot gets the card when they first write; asks for
 * more information and sees the referrer's typed answer; records the reason for the delay from the overdue
 * reminder; presses Confirm with another outcome selected (nothing decided), then "Decide the chosen outcome".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "casereview.reminders.first-sweep-after=PT1H",
        "casereview.boards[0].id=staffordshire",
        "casereview.boards[0].name=Staffordshire",
        "casereview.boards[0].chairs.teams[0]=" + TeamsChairJourneyIT.CHAIR_AAD})
@Import(FixedClock.class)
class TeamsChairJourneyIT {
    static final String CHAIR_AAD = "00000000-0000-0000-0000-00000000c4a7";
    private static final String PRACTITIONER_AAD = "00000000-0000-0000-0000-000000007ac7";
    private static final String CHAIR_CHAT = "a:journey-chair-chat";
    private static final String PRACTITIONER_CHAT = "a:journey-practitioner-chat";
    private static final String REFERENCE = "SCR-2026-701";

    private static StubConnector connector;

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    @Autowired
    DeliveryJobs deliveries;
    @Autowired
    ReminderSweeper sweeper;

    @Autowired
    Conversations conversations;

    private TeamsActivities teams;
    private TeamsDriver driver;

    @BeforeAll
    static void startConnector() throws Exception {
        connector = new StubConnector();
    }

    @AfterAll
    static void stopConnector() {
        connector.close();
    }

    @BeforeEach
    void client() {
        teams = new TeamsActivities(port, connector.url());
        driver = new TeamsDriver(teams, teams.endpoint(), connector, conversations, PRACTITIONER_CHAT,
                PRACTITIONER_AAD, CHAIR_AAD, "not-in-this-test");
    }

    @Test
    void aChairWhoNeverWroteDecidesAfterMoreInformationADelayReasonAndAnotherOutcomeThanTheRecommendation()
            throws Exception {
        // A referral made before the Chair ever wrote to the bot: the card cannot reach them yet.
        refer();
        CaseId caseId = theCase().id();
        await("the card's first try on Teams failed", () -> deliveries.ofCase(caseId.value()).stream().anyMatch(job ->
                job.platform() == Platform.TEAMS && job.kind().equals(FollowUp.Kind.POST_DECISION_CARD.name())
                        && job.attempts() > 0));
        assertThat(postsTo(CHAIR_CHAT)).isEmpty();

        // The Chair writes for the first time: told what waits, and the card arrives in their chat.
        teams.send(teams.personalText(CHAIR_CHAT, CHAIR_AAD, "hi"));
        awaitPost(CHAIR_CHAT, card("Decision needed: " + REFERENCE));
        assertThat(postsTo(CHAIR_CHAT)).anySatisfy(call -> assertThat(String.valueOf(call.card()))
                .contains("Waiting for your decision").contains(REFERENCE));

        // More information: asked from the card, answered by the referrer typing in their chat.
        String moreInfo = payload(latestDecisionCard(), p -> Payloads.isDecision(p, DecisionVerb.MORE_INFORMATION));
        ObjectNode request = TeamsActivities.data(moreInfo);
        request.put(DecisionCard.REQUEST, "Which agencies knew the family?");
        assertThat(teams.send(teams.invoke(CHAIR_CHAT, "personal", CHAIR_AAD, "The Chair", "card-1", "case", request))
                .status()).isEqualTo(200);
        awaitPost(PRACTITIONER_CHAT, card("Which agencies knew the family?"));
        teams.send(teams.personalText(PRACTITIONER_CHAT, PRACTITIONER_AAD, "the school and the police"));
        awaitPost(PRACTITIONER_CHAT, call -> String.valueOf(call.text()).contains("your answer has been sent to the Chair"));
        StubConnector.Call answered = awaitPost(CHAIR_CHAT, card("The referrer has answered on " + REFERENCE));
        assertThat(answered.card().toString()).contains("the school and the police");
        assertThat(theCase().status()).isEqualTo(CaseStatus.AWAITING_DECISION);

        // Notified on 20 October, the decision was due on 20 November: the overdue reminder asks for the reason
        // for the delay.
        assertThat(theCase().deadline(DeadlineKind.CHAIR_DECISION).orElseThrow().due()).hasToString("2026-11-20");
        sweeper.sweep(ReminderPolicy.englandAndWales().next(DeadlineKind.CHAIR_DECISION, LocalDate.of(2026, 11, 20),
                FixedClock.CLOCK.instant()).orElseThrow().at());
        StubConnector.Call overdue = awaitPost(CHAIR_CHAT, card("Overdue: Chair"));
        assertThat(overdue.card().toString()).contains("Record the reason for the delay").doesNotContain("Mark done");
        ObjectNode delay = TeamsActivities.data(payload(overdue.card(), p -> Payloads.is(p, ButtonAction.RecordDelay.class)));
        delay.put(CaseLifecycle.DELAY_REASON, "Parallel criminal proceedings");
        TeamsActivities.Response recorded = teams.send(teams.invoke(CHAIR_CHAT, "personal", CHAIR_AAD, "The Chair",
                "reminder-1", "case", delay));
        assertThat(recorded.body()).contains("Reason for the delay recorded: \u201C");
        int before = postsTo(CHAIR_CHAT).size();
        teams.send(teams.personalText(CHAIR_CHAT, CHAIR_AAD, "status " + REFERENCE));
        await("the status", () -> postsTo(CHAIR_CHAT).size() > before);
        assertThat(postsTo(CHAIR_CHAT).subList(before, postsTo(CHAIR_CHAT).size()).toString())
                .contains("reason: Parallel criminal proceedings");

        // The card again, for the current version; the Chair decides another outcome from that outcome's form.
        int cards = decisionCards().size();
        teams.send(teams.personalText(CHAIR_CHAT, CHAIR_AAD, "decide " + REFERENCE));
        await("the card posted again", () -> decisionCards().size() > cards);
        JsonNode form = form(latestDecisionCard(), "Decide: " + Outcome.SINGLE_AGENCY_LEARNING_REVIEW.label());
        ObjectNode withoutReason = formData(form);
        withoutReason.put(DecisionCard.JUSTIFICATION + "@" + Outcome.SINGLE_AGENCY_LEARNING_REVIEW.name(),
                "No further learning from a Serious Case Review is expected.");
        TeamsActivities.Response refused = teams.send(teams.invoke(CHAIR_CHAT, "personal", CHAIR_AAD, "The Chair",
                "card-2", "case", withoutReason));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Please give a reason for choosing Single agency learning review")
                .contains("No further learning from a Serious Case Review is expected.");
        assertThat(theCase().decision()).isEmpty();

        ObjectNode decide = formData(form);
        decide.put(DecisionCard.REASON + "@" + Outcome.SINGLE_AGENCY_LEARNING_REVIEW.name(),
                "The agencies involved have reviewed their practice.");
        decide.put(DecisionCard.JUSTIFICATION + "@" + Outcome.SINGLE_AGENCY_LEARNING_REVIEW.name(),
                "No further learning from a Serious Case Review is expected.");
        TeamsActivities.Response decided = teams.send(teams.invoke(CHAIR_CHAT, "personal", CHAIR_AAD, "The Chair",
                "card-2", "case", decide));
        assertThat(decided.body()).contains("Decided by The Chair").contains("Single agency");
        CaseRecord record = cases.find(caseId).orElseThrow();
        assertThat(record.decision().orElseThrow().outcome()).isEqualTo(Outcome.SINGLE_AGENCY_LEARNING_REVIEW);
        assertThat(record.decision().orElseThrow().reason()).contains("The agencies involved have reviewed their practice.");
        assertThat(record.status()).isEqualTo(CaseStatus.DECIDED);
    }

    /** An outcome's form, behind its Decide button (an Action.ShowCard), by its heading ("Decide: …"). */
    private static JsonNode form(JsonNode card, String heading) {
        return card.findParents("type").stream().filter(node -> node.path("type").asText().equals("Action.ShowCard")
                && node.at("/card/body/0/text").asText().startsWith(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no form " + heading + " in " + card)).path("card");
    }

    /** The data of a form's button, as the host sends it when pressed. */
    private static ObjectNode formData(JsonNode form) {
        return form.findValue("data").deepCopy();
    }

    private CaseRecord theCase() {
        return cases.find(new CaseId("staffordshire/" + REFERENCE)).orElseThrow();
    }

    private List<StubConnector.Call> postsTo(String conversation) {
        return driver.postsTo(conversation);
    }

    private static Predicate<StubConnector.Call> card(String part) {
        return call -> call.card() != null && call.card().toString().contains(part);
    }

    private List<StubConnector.Call> decisionCards() {
        return postsTo(CHAIR_CHAT).stream().filter(card("Decision needed: " + REFERENCE)).toList();
    }

    private JsonNode latestDecisionCard() {
        List<StubConnector.Call> all = decisionCards();
        return all.get(all.size() - 1).card();
    }

    private StubConnector.Call awaitPost(String conversation, Predicate<StubConnector.Call> match) throws Exception {
        try {
            await("a post to " + conversation, () -> postsTo(conversation).stream().anyMatch(match));
        } catch (AssertionError missing) {
            throw new AssertionError(missing.getMessage() + " among " + postsTo(conversation), missing);
        }
        List<StubConnector.Call> found = postsTo(conversation).stream().filter(match).toList();
        return found.get(found.size() - 1);
    }

    private static String payload(JsonNode card, Predicate<String> which) {
        return TeamsDriver.payloads(card).stream().filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no such button in " + card));
    }

    /** The practitioner's referral in their 1:1 chat, answered by invokes and typed text, then submitted. */
    private void refer() {
        driver.refer(ReferralAnswers.seriousCaseReview(REFERENCE, "20 Oct 2026"));
        await("the case", () -> cases.find(new CaseId("staffordshire/" + REFERENCE)).isPresent());
    }
}
