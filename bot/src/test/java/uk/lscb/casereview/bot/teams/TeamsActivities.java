package uk.lscb.casereview.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/** Real Teams activity JSON, posted to the application's {@code /api/messages} as Teams would. */
final class TeamsActivities {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TENANT = "11111111-2222-3333-4444-555555555555";
    static final String BOT_ID = "28:case-review-bot";

    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicInteger ids = new AtomicInteger();
    private final String endpoint;
    private final String serviceUrl;

    TeamsActivities(int port, String serviceUrl) {
        this.endpoint = "http://127.0.0.1:" + port + "/api/messages";
        this.serviceUrl = serviceUrl;
    }

    record Response(int status, String body, String contentType) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    Response post(String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint)).header("Content-Type",
                "application/json").POST(body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response send(ObjectNode activity) {
        return post(activity.toString(), null);
    }

    ObjectNode base(String type, String conversationId, String conversationType, String aad, String name) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", type).put("id", "act-" + ids.incrementAndGet()).put("channelId", "msteams")
                .put("serviceUrl", serviceUrl).put("timestamp", "2026-11-28T12:00:00.000Z").put("locale", "en-GB");
        activity.putObject("from").put("id", "29:" + aad).put("name", name).put("aadObjectId", aad);
        activity.putObject("recipient").put("id", BOT_ID).put("name", "Case Review Assistant");
        activity.putObject("conversation").put("id", conversationId).put("conversationType", conversationType)
                .put("tenantId", TENANT);
        activity.putObject("channelData").putObject("tenant").put("id", TENANT);
        return activity;
    }

    ObjectNode personalText(String conversationId, String aad, String text) {
        ObjectNode activity = base("message", conversationId, "personal", aad, "A Practitioner");
        activity.put("text", text).put("textFormat", "plain");
        return activity;
    }

    ObjectNode invoke(String conversationId, String conversationType, String aad, String name, String replyToId,
                      String verb, JsonNode data) {
        ObjectNode activity = base("invoke", conversationId, conversationType, aad, name);
        activity.put("name", "adaptiveCard/action").put("replyToId", replyToId);
        ObjectNode value = activity.putObject("value");
        value.put("trigger", "manual");
        value.putObject("action").put("type", "Action.Execute").put("verb", verb).set("data", data);
        return activity;
    }

    ObjectNode channelMention(String channelConversationId, String aad, String text) {
        ObjectNode activity = base("message", channelConversationId, "channel", aad, "An Administrator");
        activity.put("text", "<at>Case Review Assistant</at> " + text);
        ObjectNode mention = activity.putArray("entities").addObject();
        mention.put("type", "mention").put("text", "<at>Case Review Assistant</at>");
        mention.putObject("mentioned").put("id", BOT_ID).put("name", "Case Review Assistant");
        ObjectNode channelData = (ObjectNode) activity.get("channelData");
        channelData.putObject("team").put("id", "19:team@thread.tacv2");
        channelData.putObject("channel").put("id", channelConversationId.split(";")[0]);
        return activity;
    }

    ObjectNode botAdded(String conversationId, String conversationType, String aad) {
        ObjectNode activity = base("conversationUpdate", conversationId, conversationType, aad, "Installer");
        activity.putArray("membersAdded").addObject().put("id", BOT_ID);
        if (!conversationType.equals("personal")) {
            ((ObjectNode) activity.get("channelData")).putObject("team").put("id", conversationId);
        }
        return activity;
    }

    static ObjectNode data(String payload) {
        ObjectNode data = JSON.createObjectNode();
        data.put("payload", payload);
        return data;
    }
}
