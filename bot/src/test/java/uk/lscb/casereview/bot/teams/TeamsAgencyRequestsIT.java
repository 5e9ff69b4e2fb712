package uk.lscb.casereview.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.core.driver.Eventually.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import uk.lscb.casereview.adapters.teams.StubConnector;
import uk.lscb.casereview.adapters.teams.TeamsDriver;
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
import uk.lscb.casereview.core.requests.AgencyRequestService;
import uk.lscb.casereview.core.requests.AgencyRequests;
import uk.lscb.casereview.core.requests.LegalBasis;

/**
 * Agencies' requests in Teams, through {@code POST /api/messages}, the real Bot Framework SDK and a stub Bot
 * Connector: the business manager asks in their chat; the police's contact gets an Adaptive Card in their own chat
 * with the legal basis and Mark provided; the overdue reminder reaches the contact and the Chair; the contact marks
 * it provided from the card, and a second press says who and when; a practitioner is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "casereview.reminders.first-sweep-after=PT1H",
        "casereview.boards[0].id=staffordshire",
        "casereview.boards[0].name=Staffordshire",
        "casereview.boards[0].chairs.teams[0]=" + TeamsAgencyRequestsIT.CHAIR_AAD,
        "casereview.boards[0].business-managers.teams[0]=" + TeamsAgencyRequestsIT.MANAGER_AAD})
@Import(TeamsAgencyRequestsIT.Clocked.class)
class TeamsAgencyRequestsIT {
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

    static final String CHAIR_AAD = "00000000-0000-0000-0000-0000000ac4a1";
    static final String MANAGER_AAD = "00000000-0000-0000-0000-0000000b0b01";
    private static final String PRACTITIONER_AAD = "00000000-0000-0000-0000-0000000a7ac1";
    private static final String POLICE_AAD = "00000000-0000-0000-0000-00000000b0b1";
    private static final String CHAIR_CHAT = "a:agency-chair-chat";
    private static final String MANAGER_CHAT = "a:agency-manager-chat";
    private static final String PRACTITIONER_CHAT = "a:agency-practitioner-chat";
    private static final String POLICE_CHAT = "a:agency-police-chat";
    private static final String REFERENCE = "SCR-2026-711";

    private static StubConnector connector;

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
    void theContactIsToldWithTheLegalBasisRemindedEscalatedAndMarksItProvidedFromTheCard() throws Exception {
        // The contact and the Chair have written to the bot before, so it can reach them in their chats.
        teams.send(teams.personalText(POLICE_CHAT, POLICE_AAD, "hello"));
        teams.send(teams.personalText(CHAIR_CHAT, CHAIR_AAD, "hello"));
        driver.refer(ReferralAnswers.seriousCaseReview(REFERENCE, "20 Oct 2026"));
        CaseId caseId = new CaseId("staffordshire/" + REFERENCE);
        await("the case", () -> cases.find(caseId).isPresent());

        teams.send(teams.personalText(PRACTITIONER_CHAT, PRACTITIONER_AAD, "request " + REFERENCE + " agency: "
                + "Staffordshire Police; contact: none; due: 4/12/2026; asks: records"));
        awaitPost(PRACTITIONER_CHAT, text("Only the Staffordshire Chair, business manager or an administrator"));
        assertThat(requests.ofCase(caseId)).isEmpty();

        teams.send(teams.personalText(MANAGER_CHAT, MANAGER_AAD, "request " + REFERENCE + " agency: Staffordshire "
                + "Police; contact: " + POLICE_AAD + "; due: 4/12/2026; asks: a chronology of police contact"));
        awaitPost(MANAGER_CHAT, text("Information requested from Staffordshire Police (request 1 on " + REFERENCE
                + "), due 4 December 2026."));
        teams.send(teams.personalText(MANAGER_CHAT, MANAGER_AAD, "request " + REFERENCE + " agency: Health visiting"
                + " service; contact: none; due: 7/12/2026; asks: health visitor records"));
        awaitPost(MANAGER_CHAT, text("(request 2 on " + REFERENCE + ")"));

        // The contact's card: what is asked, the legal basis in the framework's words, Mark provided.
        StubConnector.Call told = awaitPost(POLICE_CHAT, card("Information requested from Staffordshire Police"));
        String markProvided = new ButtonAction.MarkProvided(caseId.value(), 1).payload();
        // Teams' Markdown shows the quotation's web address as a link to itself, made so on the card.
        String address = "http://www.legislation.gov.uk/ukpga/2004/31";
        assertThat(told.card().toString()).contains("a chronology of police contact",
                LegalBasis.QUOTATION.replace(address, "[" + address + "](" + address + ")"));
        assertThat(TeamsDriver.payloads(told.card())).containsExactly(markProvided);
        assertThat(postsTo(POLICE_CHAT).toString()).doesNotContain("health visitor records");

        // A week overdue (Friday 11 December, 09:00 London): the contact and, escalated, the Chair.
        sweeper.sweep(CLOCK.moveTo(London.at(LocalDate.of(2026, 12, 11), ReminderPolicy.SEND_AT)));
        awaitPost(POLICE_CHAT, card("Overdue: information for case " + REFERENCE + " was due on 4 December 2026"));
        StubConnector.Call escalated = awaitPost(CHAIR_CHAT, card("Overdue: an agency's information on " + REFERENCE
                + " was due on 4 December 2026"));
        assertThat(escalated.card().toString()).contains("Due 7 days ago. Escalated to the Chair.")
                .doesNotContain("Health visiting");

        // Provided from the card: it becomes what was recorded; a second press says who and when.
        TeamsActivities.Response provided = teams.send(teams.invoke(POLICE_CHAT, "personal", POLICE_AAD,
                "Police contact", "card-1", "case", TeamsActivities.data(markProvided)));
        assertThat(provided.status()).isEqualTo(200);
        assertThat(provided.body()).contains("Marked provided: the information from Staffordshire Police");
        TeamsActivities.Response again = teams.send(teams.invoke(POLICE_CHAT, "personal", POLICE_AAD,
                "Police contact", "card-1", "case", TeamsActivities.data(markProvided)));
        assertThat(again.body()).contains("This information was already marked provided by Police contact on 11 "
                + "December 2026 at 09:00.");
        assertThat(requests.find(caseId, 1).orElseThrow().isProvided()).isTrue();
        assertThat(requests.find(caseId, 2).orElseThrow().isProvided()).isFalse();
        // Every card posted with its Mark provided is updated to say it was provided, with no button left: the
        // contact's two (asked, overdue) and the Chair's escalation of its due date.
        String allProvided = "Information due on 4 December 2026 on " + REFERENCE + ": all provided";
        await("the posted cards updated", () -> connector.updates().stream().filter(update -> update.body()
                .toString().contains("Information provided from Staffordshire Police")).count() >= 2
                && connector.updates().stream().anyMatch(update -> update.body().toString().contains(allProvided)));
        assertThat(connector.updates()).filteredOn(update -> update.body().toString().contains("Information provided")
                || update.body().toString().contains(allProvided))
                .allSatisfy(update -> assertThat(update.body().toString()).doesNotContain(markProvided));
    }

    @Test
    void theFormFromCaseIsACardRefusedBesideItsFieldWithWhatWasTypedThenAsksTheAgency() throws Exception {
        String reference = "SCR-2026-712";
        teams.send(teams.personalText(POLICE_CHAT, POLICE_AAD, "hello"));
        // Its own practitioner's chat: the two tests share the application, and each referral a conversation.
        new TeamsDriver(teams, teams.endpoint(), connector, conversations, "a:agency-practitioner-chat-2",
                "00000000-0000-0000-0000-0000000a7ac2", CHAIR_AAD, "not-in-this-test")
                .refer(ReferralAnswers.seriousCaseReview(reference, "20 Oct 2026"));
        CaseId caseId = new CaseId("staffordshire/" + reference);
        await("the case", () -> cases.find(caseId).isPresent());
        String open = new ButtonAction.OpenStep(caseId.value(), AgencyRequestService.FORM_STEP).payload();
        String take = new ButtonAction.TakeStep(caseId.value(), AgencyRequestService.FORM_STEP).payload();

        teams.send(teams.personalText(MANAGER_CHAT, MANAGER_AAD, "case " + reference));
        awaitPost(MANAGER_CHAT, call -> call.card() != null && TeamsDriver.payloads(call.card()).contains(open));
        TeamsActivities.Response form = teams.send(teams.invoke(MANAGER_CHAT, "personal", MANAGER_AAD,
                "Bo Manager", "card-case", "case", TeamsActivities.data(open)));
        assertThat(form.status()).isEqualTo(200);
        StubConnector.Call shown = awaitPost(MANAGER_CHAT, card("Ask an agency for information: " + reference));
        assertThat(TeamsDriver.payloads(shown.card())).containsExactly(take);

        ObjectNode typed = TeamsActivities.data(take);
        typed.put(AgencyRequestService.AGENCY, "Staffordshire Police").put(AgencyRequestService.CONTACT, POLICE_AAD)
                .put(AgencyRequestService.ASKED, "Everything on Jane Smith").put(AgencyRequestService.DUE, "2026-12-18");
        TeamsActivities.Response refused = teams.send(teams.invoke(MANAGER_CHAT, "personal", MANAGER_AAD,
                "Bo Manager", "card-form", "case", typed));
        JsonNode card = refused.json().path("value");
        assertThat(card.toString()).contains("\"id\":\"asked\"", "\"value\":\"Everything on Jane Smith\"",
                "\"value\":\"" + POLICE_AAD + "\"", "I haven't recorded that: the description of what is asked");
        assertThat(requests.ofCase(caseId)).isEmpty();

        typed.put(AgencyRequestService.ASKED, "A chronology of police contact with the family");
        TeamsActivities.Response practitioner = teams.send(teams.invoke(PRACTITIONER_CHAT, "personal",
                PRACTITIONER_AAD, "A practitioner", "card-form", "case", typed));
        assertThat(practitioner.body()).contains("Only the Staffordshire Chair, business manager or an administrator");
        assertThat(requests.ofCase(caseId)).isEmpty();

        TeamsActivities.Response asked = teams.send(teams.invoke(MANAGER_CHAT, "personal", MANAGER_AAD,
                "Bo Manager", "card-form", "case", typed));
        assertThat(asked.body()).contains("Information requested from Staffordshire Police (request 1 on "
                + reference + "), due 18 December 2026.").doesNotContain("Action.");
        assertThat(requests.find(caseId, 1).orElseThrow().contact())
                .contains(new UserRef(Platform.TEAMS, POLICE_AAD, null));
        awaitPost(POLICE_CHAT, card("Information requested from Staffordshire Police on case " + reference));
    }

    private List<StubConnector.Call> postsTo(String conversation) {
        return driver.postsTo(conversation);
    }

    private static Predicate<StubConnector.Call> card(String part) {
        return call -> call.card() != null && call.card().toString().contains(part);
    }

    private static Predicate<StubConnector.Call> text(String part) {
        return call -> String.valueOf(call.text()).contains(part) || (call.card() != null
                && call.card().toString().contains(part));
    }

    private StubConnector.Call awaitPost(String conversation, Predicate<StubConnector.Call> match) {
        try {
            await("a post to " + conversation, () -> postsTo(conversation).stream().anyMatch(match));
        } catch (AssertionError missing) {
            throw new AssertionError(missing.getMessage() + " among " + postsTo(conversation), missing);
        }
        List<StubConnector.Call> found = postsTo(conversation).stream().filter(match).toList();
        return found.get(found.size() - 1);
    }
}
