package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.RoleTypes;
import java.util.concurrent.atomic.AtomicInteger;

/** Real Teams activity JSON, as the Bot Connector sends it, for tests here and in the application. */
public class ActivityJson {
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String TENANT = "11111111-2222-3333-4444-555555555555";
    public static final String BOT_ID = "28:case-review-bot";

    /** Shared by every instance in the JVM: activity ids are never reused, as on Teams (a redelivery is a repeat). */
    private static final AtomicInteger ids = new AtomicInteger();
    private final String serviceUrl;
    private final String timestamp;

    /**
     * @param serviceUrl where the bot's replies go (a stub Bot Connector)
     * @param timestamp  the activities' timestamp, e.g. {@code 2026-11-28T10:00:00.000Z}
     */
    public ActivityJson(String serviceUrl, String timestamp) {
        this.serviceUrl = serviceUrl;
        this.timestamp = timestamp;
    }

    /** Where a proactive post to a person's 1:1 chat with this bot goes, as a stored address holds it. */
    public static ConversationReference reference(String serviceUrl, String conversationId, String userId) {
        ConversationReference reference = new ConversationReference();
        reference.setServiceUrl(serviceUrl);
        reference.setChannelId("msteams");
        reference.setConversation(new ConversationAccount(conversationId));
        reference.setBot(new ChannelAccount(BOT_ID));
        reference.setUser(new ChannelAccount(userId));
        return reference;
    }

    /** An activity as the SDK holds it once read: of {@code type}, from {@code fromId} in a chat, to this bot. */
    public static Activity incoming(String type, String id, String serviceUrl, String fromId, String conversationId) {
        Activity activity = new Activity(type);
        activity.setId(id);
        activity.setChannelId("msteams");
        activity.setServiceUrl(serviceUrl);
        activity.setFrom(new ChannelAccount(fromId));
        ChannelAccount bot = new ChannelAccount(BOT_ID, "Case Review Assistant");
        bot.setRole(RoleTypes.BOT);
        activity.setRecipient(bot);
        activity.setConversation(new ConversationAccount(conversationId));
        return activity;
    }

    public String serviceUrl() {
        return serviceUrl;
    }

    public ObjectNode base(String type, String conversationId, String conversationType, String aad, String name) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", type).put("id", "act-" + ids.incrementAndGet()).put("channelId", "msteams")
                .put("serviceUrl", serviceUrl).put("timestamp", timestamp).put("locale", "en-GB");
        activity.putObject("from").put("id", "29:" + aad).put("name", name).put("aadObjectId", aad);
        activity.putObject("recipient").put("id", BOT_ID).put("name", "Case Review Assistant");
        activity.putObject("conversation").put("id", conversationId).put("conversationType", conversationType)
                .put("tenantId", TENANT);
        activity.putObject("channelData").putObject("tenant").put("id", TENANT);
        return activity;
    }

    public ObjectNode personalText(String conversationId, String aad, String text) {
        ObjectNode activity = base("message", conversationId, "personal", aad, "A Practitioner");
        activity.put("text", text).put("textFormat", "plain");
        return activity;
    }

    public ObjectNode invoke(String conversationId, String conversationType, String aad, String name, String replyToId,
                      String verb, JsonNode data) {
        ObjectNode activity = base("invoke", conversationId, conversationType, aad, name);
        activity.put("name", "adaptiveCard/action").put("replyToId", replyToId);
        ObjectNode value = activity.putObject("value");
        value.put("trigger", "manual");
        value.putObject("action").put("type", "Action.Execute").put("verb", verb).set("data", data);
        return activity;
    }

    public ObjectNode submit(String conversationId, String conversationType, String aad, String name, String replyToId,
                      JsonNode data) {
        ObjectNode activity = base("message", conversationId, conversationType, aad, name);
        activity.put("replyToId", replyToId).set("value", data);
        return activity;
    }

    public ObjectNode channelMention(String channelConversationId, String aad, String text) {
        ObjectNode activity = base("message", channelConversationId, "channel", aad, "A Practitioner");
        activity.put("text", "<at>Case Review Assistant</at> " + text);
        ObjectNode mention = activity.putArray("entities").addObject();
        mention.put("type", "mention").put("text", "<at>Case Review Assistant</at>");
        mention.putObject("mentioned").put("id", BOT_ID).put("name", "Case Review Assistant");
        ObjectNode channelData = (ObjectNode) activity.get("channelData");
        channelData.putObject("team").put("id", "19:team@thread.tacv2");
        channelData.putObject("channel").put("id", channelConversationId.split(";")[0]);
        return activity;
    }

    public ObjectNode botAdded(String conversationId, String conversationType, String aad) {
        ObjectNode activity = base("conversationUpdate", conversationId, conversationType, aad, "Installer");
        activity.putArray("membersAdded").addObject().put("id", BOT_ID);
        if (!conversationType.equals("personal")) {
            ((ObjectNode) activity.get("channelData")).putObject("team").put("id", conversationId);
        }
        return activity;
    }

    /**
     * An activity as Microsoft's Web Chat sends it through offline-directline: channel {@code emulator}, a
     * conversation with nothing but its id, a sender without {@code aadObjectId}, no recipient.
     */
    public ObjectNode webChat(String conversationId, String userId, String name) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", "message").put("id", "wc-" + ids.incrementAndGet()).put("channelId", "emulator")
                .put("serviceUrl", serviceUrl).put("timestamp", timestamp).put("locale", "en-GB");
        activity.putObject("from").put("id", userId).put("name", name).put("role", "user");
        activity.putObject("conversation").put("id", conversationId);
        return activity;
    }

    public ObjectNode webChatText(String conversationId, String userId, String name, String text) {
        ObjectNode activity = webChat(conversationId, userId, name);
        activity.put("text", text).put("textFormat", "plain");
        return activity;
    }

    /** A pressed Action.Submit as Web Chat posts it: a postBack message with the data, no text, no replyToId. */
    public ObjectNode webChatPostBack(String conversationId, String userId, String name, JsonNode data) {
        ObjectNode activity = webChat(conversationId, userId, name);
        activity.set("value", data);
        activity.putObject("channelData").put("postBack", true);
        return activity;
    }

    public static ObjectNode data(String payload) {
        ObjectNode data = JSON.createObjectNode();
        data.put("payload", payload);
        return data;
    }
}
