package uk.lscb.casereview.adapters.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import uk.lscb.casereview.core.boards.BoardId;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.boards.Roles.PlatformId;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.port.DecisionRequests;
import uk.lscb.casereview.core.port.memory.InMemoryAddresses;
import uk.lscb.casereview.core.port.memory.InMemoryCases;
import uk.lscb.casereview.core.port.memory.InMemoryConversations;
import uk.lscb.casereview.core.port.memory.InMemoryTranscripts;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * The Slack app on a real servlet container on a random port, through the real Bolt library, with its
 * Web API calls going to a local stub and the core on in-memory ports.
 */
final class SlackFixture implements AutoCloseable {
    static final String SECRET = "test-signing-secret-0123456789abcdef";
    static final BoardId STAFFORDSHIRE = new BoardId("staffordshire");
    static final String CHAIR = "UCHAIR01";
    static final String ADMIN = "UADMIN01";
    static final String PRACTITIONER = "UPRAC001";
    static final String PANEL = "CPANEL01";

    final StubSlackApi slack = new StubSlackApi();
    final InMemoryCases cases = new InMemoryCases();
    final InMemoryAddresses addresses = new InMemoryAddresses();
    final InMemoryTranscripts transcripts = new InMemoryTranscripts();
    final Roles roles = new Roles(
            Map.of(STAFFORDSHIRE, Set.of(new PlatformId("slack", CHAIR))),
            Map.of(STAFFORDSHIRE, Set.of(new PlatformId("slack", ADMIN))));
    final Boards boards = Boards.staffordshireAndStoke();
    final Clock clock = Clock.fixed(Instant.now(), ZoneId.of("Europe/London"));
    final AtomicReference<DecisionRequests> listenerTarget = new AtomicReference<>();
    final CaseService caseService;
    final SlackAssistant assistant;
    private final Tomcat tomcat;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger events = new AtomicInteger();

