package uk.lscb.casereview.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.driver.Eventually;
import uk.lscb.casereview.core.driver.ReferralAnswers;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.reminders.ReminderSweeper;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * Teams end to end through {@code POST /api/messages} in local mode, the real Bot Framework SDK and a stub Bot
 * Connector: installs, a referral in a 1:1 chat, the Chair's decision by invoke, the panel channel told, a
 * deadline reminder and its Mark done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "casereview.reminders.first-sweep-after=PT1H",
        "casereview.boards[0].id=staffordshire",
        "casereview.boards[0].name=Staffordshire",
        "casereview.boards[0].aliases[0]=Staffs",
        "casereview.boards[0].chairs.teams[0]=" + TeamsBotIT.CHAIR_AAD,
        "casereview.boards[0].chairs.local[0]=chair-staffordshire",
        "casereview.boards[0].administrators.teams[0]=" + TeamsBotIT.ADMIN_AAD,
        "casereview.boards[0].administrators.local[0]=admin",
        "casereview.boards[1].id=stoke-on-trent",
        "casereview.boards[1].name=Stoke-on-Trent",
        "casereview.boards[1].chairs.local[0]=chair-stoke-on-trent"})
@Import(FixedClock.class)
class TeamsBotIT {
    static final String CHAIR_AAD = "00000000-0000-0000-0000-00000000c4a1";
    static final String ADMIN_AAD = "00000000-0000-0000-0000-0000000ad411";
    static final String PRACTITIONER_AAD = "00000000-0000-0000-0000-000000007ac1";
    static final String PANEL_MEMBER_AAD = "00000000-0000-0000-0000-00000000be11";
    private static final String CHAIR_CHAT = "a:chair-chat";
    private static final String PRACTITIONER_CHAT = "a:practitioner-chat";
    private static final String PANEL = "19:panel@thread.tacv2";

