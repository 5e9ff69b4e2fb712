package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.driver.Asking;
import uk.lscb.casereview.core.driver.ChatDriver;
import uk.lscb.casereview.core.driver.Eventually;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The driver on Teams: activities through {@code POST /api/messages} and the real Bot Framework SDK, the bot's
 * replies read from the stub connector's received posts (their cards' {@code payload} data), buttons pressed as
 * {@code Action.Execute} invokes. A question answered by typing shows no answer buttons, so its id is read from
 * the conversation as stored. Public, in the test-jar, for the application's ITs too.
 */
public final class TeamsDriver implements ChatDriver {
    /** Where activities go: the bot in process, or the application's {@code /api/messages}. */
    public interface Endpoint {
        Sent send(ObjectNode activity);
    }

    /** The HTTP status and body the bot answered an activity with. */
    public record Sent(int status, String body) {
    }

    private final ActivityJson teams;
    private final Endpoint endpoint;
    private final StubConnector connector;
    private final Conversations conversations;
    private final String chat;
    private final String practitioner;
    private final String chair;
    private final String panelMember;
    /** For each case, the audit entries the card a partner last agreed on showed: the next presses a later card. */
    private final Map<String, Integer> agreed = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param chat         the practitioner's 1:1 conversation id
     * @param practitioner the practitioner's AAD object id; {@code chair} and {@code panelMember} likewise
     */
    public TeamsDriver(ActivityJson teams, Endpoint endpoint, StubConnector connector, Conversations conversations, String chat,
                       String practitioner, String chair, String panelMember) {
        this.teams = teams;
        this.endpoint = endpoint;
        this.connector = connector;
        this.conversations = conversations;
        this.chat = chat;
        this.practitioner = practitioner;
        this.chair = chair;
        this.panelMember = panelMember;
    }

    @Override
    public String platform() {
        return "teams";
    }

    @Override
    public Asking type(String text) {
        int seen = postsTo(chat).size();
        assertThat(endpoint.send(teams.personalText(chat, practitioner, text)).status()).isEqualTo(202);
        return next(seen);
    }

