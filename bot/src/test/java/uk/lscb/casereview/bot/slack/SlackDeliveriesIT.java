package uk.lscb.casereview.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import uk.lscb.casereview.bot.HandClock;
import uk.lscb.casereview.bot.cases.CaseConfiguration;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.delivery.DeliveryJob;
import uk.lscb.casereview.core.delivery.DeliveryJobs;
import uk.lscb.casereview.core.driver.Eventually;
import uk.lscb.casereview.core.driver.ReferralAnswers;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.reminders.ReminderSweeper;

/**
 * Slack's deliveries in the application with Slack on (Bolt's servlet, the Web API on a stub): Slack answering 429
 * to the panel channel until it recovers holds back the copies owed there, which arrive once each a minute later
 * on the test's clock, while the practitioner's own turns are answered all along; and a Chair who writes while their
 * card's first post is still in flight gets it once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "SLACK_BOT_TOKEN=xoxb-test-token",
        "SLACK_SIGNING_SECRET=" + SlackDeliveriesIT.SECRET,
        "server.address=127.0.0.1",
        "casereview.reminders.first-sweep-after=PT1H",
        "casereview.boards[0].id=staffordshire",
        "casereview.boards[0].name=Staffordshire",
        "casereview.boards[0].chairs.slack[0]=" + SlackDeliveriesIT.CHAIR,
        "casereview.boards[0].panel-channels.slack=" + SlackDeliveriesIT.PANEL,
        "casereview.boards[1].id=stoke-on-trent",
        "casereview.boards[1].name=Stoke-on-Trent",
        "casereview.boards[1].chairs.slack[0]=" + SlackDeliveriesIT.STOKE_CHAIR})
@Import(HandClock.class)
class SlackDeliveriesIT {
    static final String SECRET = "deliveries-it-signing-secret-0123456789abcdef";
    static final String CHAIR = "UCHAIR31";
    static final String PANEL = "CPANEL31";
    static final String STOKE_CHAIR = "UCHAIR32";
    private static final Duration WAIT = Duration.ofSeconds(60);

    static final StubSlackApi SLACK = StubSlackApi.started();

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
    ReminderSweeper sweeper;
    @Autowired
    CaseConfiguration.FollowUpSweep followUpSweep;
    @Autowired
    Conversations conversations;
    private SlackRequests slack;

    @BeforeEach
    void client() {
        slack = new SlackRequests(SECRET, "http://127.0.0.1:" + port + "/slack/events");
    }

    private SlackDriver practitioner(String user, String chair) {
        return new SlackDriver(slack, SLACK, conversations, user, chair, "UPANEL31");
    }

    private static List<StubSlackApi.Call> posts(String channel, String text, String reference) {
        return SLACK.postsTo(channel).stream().filter(call -> call.get("text").startsWith(text)
                && call.toString().contains(reference)).toList();
    }

    /** The case's decision cards posted anywhere: its Chair's DM, or the panel channel with the Chair mentioned. */
    private static List<StubSlackApi.Call> cards(String reference) {
        return SLACK.calls("chat.postMessage").stream().filter(call -> call.get("text").equals("Decision needed: "
                + reference)).toList();
    }

    private List<DeliveryJob> slackJobs(CaseId id) {
        return deliveries.ofCase(id.value()).stream().filter(job -> job.platform() == Platform.SLACK).toList();
    }

    private Optional<DeliveryJob> cardJob(CaseId id) {
        return slackJobs(id).stream().filter(job -> job.kind().equals(FollowUp.Kind.POST_DECISION_CARD.name()))
                .findFirst();
    }

    @Test
    void slackAnswering429ToThePanelChannelHoldsBackItsCopiesWhichArriveOnceEachAfterItRecovers() {
        String reference = "SCR-2026-631";
        CaseId id = new CaseId("staffordshire/" + reference);
        SLACK.throttle("chat.postMessage", params -> PANEL.equals(params.get("channel")));
        try {
            // Every turn of the referral is answered in the practitioner's DM while the panel channel is throttled.
            practitioner("UPRAC031", CHAIR).refer(ReferralAnswers.seriousCaseReview(reference, "yesterday"));
            CaseRecord record = cases.find(id).orElseThrow();
            Instant remindAt = ReminderPolicy.englandAndWales().next(DeadlineKind.CHAIR_DECISION,
                    record.deadline(DeadlineKind.CHAIR_DECISION).orElseThrow().due(), HandClock.CLOCK.instant())
                    .orElseThrow().at();
            assertThat(sweeper.sweep(remindAt)).as("reminders handed over (this case's among them)").isPositive();
            Eventually.await("the card, the note and the reminder each refused once", () -> slackJobs(id).stream()
                    .filter(job -> !job.kind().equals("CARD_UNDELIVERED")).count() == 3
                    && slackJobs(id).stream().allMatch(job -> job.attempts() == 1), WAIT);
            assertThat(SLACK.calls("chat.postMessage#429")).isNotEmpty();
            assertThat(SLACK.postsTo(PANEL)).noneMatch(call -> call.toString().contains(reference));
        } finally {
            SLACK.recover();
        }

        // A minute on, the wait after one refusal is over; the follow-up sweep wakes the platform.
        HandClock.CLOCK.advance(DeliveryJob.waitAfter(1));
        followUpSweep.sweep();

        // The Chair has never written to the app, so the card and the reminder's copy for them go to the panel
        // channel with them mentioned, as on every platform.
        Eventually.await("the panel's copies and the card", () -> !cards(reference).isEmpty()
                && !posts(PANEL, "New referral " + reference, reference).isEmpty()
                && !posts(PANEL, "Reminder: ", reference).isEmpty(), WAIT);
        Eventually.await("every delivery of the case done", () -> deliveries.ofCase(id.value()).stream()
                .allMatch(job -> job.status() == DeliveryJob.Status.DONE), WAIT);
        assertThat(cards(reference)).hasSize(1);
        assertThat(posts(PANEL, "New referral " + reference, reference)).hasSize(1);
        assertThat(posts(PANEL, "Reminder: ", reference)).hasSize(1);
        assertThat(posts(PANEL, "Reminder: ", reference).get(0).get("blocks")).contains("@" + CHAIR)
                .contains("for your attention.");
        assertThat(posts("D" + CHAIR, "Reminder: ", reference)).isEmpty();
    }

    @Test
    void aChairWhoWritesWhileTheirCardsFirstPostIsInFlightGetsTheCardOnce() throws Exception {
        String reference = "SOT-2026-641";
        CaseId id = new CaseId("stoke-on-trent/" + reference);
        String chairDm = "D" + STOKE_CHAIR;
        slack.directMessage(STOKE_CHAIR, "help");
        Eventually.await("the Chair's DM known", () -> !SLACK.postsTo(chairDm).isEmpty(), WAIT);
        StubSlackApi.Hold firstPost = SLACK.hold("chat.postMessage", params -> chairDm.equals(params.get("channel"))
                && params.getOrDefault("text", "").startsWith("Decision needed: " + reference));

        Map<String, String> answers = new LinkedHashMap<>(ReferralAnswers.seriousCaseReview(reference, "yesterday"));
        answers.put("board", "stoke-on-trent");
        practitioner("UPRAC032", STOKE_CHAIR).refer(answers);
        assertThat(firstPost.awaitArrival(WAIT)).as("the card's first post reached Slack").isTrue();

        // The Chair writes while that post is in flight: their turn is answered (after the arrival was told).
        int seen = SLACK.postsTo(chairDm).size();
        slack.directMessage(STOKE_CHAIR, "hi");
        Eventually.await("the answer to the Chair", () -> SLACK.postsTo(chairDm).size() > seen, WAIT);
        firstPost.release();

        Eventually.await("the card's delivery done", () -> cardJob(id).map(job -> job.status()
                == DeliveryJob.Status.DONE).orElse(false), WAIT);
        assertThat(posts(chairDm, "Decision needed: " + reference, reference)).hasSize(1);
    }
}
