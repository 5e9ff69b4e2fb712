package uk.lscb.casereview.adapters.teams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import uk.lscb.casereview.core.delivery.DeliveryPort;
import uk.lscb.casereview.core.delivery.DeliveryPortContract;
import uk.lscb.casereview.core.delivery.Destination;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

/** Teams' delivery port through the Bot Framework SDK against the stub Bot Connector. */
class TeamsDeliveryPortIT extends DeliveryPortContract {
    private static final String PANEL = "19:panel@thread.tacv2";
    private static final String CHAIR_CHAT = "a:chair-chat";

    private final StubConnector connector;
    private final TeamsFixture teams;

    TeamsDeliveryPortIT() throws Exception {
        connector = new StubConnector();
        teams = new TeamsFixture(TeamsSettings.local(), connector.url());
    }

    @AfterEach
    void stop() {
        connector.close();
    }

    @Override
    protected DeliveryPort port() {
        teams.send(teams.botAdded(CHAIR_CHAT, "personal", TeamsFixture.CHAIR_AAD));
        teams.send(teams.channelMention(PANEL, TeamsFixture.ADMIN_AAD, "register panel channel for Staffordshire"));
        connector.clear();
        return teams.bot.delivery().withBaseDelayMillis(5);
    }

    @Override
    protected UserRef reachable() {
        return new UserRef(Platform.TEAMS, TeamsFixture.CHAIR_AAD, "The Chair");
    }

    @Override
    protected UserRef unreachable() {
        return new UserRef(Platform.TEAMS, "00000000-0000-0000-0000-0000000000ff", "Someone");
    }

    @Override
    protected BoardId board() {
        return TeamsFixture.STAFFORDSHIRE;
    }

    /** Each card posted to the conversation, as its last update left it. */
    @Override
    protected List<String> shownAt(Destination destination) {
        String conversation = destination instanceof Destination.Chat ? CHAIR_CHAT : PANEL;
        String path = "/v3/conversations/" + conversation + "/activities";
        Map<String, String> shown = new LinkedHashMap<>();
        for (StubConnector.Call call : connector.calls()) {
            if (call.isPost() && call.path().startsWith(path)) {
                shown.put(call.givenId(), call.card().toString());
            } else if (call.isPut() && call.path().startsWith(path + "/")) {
                shown.replace(call.path().substring(path.length() + 1), call.card().toString());
            }
        }
        return new ArrayList<>(shown.values());
    }

    /** The connector answers 403 (not retried: the bot is not allowed there). */
    @Override
    protected boolean refuseNextPost() {
        connector.failNext(403);
        return true;
    }

    /** The connector answers 404, as Teams does to a change to a message deleted in its chat. */
    @Override
    protected boolean deleteBeforeNextChange() {
        connector.failNext(404);
        return true;
    }
}
