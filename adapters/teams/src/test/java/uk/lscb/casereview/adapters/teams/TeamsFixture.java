package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import uk.lscb.casereview.core.boards.BoardId;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.port.memory.InMemoryAddresses;
import uk.lscb.casereview.core.port.memory.InMemoryCases;
import uk.lscb.casereview.core.port.memory.InMemoryConversations;
import uk.lscb.casereview.core.port.memory.InMemoryTranscripts;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/** The whole Teams side wired to core's in-memory ports, and real Teams activity JSON to feed it. */
final class TeamsFixture {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/London"));
    static final BoardId STAFFORDSHIRE = new BoardId("staffordshire");
    static final String CHAIR_AAD = "00000000-0000-0000-0000-00000000c4a1";
    static final String ADMIN_AAD = "00000000-0000-0000-0000-0000000ad411";
    static final String PRACTITIONER_AAD = "00000000-0000-0000-0000-0000000p4ac1".replace('p', '7');
    static final String TENANT = "11111111-2222-3333-4444-555555555555";
    static final String BOT_ID = "28:case-review-bot";

    final InMemoryAddresses addresses = new InMemoryAddresses();
    final InMemoryCases cases = new InMemoryCases();
    final InMemoryConversations conversations = new InMemoryConversations();
    final InMemoryTranscripts transcripts = new InMemoryTranscripts();
    final Boards boards = Boards.staffordshireAndStoke();
    final Roles roles = new Roles(Map.of(STAFFORDSHIRE, Set.of(new Roles.PlatformId("teams", CHAIR_AAD))),
            Map.of(STAFFORDSHIRE, Set.of(new Roles.PlatformId("teams", ADMIN_AAD))));
    final List<CaseRecord> created = new ArrayList<>();
    final List<CaseRecord> changed = new ArrayList<>();
    final ScopingService scoping = new ScopingService(new Conversation(Wt2015.pack(), boards, CLOCK), conversations,
            transcripts, cases, CLOCK);
    final CaseService caseService = new CaseService(cases, roles, boards, new RulePacks(List.of(Wt2015.pack())),
            CLOCK, (before, after, action) -> changed.add(after));
    final TeamsBot bot;
    private final AtomicInteger ids = new AtomicInteger();
    final String serviceUrl;

    TeamsFixture(TeamsSettings settings, String serviceUrl) {
        this(settings, serviceUrl, Map.of());
    }

    /** With Teams panel channel ids from configuration. */
    TeamsFixture(TeamsSettings settings, String serviceUrl, Map<BoardId, String> panelChannels) {
        this.serviceUrl = serviceUrl;
        this.bot = new TeamsBot(settings, scoping, caseService, addresses, roles, boards, panelChannels, created::add);
    }

    TeamsBot.Response send(ObjectNode activity) {
        return bot.handle(activity.toString(), null);
    }

    // ---- activities ----------------------------------------------------------------------------

    ObjectNode base(String type, String conversationId, String conversationType, String aad, String name) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", type).put("id", "act-" + ids.incrementAndGet()).put("channelId", "msteams")
                .put("serviceUrl", serviceUrl).put("timestamp", "2026-11-28T10:00:00.000Z").put("locale", "en-GB");
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

    ObjectNode submit(String conversationId, String conversationType, String aad, String name, String replyToId,
                      JsonNode data) {
        ObjectNode activity = base("message", conversationId, conversationType, aad, name);
        activity.put("replyToId", replyToId).set("value", data);
        return activity;
    }

    ObjectNode channelMention(String channelConversationId, String aad, String text) {
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
