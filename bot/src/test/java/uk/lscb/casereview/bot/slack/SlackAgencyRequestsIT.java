package uk.lscb.casereview.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.adapters.slack.SlackRequests.blocks;
import static uk.lscb.casereview.adapters.slack.SlackRequests.buttonValues;
import static uk.lscb.casereview.core.driver.Eventually.await;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lscb.casereview.adapters.slack.SlackDriver;
import uk.lscb.casereview.adapters.slack.SlackRequests;
import uk.lscb.casereview.adapters.slack.StubSlackApi;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.HandClock;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.driver.ReferralAnswers;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.reminders.ReminderSweeper;
import uk.lscb.casereview.core.requests.AgencyRequest;
import uk.lscb.casereview.core.requests.AgencyRequestService;
import uk.lscb.casereview.core.requests.AgencyRequests;
import uk.lscb.casereview.core.requests.LegalBasis;

/**
 * Agencies' requests in Slack, through Bolt's real servlet and a stub Web API: the business manager asks in their
 * DM; the police's contact gets Block Kit in their DM with the legal basis and Mark provided; the overdue reminder
 * reaches the panel channel, the contact and the Chair; the contact marks it provided (their message loses its
 * button), a stale press in the panel channel says who provided it and when, and a practitioner is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "SLACK_BOT_TOKEN=xoxb-test-token",
        "SLACK_SIGNING_SECRET=" + SlackAgencyRequestsIT.SECRET,
        "server.address=127.0.0.1",
        "casereview.reminders.first-sweep-after=PT1H",
        "casereview.boards[0].id=staffordshire",
        "casereview.boards[0].name=Staffordshire",
        "casereview.boards[0].chairs.slack[0]=" + SlackAgencyRequestsIT.CHAIR,
        "casereview.boards[0].business-managers.slack[0]=" + SlackAgencyRequestsIT.MANAGER,
        "casereview.boards[0].panel-channels.slack=" + SlackAgencyRequestsIT.PANEL})
@Import(SlackAgencyRequestsIT.Clocked.class)
class SlackAgencyRequestsIT {
    /** The application's clock: this test's own, standing at {@link FixedClock}'s time until moved on by hand. */
    private static final HandClock.Moving CLOCK = HandClock.Moving.startingAt(FixedClock.CLOCK.instant());

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocked {
        @Bean
        @Primary
        Clock agencyRequestsClock() {
            return CLOCK;
        }
    }

    static final String SECRET = "agency-it-signing-secret-0123456789abcdef";
    static final String CHAIR = "UCHAIRA1";
    static final String MANAGER = "UMANAGE1";
    static final String PANEL = "CPANELA1";
    private static final String PRACTITIONER = "UPRACA01";
    private static final String POLICE = "UPOLICE1";
    private static final String PANEL_MEMBER = "UPANELA1";
    private static final String REFERENCE = "SCR-2026-721";

    static final StubSlackApi SLACK = startStub();

    private static StubSlackApi startStub() {
        StubSlackApi stub = StubSlackApi.started();
        stub.name(POLICE, "Robin Police");
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
    AgencyRequests requests;
    @Autowired
    ReminderSweeper sweeper;
    @Autowired
    Conversations conversations;
    SlackRequests slack;

    @BeforeEach
    void client() {
        slack = new SlackRequests(SECRET, "http://127.0.0.1:" + port + "/slack/events");
    }

    @Test
    void theContactIsToldInTheirDmRemindedEscalatedAndMarksItProvided() throws Exception {
        slack.directMessage(CHAIR, "help");
        slack.directMessage(POLICE, "hello");
        new SlackDriver(slack, SLACK, conversations, PRACTITIONER, CHAIR, PANEL_MEMBER)
                .refer(ReferralAnswers.seriousCaseReview(REFERENCE, "20 Oct 2026"));
        CaseId caseId = new CaseId("staffordshire/" + REFERENCE);
        await("the case", () -> cases.find(caseId).isPresent());

        slack.directMessage(PRACTITIONER, "request " + REFERENCE + " agency: Staffordshire Police; contact: none; "
                + "due: 4/12/2026; asks: records");
        awaitPost("D" + PRACTITIONER, call -> call.toString().contains("Only the Staffordshire Chair, business "
                + "manager or an administrator can ask an agency for information."));
        assertThat(requests.ofCase(caseId)).isEmpty();

        slack.directMessage(MANAGER, "request " + REFERENCE + " agency: Staffordshire Police; contact: " + POLICE
                + "; due: 4/12/2026; asks: a chronology of police contact");
        awaitPost("D" + MANAGER, call -> call.toString().contains("Information requested from Staffordshire Police "
                + "(request 1 on " + REFERENCE + "), due 4 December 2026."));

        String markProvided = new ButtonAction.MarkProvided(caseId.value(), 1).payload();
        StubSlackApi.Call told = awaitPost("D" + POLICE, call -> call.get("text").startsWith("Information requested "
                + "from Staffordshire Police on case " + REFERENCE));
        assertThat(blocks(told).toString()).contains("a chronology of police contact", LegalBasis.QUOTATION);
        assertThat(buttonValues(told)).containsExactly(markProvided);
        StubSlackApi.Call note = awaitPost(PANEL, call -> call.get("text").startsWith("Information requested from "
                + "Staffordshire Police (request 1 on " + REFERENCE + ")"));
        assertThat(note.toString()).doesNotContain("chronology");

        // A week overdue: the panel channel, the contact and, escalated, the Chair.
        sweeper.sweep(CLOCK.moveTo(London.at(LocalDate.of(2026, 12, 11), ReminderPolicy.SEND_AT)));
        String overdue = "Overdue: an agency's information on " + REFERENCE + " was due on 4 December 2026";
        StubSlackApi.Call inPanel = awaitPost(PANEL, call -> call.get("text").equals(overdue));
        awaitPost("D" + CHAIR, call -> call.get("text").equals(overdue));
        StubSlackApi.Call reminded = awaitPost("D" + POLICE, call -> call.get("text").startsWith("Overdue: information "
                + "for case " + REFERENCE));
        assertThat(buttonValues(reminded)).containsExactly(markProvided);

        // The contact marks it provided from their first message: it loses its button and says so.
        slack.press(POLICE, "D" + POLICE, told, markProvided);
        await("provided", () -> requests.find(caseId, 1).orElseThrow().isProvided());
        await("the message updated", () -> SLACK.calls("chat.update").stream()
                .anyMatch(call -> call.get("ts").equals(told.get("posted_ts"))));
        StubSlackApi.Call updated = SLACK.calls("chat.update").stream()
                .filter(call -> call.get("ts").equals(told.get("posted_ts"))).findFirst().orElseThrow();
        assertThat(buttonValues(updated)).isEmpty();
        assertThat(blocks(updated).toString()).contains("Marked provided: the information from Staffordshire Police");

        // A stale press in the panel channel says who provided it and when, and changes nothing.
        int ephemerals = SLACK.calls("chat.postEphemeral").size();
        slack.press(PANEL_MEMBER, PANEL, inPanel, markProvided);
        await("the answer", () -> SLACK.calls("chat.postEphemeral").size() > ephemerals);
        assertThat(SLACK.calls("chat.postEphemeral").get(ephemerals).get("text")).isEqualTo("This information was "
                + "already marked provided by Robin Police on 11 December 2026 at 09:00.");
        assertThat(requests.find(caseId, 1).orElseThrow().provided().orElseThrow().who().id()).isEqualTo(POLICE);
        awaitPost(PANEL, call -> call.get("text").startsWith("Information provided from Staffordshire Police"));
    }

    @Test
    void theFormFromCaseOpensAsAModalWhoseContactIsChosenFromTheWorkspaceARefusalShownBesideItsField()
            throws Exception {
        String reference = "SCR-2026-722";
        // Its own referrer: the two tests share the application, and each referral a conversation.
        new SlackDriver(slack, SLACK, conversations, "UPRACA02", CHAIR, PANEL_MEMBER)
                .refer(ReferralAnswers.seriousCaseReview(reference, "20 Oct 2026"));
        CaseId caseId = new CaseId("staffordshire/" + reference);
        await("the case", () -> cases.find(caseId).isPresent());
        String open = new ButtonAction.OpenStep(caseId.value(), AgencyRequestService.FORM_STEP).payload();

        slack.directMessage(MANAGER, "case " + reference);
        StubSlackApi.Call overview = awaitPost("D" + MANAGER, call -> buttonValues(call).contains(open));
        int opened = SLACK.calls("views.open").size();
        slack.press(MANAGER, "D" + MANAGER, overview, open);
        await("the form's modal", () -> SLACK.calls("views.open").size() > opened);
        JsonObject modal = StubSlackApi.json(SLACK.calls("views.open").get(opened).get("view")).getAsJsonObject();
        assertThat(modal.toString()).contains("Ask an agency for information: " + reference, "\"users_select\"");

        Map<String, String> values = new HashMap<>(Map.of(AgencyRequestService.AGENCY, "Staffordshire Police",
                AgencyRequestService.CONTACT, POLICE, AgencyRequestService.ASKED, "Everything on Jane Smith",
                AgencyRequestService.DUE, "2026-12-18"));
        JsonObject refused = StubSlackApi.json(slack.submit(MANAGER, modal, values).body()).getAsJsonObject();
        assertThat(refused.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(refused.getAsJsonObject("errors").keySet()).containsExactly(AgencyRequestService.ASKED);
        assertThat(requests.ofCase(caseId)).isEmpty();

        values.put(AgencyRequestService.ASKED, "A chronology of police contact with the family");
        assertThat(slack.submit(PRACTITIONER, modal, values).body()).contains("errors", "Only the Staffordshire Chair");
        assertThat(requests.ofCase(caseId)).isEmpty();

        assertThat(slack.submit(MANAGER, modal, values).body()).doesNotContain("errors");
        AgencyRequest asked = requests.find(caseId, 1).orElseThrow();
        assertThat(asked.contact()).contains(new UserRef(Platform.SLACK, POLICE, null));
        assertThat(asked.due()).isEqualTo(LocalDate.of(2026, 12, 18));
        awaitPost("D" + POLICE, call -> call.get("text").startsWith("Information requested from Staffordshire Police "
                + "on case " + reference));
    }

    private static StubSlackApi.Call awaitPost(String channel, Predicate<StubSlackApi.Call> match) {
        try {
            await("a post to " + channel, () -> SLACK.postsTo(channel).stream().anyMatch(match));
        } catch (AssertionError missing) {
            throw new AssertionError(missing.getMessage() + " among " + SLACK.postsTo(channel), missing);
        }
        return SLACK.postsTo(channel).stream().filter(match).reduce((first, later) -> later).orElseThrow();
    }
}
