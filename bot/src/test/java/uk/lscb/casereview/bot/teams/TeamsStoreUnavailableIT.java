package uk.lscb.casereview.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lscb.casereview.adapters.teams.StubConnector;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.RemoteMongo;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.driver.Eventually;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * Teams while MongoDB is down: a practitioner's message, a newcomer's first one, the Chair's press on a decision
 * card and an administrator registering a panel channel are each answered that nothing has changed and to try again,
 * where the person is. Before, the card's press and the registration got HTTP 503, which Teams shows as its own
 * failure on the card or not at all. The bot added to a Chair's chat or to a team is accepted, and the Chair welcomed
 * (before, 503 and no welcome). MongoDB is real (mongo-java-server over TCP) and is
 * shut down mid-test; a request gives up on it after a second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "casereview.reminders.first-sweep-after=PT1H",
        "casereview.boards[0].id=staffordshire",
        "casereview.boards[0].name=Staffordshire",
        "casereview.boards[0].chairs.teams[0]=" + TeamsStoreUnavailableIT.CHAIR_AAD,
        "casereview.boards[0].administrators.teams[0]=" + TeamsStoreUnavailableIT.ADMIN_AAD,
        "casereview.boards[1].id=stoke-on-trent",
        "casereview.boards[1].name=Stoke-on-Trent"})
@Import(FixedClock.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // MongoDB, once stopped, stays down: the test that needs it first
class TeamsStoreUnavailableIT {
    static final String CHAIR_AAD = "00000000-0000-0000-0000-0000000000c1";
    static final String ADMIN_AAD = "00000000-0000-0000-0000-0000000000a1";
    private static final String PANEL_THREAD = "19:panel@thread.tacv2;messageid=1";
    private static final String PRACTITIONER_AAD = "00000000-0000-0000-0000-000000000001";
    private static final String NEWCOMER_AAD = "00000000-0000-0000-0000-000000000002";
    private static final RemoteMongo MONGO = new RemoteMongo();
    private static StubConnector connector;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("MONGODB_URI", () -> MONGO.uri(Duration.ofSeconds(1)));
    }

    @BeforeAll
    static void startConnector() throws Exception {
        connector = new StubConnector();
    }

    @AfterAll
    static void stop() {
        connector.close();
        MONGO.stop();
    }

    @LocalServerPort
    int port;

    private static List<String> textsTo(String conversation) {
        return connector.activities().stream().filter(call -> call.path().startsWith("/v3/conversations/"
                + conversation + "/")).map(StubConnector.Call::text).toList();
    }

    @Test
    @Order(1)
    void eachPersonWhoWritesOrPressesWhileMongoDbIsDownIsToldNothingChangedAndToTryAgain() {
        TeamsActivities teams = new TeamsActivities(port, connector.url());
        assertThat(teams.send(teams.personalText("a:practitioner", PRACTITIONER_AAD, "start")).status())
                .isLessThan(300);
        int before = textsTo("a:practitioner").size();
        String confirm = ActionCodec.encode(new ButtonAction.Decision(DecisionVerb.CONFIRM,
                "00000000-0000-0000-0000-000000000001", 1));

        MONGO.stop();
        TeamsActivities.Response answered = teams.send(teams.personalText("a:practitioner", PRACTITIONER_AAD,
                "Staffordshire"));
        TeamsActivities.Response firstMessage = teams.send(teams.personalText("a:newcomer", NEWCOMER_AAD, "start"));
        TeamsActivities.Response pressed = teams.send(teams.invoke("a:chair", "personal", CHAIR_AAD, "The Chair",
                "activity-x", "case", TeamsActivities.data(confirm)));
        TeamsActivities.Response registered = teams.send(teams.channelMention(PANEL_THREAD, ADMIN_AAD,
                "register panel channel for Staffordshire"));

        assertThat(List.of(answered.status(), firstMessage.status(), registered.status())).allSatisfy(status ->
                assertThat(status).isLessThan(300));
        Eventually.await("both answered", () -> textsTo("a:practitioner").size() > before
                && !textsTo("a:newcomer").isEmpty());
        assertThat(textsTo("a:practitioner").subList(before, textsTo("a:practitioner").size()))
                .containsExactly(StoreUnavailableException.NOTHING_SAVED);
        assertThat(textsTo("a:newcomer")).containsExactly(StoreUnavailableException.NOTHING_SAVED);
        assertThat(textsTo(PANEL_THREAD)).as("the administrator, in the thread they asked in")
                .containsExactly(StoreUnavailableException.NOTHING_SAVED);
        assertThat(pressed.status()).isEqualTo(200);
        assertThat(pressed.json().path("statusCode").asInt()).isEqualTo(200);
        assertThat(pressed.json().path("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
        assertThat(pressed.json().path("value").asText()).isEqualTo("Sorry, I couldn't save that just now, so "
                + "nothing has changed. Please try again in a minute.");
    }

    @Test
    @Order(2)
    void theBotAddedToAChatOrATeamWhileMongoDbIsDownIsAcceptedAndThePersonWelcomed() {
        TeamsActivities teams = new TeamsActivities(port, connector.url());
        MONGO.stop();

        TeamsActivities.Response chair = teams.send(teams.botAdded("a:chair-installs", "personal", CHAIR_AAD));
        TeamsActivities.Response team = teams.send(teams.botAdded("19:general@thread.tacv2", "channel", ADMIN_AAD));

        assertThat(chair.status()).as("the Chair's install, whose cases can't be read").isLessThan(300);
        assertThat(team.status()).as("the team's install, whose channel can't be saved").isLessThan(300);
        Eventually.await("the Chair welcomed", () -> !textsTo("a:chair-installs").isEmpty());
        assertThat(textsTo("a:chair-installs")).singleElement().asString().startsWith("Hello. I help you decide");
        assertThat(textsTo("19:general@thread.tacv2")).isEmpty();
    }
}
