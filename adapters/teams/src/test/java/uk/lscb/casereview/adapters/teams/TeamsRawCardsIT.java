package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.messages.Reply;

/**
 * A card goes to the Bot Connector (the real SDK's client, against the stub) as the JSON it was built as, whether
 * posted or updated, and the activity that carried it still holds its card afterwards; an activity's own JSON is
 * what the schema writes, a key with a dot in it left as it is ({@link UnflattenedJson}).
 */
class TeamsRawCardsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StubConnector connector = new StubConnector();
    private final Proactive proactive = new Proactive(new TeamsBot.Adapter(TeamsSettings.local()), "",
            new ConnectorRetry(1));

    TeamsRawCardsIT() throws Exception {
    }

    @AfterEach
    void stop() {
        connector.close();
    }

    @Test
    void aPostedCardReachesTheConnectorAsBuiltAndTheActivityKeepsItsCard() throws Exception {
        ObjectNode card = card();
        Activity activity = TeamsHandler.cardActivity(card);

        proactive.send(reference(), activity);

        assertThat(connector.last().card()).isEqualTo(JSON.readTree(card.toString()));
        assertThat(activity.getAttachments().get(0).getContent()).isSameAs(card);
    }

    @Test
    void anUpdatedCardReachesTheConnectorAsBuiltAndTheActivityKeepsItsCard() throws Exception {
        ObjectNode card = card();
        Activity activity = TeamsHandler.cardActivity(card);
        activity.setId("posted-1");

        proactive.update(reference(), activity);

        assertThat(connector.updates()).singleElement()
                .satisfies(update -> assertThat(update.card()).isEqualTo(JSON.readTree(card.toString())));
        assertThat(activity.getAttachments().get(0).getContent()).isSameAs(card);
    }

    @Test
    void anActivitysChannelDataReachesTheConnectorWithADottedKeyLeftAsItIs() throws Exception {
        Activity activity = TeamsHandler.cardActivity(card());
        ObjectNode channelData = JSON.createObjectNode();
        channelData.putObject("notification").put("alert", true);
        channelData.put("casereview.board", "staffordshire");
        activity.setChannelData(channelData);
        activity.setSummary("A new referral");

        proactive.send(reference(), activity);

        JsonNode received = connector.last().body();
        assertThat(received.get("channelData")).isEqualTo(channelData);
        assertThat(received.get("summary").asText()).isEqualTo("A new referral");
        assertThat(connector.last().card()).isEqualTo(JSON.readTree(card().toString()));
    }

    /** A card with what a serializer could alter: a key with a dot, a backslash, a non-ASCII character, a number. */
    private static ObjectNode card() {
        ObjectNode card = TeamsCards.reply(new Reply.Say(
                "Recommendation: Serious Case Review – “the statutory criteria are met”", List.of()));
        card.putObject("metadata").put("webUrl.of.case", "https://example.org/board/case?ref=SCR-2026-050")
                .put("path", "C:\\reviews\\SCR.txt").put("version", 1.5);
        return card;
    }

    private ConversationReference reference() {
        return ActivityJson.reference(connector.url(), "a:chair-chat", "29:chair");
    }
}
