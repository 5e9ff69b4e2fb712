package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Teams activities a fuzzer found answered with 500 (or the SDK's 501 with no body), each to be refused with a 4xx
 * and a JSON error naming no Java class and repeating nothing of the activity: the table for this module's {@code TeamsMalformedActivitiesIT} and the
 * application's {@code MalformedInputIT}. Each row is what it is and the activity, made by an {@link ActivityJson}.
 */
public final class MalformedActivities {
    private static final String CHAT = "a:malformed-chat";
    private static final String CHANNEL = "19:malformed@thread.tacv2;messageid=1700000000000";
    private static final String AAD = "00000000-0000-0000-0000-00000000f0zz".replace('z', '2');
    /** A class's qualified name, an exception's or the JVM's words for one: what a caller must never read. */
    /** An error's code, as every endpoint's: {@code bad_request}, {@code invalid_activity}. */
    private static final String ERROR_CODE = "[a-z]+(?:_[a-z]+)*";
    private static final Pattern JAVA_NAME = Pattern.compile(
            "(?:[a-z][a-z0-9_]*\\.){2,}[A-Z]|Exception|Cannot (?:invoke|construct)|hashCode|<local");
    /** The invokes the SDK reads into its own types (a task module, a tab, a messaging extension...). */
    private static final List<String> TYPED_INVOKES = List.of("task/fetch", "task/submit", "tab/fetch", "tab/submit",
            "composeExtension/query", "composeExtension/submitAction", "composeExtension/fetchTask",
            "composeExtension/queryLink", "composeExtension/querySettingUrl", "fileConsent/invoke",
            "actionableMessage/executeAction");
    private static final List<JsonNode> VALUES = List.of(TextNode.valueOf("x"), IntNode.valueOf(5),
            ActivityJson.JSON.createObjectNode(), NullNode.instance);

    private MalformedActivities() {
    }

    /** Each row: what is wrong, and a {@code Function<ActivityJson, ObjectNode>} making the activity. */
    public static Stream<Arguments> all() {
        return Stream.of(conversationIds(), serviceUrls(), shapes(), invokes()).flatMap(rows -> rows);
    }

    /**
     * A refusal of {@code activity}: a 4xx whose body is a JSON error, either every endpoint's
     * {@code {"error": code, "message": plain words}} or an Adaptive Card action's error, with no Java class name or
     * exception message in it, and a message that repeats nothing of the activity (its ids, serviceUrl or name).
     */
    public static void assertRefused(int status, String body, ObjectNode activity) {
        assertThat(status).isBetween(400, 499);
        JsonNode json;
        try {
            json = ActivityJson.JSON.readTree(body);
        } catch (IOException notJson) {
            throw new UncheckedIOException("not JSON: " + body, notJson);
        }
        String message;
        if (json.path("type").asText().equals("application/vnd.microsoft.error")) {
            message = json.path("value").path("message").asText();
        } else {
            assertThat(json.path("error").asText()).as("the error code in " + body).matches(ERROR_CODE);
            message = json.path("message").asText();
        }
        assertThat(message).as("the message in " + body).isNotBlank();
        assertThat(body).doesNotContainPattern(JAVA_NAME);
        Stream.of(activity.path("conversation").path("id"), activity.path("id"), activity.path("serviceUrl"),
                        activity.path("name"), activity.path("from").path("id"))
                .filter(JsonNode::isTextual).map(JsonNode::asText).filter(given -> given.strip().length() > 2)
                .forEach(given -> assertThat(message).as("the message in " + body).doesNotContain(given.strip()));
    }

    private static Stream<Arguments> conversationIds() {
        return Stream.of(
                row("conversation id with a NUL", teams -> teams.personalText("a:chat\u0000", AAD, "help")),
                row("conversation id with an emoji", teams -> teams.personalText("a:\uD83D\uDE00", AAD, "help")),
                row("conversation id with a line break", teams -> teams.personalText("a:chat\r\nX: y", AAD, "help")),
                row("conversation id of 10,000 characters", teams -> teams.personalText("a:" + "c".repeat(9_998), AAD,
                        "help")),
                row("conversation id \".\"", teams -> teams.personalText(".", AAD, "help")),
                row("activity id \"..\"", teams -> text(teams).put("id", "..")));
    }

    private static Stream<Arguments> serviceUrls() {
        return Stream.of(
                row("serviceUrl with a leading space", teams -> text(teams).put("serviceUrl", " " + teams.serviceUrl())),
                row("serviceUrl with a trailing space", teams -> text(teams).put("serviceUrl", teams.serviceUrl() + " ")),
                row("serviceUrl with a query string", teams -> text(teams).put("serviceUrl",
                        teams.serviceUrl() + "?a=b")),
                row("serviceUrl with a fragment", teams -> text(teams).put("serviceUrl", teams.serviceUrl() + "#f")),
                row("serviceUrl with port 99999", teams -> text(teams).put("serviceUrl", "http://127.0.0.1:99999/")),
                row("serviceUrl with port 0", teams -> text(teams).put("serviceUrl", "http://127.0.0.1:0/")));
    }

    private static Stream<Arguments> shapes() {
        return Stream.of(
                row("bot added with membersAdded [null]", teams -> withNull(teams.botAdded(CHAT, "personal", AAD),
                        "membersAdded")),
                row("bot added to a team with membersAdded [null]", teams -> withNull(teams.botAdded(
                        "19:team@thread.tacv2", "channel", AAD), "membersAdded")),
                row("conversationUpdate with membersRemoved [null]", teams -> withNull(teams.botAdded(CHAT,
                        "personal", AAD), "membersRemoved")),
                row("channel mention with an entity with no type", teams -> entities(teams,
                        entities -> entities.addObject().put("text", "x"))),
                row("channel mention with a null entity", teams -> entities(teams, ArrayNode::addNull)),
                row("channel mention whose mentioned is a number", teams -> entities(teams,
                        entities -> ((ObjectNode) entities.get(0)).put("mentioned", 5))),
                row("channel mention whose mentioned is an array", teams -> entities(teams,
                        entities -> ((ObjectNode) entities.get(0)).putArray("mentioned"))),
                row("event with no name", teams -> teams.base("event", CHAT, "personal", AAD, "A Practitioner")));
    }

    private static Stream<Arguments> invokes() {
        Stream<Arguments> typed = TYPED_INVOKES.stream().flatMap(name -> VALUES.stream().map(value ->
                row("invoke " + name + " with value " + value, teams -> invoke(teams, name, value))));
        Stream<Arguments> unknown = Stream.of(
                row("invoke healthCheck", teams -> invoke(teams, "healthCheck", ActivityJson.JSON.createObjectNode())),
                row("invoke with no name", teams -> invoke(teams, null, ActivityJson.JSON.createObjectNode())),
                row("invoke with an empty name", teams -> invoke(teams, "", ActivityJson.JSON.createObjectNode())));
        Stream<Arguments> cardActions = Stream.concat(VALUES.stream(), Stream.of(action(TextNode.valueOf("x")),
                action(ActivityJson.JSON.createArrayNode()))).map(value ->
                row("invoke adaptiveCard/action with value " + value,
                        teams -> invoke(teams, TeamsHandler.INVOKE_ADAPTIVE_CARD, value)));
        return Stream.of(typed, unknown, cardActions).flatMap(rows -> rows);
    }

    private static Arguments row(String what, Function<ActivityJson, ObjectNode> activity) {
        return Arguments.of(what, activity);
    }

    private static ObjectNode text(ActivityJson teams) {
        return teams.personalText(CHAT, AAD, "help");
    }

    private static ObjectNode withNull(ObjectNode activity, String members) {
        activity.putArray(members).addNull();
        return activity;
    }

    private static ObjectNode entities(ActivityJson teams, Consumer<ArrayNode> add) {
        ObjectNode activity = teams.channelMention(CHANNEL, AAD, "start");
        add.accept((ArrayNode) activity.get("entities"));
        return activity;
    }

    private static ObjectNode invoke(ActivityJson teams, String name, JsonNode value) {
        ObjectNode activity = teams.base("invoke", CHAT, "personal", AAD, "A Practitioner");
        if (name != null) {
            activity.put("name", name);
        }
        return activity.set("value", value);
    }

    private static JsonNode action(JsonNode action) {
        ObjectNode value = ActivityJson.JSON.createObjectNode();
        value.set("action", action);
        return value;
    }
}
