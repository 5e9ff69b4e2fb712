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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import uk.lscb.casereview.core.driver.Eventually;
import uk.lscb.casereview.core.messages.StepField;

/**
 * Signed requests to a Slack app's {@code /slack/events}, shaped as Slack sends them (slash commands,
 * DM and mention events, block_actions, view_submission), and readers for what the app posted to a
 * {@link StubSlackApi}. Public, in the test-jar, so the application's tests can drive the real servlet.
 */
public class SlackRequests {
    private final String secret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Shared by every client in the JVM: event ids, trigger ids and timestamps are never reused, as on Slack. */
    private static final AtomicInteger events = new AtomicInteger();
    private volatile String url;

    /** Requests signed with this secret, to {@code eventsUrl} (or set later with {@link #target}). */
    public SlackRequests(String secret, String eventsUrl) {
        this.secret = secret;
        this.url = eventsUrl;
    }

    protected void target(String eventsUrl) {
        this.url = eventsUrl;
    }

    public HttpResponse<String> send(String body, String contentType, long timestamp, String signature,
                              Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> signed(String body, String contentType, Map<String, String> headers) throws Exception {
        long now = Instant.now().getEpochSecond();
        String signature = new SlackSignature.Generator(secret).generate(String.valueOf(now), body);
        return send(body, contentType, now, signature, headers);
    }

    public HttpResponse<String> command(String user, String channel, String text) throws Exception {
        return command(user, channel, text, "https://hooks.slack.invalid/commands/T0001/1/x");
    }

    /** The command with the response_url its later answer goes to (a stub's {@code responseUrl()}). */
    public HttpResponse<String> command(String user, String channel, String text, String responseUrl)
            throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy");
        form.put("team_id", "T0001");
        form.put("channel_id", channel);
        form.put("user_id", user);
        form.put("user_name", user.toLowerCase());
        form.put("command", "/casereview");
        form.put("text", text);
        form.put("response_url", responseUrl);
        form.put("trigger_id", "trigger-" + events.incrementAndGet());
        form.put("api_app_id", "A0001");
        return signed(form(form), "application/x-www-form-urlencoded", Map.of());
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    public String eventBody(String eventId, JsonObject event) {
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

    public HttpResponse<String> directMessage(String user, String text) throws Exception {
        return directMessage(user, text, "Ev" + events.incrementAndGet(), Map.of());
    }

    public HttpResponse<String> directMessage(String user, String text, String eventId, Map<String, String> headers)
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

    /** Slack's app_home_opened: the person opened the app's Messages tab (their direct message with it). */
    public HttpResponse<String> appHomeOpened(String user) throws Exception {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", user);
        event.addProperty("channel", "D" + user);
        event.addProperty("tab", "messages");
        event.addProperty("event_ts", "1790000300." + String.format("%06d", events.incrementAndGet()));
        return signed(eventBody("Ev" + events.incrementAndGet(), event), "application/json", Map.of());
    }

    public HttpResponse<String> mention(String user, String channel, String text) throws Exception {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_mention");
        event.addProperty("channel", channel);
        event.addProperty("user", user);
        event.addProperty("text", "<@UBOT> " + text);
        event.addProperty("ts", "1790000200." + String.format("%06d", events.incrementAndGet()));
        event.addProperty("event_ts", event.get("ts").getAsString());
        return signed(eventBody("Ev" + events.incrementAndGet(), event), "application/json", Map.of());
    }

    private HttpResponse<String> press(String user, String channel, String messageTs, String actionId, String value,
                                       JsonObject message) throws Exception {
        JsonObject payload = interaction("block_actions", user, true);
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", messageTs);
        container.addProperty("channel_id", channel);
        container.addProperty("is_ephemeral", false);
        payload.add("container", container);
        payload.add("channel", object("id", channel));
        if (message != null) {
            payload.add("message", message);
        }
        JsonObject action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", "b" + events.incrementAndGet());
        action.addProperty("value", value);
        action.addProperty("action_ts", "1790000300." + String.format("%06d", events.incrementAndGet()));
        return signedInteraction(payload, action);
    }

    /** What every interaction payload Slack sends starts with: its type, the team, the user and a fresh trigger id. */
    private JsonObject interaction(String type, String user, boolean userHasTeamId) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", type);
        payload.add("team", object("id", "T0001"));
        JsonObject who = object("id", user);
        who.addProperty("username", user.toLowerCase());
        who.addProperty("name", user.toLowerCase());
        if (userHasTeamId) {
            who.addProperty("team_id", "T0001");
        }
        payload.add("user", who);
        payload.addProperty("api_app_id", "A0001");
        payload.addProperty("token", "legacy");
        payload.addProperty("trigger_id", "trigger-" + events.incrementAndGet());
        return payload;
    }

    /** Sends a block_actions payload with its one action, signed and form-encoded as Slack does. */
    private HttpResponse<String> signedInteraction(JsonObject payload, JsonObject action) throws Exception {
        JsonArray actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        return signed("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of());
    }

    /** Presses the button with this value on a message the app posted (Slack sends the message along). */
    public HttpResponse<String> press(String user, String channel, StubSlackApi.Call message, String value)
            throws Exception {
        JsonObject posted = new JsonObject();
        posted.addProperty("type", "message");
        posted.addProperty("ts", message.get("posted_ts"));
        posted.addProperty("text", message.get("text"));
        posted.add("blocks", blocks(message));
        return press(user, channel, message.get("posted_ts"), actionIdOf(message, value), value, posted);
    }

    public HttpResponse<String> press(String user, String channel, String messageTs, String actionId, String value)
            throws Exception {
        return press(user, channel, messageTs, actionId, value, null);
    }

    /** Submits the modal last opened with views.open, with these values (checkbox: "true" ticks it). */
    public HttpResponse<String> submit(String user, JsonObject view, Map<String, String> values) throws Exception {
        JsonObject state = state(view, values);
        JsonObject submitted = view.deepCopy();
        submitted.addProperty("id", "V0001");
        JsonObject stateWrapper = new JsonObject();
        stateWrapper.add("values", state);
        submitted.add("state", stateWrapper);
        JsonObject payload = interaction("view_submission", user, false);
        payload.add("view", submitted);
        return signed("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of());
    }

    /**
     * Chooses an option in a modal's select that dispatches its action (Slack sends block_actions with the view,
     * its hash and its state: what has been typed so far).
     */
    public HttpResponse<String> choose(String user, JsonObject view, String actionId, String option,
                                       Map<String, String> typed) throws Exception {
        Map<String, String> values = new java.util.HashMap<>(typed);
        values.put(actionId, option);
        JsonObject current = view.deepCopy();
        current.addProperty("id", "V0001");
        current.addProperty("hash", "hash-" + events.incrementAndGet());
        JsonObject stateWrapper = new JsonObject();
        stateWrapper.add("values", state(view, values));
        current.add("state", stateWrapper);
        JsonObject payload = interaction("block_actions", user, true);
        JsonObject container = new JsonObject();
        container.addProperty("type", "view");
        container.addProperty("view_id", "V0001");
        payload.add("container", container);
        payload.add("view", current);
        JsonObject action = new JsonObject();
        action.addProperty("type", "static_select");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", actionId);
        action.add("selected_option", object("value", option));
        action.addProperty("action_ts", "1790000300." + String.format("%06d", events.incrementAndGet()));
        return signedInteraction(payload, action);
    }

    /**
     * A view's state.values as Slack sends them: every input block, with the given values (checkbox: "true"; a date
     * picker's as yyyy-MM-dd; a users_select's user id; a multi_static_select's values separated by commas).
     */
    private static JsonObject state(JsonObject view, Map<String, String> values) {
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
                case "datepicker" -> {
                    if (given != null) {
                        value.addProperty("selected_date", given);
                    } else {
                        value.add("selected_date", com.google.gson.JsonNull.INSTANCE);
                    }
                }
                case "users_select" -> {
                    if (given != null) {
                        value.addProperty("selected_user", given);
                    } else {
                        value.add("selected_user", com.google.gson.JsonNull.INSTANCE);
                    }
                }
                case "multi_static_select" -> {
                    JsonArray selected = new JsonArray();
                    StepField.chosen(given).forEach(chosen -> selected.add(object("value", chosen)));
                    value.add("selected_options", selected);
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
        return state;
    }

    /**
     * The Chair's decision modal as the app opens it for a card's button in {@code channel}, with one text input
     * ({@code inputId}): for submitting when the app cannot have opened it (its store unreachable).
     */
    public static JsonObject decisionModal(String payload, String channel, String messageTs, String inputId) {
        JsonObject origin = new JsonObject();
        origin.addProperty("payload", payload);
        origin.addProperty("channel", channel);
        origin.addProperty("ts", messageTs);
        JsonObject element = new JsonObject();
        element.addProperty("type", "plain_text_input");
        element.addProperty("action_id", inputId);
        JsonObject input = new JsonObject();
        input.addProperty("type", "input");
        input.addProperty("block_id", inputId);
        input.add("element", element);
        input.add("label", object("text", "Lead reviewers"));
        JsonArray blocks = new JsonArray();
        blocks.add(input);
        JsonObject title = object("type", "plain_text");
        title.addProperty("text", "Chair's decision");
        JsonObject view = new JsonObject();
        view.addProperty("type", "modal");
        view.addProperty("callback_id", "cr_decision");
        view.add("title", title);
        view.addProperty("private_metadata", origin.toString());
        view.add("blocks", blocks);
        return view;
    }

    public static JsonObject object(String key, String value) {
        JsonObject object = new JsonObject();
        object.addProperty(key, value);
        return object;
    }

    // ---- reading what was sent ----------------------------------------------------------------

    public static JsonArray blocks(StubSlackApi.Call call) {
        String blocks = call.get("blocks");
        return blocks.isEmpty() ? new JsonArray() : StubSlackApi.json(blocks).getAsJsonArray();
    }

    /** Every button value in a message's blocks, in order. */
    public static List<String> buttonValues(StubSlackApi.Call call) {
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

    public static String actionIdOf(StubSlackApi.Call call, String value) {
        for (JsonElement element : blocks(call)) {
            JsonObject block = element.getAsJsonObject();
            if (block.get("type").getAsString().equals("actions")) {
                for (JsonElement e : block.getAsJsonArray("elements")) {
                    if (e.getAsJsonObject().get("value").getAsString().equals(value)) {
                        return e.getAsJsonObject().get("action_id").getAsString();
                    }
                }
            }
            JsonObject accessory = block.has("accessory") ? block.getAsJsonObject("accessory") : null;
            if (accessory != null && accessory.has("value") && accessory.get("value").getAsString().equals(value)) {
                return accessory.get("action_id").getAsString();
            }
        }
        throw new AssertionError("no button with value " + value);
    }


    /** Waits up to 15 s for the condition, re-checked on each request a stub receives. */
    public static void await(String what, BooleanSupplier condition) {
        Eventually.await(what, condition);
    }
}
