package uk.lscb.casereview.adapters.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.util.EventsApiPayloadParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a request body must be before Bolt reads it: the shapes Slack sends. Bolt reads some fields only in the
 * middle of a request (a payload without a {@code user}, an event whose {@code text} is an object) and answers
 * their failure with 500; such a body is refused first, with what is wrong (never the body's content).
 */
final class SlackBodyCheck {
    /** The fields of a message or app_mention event that Bolt reads as strings. */
    private static final Set<String> EVENT_STRINGS = Set.of("type", "subtype", "user", "text", "channel",
            "channel_type", "ts", "event_ts", "thread_ts", "bot_id", "team", "client_msg_id");
    /** Fields of an event Bolt reads as it runs (whether the app sent it itself, where to answer). */
    private static final Set<String> NEVER_NULL = Set.of("user", "channel", "ts");
    private static final Set<String> VIEW_PAYLOADS = Set.of("view_submission", "view_closed");

    private SlackBodyCheck() {
    }

    /** Empty when the body has the shape Slack sends; otherwise what is wrong, in a few words. */
    static Optional<String> problem(String body, String contentType) {
        try {
            if (isJson(contentType)) {
                JsonElement json = JsonParser.parseString(body);
                return json(json).or(() -> isEvent(json) ? readByBolt(body) : Optional.empty());
            }
            Map<String, String> form = form(body);
            if (form.containsKey("payload")) {
                return payload(JsonParser.parseString(form.get("payload")));
            }
            if (form.containsKey("command") && blank(form.get("user_id"))) {
                return Optional.of("a slash command without user_id");
            }
            return Optional.empty();
        } catch (RuntimeException unreadable) { // JsonSyntaxException, IllegalArgumentException (bad %-escape)
            return Optional.of("a body that cannot be read");
        }
    }

    private static Optional<String> json(JsonElement body) {
        if (!body.isJsonObject()) {
            return Optional.of("a JSON body that is not an object");
        }
        JsonObject object = body.getAsJsonObject();
        if (object.has("type") && !isString(object.get("type"))) {
            return Optional.of("a type that is not a string");
        }
        if (!object.has("event")) {
            return Optional.empty();
        }
        if (!object.get("event").isJsonObject()) {
            return Optional.of("an event that is not an object");
        }
        JsonObject event = object.getAsJsonObject("event");
        for (String field : EVENT_STRINGS) {
            if (event.has(field) && !event.get(field).isJsonNull() && !isString(event.get(field))) {
                return Optional.of("an event whose " + field + " is not a string");
            }
        }
        for (String field : NEVER_NULL) {
            if (event.has(field) && event.get(field).isJsonNull()) {
                return Optional.of("an event whose " + field + " is null");
            }
        }
        boolean said = isString(event.get("type")) && (event.get("type").getAsString().equals("app_mention")
                || event.get("type").getAsString().equals("message") && !event.has("subtype"));
        if (said && (!isString(event.get("channel")) || blank(event.get("channel").getAsString())
                || !isString(event.get("ts")) || blank(event.get("ts").getAsString()))) {
            return Optional.of("a message without its channel or ts");
        }
        return Optional.empty();
    }

    /** An Events API event (not Slack's URL verification or another kind of request without an event). */
    private static boolean isEvent(JsonElement body) {
        return body.getAsJsonObject().has("event") && isString(body.getAsJsonObject().get("type"))
                && body.getAsJsonObject().get("type").getAsString().equals("event_callback");
    }

    /**
     * An event read as Bolt reads it (its envelope, then the event as the class Bolt has for its type), so that a
     * field of the wrong type anywhere in it (an edited message's text, a block, the event's time) is refused here.
     */
    private static Optional<String> readByBolt(String body) {
        try {
            EventsApiPayloadParser.buildEventPayload(new EventRequest(body, new RequestHeaders(Map.of())));
            return Optional.empty();
        } catch (RuntimeException unreadable) { // JsonParseException, IllegalStateException, NumberFormatException
            return Optional.of("an event with a field of the wrong type");
        }
    }

    private static Optional<String> payload(JsonElement payload) {
        if (!payload.isJsonObject()) {
            return Optional.of("a payload that is not a JSON object");
        }
        JsonObject object = payload.getAsJsonObject();
        if (!object.has("type") || !isString(object.get("type"))) {
            return Optional.of("a payload without a type");
        }
        if (!object.has("user") || !object.get("user").isJsonObject()
                || !isString(object.getAsJsonObject("user").get("id"))) {
            return Optional.of("a payload without a user");
        }
        if (VIEW_PAYLOADS.contains(object.get("type").getAsString())
                && (!object.has("view") || !object.get("view").isJsonObject())) {
            return Optional.of("a view payload without a view");
        }
        if (object.has("actions") && object.get("actions").isJsonArray()) {
            for (JsonElement action : object.getAsJsonArray("actions")) {
                if (!action.isJsonObject()) {
                    return Optional.of("a payload whose actions are not all objects");
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a body of this type is JSON (Slack's Events API), not a form (interactions, slash commands). */
    static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    static boolean isString(JsonElement element) {
        return element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            fields.putIfAbsent(key, value);
        }
        return fields;
    }
}