    private static StubConnector connector;

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
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
                PRACTITIONER_AAD, CHAIR_AAD, PANEL_MEMBER_AAD);
    }

    private List<StubConnector.Call> postsTo(String conversation) {
        return driver.postsTo(conversation);
    }

    private static List<String> payloads(JsonNode card) {
        return TeamsDriver.payloads(card);
    }

    /** What the recommended outcome's form sends: its button's data, and its inputs filled in. */
    private static ObjectNode decision(JsonNode chairCard) {
        ObjectNode data = recommendedForm(chairCard).findValue("data").deepCopy();
        data.put(DecisionCard.LEAD_REVIEWERS + "@SERIOUS_CASE_REVIEW", "A. Reviewer");
        data.put(DecisionCard.INDEPENDENT + "@SERIOUS_CASE_REVIEW", "true");
        return data;
    }

    /** The recommended outcome's form, behind its Decide button (an Action.ShowCard). */
    private static JsonNode recommendedForm(JsonNode card) {
        return card.findParents("type").stream().filter(node -> node.path("type").asText().equals("Action.ShowCard")
                && node.at("/card/body/0/text").asText().equals("Decide: Serious Case Review (recommended)"))
                .findFirst().orElseThrow(() -> new AssertionError("no recommended outcome's form in " + card))
                .path("card");
    }

    @Test
    void thePrivacyAndTermsPagesTheTeamsManifestLinksToAreServed() throws Exception {
        JsonNode developer = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Path.of("../manifests/teams/manifest.json").toFile()).path("developer");
        uk.lscb.casereview.bot.Http http = new uk.lscb.casereview.bot.Http(port);
        for (String url : List.of(developer.path("privacyUrl").asText(), developer.path("termsOfUseUrl").asText())) {
            String path = java.net.URI.create(url.replace("{{BOT_HOST}}", "casereview.example.org")).getPath();
            uk.lscb.casereview.bot.Http.Response page = http.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).contains("govuk-template").contains("Never type a child's name");
        }
        assertThat(http.get("/privacy").body()).contains("What is stored").contains("case reference");
    }

    @Test
    void aReferralInTeamsIsDecidedByTheChairByInvokeAndThePanelChannelHearsOfItAndOfItsReminders() {
        // Installs: the Chair's 1:1, the panel channel's team, and the admin makes it Staffordshire's panel.
        assertThat(teams.send(teams.botAdded(CHAIR_CHAT, "personal", CHAIR_AAD)).status()).isEqualTo(202);
        assertThat(postsTo(CHAIR_CHAT)).hasSize(1);
        assertThat(teams.send(teams.botAdded(PANEL, "channel", ADMIN_AAD)).status()).isEqualTo(202);
        teams.send(teams.channelMention(PANEL + ";messageid=1", ADMIN_AAD, "register panel channel for Staffordshire"));
        assertThat(postsTo(PANEL + ";messageid=1")).as("confirmed in the thread it was asked in").last()
                .satisfies(call -> assertThat(call.text()).contains("now the Staffordshire panel channel"));
        int panelBefore = postsTo(PANEL).size();

        // A practitioner's referral in a 1:1, submitted.
        driver.answer(ReferralAnswers.seriousCaseReview("SCR-2026-501", "today"));
        JsonNode recommendation = postsTo(PRACTITIONER_CHAT).get(postsTo(PRACTITIONER_CHAT).size() - 1).card();
        assertThat(recommendation.toString()).contains("Recommendation: Serious Case Review");
        TeamsActivities.Response submitted = teams.send(teams.invoke(PRACTITIONER_CHAT, "personal", PRACTITIONER_AAD,
                "A Practitioner", "card-9", "answer", TeamsActivities.data("cmd:submit")));
        assertThat(submitted.status()).isEqualTo(200);

        // The Chair's card in the Chair's 1:1; a neutral note in the panel channel (delivered after the turn).
        Eventually.await("the Chair's card and the panel's note", () -> postsTo(CHAIR_CHAT).size() >= 2
                && postsTo(PANEL).size() > panelBefore);
        List<StubConnector.Call> toChair = postsTo(CHAIR_CHAT);
        assertThat(toChair).hasSize(2);
        JsonNode chairCard = toChair.get(1).card();
        assertThat(chairCard.path("version").asText()).isEqualTo("1.5");
        assertThat(chairCard.toString()).contains("Decision needed: SCR-2026-501").contains("Action.Execute");
        List<StubConnector.Call> panelPosts = postsTo(PANEL).subList(panelBefore, postsTo(PANEL).size());
        assertThat(panelPosts).hasSize(1);
        assertThat(panelPosts.get(0).card().toString()).contains("New referral SCR-2026-501")
                .doesNotContain("Answers");
        String decidePayload = recommendedForm(chairCard).findValue("payload").asText();
        CaseId caseId = new CaseId(((ButtonAction.OnCase) ActionCodec.decode(decidePayload).orElseThrow()).caseId());

        // Anyone but the Chair is refused.
        TeamsActivities.Response refused = teams.send(teams.invoke(CHAIR_CHAT, "personal", PRACTITIONER_AAD,
                "Someone Else", "activity-x", "case", decision(chairCard)));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Only the Independent Chair of Staffordshire");
        assertThat(cases.find(caseId).orElseThrow().decision()).isEmpty();

        // The Chair decides by invoke: the decided card comes back; a retry makes no second decision.
        ObjectNode decide = teams.invoke(CHAIR_CHAT, "personal", CHAIR_AAD, "The Chair", "activity-x", "case",
                decision(chairCard));
        TeamsActivities.Response decided = teams.send(decide);
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.contentType()).startsWith("application/json");
        assertThat(decided.json().path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(decided.json().path("value").toString()).contains("Decided by The Chair")
                .doesNotContain("Action.Execute").doesNotContain("Action.Submit");
        decide.put("id", "a-retry-of-the-same-click");
        TeamsActivities.Response again = teams.send(decide);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("Decided by The Chair");
        CaseRecord record = cases.find(caseId).orElseThrow();
        assertThat(record.decision().orElseThrow().outcome()).isEqualTo(Outcome.SERIOUS_CASE_REVIEW);
        assertThat(record.audit().stream().filter(event -> event.action().equals("decided"))).hasSize(1);

        // The panel channel hears of the decision once; the referrer in their chat (delivered after the turn).
        Eventually.await("the decision told to the panel and the referrer", () -> postsTo(PANEL).stream()
                .anyMatch(call -> call.card() != null && call.card().toString().contains("Decision on SCR-2026-501"))
                && postsTo(PRACTITIONER_CHAT).stream().anyMatch(call -> call.card() != null
                && call.card().toString().contains("Decision on your referral SCR-2026-501")));
        List<StubConnector.Call> decisionPosts = postsTo(PANEL).stream()
                .filter(call -> call.card() != null && call.card().toString().contains("Decision on SCR-2026-501"))
                .toList();
        assertThat(decisionPosts).hasSize(1);
        assertThat(postsTo(PRACTITIONER_CHAT)).last().satisfies(call -> assertThat(call.card().toString())
                .contains("Decision on your referral SCR-2026-501"));

        // Later: the national panel notification's first reminder reaches the panel channel with Mark done.
        CaseDeadline notification = record.deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION).orElseThrow();
        Instant remindAt = ReminderPolicy.englandAndWales().next(DeadlineKind.NATIONAL_PANEL_NOTIFICATION,
                notification.due(), FixedClock.CLOCK.instant()).orElseThrow().at();
        int before = postsTo(PANEL).size();
        assertThat(sweeper.sweep(remindAt)).isEqualTo(1);
        // Posted by Teams' own delivery worker, after the sweep has handed it over.
        Eventually.await("the reminder in the panel channel", () -> postsTo(PANEL).size() > before);
        List<StubConnector.Call> reminders = postsTo(PANEL).subList(before, postsTo(PANEL).size());
        assertThat(reminders).hasSize(1);
        JsonNode reminder = reminders.get(0).card();
        assertThat(reminder.toString()).contains("Reminder: ").contains("SCR-2026-501").contains("Mark done");
        String markDone = payloads(reminder).stream().filter(p -> Payloads.is(p, ButtonAction.MarkDone.class)).findFirst().orElseThrow();
        assertThat(markDone).endsWith(":NATIONAL_PANEL_NOTIFICATION");

        // A panel member presses Mark done in the panel channel: the deadline is done, the card says who.
        TeamsActivities.Response done = teams.send(teams.invoke(PANEL + ";messageid=1764000000000", "channel",
                PANEL_MEMBER_AAD, "A Panel Member", "activity-reminder", "case", TeamsActivities.data(markDone)));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().path("value").toString()).contains("Marked done by A Panel Member");
        CaseDeadline marked = cases.find(caseId).orElseThrow().deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION)
                .orElseThrow();
        assertThat(marked.done().orElseThrow().who().id()).isEqualTo(PANEL_MEMBER_AAD);
    }

    /**
     * The turn runs on the request's thread; at the turn budget (12 s) the request is answered from another thread
     * while the turn goes on: the whole answer reaches the client then, not when the turn ends. The connector answers
     * the first of the turn's two replies after 6 s and holds the second: each call's own deadline (10 s) ends after
     * the budget, so the turn is still running when it is answered.
     */
    @Test
    void aMessageWhoseRepliesTheConnectorIsSlowToTakeIsAcceptedAtTheTurnBudgetAndItsRepliesFollow() throws Exception {
        String chat = "a:slow-replies";
        String posts = "POST /v3/conversations/" + chat;
        AtomicInteger seen = new AtomicInteger();
        StubConnector.Hold first = connector.hold(request -> request.startsWith(posts) && seen.incrementAndGet() == 1);
        StubConnector.Hold second = connector.hold(request -> request.startsWith(posts) && seen.get() == 2);
        try {
            CompletableFuture<TeamsActivities.Response> answer = CompletableFuture.supplyAsync(
                    () -> teams.send(teams.personalText(chat, PRACTITIONER_AAD, "start")));
            assertThat(first.awaitArrival(Duration.ofSeconds(30))).as("the first reply reached the connector").isTrue();
            long firstArrived = System.nanoTime();
            first.releaseAfter(Duration.ofSeconds(6));

            assertThat(answer.get(30, TimeUnit.SECONDS).status()).isEqualTo(202);
            Duration took = Duration.ofNanos(System.nanoTime() - firstArrived);

            assertThat(second.awaitArrival(Duration.ZERO)).as("the second reply reached the connector").isTrue();
            assertThat(took).as("answered at the budget (12 s), before the second call's deadline (about 16 s) ends the turn")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(11)).isLessThan(Duration.ofSeconds(15));
            assertThat(postsTo(chat)).as("only the first reply answered so far").hasSize(1);
        } finally {
            first.release();
            second.release();
        }
        Eventually.await("the second reply, posted once the connector answers", () -> postsTo(chat).size() == 2);
    }

    @Test
    void badInputIs400WithAJsonErrorAndNoStackTrace() {
        for (String body : new String[] {null, "", "not json", "[1,2]", "{\"type\":\"message\"}",
                "{\"type\":\"message\",\"serviceUrl\":\"http://127.0.0.1:1/\"}"}) {
            TeamsActivities.Response response = teams.post(body, null);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/json");
            assertThat(response.json().path("error").asText()).as(body).isEqualTo("invalid_activity");
            assertThat(response.json().path("message").asText()).as(body).isNotBlank();
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
        }
    }
}
