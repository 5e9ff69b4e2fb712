package uk.lscb.casereview.adapters.slack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.DeliveryPort;
import uk.lscb.casereview.core.delivery.DeliveryPortContract;
import uk.lscb.casereview.core.delivery.Destination;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

/** Slack's delivery port through the Slack API client against the stub Web API. */
class SlackDeliveryPortIT extends DeliveryPortContract {
    private final SlackFixture f;

    SlackDeliveryPortIT() throws Exception {
        f = new SlackFixture();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Override
    protected DeliveryPort port() {
        f.addresses.save(new Addresses.Address(Platform.SLACK, Addresses.Kind.PERSON, SlackFixture.CHAIR,
                "D" + SlackFixture.CHAIR));
        return f.assistant.deliveryPort();
    }

    @Override
    protected UserRef reachable() {
        return new UserRef(Platform.SLACK, SlackFixture.CHAIR, "Pat Chair");
    }

    @Override
    protected UserRef unreachable() {
        return new UserRef(Platform.SLACK, "UNOBODY1", "Someone");
    }

    @Override
    protected BoardId board() {
        return SlackFixture.STAFFORDSHIRE;
    }

    /** Each message posted in the channel, as its last chat.update left it. */
    @Override
    protected List<String> shownAt(Destination destination) {
        String channel = destination instanceof Destination.Chat ? "D" + SlackFixture.CHAIR : SlackFixture.PANEL;
        Map<String, String> shown = new LinkedHashMap<>();
        for (StubSlackApi.Call call : f.slack.all()) {
            if (!channel.equals(call.get("channel"))) {
                continue;
            }
            if (call.method().equals("chat.postMessage")) {
                shown.put(call.get("posted_ts"), call.get("text") + " " + call.get("blocks"));
            } else if (call.method().equals("chat.update")) {
                shown.replace(call.get("ts"), call.get("text") + " " + call.get("blocks"));
            }
        }
        return new ArrayList<>(shown.values());
    }

    @Override
    protected boolean refuseNextPost() {
        f.slack.refuse("chat.postMessage", 1);
        return true;
    }

    /** Slack answers message_not_found, as it does to a change to a message deleted in its channel. */
    @Override
    protected boolean deleteBeforeNextChange() {
        f.slack.refuse("chat.update", 1, "message_not_found");
        return true;
    }
}
