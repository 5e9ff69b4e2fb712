package uk.lscb.casereview.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.adapters.slack.SlackRequests.buttonValues;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import uk.lscb.casereview.core.cases.DecisionCard;
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
 * The driver on Slack: signed requests to Bolt's servlet at {@code /slack/events} (DM events, block actions, modal
 * submissions), the app's posts read from the stub Web API's received calls (their Block Kit button values),
 * waited for since Bolt posts after it has acknowledged. A question answered by typing shows no answer buttons, so
 * its id is read from the conversation as stored. Public, in the test-jar, for the application's ITs too.
 */
public final class SlackDriver implements ChatDriver {
    private final SlackRequests slack;
    private final StubSlackApi api;
    private final Conversations conversations;
    private final String practitioner;
    private final String chair;
    private final String panelMember;
    /** For each case, the audit entries the card a partner last agreed on showed: the next presses a later card. */
    private final Map<String, Integer> agreed = new java.util.concurrent.ConcurrentHashMap<>();

    public SlackDriver(SlackRequests slack, StubSlackApi api, Conversations conversations, String practitioner,
                       String chair, String panelMember) {
        this.slack = slack;
        this.api = api;
        this.conversations = conversations;
        this.practitioner = practitioner;
        this.chair = chair;
        this.panelMember = panelMember;
    }

    @Override
    public String platform() {
        return "slack";
    }

    private String dm() {
        return "D" + practitioner;
    }

