package uk.lscb.casereview.bot.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
import uk.lscb.casereview.bot.HandClock;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.bot.access.People;
import uk.lscb.casereview.bot.driver.LocalDriver;
import uk.lscb.casereview.bot.local.LocalPlatform;
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
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.reminders.ReminderSweeper;

/**
 * Each platform's deliveries apart from the other's and from the inbound turn, in the application with two
 * platforms (local mode: Teams through the real Bot Framework SDK and a stub connector, and the local page): a
 * practitioner's submit in Teams is answered while the Chair's card is still held at the connector; the connector
 * answering 429 until it recovers holds back only Teams' copies (the Chair's card, the panel's note and a reminder),
 * which follow once each after their wait on the test's clock, while the local page has had its own all along.
 * (Slack credentials turn local mode off, and Teams outside local mode needs an Azure Bot app whose token comes from
 * Azure AD, which no test here can reach; so the platform that throttles is Teams.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "casereview.reminders.first-sweep-after=PT1H",
        "casereview.boards[0].id=staffordshire",
        "casereview.boards[0].name=Staffordshire",
        "casereview.boards[0].chairs.teams[0]=" + DeliveriesPerPlatformIT.CHAIR_AAD,
        "casereview.boards[0].chairs.local[0]=" + DeliveriesPerPlatformIT.LOCAL_CHAIR,
        "casereview.boards[0].administrators.teams[0]=" + DeliveriesPerPlatformIT.ADMIN_AAD,
        "casereview.boards[1].id=stoke-on-trent",
        "casereview.boards[1].name=Stoke-on-Trent"})
@Import(HandClock.class)
class DeliveriesPerPlatformIT {
    static final String CHAIR_AAD = "00000000-0000-0000-0000-00000000c4b1";
    static final String ADMIN_AAD = "00000000-0000-0000-0000-0000000ad4b1";
    static final String PRACTITIONER_AAD = "00000000-0000-0000-0000-000000007ab1";
    static final String PANEL_MEMBER_AAD = "00000000-0000-0000-0000-00000000beb1";
    static final String LOCAL_CHAIR = "chair-staffordshire";
    private static final BoardId BOARD = new BoardId("staffordshire");
    private static final String CHAIR_CHAT = "a:deliveries-chair";
    private static final String TEAMS_PANEL = "19:deliveries-panel@thread.tacv2";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static StubConnector connector;
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
    @Autowired
    LocalPlatform local;
    private TeamsActivities teams;

    @BeforeAll
    static void startConnector() throws Exception {
        connector = new StubConnector();
    }

    @AfterAll
    static void stopConnector() {
        connector.close();
    }

    /** Teams: the Chair has the app in a 1:1 chat, and the board's administrator has registered its panel channel. */
    @BeforeEach
    void install() {
        teams = new TeamsActivities(port, connector.url());
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
        return new TeamsDriver(teams, teams.endpoint(), connector, conversations, chat, PRACTITIONER_AAD, CHAIR_AAD,
                PANEL_MEMBER_AAD);
    }

    private static List<StubConnector.Call> postsTo(String conversation) {
        return connector.activities().stream()
                .filter(call -> call.path().startsWith("/v3/conversations/" + conversation + "/activities")).toList();
    }

    private static List<StubConnector.Call> teamsPostsAbout(String conversation, String what) {
        return postsTo(conversation).stream().filter(call -> call.card() != null
                && call.card().toString().contains(what)).toList();
    }

    /** The Teams panel channel's posts whose card has this title and names the case. */
    private static List<StubConnector.Call> teamsPanelPosts(String title, String reference) {
        return teamsPostsAbout(TEAMS_PANEL, title).stream().filter(call -> call.card().toString().contains(reference))
                .toList();
    }

    private List<LocalPlatform.Post> localPanelPosts(String title, String reference) {
        return local.panel(BOARD).stream().filter(post -> post.notification().title().startsWith(title)
                && post.notification().facts().toString().contains(reference)).toList();
    }

    private List<DeliveryJob> teamsJobs(CaseId id) {
        return deliveries.ofCase(id.value()).stream().filter(job -> job.platform() == Platform.TEAMS).toList();
    }

    @Test
    void theSubmitTurnIsAnsweredWhileTheChairsCardIsStillHeldAtTheConnectorAndTheCardFollowsOnceReleased()
            throws Exception {
        StubConnector.Hold card = connector.hold(request -> request.equals("POST /v3/conversations/" + CHAIR_CHAT
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
    void aConnectorAnswering429HoldsBackOnlyTeamsCopiesWhichArriveOnceEachAfterItRecovers() {
        String reference = "SCR-2026-612";
        CaseId id = new CaseId("staffordshire/" + reference);
        connector.throttle();
        try {
            new LocalDriver(new Http(port), People.PRACTITIONER, LOCAL_CHAIR, BOARD.value())
                    .refer(ReferralAnswers.seriousCaseReview(reference, "yesterday"));

            // The local page has the Chair's card and the panel's note, then the decision's first reminder, while
            // the connector answers 429.
            Eventually.await("the local card and note", () -> local.card(LOCAL_CHAIR, id).isPresent()
                    && !localPanelPosts("New referral", reference).isEmpty(), WAIT);
            CaseRecord record = cases.find(id).orElseThrow();
            Instant remindAt = ReminderPolicy.englandAndWales().next(DeadlineKind.CHAIR_DECISION,
                    record.deadline(DeadlineKind.CHAIR_DECISION).orElseThrow().due(), HandClock.CLOCK.instant())
                    .orElseThrow().at();
            assertThat(sweeper.sweep(remindAt)).isEqualTo(1);
            Eventually.await("the local reminder", () -> !localPanelPosts("Reminder: ", reference).isEmpty(), WAIT);
            Eventually.await("Teams' card, note and reminder each refused once", () -> teamsJobs(id).size() >= 3
                    && teamsJobs(id).stream().allMatch(job -> job.attempts() == 1), WAIT);
            assertThat(connector.refused()).isPositive();
            assertThat(connector.activities()).noneMatch(call -> call.body().toString().contains(reference));
        } finally {
            connector.recover();
        }

        // A minute on, the wait after one refusal is over; the follow-up sweep wakes each platform.
        HandClock.CLOCK.advance(DeliveryJob.waitAfter(1));
        followUpSweep.sweep();

        Eventually.await("Teams' copies", () -> !teamsPostsAbout(CHAIR_CHAT, "Decision needed: " + reference).isEmpty()
                && !teamsPanelPosts("New referral " + reference, reference).isEmpty()
                && !teamsPanelPosts("Reminder: ", reference).isEmpty(), WAIT);
        Eventually.await("every delivery of the case done", () -> deliveries.ofCase(id.value()).stream()
                .allMatch(job -> job.status() == DeliveryJob.Status.DONE), WAIT);
        assertThat(teamsPostsAbout(CHAIR_CHAT, "Decision needed: " + reference)).hasSize(1);
        assertThat(teamsPanelPosts("New referral " + reference, reference)).hasSize(1);
        assertThat(teamsPanelPosts("Reminder: ", reference)).hasSize(1);
        assertThat(localPanelPosts("New referral", reference)).hasSize(1);
        assertThat(localPanelPosts("Reminder: ", reference)).hasSize(1);
    }
}
