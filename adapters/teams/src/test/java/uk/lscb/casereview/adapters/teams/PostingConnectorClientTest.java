package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.connector.Conversations;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ResourceResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A turn's messages reach the Bot Connector as the SDK's own connector client sends them, without its reflective
 * walk of every activity: the same request (method, path, headers, body) and the same answer, or the same failure.
 */
class PostingConnectorClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aReplyIsTheRequestTheSdksConnectorClientMakesAndGivesTheConnectorsId() throws Exception {
        try (StubConnector connector = new StubConnector()) {
            PostingConnectorClient client = client(connector);
            Activity reply = reply(connector.url());

            ResourceResponse sdks = sdks(client).replyToActivity(reply).join();
            ResourceResponse ours = client.replyToActivity(reply).join();

            assertThat(connector.activities()).hasSize(2);
            assertSameRequest(connector.activities().get(0), connector.activities().get(1));
            assertThat(connector.activities().get(1).path())
                    .isEqualTo("/v3/conversations/a:practitioner-chat/activities/incoming-1");
            assertThat(connector.activities().get(1).headers().get("X-ms-conversation-id"))
                    .containsExactly("a:practitioner-chat");
            assertThat(ours.getId()).isEqualTo(connector.activities().get(1).givenId());
            assertThat(sdks.getId()).isEqualTo(connector.activities().get(0).givenId());
        }
    }

    @Test
    void aMessageToTheConversationIsTheRequestTheSdksConnectorClientMakes() throws Exception {
        try (StubConnector connector = new StubConnector()) {
            PostingConnectorClient client = client(connector);
            Activity message = reply(connector.url());
            message.setReplyToId(null);

            sdks(client).sendToConversation(message).join();
            ResourceResponse answer = client.sendToConversation(message).join();

            assertThat(connector.activities()).hasSize(2);
            assertSameRequest(connector.activities().get(0), connector.activities().get(1));
            assertThat(connector.activities().get(1).path()).isEqualTo("/v3/conversations/a:practitioner-chat/activities");
            assertThat(answer.getId()).isEqualTo(connector.activities().get(1).givenId());
        }
    }

    @Test
    void aPostTheConnectorRefusesFailsAsTheSdksDoesWithTheConnectorsStatus() throws Exception {
        try (StubConnector connector = new StubConnector()) {
            PostingConnectorClient client = client(connector);
            Conversations sdks = sdks(client);

            for (Function<Activity, CompletableFuture<ResourceResponse>> post : List.<Function<Activity,
                    CompletableFuture<ResourceResponse>>>of(sdks::replyToActivity, client::replyToActivity)) {
                connector.failNext(403);
                assertThatThrownBy(post.apply(reply(connector.url()))::join)
                        .isInstanceOf(CompletionException.class)
                        .cause().isInstanceOf(ErrorResponseException.class)
                        .satisfies(refused -> assertThat(((ErrorResponseException) refused).response().code())
                                .isEqualTo(403));
            }
            assertThat(connector.activities()).isEmpty();
        }
    }

    /** This adapter's connector client, as a turn gets it, for the stub connector. */
    private static PostingConnectorClient client(StubConnector connector) {
        return TeamsBot.Adapter.connectorClient(connector.url(), MicrosoftAppCredentials.empty());
    }

    /** The SDK's own client for the same service, on the same HTTP client. */
    private static Conversations sdks(PostingConnectorClient client) {
        return new RestConnectorClient(client.getRestClient()).getConversations();
    }

    private static void assertSameRequest(StubConnector.Call sdks, StubConnector.Call ours) {
        assertThat(ours.method()).isEqualTo(sdks.method());
        assertThat(ours.path()).isEqualTo(sdks.path());
        assertThat(withoutRequestId(ours.headers())).isEqualTo(withoutRequestId(sdks.headers()));
        assertThat(ours.body()).isEqualTo(sdks.body());
    }

    /** The headers but the one the SDK sets to a new random id on every request. */
    private static Map<String, List<String>> withoutRequestId(Map<String, List<String>> headers) {
        Map<String, List<String>> kept = new TreeMap<>(headers);
        assertThat(kept.remove("X-ms-client-request-id")).as("a request id").hasSize(1);
        return kept;
    }

    /** A reply with text and a card, to the practitioner's message. */
    private static Activity reply(String serviceUrl) throws Exception {
        Activity message = ActivityJson.incoming(ActivityTypes.MESSAGE, "incoming-1", serviceUrl, "29:practitioner",
                "a:practitioner-chat");
        Attachment card = new Attachment();
        card.setContentType("application/vnd.microsoft.card.adaptive");
        card.setContent(JSON.readTree("{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"body\":[{\"type\":\"TextBlock\","
                + "\"text\":\"Which board?\",\"wrap\":true}],\"actions\":[{\"type\":\"Action.Execute\","
                + "\"title\":\"Staffordshire\",\"data\":{\"board.id\":\"staffordshire\"}}]}"));
        Activity reply = message.createReply("Which board is this referral for?");
        reply.setAttachments(List.of(card));
        reply.setSuggestedActions(MessageFactory.suggestedActions(List.of("start"), null).getSuggestedActions());
        return reply;
    }
}
