package uk.lscb.casereview.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.core.driver.Eventually.await;
import static uk.lscb.casereview.adapters.slack.SlackRequests.blocks;
import static uk.lscb.casereview.adapters.slack.SlackRequests.buttonValues;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import java.util.function.Predicate;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lscb.casereview.adapters.slack.SlackDriver;
import uk.lscb.casereview.adapters.slack.SlackRequests;
import uk.lscb.casereview.adapters.slack.StubSlackApi;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.bot.Payloads;
import uk.lscb.casereview.bot.config.Deployment;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.driver.CoreDriver;
import uk.lscb.casereview.core.driver.ReferralAnswers;
import uk.lscb.casereview.core.delivery.DeliveryJobs;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderSweeper;
import uk.lscb.casereview.core.rules.Reason;

/**
 * The application with Slack on (SLACK_BOT_TOKEN set): signed requests through Bolt's real servlet at
 * /slack/events, Bolt's Web API calls going to a stub on 127.0.0.1, the core and the embedded store as
 * they run in production. A practitioner's referral in a DM, the Chair's decision in a modal, the panel
 * channel told, a reminder marked done from the panel channel.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "SLACK_BOT_TOKEN=xoxb-test-token",
        "SLACK_SIGNING_SECRET=" + SlackAppIT.SECRET,
        "server.address=127.0.0.1",
        "casereview.reminders.first-sweep-after=PT1H",
        "casereview.boards[0].id=staffordshire",
        "casereview.boards[0].name=Staffordshire",
        "casereview.boards[0].aliases[0]=Staffs",
        "casereview.boards[0].chairs.slack[0]=" + SlackAppIT.CHAIR,
        "casereview.boards[0].chairs.local[0]=chair-staffordshire",
        "casereview.boards[0].administrators.slack[0]=" + SlackAppIT.ADMIN,
        "casereview.boards[0].panel-channels.slack=" + SlackAppIT.PANEL,
        "casereview.boards[1].id=stoke-on-trent",
        "casereview.boards[1].name=Stoke-on-Trent",
        "casereview.boards[1].aliases[0]=Stoke",
        "casereview.boards[1].chairs.slack[0]=" + SlackAppIT.STOKE_CHAIR,
        "casereview.boards[1].panel-channels.slack=" + SlackAppIT.STOKE_PANEL,
        "casereview.boards[2].id=tamworth",
        "casereview.boards[2].name=Tamworth",
        "casereview.boards[2].chairs.slack[0]=" + SlackAppIT.TAMWORTH_CHAIR})
@Import(FixedClock.class)
class SlackAppIT {
    static final String SECRET = "bot-it-signing-secret-0123456789abcdef";
    static final String CHAIR = "UCHAIR01";
    static final String ADMIN = "UADMIN01";
    static final String PRACTITIONER = "UPRAC001";
    static final String PANEL_MEMBER = "UPANEL01";
    static final String PANEL = "CPANEL01";
    static final String STOKE_CHAIR = "UCHAIR02";
    static final String STOKE_PANEL = "CPANEL02";
    static final String TAMWORTH_CHAIR = "UCHAIR03";

    /** The decisive answers of the local chat's test (LocalReferralIT), by question id. */
    private static final Map<String, String> DECISIVE = Map.of(
            "abuse_or_neglect", "yes",
            "child_died", "no",
            "seriously_harmed", "yes",
            "concern_working_together", "Not sure",
            "further_audit_needed", "no");

    static final StubSlackApi SLACK = startStub();

    private static StubSlackApi startStub() {
        StubSlackApi stub = StubSlackApi.started();
        stub.name(CHAIR, "Pat Chair");
        stub.name(PRACTITIONER, "Sam Practitioner");
        stub.name(PANEL_MEMBER, "Lee Panel");
        return stub;
    }

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        registry.add("SLACK_API_URL", SLACK::url);
    }

    @AfterAll
    static void stopStub() {
        SLACK.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    @Autowired
    DeliveryJobs deliveries;
    @Autowired
    ScopingService scoping;
    @Autowired
    ReminderSweeper sweeper;
    @Autowired
    CaseService caseService;
    @Autowired
    Conversations conversations;
    @Autowired
    Deployment deployment;
    SlackRequests slack;
    Http http;

    @BeforeEach
    void clients() {
        slack = new SlackRequests(SECRET, "http://127.0.0.1:" + port + "/slack/events");
        http = new Http(port);
    }

    @Test
    void aReferralInSlackGoesToTheChairWhoDecidesInAModalThenAReminderIsMarkedDoneFromThePanel() throws Exception {
        assertThat(deployment.localMode()).isFalse();
        // The Chair has written to the app once: their DM is known, so the card goes there.
        slack.directMessage(CHAIR, "help");
        await("the Chair's DM address", () -> !SLACK.postsTo("D" + CHAIR).isEmpty());

        CaseRecord created = referral(PRACTITIONER, "SCR-2026-041", "staffordshire");

        // The card in the Chair's DM, and a neutral note in the panel channel.
        StubSlackApi.Call card = awaitPost("D" + CHAIR, call -> buttonValues(call).stream()
                .anyMatch(v -> Payloads.isDecision(v, DecisionVerb.CONFIRM, created.id().value())));
        StubSlackApi.Call note = awaitPost(PANEL, call -> call.get("text").startsWith("New referral SCR-2026-041"));
        assertThat(note.get("text")).contains("awaiting the Chair's decision");
        assertThat(blocks(note).toString()).doesNotContain("Not sure").doesNotContain("seriously");

        // The same outcome, reasons and decision deadline as the same script gives elsewhere.
        sameAsTheLocalFlowAndTheAssessmentApi(created);

        // Someone who is not the Chair presses Confirm: refused, nothing changes.
        String confirm = buttonValues(card).stream().filter(v -> Payloads.isDecision(v, DecisionVerb.CONFIRM)).findFirst().orElseThrow();
        int ephemerals = SLACK.calls("chat.postEphemeral").size();
        slack.press(PRACTITIONER, "D" + CHAIR, card, confirm);
        await("the refusal", () -> SLACK.calls("chat.postEphemeral").size() > ephemerals);
        StubSlackApi.Call refusal = SLACK.calls("chat.postEphemeral").get(ephemerals);
        assertThat(refusal.get("user")).isEqualTo(PRACTITIONER);
        assertThat(refusal.get("text")).contains("Only the Independent Chair");
        assertThat(cases.find(created.id()).orElseThrow().decision()).isEmpty();

        // The Chair confirms the Serious Case Review: a modal for the lead reviewers and their independence.
        int views = SLACK.calls("views.open").size();
        slack.press(CHAIR, "D" + CHAIR, card, confirm);
        await("views.open", () -> SLACK.calls("views.open").size() > views);
        JsonObject view = StubSlackApi.json(SLACK.calls("views.open").get(views).get("view")).getAsJsonObject();
        HttpResponse<String> submitted = slack.submit(CHAIR, view, Map.of(
                "lead_reviewers", "A. Reviewer, B. Reviewer", "reviewers_independent", "true"));
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.body()).doesNotContain("errors");

        CaseRecord decided = cases.find(created.id()).orElseThrow();
        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.decision().orElseThrow().chair().id()).isEqualTo(CHAIR);
        await("the card updated in place", () -> SLACK.calls("chat.update").stream()
                .anyMatch(call -> call.get("ts").equals(card.get("posted_ts"))));
        StubSlackApi.Call updated = SLACK.calls("chat.update").stream()
                .filter(call -> call.get("ts").equals(card.get("posted_ts"))).reduce((a, b) -> b).orElseThrow();
        assertThat(updated.get("channel")).isEqualTo("D" + CHAIR);
        assertThat(buttonValues(updated)).singleElement().matches(v -> Payloads.is(v, ButtonAction.ShowDetails.class));
        assertThat(blocks(updated).toString()).contains("Decided by Pat Chair");
        StubSlackApi.Call decision = awaitPost(PANEL, call -> call.get("text").equals("Decision on SCR-2026-041"));
        assertThat(blocks(decision).toString()).contains("Serious Case Review");
        awaitPost("D" + PRACTITIONER, call -> call.get("text").equals("Decision on your referral SCR-2026-041"));

        // Weeks later the national panel notification is overdue: the sweep posts the reminder to the panel.
        String markDone = new ButtonAction.MarkDone(created.id().value(), DeadlineKind.NATIONAL_PANEL_NOTIFICATION).payload();
        sweeper.sweep(Instant.parse("2027-01-20T12:00:00Z"));
        StubSlackApi.Call reminder = awaitPost(PANEL, call -> buttonValues(call).contains(markDone));
        assertThat(reminder.get("text")).contains("National panel notified");

        // A panel member (no role of their own) presses Mark done in the panel channel: done, and the
        // reminder says by whom and when.
        slack.press(PANEL_MEMBER, PANEL, reminder, markDone);
        await("the deadline done", () -> cases.find(created.id()).orElseThrow()
                .deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION).orElseThrow().isDone());
        assertThat(cases.find(created.id()).orElseThrow().deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION)
                .orElseThrow().done().orElseThrow().who().id()).isEqualTo(PANEL_MEMBER);
        await("the reminder updated", () -> SLACK.calls("chat.update").stream()
                .anyMatch(call -> call.get("ts").equals(reminder.get("posted_ts"))));
        StubSlackApi.Call done = SLACK.calls("chat.update").stream()
                .filter(call -> call.get("ts").equals(reminder.get("posted_ts"))).findFirst().orElseThrow();
        assertThat(done.get("channel")).isEqualTo(PANEL);
        assertThat(buttonValues(done)).isEmpty();
        assertThat(blocks(done).toString()).contains("Marked done by Lee Panel on 28 November 2026 at 12:00");
    }

    @Test
    void aChairWhoHasNeverWrittenToTheAppIsMentionedOnTheCardInThePanelChannel() throws Exception {
        CaseRecord created = referral("UPRAC002", "SOT-2026-007", "stoke-on-trent");

        StubSlackApi.Call card = awaitPost(STOKE_PANEL, call -> buttonValues(call).stream()
                .anyMatch(v -> Payloads.isDecision(v, DecisionVerb.CONFIRM, created.id().value())));
        assertThat(blocks(card).get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString())
                .isEqualTo("<@" + STOKE_CHAIR + "> a case needs your decision.");
        assertThat(SLACK.postsTo("D" + STOKE_CHAIR)).isEmpty();
        awaitPost(STOKE_PANEL, call -> call.get("text").startsWith("New referral SOT-2026-007"));
        // Nothing of it in the other board's panel channel.
        assertThat(SLACK.postsTo(PANEL)).noneMatch(call -> call.toString().contains("SOT-2026-007"));
    }

    @Test
    void aChairWhoNeverWroteDecidesAfterMoreInformationADelayReasonAndAnotherOutcomeThanTheRecommendation()
            throws Exception {
        // Tamworth has no panel channel: a card for a Chair who never wrote to the app reaches nobody yet.
        String chairDm = "D" + TAMWORTH_CHAIR;
        String practitionerDm = "D" + "UPRAC003";
        CaseRecord created = referral("UPRAC003", "TAM-2026-001", "tamworth", "20 Oct 2026");
        String id = created.id().value();
        await("the card's first try failed", () -> cardTried(created.id()));
        assertThat(SLACK.postsTo(chairDm)).isEmpty();

        // The Chair writes for the first time: told what waits, and the card arrives in their DM.
        slack.directMessage(TAMWORTH_CHAIR, "hi");
        StubSlackApi.Call card = awaitPost(chairDm, call -> buttonValues(call).stream()
                .anyMatch(v -> Payloads.isDecision(v, DecisionVerb.CONFIRM, id)));
        awaitPost(chairDm, call -> blocks(call).toString().contains("Waiting for your decision"));

        // More information: asked in the card's modal, answered by the referrer typing in their DM.
        String moreInfo = buttonValues(card).stream().filter(v -> Payloads.isDecision(v, DecisionVerb.MORE_INFORMATION)).findFirst()
                .orElseThrow();
        JsonObject ask = openModal(TAMWORTH_CHAIR, chairDm, card, moreInfo);
        assertThat(slack.submit(TAMWORTH_CHAIR, ask, Map.of("information_request", "Which agencies knew the family?"))
                .body()).doesNotContain("errors");
        awaitPost(practitionerDm, call -> call.get("text").contains("The Chair needs more information"));
        slack.directMessage("UPRAC003", "the school and the police");
        awaitPost(practitionerDm, call -> call.get("text").contains("your answer has been sent to the Chair"));
        StubSlackApi.Call answered = awaitPost(chairDm, call -> call.get("text").contains("The referrer has answered"));
        assertThat(blocks(answered).toString()).contains("the school and the police");
        assertThat(cases.find(created.id()).orElseThrow().status()).isEqualTo(CaseStatus.AWAITING_DECISION);

        // Notified on 20 October, the decision was due on 20 November: the overdue reminder takes the reason for
        // the delay in a modal.
        assertThat(cases.find(created.id()).orElseThrow().deadline(DeadlineKind.CHAIR_DECISION).orElseThrow().due())
                .isEqualTo(LocalDate.of(2026, 11, 20));
        sweeper.sweep(ReminderPolicy.englandAndWales().next(DeadlineKind.CHAIR_DECISION, LocalDate.of(2026, 11, 20),
                FixedClock.CLOCK.instant()).orElseThrow().at());
        StubSlackApi.Call overdue = awaitPost(chairDm, call -> call.get("text").startsWith("Overdue: Chair")
                && buttonValues(call).stream().anyMatch(v -> Payloads.is(v, ButtonAction.RecordDelay.class, id)));
        assertThat(buttonValues(overdue)).noneMatch(v -> Payloads.is(v, ButtonAction.MarkDone.class));
        JsonObject delay = openModal(TAMWORTH_CHAIR, chairDm, overdue, buttonValues(overdue).get(0));
        assertThat(slack.submit(TAMWORTH_CHAIR, delay, Map.of("delay_reason", "Parallel criminal proceedings"))
                .body()).doesNotContain("errors");
        int seen = SLACK.postsTo(chairDm).size();
        slack.directMessage(TAMWORTH_CHAIR, "status TAM-2026-001");
        await("the status", () -> SLACK.postsTo(chairDm).stream().skip(seen)
                .anyMatch(call -> call.toString().contains("reason: Parallel criminal proceedings")));

        // The card again: Confirm's modal has no outcome list, so it can only confirm the recommendation;
        // "Choose another outcome" decides the outcome chosen in its modal.
        int cards = decisionCards(chairDm, id).size();
        slack.directMessage(TAMWORTH_CHAIR, "decide TAM-2026-001");
        await("the card again", () -> decisionCards(chairDm, id).size() > cards);
        StubSlackApi.Call again = decisionCards(chairDm, id).get(decisionCards(chairDm, id).size() - 1);
        JsonObject confirm = openModal(TAMWORTH_CHAIR, chairDm, again, buttonValues(again).stream()
                .filter(v -> Payloads.isDecision(v, DecisionVerb.CONFIRM)).findFirst().orElseThrow());
        assertThat(confirm.toString()).doesNotContain("\"block_id\":\"outcome\"");
        JsonObject another = openModal(TAMWORTH_CHAIR, chairDm, again, buttonValues(again).stream()
                .filter(v -> Payloads.isDecision(v, DecisionVerb.DECIDE)).findFirst().orElseThrow());
        assertThat(another.toString()).contains("\"block_id\":\"outcome\"");
        // Choosing the outcome shows the inputs it needs (views.update); the Chair fills them in that view.
        int updates = SLACK.calls("views.update").size();
        slack.choose(TAMWORTH_CHAIR, another, "outcome", "SINGLE_AGENCY_LEARNING_REVIEW", Map.of());
        await("views.update", () -> SLACK.calls("views.update").size() > updates);
        JsonObject chosen = StubSlackApi.json(SLACK.calls("views.update").get(updates).get("view")).getAsJsonObject();
        assertThat(chosen.toString()).contains("\"block_id\":\"reason\"", "\"block_id\":\"justification\"");
        HttpResponse<String> decided = slack.submit(TAMWORTH_CHAIR, chosen, Map.of(
                "outcome", "SINGLE_AGENCY_LEARNING_REVIEW",
                "reason", "The agencies involved have reviewed their practice.",
                "justification", "No further learning from a Serious Case Review is expected."));
        assertThat(decided.body()).doesNotContain("errors");
        CaseRecord record = cases.find(created.id()).orElseThrow();
        assertThat(record.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(record.decision().orElseThrow().outcome().name()).isEqualTo("SINGLE_AGENCY_LEARNING_REVIEW");
    }

    /** Whether the Chair's card has been tried once and is still owed: the Chair cannot have seen it. */
    private boolean cardTried(uk.lscb.casereview.core.refs.CaseId id) {
        return deliveries.ofCase(id.value()).stream().anyMatch(job -> job.platform() == Platform.SLACK
                && job.kind().equals(FollowUp.Kind.POST_DECISION_CARD.name()) && job.attempts() > 0);
    }

    private static List<StubSlackApi.Call> decisionCards(String channel, String caseId) {
        return SLACK.postsTo(channel).stream().filter(call -> buttonValues(call).stream()
                .anyMatch(v -> Payloads.isDecision(v, DecisionVerb.CONFIRM, caseId))).toList();
    }

    /** Presses a button that opens a modal, and returns the modal opened. */
    private JsonObject openModal(String user, String channel, StubSlackApi.Call message, String value)
            throws Exception {
        int views = SLACK.calls("views.open").size();
        slack.press(user, channel, message, value);
        await("views.open", () -> SLACK.calls("views.open").size() > views);
        return StubSlackApi.json(SLACK.calls("views.open").get(views).get("view")).getAsJsonObject();
    }

    @Test
    void aBadSignatureIsRefusedWith401() throws Exception {
        long now = Instant.now().getEpochSecond();
        String body = "token=x&command=%2Fcasereview&text=help&user_id=U1&channel_id=C1";
        String wrong = new SlackSignature.Generator("not-the-secret").generate(String.valueOf(now), body);

        HttpResponse<String> response = slack.send(body, "application/x-www-form-urlencoded", now, wrong, Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theSlashCommandIsAnsweredThroughTheServlet() throws Exception {
        HttpResponse<String> help = slack.command(PRACTITIONER, "CGENERAL", "help");

        assertThat(help.statusCode()).isEqualTo(200);
        assertThat(help.body()).contains("/casereview start").contains("Never type a child");
    }

    // ---- the same script elsewhere -----------------------------------------------------------

    /**
     * The same answers given through the core as the local chat gives them, and to the assessment API,
     * decide the same. (Teams is not in this Slack-only deployment: its endpoint does not exist here.)
     */
    private void sameAsTheLocalFlowAndTheAssessmentApi(CaseRecord slackCase) throws Exception {
        CaseRecord local = localReferral("SCR-2026-042");
        assertThat(slackCase.recommendation().outcome().name()).isEqualTo("SERIOUS_CASE_REVIEW")
                .isEqualTo(local.recommendation().outcome().name());
        List<String> statements = slackCase.recommendation().reasons().stream().map(Reason::statement).toList();
        assertThat(statements).isNotEmpty()
                .isEqualTo(local.recommendation().reasons().stream().map(Reason::statement).toList());
        LocalDate due = slackCase.deadline(DeadlineKind.CHAIR_DECISION).orElseThrow().due();
        assertThat(due).isEqualTo(LocalDate.of(2026, 12, 3))
                .isEqualTo(local.deadline(DeadlineKind.CHAIR_DECISION).orElseThrow().due());
        assertThat(http.post("/api/messages", "{}").status()).as("no Teams endpoint without Teams").isEqualTo(404);

        Http.Response assessed = http.postJson("/api/assessments", Map.of("rulePack", "wt2015", "answers", DECISIVE));
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(200);
        JsonNode json = assessed.json();
        assertThat(json.get("outcome").asText()).isEqualTo("SERIOUS_CASE_REVIEW");
        List<String> apiStatements = new ArrayList<>();
        json.get("reasons").forEach(reason -> apiStatements.add(reason.get("statement").asText()));
        assertThat(apiStatements).isEqualTo(statements);
    }

    private CaseRecord localReferral(String reference) {
        new CoreDriver(scoping, caseService, new ConversationKey(Platform.LOCAL, "conversation-" + reference),
                new UserRef(Platform.LOCAL, "practitioner", "Practitioner"), new UserRef(Platform.LOCAL, "nobody", "Nobody"),
                new UserRef(Platform.LOCAL, "nobody", "Nobody")).refer(answers(reference, "staffordshire", "3 Nov 2026"));
        return theCase(reference, "staffordshire");
    }

    // ---- driving the practitioner's DM -----------------------------------------------------------

    /** The script in the practitioner's DM, pressing some answers and typing others; then submitted. */
    private CaseRecord referral(String practitioner, String reference, String board) throws Exception {
        return referral(practitioner, reference, board, "3 Nov 2026");
    }

    private CaseRecord referral(String practitioner, String reference, String board, String notifiedOn) {
        new SlackDriver(slack, SLACK, conversations, practitioner, CHAIR, PANEL_MEMBER)
                .refer(answers(reference, board, notifiedOn));
        return theCase(reference, board);
    }

    private static Map<String, String> answers(String reference, String board, String notifiedOn) {
        Map<String, String> answers = ReferralAnswers.with(reference, notifiedOn, DECISIVE);
        answers.put("board", board);
        return answers;
    }

    private CaseRecord theCase(String reference, String board) {
        CaseReference ref = new CaseReference(reference);
        BoardId id = new BoardId(board);
        await("the case", () -> cases.ofBoard(id).stream().anyMatch(record -> record.reference().equals(ref)));
        return cases.ofBoard(id).stream().filter(record -> record.reference().equals(ref)).findFirst().orElseThrow();
    }

    private static StubSlackApi.Call awaitPost(String channel, java.util.function.Predicate<StubSlackApi.Call> match)
            throws InterruptedException {
        await("a post to " + channel, () -> SLACK.postsTo(channel).stream().anyMatch(match));
        return SLACK.postsTo(channel).stream().filter(match).findFirst().orElseThrow();
    }
}