    @Override
    public Asking press(String payload) {
        int seen = postsTo(chat).size();
        Sent response = endpoint.send(teams.invoke(chat, "personal", practitioner,
                "A Practitioner", "card-1", "answer", ActivityJson.data(payload)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return next(seen);
    }

    /** Waits for the turn's posts, up to one with buttons, and reads what they ask. */
    private Asking next(int seen) {
        Eventually.await("the bot's answer in " + chat + " after post " + seen, () -> {
            List<StubConnector.Call> posts = postsTo(chat);
            return posts.size() > seen && !payloads(posts.get(posts.size() - 1).card()).isEmpty();
        });
        List<StubConnector.Call> posts = postsTo(chat);
        List<String> payloads = new ArrayList<>();
        posts.subList(seen, posts.size()).forEach(call -> payloads.addAll(payloads(call.card())));
        Optional<String> question = Asking.questionOf(payloads).or(() -> conversations
                .find(new ConversationKey(Platform.TEAMS, chat)).flatMap(stored -> stored.state().current())
                .map(id -> id.value()));
        return new Asking(question, payloads);
    }

    @Override
    public void chairDecides(CaseId id, Outcome outcome, Map<String, String> inputs) {
        Sent response = decide(id, outcome, inputs);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /**
     * The Chair submits the form of this outcome on the case's decision card with these inputs; what the bot
     * answered (the card it became, or came back as with a refusal beside its input).
     */
    public Sent decide(CaseId id, Outcome outcome, Map<String, String> inputs) {
        StubConnector.Call card = awaitPostOffering("the Decide button of " + id.value(), decides(id));
        // Each outcome has its own form: its button's data names the outcome, its inputs' ids end with it.
        ObjectNode data = card.card().findValues("data").stream()
                .filter(found -> found.path("outcome").asText().equals(outcome.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no form for " + outcome + " in " + card.card())).deepCopy();
        inputs.forEach((input, value) -> data.put(input + TeamsCards.FORM_SEPARATOR + outcome.name(), value));
        String conversation = conversationOf(card);
        return endpoint.send(teams.invoke(conversation,
                conversation.startsWith("a:") ? "personal" : "channel", chair, "The Chair", "card", "case", data));
    }

    /** The partner's lead submits the Agree form of the case's card where it was posted to them (their 1:1 chat). */
    @Override
    public void partnerAgrees(CaseId id, String lead) {
        Predicate<String> agrees = payload -> ActionCodec.decode(payload).filter(action ->
                action instanceof ButtonAction.Decision decision && decision.verb() == DecisionVerb.AGREE
                        && decision.caseId().equals(id.value())).isPresent();
        // The card as it is after the last partner's answer (posted or updated in place): one made before is refused.
        int after = agreed.getOrDefault(id.value(), 0);
        Eventually.await("the Agree button of " + id.value() + " on the card as it now is", () ->
                connector.calls().stream().flatMap(call -> cardOf(call).stream()).flatMap(card -> payloads(card)
                        .stream()).filter(agrees).anyMatch(payload -> seen(payload) > after));
        StubConnector.Call card = connector.calls().stream().filter(call -> cardOf(call).map(posted ->
                payloads(posted).stream().filter(agrees).anyMatch(payload -> seen(payload) > after)).orElse(false))
                .reduce((first, second) -> second).orElseThrow();
        String payload = payloads(card.card()).stream().filter(agrees).findFirst().orElseThrow();
        agreed.put(id.value(), seen(payload));
        String conversation = conversationOf(card);
        Sent response = endpoint.send(teams.invoke(conversation, conversation.startsWith("a:") ? "personal"
                : "channel", lead, "A partner's lead", "card", "case", ActivityJson.data(payload)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** The audit entries a decision card's button says its card shows. */
    private static int seen(String payload) {
        return ActionCodec.decode(payload).filter(ButtonAction.Decision.class::isInstance)
                .map(action -> ((ButtonAction.Decision) action).seen().orElse(0)).orElse(0);
    }

    /** The card a post or an update to an activity carries, if it carries one. */
    private static Optional<JsonNode> cardOf(StubConnector.Call call) {
        if (!call.path().contains("/activities") || !(call.isPost() || call.isPut())) {
            return Optional.empty();
        }
        return Optional.ofNullable(call.card()).filter(card -> !card.isMissingNode() && !card.isNull());
    }

    @Override
    /**
     * Mark done pressed on the deadline's reminder in a channel: a deadline also reminded to the Chair has a copy in the
     * Chair's 1:1 chat too, which is not the panel's to press.
     */
    public void panelMarksDone(CaseId id, DeadlineKind kind) {
        String markDone = new ButtonAction.MarkDone(id.value(), kind).payload();
        StubConnector.Call reminder = awaitPostOffering(markDone, markDone::equals, TeamsDriver::inAChannel);
        Sent response = endpoint.send(teams.invoke(conversationOf(reminder) + ";messageid=1",
                "channel", panelMember, "A Panel Member", "reminder", "case", ActivityJson.data(markDone)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** A button that decides this case (whichever outcome its form or modal then says). */
    private static Predicate<String> decides(CaseId id) {
        return payload -> ActionCodec.decode(payload).filter(action -> action instanceof ButtonAction.Decision decision
                && decision.verb() == DecisionVerb.DECIDE && decision.caseId().equals(id.value())).isPresent();
    }

    private StubConnector.Call awaitPostOffering(String what, Predicate<String> button) {
        return awaitPostOffering(what, button, call -> true);
    }

    /** The newest post offering the button, among the posts {@code where} accepts, once there is one. */
    private StubConnector.Call awaitPostOffering(String what, Predicate<String> button,
                                                 Predicate<StubConnector.Call> where) {
        Eventually.await("a post with " + what, () -> connector.activities().stream().filter(where)
                .anyMatch(call -> payloads(call.card()).stream().anyMatch(button)));
        List<StubConnector.Call> found = connector.activities().stream().filter(where)
                .filter(call -> payloads(call.card()).stream().anyMatch(button)).toList();
        return found.get(found.size() - 1);
    }

    /** Whether the post went to a Teams channel ({@code 19:…}), not a 1:1 chat ({@code a:…}). */
    private static boolean inAChannel(StubConnector.Call call) {
        return conversationOf(call).startsWith("19:");
    }

    /** The conversation a post went to ({@code /v3/conversations/<id>[;messageid=…]/activities[/…]}), without its thread. */
    private static String conversationOf(StubConnector.Call call) {
        String rest = call.path().substring("/v3/conversations/".length());
        return rest.substring(0, rest.indexOf("/activities")).split(";")[0];
    }

    public List<StubConnector.Call> postsTo(String conversation) {
        return connector.activities().stream()
                .filter(call -> call.path().startsWith("/v3/conversations/" + conversation + "/activities")).toList();
    }

    /** Every distinct button payload of a card (Action.Execute and Action.Submit data), in order. */
    public static List<String> payloads(JsonNode card) {
        List<String> payloads = new ArrayList<>();
        if (card != null) {
            card.findValues("payload").forEach(node -> payloads.add(node.asText()));
        }
        return payloads.stream().distinct().toList();
    }
}
