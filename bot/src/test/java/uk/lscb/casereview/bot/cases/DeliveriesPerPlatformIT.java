package uk.lscb.casereview.bot.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lscb.casereview.adapters.slack.StubSlackApi;
import uk.lscb.casereview.adapters.teams.StubConnector;
import uk.lscb.casereview.adapters.teams.TeamsDriver;
import uk.lscb.casereview.bot.HandClock;
import uk.lscb.casereview.bot.teams.TeamsActivities;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.delivery.DeliveryJob;
import uk.lscb.casereview.core.delivery.DeliveryJobs;
import uk.lscb.casereview.core.driver.Asking;
import uk.lscb.casereview.core.driver.Eventually;
import uk.lscb.casereview.core.driver.ReferralAnswers;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.reminders.ReminderSweeper;

/**
 * The application with Teams and Slack both on, each platform's deliveries apart from the other's and from the
 * inbound turn: a practitioner's submit in Teams is answered while the Chair's card is still held at the connector;
 * Slack answering 429 until it recovers holds back only Slack's copies (the card, the panel's note and a reminder),
 * which follow once each after their wait, on the test's clock, while Teams has had its own all along.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "SLACK_BOT_TOKEN=xoxb-test-token",
        "SLACK_SIGNING_SECRET=deliveries-it-signing-secret-0123456789",
        "server.address=127.0.0.1",
        "casereview.reminders.first-sweep-after=PT1H",
        "casereview.boards[0].id=staffordshire",
        "casereview.boards[0].name=Staffordshire",
        "casereview.boards[0].chairs.teams[0]=" + DeliveriesPerPlatformIT.CHAIR_AAD,
        "casereview.boards[0].chairs.slack[0]=" + DeliveriesPerPlatformIT.SLACK_CHAIR,
        "casereview.boards[0].administrators.teams[0]=" + DeliveriesPerPlatformIT.ADMIN_AAD,
        "casereview.boards[0].panel-channels.slack=" + DeliveriesPerPlatformIT.SLACK_PANEL,
        "casereview.boards[1].id=stoke-on-trent",
        "casereview.boards[1].name=Stoke-on-Trent"})
@Import(HandClock.class)
class DeliveriesPerPlatformIT {
    static final String CHAIR_AAD = "00000000-0000-0000-0000-00000000c4b1";
    static final String ADMIN_AAD = "00000000-0000-0000-0000-0000000ad4b1";
    static final String PRACTITIONER_AAD = "00000000-0000-0000-0000-000000007ab1";
    static final String PANEL_MEMBER_AAD = "00000000-0000-0000-0000-00000000beb1";
    static final String SLACK_CHAIR = "UCHAIR21";
    static final String SLACK_PANEL = "CPANEL21";
    private static final String CHAIR_CHAT = "a:deliveries-chair";
    private static final String TEAMS_PANEL = "19:deliveries-panel@thread.tacv2";
    private static final Duration WAIT = Duration.ofSeconds(60);

    static final StubSlackApi SLACK = start(StubSlackApi::new);
    static final StubConnector CONNECTOR = start(StubConnector::new);
    private static boolean installed;

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    @Autowired
    DeliveryJobs deliveries;
    @Autowired
    ReminderSweeper sweeper;
    @Autowired
    CaseConfiguration.FollowUpSweep followUpSweep;
    @Autowired
    Conversations conversations;
    private TeamsActivities teams;

    private interface Starting<T> {
        T start() throws Exception;
    }

    private static <T> T start(Starting<T> stub) {
        try {
            return stub.start();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        registry.add("SLACK_API_URL", SLACK::url);
    }

    @AfterAll
    static void stopStubs() {
        SLACK.close();
        CONNECTOR.close();
    }

    /** Teams: the Chair has the app in a 1:1 chat, and the board's administrator has registered its panel channel. */
    @BeforeEach
    void install() {
        teams = new TeamsActivities(port, CONNECTOR.url());
        if (!installed) {
            teams.send(teams.botAdded(CHAIR_CHAT, "personal", CHAIR_AAD));
            teams.send(teams.botAdded(TEAMS_PANEL, "channel", ADMIN_AAD));
            teams.send(teams.channelMention(TEAMS_PANEL + ";messageid=1", ADMIN_AAD,
                    "register panel channel for Staffordshire"));
            Eventually.await("the panel channel registered", () -> postsTo(TEAMS_PANEL + ";messageid=1").stream()
                    .anyMatch(call -> call.text().contains("now the Staffordshire panel channel")));
            installed = true;
        }
    }

    private TeamsDriver practitioner(String chat) {
        return new TeamsDriver(teams, teams.endpoint(), CONNECTOR, conversations, chat, PRACTITIONER_AAD, CHAIR_AAD,
                PANEL_MEMBER_AAD);
    }

    private static List<StubConnector.Call> postsTo(String conversation) {
        return CONNECTOR.activities().stream()
                .filter(call -> call.path().startsWith("/v3/conversations/" + conversation + "/activities")).toList();
    }

    private static List<StubConnector.Call> teamsPostsAbout(String conversation, String what) {
        return postsTo(conversation).stream().filter(call -> call.card() != null
                && call.card().toString().contains(what)).toList();
    }

    private static List<StubSlackApi.Call> slackPostsAbout(String text, String reference) {
        return SLACK.postsTo(SLACK_PANEL).stream().filter(call -> call.get("text").startsWith(text)
                && call.toString().contains(reference)).toList();
    }

    private List<DeliveryJob> slackJobs(CaseId id) {
        return deliveries.ofCase(id.value()).stream().filter(job -> job.platform().equals("slack")).toList();
    }

    @Test
    void theSubmitTurnIsAnsweredWhileTheChairsCardIsStillHeldAtTheConnectorAndTheCardFollowsOnceReleased()
            throws Exception {
        StubConnector.Hold card = CONNECTOR.hold(request -> request.equals("POST /v3/conversations/" + CHAIR_CHAT
                + "/activities"));
        TeamsDriver practitioner = practitioner("a:deliveries-practitioner-held");
        practitioner.answer(ReferralAnswers.seriousCaseReview("SCR-2026-611", "yesterday"));

        Asking submitted = CompletableFuture.supplyAsync(() -> practitioner.press(Asking.SUBMIT))
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(submitted.payloads()).isNotEmpty();
        assertThat(card.awaitArrival(WAIT)).as("the card's post reached the connector").isTrue();
        assertThat(teamsPostsAbout(CHAIR_CHAT, "Decision needed: SCR-2026-611")).isEmpty();
        card.release();
        Eventually.await("the Chair's card once released", () -> !teamsPostsAbout(CHAIR_CHAT,
                "Decision needed: SCR-2026-611").isEmpty(), WAIT);
        assertThat(teamsPostsAbout(CHAIR_CHAT, "Decision needed: SCR-2026-611")).hasSize(1);
    }

    @Test
    void slackAnswering429HoldsBackOnlySlacksCopiesWhichArriveOnceEachAfterItRecovers() {
        String reference = "SCR-2026-612";
        CaseId id = new CaseId("staffordshire/" + reference);
        SLACK.throttle("chat.postMessage");
        try {
            practitioner("a:deliveries-practitioner-throttled")
                    .refer(ReferralAnswers.seriousCaseReview(reference, "yesterday"));

            // Teams has the Chair's card, and then the decision's first reminder, while Slack answers 429.
            Eventually.await("the Teams card", () -> !teamsPostsAbout(CHAIR_CHAT, "Decision needed: " + reference)
                    .isEmpty(), WAIT);
            CaseRecord record = cases.find(id).orElseThrow();
            Instant remindAt = ReminderPolicy.englandAndWales().next(DeadlineKind.CHAIR_DECISION,
                    record.deadline(DeadlineKind.CHAIR_DECISION).orElseThrow().due(), HandClock.CLOCK.instant())
                    .orElseThrow().at();
            assertThat(sweeper.sweep(remindAt)).isEqualTo(1);
            Eventually.await("the Teams reminder", () -> !teamsPostsAbout(TEAMS_PANEL, "Reminder: ").stream()
                    .filter(call -> call.card().toString().contains(reference)).toList().isEmpty(), WAIT);
            Eventually.await("Slack's card, note and reminder each refused once", () -> slackJobs(id).size() >= 3
                    && slackJobs(id).stream().allMatch(job -> job.attempts() == 1), WAIT);
            assertThat(SLACK.calls("chat.postMessage#429")).isNotEmpty();
            assertThat(SLACK.postsTo(SLACK_PANEL)).noneMatch(call -> call.toString().contains(reference));
        } finally {
            SLACK.recover();
        }

        // A minute on, the wait after one refusal is over; the sweep wakes each platform.
        HandClock.CLOCK.advance(DeliveryJob.waitAfter(1));
        followUpSweep.sweep();

        Eventually.await("Slack's copies", () -> !slackPostsAbout("Decision needed: " + reference, reference).isEmpty()
                && !slackPostsAbout("New referral " + reference, reference).isEmpty()
                && !slackPostsAbout("Reminder: ", reference).isEmpty(), WAIT);
        Eventually.await("every delivery of the case done", () -> deliveries.ofCase(id.value()).stream()
                .allMatch(job -> job.status() == DeliveryJob.Status.DONE), WAIT);
        assertThat(slackPostsAbout("Decision needed: " + reference, reference)).hasSize(1);
        assertThat(slackPostsAbout("New referral " + reference, reference)).hasSize(1);
        assertThat(slackPostsAbout("Reminder: ", reference)).hasSize(1);
        assertThat(teamsPostsAbout(CHAIR_CHAT, "Decision needed: " + reference)).hasSize(1);
        assertThat(teamsPostsAbout(TEAMS_PANEL, "Reminder: ").stream()
                .filter(call -> call.card().toString().contains(reference))).hasSize(1);
    }
}