    SlackFixture() throws Exception {
        slack.name(CHAIR, "Pat Chair");
        slack.name(PRACTITIONER, "Sam Practitioner");
        RulePacks packs = new RulePacks(List.of(Wt2015.pack()));
        caseService = new CaseService(cases, roles, boards, packs, clock, (before, after, action) -> {
            DecisionRequests target = listenerTarget.get();
            if (target != null) {
                target.update(after, caseService().card(after));
            }
        });
        ScopingService scoping = new ScopingService(new Conversation(Wt2015.pack(), boards, clock),
                new InMemoryConversations(), transcripts, cases, clock);
        assistant = new SlackAssistant(SlackSettings.http("xoxb-test-token", SECRET, slack.url()), scoping,
                caseService, addresses, roles, boards, Map.of(STAFFORDSHIRE, PANEL), clock,
                Optional.of(new SlackAssistant.Records(cases, transcripts)));
        listenerTarget.set(assistant.decisionRequests());
        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("slack-it-tomcat").toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "slack", assistant.servlet());
        context.addServletMappingDecoded("/slack/events", "slack");
        tomcat.start();
        port = connector.getLocalPort();
    }

    private CaseService caseService() {
        return caseService;
    }

    // ---- signed requests ----------------------------------------------------------------------

    HttpResponse<String> send(String body, String contentType, long timestamp, String signature,
                              Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> signed(String body, String contentType, Map<String, String> headers) throws Exception {
        long now = Instant.now().getEpochSecond();
        String signature = new SlackSignature.Generator(SECRET).generate(String.valueOf(now), body);
        return send(body, contentType, now, signature, headers);
    }

    HttpResponse<String> command(String user, String channel, String text) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy");
        form.put("team_id", "T0001");
        form.put("channel_id", channel);
        form.put("user_id", user);
        form.put("user_name", user.toLowerCase());
        form.put("command", "/casereview");
        form.put("text", text);
        form.put("response_url", "https://hooks.slack.invalid/commands/T0001/1/x");
        form.put("trigger_id", "trigger-" + events.incrementAndGet());
        form.put("api_app_id", "A0001");
        return signed(form(form), "application/x-www-form-urlencoded", Map.of());
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    String eventBody(String eventId, JsonObject event) {
        JsonObject body = new JsonObject();
        body.addProperty("token", "legacy");
        body.addProperty("team_id", "T0001");
        body.addProperty("api_app_id", "A0001");
        body.addProperty("type", "event_callback");
        body.addProperty("event_id", eventId);
        body.addProperty("event_time", Instant.now().getEpochSecond());
        body.add("event", event);
        return body.toString();
    }

    HttpResponse<String> directMessage(String user, String text) throws Exception {
        return directMessage(user, text, "Ev" + events.incrementAndGet(), Map.of());
    }

    HttpResponse<String> directMessage(String user, String text, String eventId, Map<String, String> headers)
            throws Exception {
        JsonObject event = new JsonObject();
        event.addProperty("type", "message");
        event.addProperty("channel_type", "im");
        event.addProperty("channel", "D" + user);
        event.addProperty("user", user);
        event.addProperty("text", text);
        event.addProperty("ts", "1790000100." + String.format("%06d", events.incrementAndGet()));
        event.addProperty("event_ts", event.get("ts").getAsString());
        return signed(eventBody(eventId, event), "application/json", headers);
    }

    HttpResponse<String> mention(String user, String channel, String text) throws Exception {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_mention");
        event.addProperty("channel", channel);
        event.addProperty("user", user);
        event.addProperty("text", "<@UBOT> " + text);
        event.addProperty("ts", "1790000200." + String.format("%06d", events.incrementAndGet()));
        event.addProperty("event_ts", event.get("ts").getAsString());
        return signed(eventBody("Ev" + events.incrementAndGet(), event), "application/json", Map.of());
    }

    HttpResponse<String> press(String user, String channel, String messageTs, String actionId, String value)
            throws Exception {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        payload.add("team", object("id", "T0001"));
        JsonObject who = object("id", user);
        who.addProperty("username", user.toLowerCase());
        who.addProperty("name", user.toLowerCase());
        who.addProperty("team_id", "T0001");
        payload.add("user", who);
        payload.addProperty("api_app_id", "A0001");
        payload.addProperty("token", "legacy");
        payload.addProperty("trigger_id", "trigger-" + events.incrementAndGet());
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", messageTs);
        container.addProperty("channel_id", channel);
        container.addProperty("is_ephemeral", false);
        payload.add("container", container);
        payload.add("channel", object("id", channel));
        JsonObject action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", "b" + events.incrementAndGet());
        action.addProperty("value", value);
        action.addProperty("action_ts", "1790000300." + String.format("%06d", events.incrementAndGet()));
        JsonArray actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        return signed("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of());
    }

    /** Submits the modal last opened with views.open, with these values (checkbox: "true" ticks it). */
    HttpResponse<String> submit(String user, JsonObject view, Map<String, String> values) throws Exception {
        JsonObject state = new JsonObject();
        for (JsonElement element : view.getAsJsonArray("blocks")) {
            JsonObject block = element.getAsJsonObject();
            if (!block.get("type").getAsString().equals("input")) {
                continue;
            }
            String id = block.get("block_id").getAsString();
            JsonObject input = block.getAsJsonObject("element");
            String type = input.get("type").getAsString();
            JsonObject value = new JsonObject();
            value.addProperty("type", type);
            String given = values.get(id);
            switch (type) {
                case "static_select" -> {
                    if (given != null) {
                        value.add("selected_option", object("value", given));
                    } else {
                        value.add("selected_option", com.google.gson.JsonNull.INSTANCE);
                    }
                }
                case "checkboxes" -> {
                    JsonArray selected = new JsonArray();
                    if ("true".equals(given)) {
                        selected.add(object("value", "true"));
                    }
                    value.add("selected_options", selected);
                }
                default -> {
                    if (given != null) {
                        value.addProperty("value", given);
                    } else {
                        value.add("value", com.google.gson.JsonNull.INSTANCE);
                    }
                }
            }
            JsonObject byAction = new JsonObject();
            byAction.add(input.get("action_id").getAsString(), value);
            state.add(id, byAction);
        }
        JsonObject submitted = view.deepCopy();
        submitted.addProperty("id", "V0001");
        JsonObject stateWrapper = new JsonObject();
        stateWrapper.add("values", state);
        submitted.add("state", stateWrapper);
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "view_submission");
        payload.add("team", object("id", "T0001"));
        JsonObject who = object("id", user);
        who.addProperty("username", user.toLowerCase());
        who.addProperty("name", user.toLowerCase());
        payload.add("user", who);
        payload.addProperty("api_app_id", "A0001");
        payload.addProperty("token", "legacy");
        payload.addProperty("trigger_id", "trigger-" + events.incrementAndGet());
        payload.add("view", submitted);
        return signed("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of());
    }

    static JsonObject object(String key, String value) {
        JsonObject object = new JsonObject();
        object.addProperty(key, value);
        return object;
    }

    // ---- reading what was sent ----------------------------------------------------------------

    static JsonArray blocks(StubSlackApi.Call call) {
        String blocks = call.get("blocks");
        return blocks.isEmpty() ? new JsonArray() : StubSlackApi.json(blocks).getAsJsonArray();
    }

    /** Every button value in a message's blocks, in order. */
    static List<String> buttonValues(StubSlackApi.Call call) {
        List<String> values = new ArrayList<>();
        for (JsonElement element : blocks(call)) {
            JsonObject block = element.getAsJsonObject();
            if (block.has("elements") && block.get("type").getAsString().equals("actions")) {
                block.getAsJsonArray("elements").forEach(e -> values.add(e.getAsJsonObject().get("value").getAsString()));
            }
            if (block.has("accessory") && block.getAsJsonObject("accessory").has("value")) {
                values.add(block.getAsJsonObject("accessory").get("value").getAsString());
            }
        }
        return values;
    }

    static String actionIdOf(StubSlackApi.Call call, String value) {
        for (JsonElement element : blocks(call)) {
            JsonObject block = element.getAsJsonObject();
            if (block.get("type").getAsString().equals("actions")) {
                for (JsonElement e : block.getAsJsonArray("elements")) {
                    if (e.getAsJsonObject().get("value").getAsString().equals(value)) {
                        return e.getAsJsonObject().get("action_id").getAsString();
                    }
                }
            }
        }
        throw new AssertionError("no button with value " + value);
    }

    List<StubSlackApi.Call> postsTo(String channel) {
        return slack.calls("chat.postMessage").stream().filter(call -> call.get("channel").equals(channel)).toList();
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out waiting for: " + what);
    }

    @Override
    public void close() throws Exception {
        assistant.stop();
        tomcat.stop();
        tomcat.destroy();
        slack.close();
    }
}