    @Override
    public Asking type(String text) {
        int seen = api.postsTo(dm()).size();
        try {
            assertThat(slack.directMessage(practitioner, text).statusCode()).isEqualTo(200);
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
        return next(seen);
    }

    @Override
    public Asking press(String payload) {
        List<StubSlackApi.Call> posts = api.postsTo(dm());
        StubSlackApi.Call message = posts.stream().filter(call -> buttonValues(call).contains(payload))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no button " + payload + " in " + dm()));
        press(practitioner, dm(), message, payload);
        return next(posts.size());
    }

    private HttpResponse<String> press(String user, String channel, StubSlackApi.Call message, String value) {
        try {
            HttpResponse<String> response = slack.press(user, channel, message, value);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response;
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }

    /** Waits for the turn's posts, up to one with buttons, and reads what they ask. */
    private Asking next(int seen) {
        List<StubSlackApi.Call> posts;
        try {
            posts = api.awaitPosts(dm(), "the app's answer after post " + seen, all -> all.size() > seen
                    && !buttonValues(all.get(all.size() - 1)).isEmpty(), Eventually.DEFAULT);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
        List<String> payloads = new ArrayList<>();
        posts.subList(seen, posts.size()).forEach(call -> payloads.addAll(buttonValues(call)));
        Optional<String> question = Asking.questionOf(payloads).or(() -> conversations
                .find(new ConversationKey(Platform.SLACK, dm())).flatMap(stored -> stored.state().current())
                .map(id -> id.value()));
        return new Asking(question, payloads);
    }

    @Override
    public void chairDecides(CaseId id, Outcome outcome, Map<String, String> inputs) {
        String answered = decide(id, outcome, inputs);
        assertThat(answered).doesNotContain("errors");
    }

    /**
     * The Chair presses Decide on the case's card, chooses the outcome in the modal and submits it with these inputs;
     * what Bolt answered the submission with (empty, or the refusal as {@code response_action: errors}).
     */
    public String decide(CaseId id, Outcome outcome, Map<String, String> inputs) {
        StubSlackApi.Call card = awaitPostOffering("the Decide button of " + id.value(), decides(id));
        String payload = buttonValues(card).stream().filter(decides(id)).findFirst().orElseThrow();
        int views = api.calls("views.open").size();
        press(chair, card.get("channel"), card, payload);
        Eventually.await("the modal of " + payload, () -> api.calls("views.open").size() > views);
        JsonObject view = StubSlackApi.json(api.calls("views.open").get(views).get("view")).getAsJsonObject();
        try {
            // Choosing the outcome shows the inputs it needs (views.update); they are filled in in that view.
            int updates = api.calls("views.update").size();
            slack.choose(chair, view, DecisionCard.OUTCOME, outcome.name(), Map.of());
            Eventually.await("the modal for " + outcome, () -> api.calls("views.update").size() > updates);
            JsonObject chosen = StubSlackApi.json(api.calls("views.update").get(updates).get("view"))
                    .getAsJsonObject();
            Map<String, String> values = new java.util.HashMap<>(inputs);
            values.put(DecisionCard.OUTCOME, outcome.name());
            HttpResponse<String> submitted = slack.submit(chair, chosen, values);
            assertThat(submitted.statusCode()).isEqualTo(200);
            return submitted.body();
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }

    /** The partner's lead presses Agree on the case's card (taken from the button: no modal). */
    @Override
    public void partnerAgrees(CaseId id, String lead) {
        Predicate<String> agrees = payload -> ActionCodec.decode(payload).filter(action ->
                action instanceof ButtonAction.Decision decision && decision.verb() == DecisionVerb.AGREE
                        && decision.caseId().equals(id.value())).isPresent();
        // The card as it is after the last partner's answer (posted or updated in place): one made before is refused.
        int after = agreed.getOrDefault(id.value(), 0);
        Predicate<StubSlackApi.Call> current = call -> buttonValues(call).stream().filter(agrees)
                .anyMatch(payload -> seen(payload) > after);
        Eventually.await("the Agree button of " + id.value() + " on the card as it now is", () ->
                cards().stream().anyMatch(current));
        StubSlackApi.Call card = cards().stream().filter(current).reduce((first, second) -> second).orElseThrow();
        String value = buttonValues(card).stream().filter(agrees).findFirst().orElseThrow();
        agreed.put(id.value(), seen(value));
        if (card.method().equals("chat.update")) {
            try {
                HttpResponse<String> response = slack.press(lead, card.get("channel"), card.get("ts"),
                        SlackRequests.actionIdOf(card, value), value);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            } catch (Exception failed) {
                throw new AssertionError(failed);
            }
        } else {
            press(lead, card.get("channel"), card, value);
        }
    }

    /** The messages posted, then those updated in place. */
    private List<StubSlackApi.Call> cards() {
        List<StubSlackApi.Call> cards = new ArrayList<>(api.calls("chat.postMessage"));
        cards.addAll(api.calls("chat.update"));
        return cards;
    }

    /** The audit entries a decision card's button says its card shows. */
    private static int seen(String payload) {
        return ActionCodec.decode(payload).filter(ButtonAction.Decision.class::isInstance)
                .map(action -> ((ButtonAction.Decision) action).seen().orElse(0)).orElse(0);
    }

    @Override
    public void panelMarksDone(CaseId id, DeadlineKind kind) {
        String markDone = new ButtonAction.MarkDone(id.value(), kind).payload();
        StubSlackApi.Call reminder = awaitPostOffering(markDone, markDone::equals);
        press(panelMember, reminder.get("channel"), reminder, markDone);
    }

    /** A button that decides this case (whichever outcome its form or modal then says). */
    private static Predicate<String> decides(CaseId id) {
        return payload -> ActionCodec.decode(payload).filter(action -> action instanceof ButtonAction.Decision decision
                && decision.verb() == DecisionVerb.DECIDE && decision.caseId().equals(id.value())).isPresent();
    }

    private StubSlackApi.Call awaitPostOffering(String what, Predicate<String> button) {
        Eventually.await("a post with " + what, () -> api.calls("chat.postMessage").stream()
                .anyMatch(call -> buttonValues(call).stream().anyMatch(button)));
        return api.calls("chat.postMessage").stream()
                .filter(call -> buttonValues(call).stream().anyMatch(button))
                .reduce((first, second) -> second).orElseThrow();
    }
}
