package uk.lscb.casereview.bot.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.adapters.slack.SlackRequests.buttonValues;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import uk.lscb.casereview.adapters.slack.SlackDriver;
import uk.lscb.casereview.adapters.slack.SlackRequests;
import uk.lscb.casereview.adapters.slack.StubSlackApi;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.driver.Eventually;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The scripted case on Slack: signed requests to the application's {@code /slack/events} through the real Bolt
 * library, each person in their direct message with the app; a step's button opens its modal, submitted with the
 * step's values; the app's posts, ephemeral answers and modals read from the stub Web API. A button pressed again is
 * pressed on the message it was first shown on (a stale one).
 */
final class SlackLifecycle implements LifecycleDriver {
    private final IntSupplier port;
    private final StubSlackApi api;
    private final Supplier<Conversations> conversations;
    private final Map<Who, StubSlackApi.Call> overviews = new HashMap<>();

    SlackLifecycle(IntSupplier port, StubSlackApi api, Supplier<Conversations> conversations) {
        this.port = port;
        this.api = api;
        this.conversations = conversations;
    }

    @Override
    public String platform() {
        return "slack";
    }

    private SlackRequests slack() {
        return new SlackRequests(WholeCaseOnEveryPlatformIT.SECRET, "http://127.0.0.1:" + port.getAsInt()
                + "/slack/events");
    }

    static String user(Who who) {
        return switch (who) {
            case PRACTITIONER -> WholeCaseOnEveryPlatformIT.SLACK_PRACTITIONER;
            case CHAIR -> WholeCaseOnEveryPlatformIT.SLACK_CHAIR;
            case MANAGER -> WholeCaseOnEveryPlatformIT.SLACK_MANAGER;
            case CONTACT -> WholeCaseOnEveryPlatformIT.SLACK_CONTACT;
        };
    }

    private static String dm(Who who) {
        return "D" + user(who);
    }

    private SlackDriver driver() {
        return new SlackDriver(slack(), api, conversations.get(), user(Who.PRACTITIONER), user(Who.CHAIR), "UNOBODY");
    }

    @Override
    public void introduce() {
        for (Who who : List.of(Who.CHAIR, Who.MANAGER, Who.CONTACT)) {
            int seen = api.postsTo(dm(who)).size();
            send(() -> slack().directMessage(user(who), "hello"));
            Eventually.await("the welcome in " + dm(who), () -> api.postsTo(dm(who)).size() > seen);
        }
    }

    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    private static HttpResponse<String> send(Request request) {
        try {
            HttpResponse<String> response = request.send();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response;
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }

    @Override
    public void refer(Map<String, String> answers) {
        driver().refer(answers);
    }

    @Override
    public String decide(CaseId id, Outcome outcome, Map<String, String> inputs) {
        return driver().decide(id, outcome, inputs);
    }

    /** Types in the person's direct message; the posts the app answered with (at least one). */
    private List<StubSlackApi.Call> type(Who who, String text) {
        int seen = api.postsTo(dm(who)).size();
        send(() -> slack().directMessage(user(who), text));
        Eventually.await("the app's answer in " + dm(who), () -> api.postsTo(dm(who)).size() > seen);
        List<StubSlackApi.Call> posts = api.postsTo(dm(who));
        return posts.subList(seen, posts.size());
    }

    private static boolean isOverview(StubSlackApi.Call post) {
        return post.get("text").contains("What is due next");
    }

    @Override
    public List<String> offered(Who who, CaseId id) {
        int seen = api.postsTo(dm(who)).size();
        send(() -> slack().directMessage(user(who), "case " + LocalLifecycle.reference(id)));
        Eventually.await("the case overview in " + dm(who), () -> api.postsTo(dm(who)).stream().skip(seen)
                .anyMatch(SlackLifecycle::isOverview));
        StubSlackApi.Call overview = api.postsTo(dm(who)).stream().skip(seen).filter(SlackLifecycle::isOverview)
                .findFirst().orElseThrow();
        overviews.put(who, overview);
        List<String> steps = new ArrayList<>();
        buttonValues(overview).forEach(value -> ActionCodec.decode(value).filter(ButtonAction.OpenStep.class::isInstance)
                .ifPresent(open -> steps.add(((ButtonAction.OpenStep) open).step())));
        return steps;
    }

    @Override
    public String record(Who who, CaseId id, CaseStep step, Map<String, String> values) {
        assertThat(offered(who, id)).as("the steps offered to " + who).contains(step.id());
        String open = new ButtonAction.OpenStep(id.value(), step.id()).payload();
        int opened = api.calls("views.open").size();
        send(() -> slack().press(user(who), dm(who), overviews.get(who), open));
        Eventually.await("the modal of " + step.id(), () -> api.calls("views.open").size() > opened);
        JsonObject modal = StubSlackApi.json(api.calls("views.open").get(opened).get("view")).getAsJsonObject();
        int told = api.calls("chat.postEphemeral").size();
        String answered = send(() -> slack().submit(user(who), modal, values)).body();
        assertThat(answered).as("the modal's answer").doesNotContain("errors");
        Eventually.await("what was recorded, told to " + who, () -> api.calls("chat.postEphemeral").stream()
                .skip(told).anyMatch(call -> call.get("user").equals(user(who))));
        return api.calls("chat.postEphemeral").stream().skip(told).filter(call -> call.get("user").equals(user(who)))
                .findFirst().orElseThrow().get("text");
    }

    /**
     * The step's button on the overview the person was shown last, or (never shown one) on the business manager's;
     * what they were told in answer (an ephemeral message), or that a modal opened.
     */
    @Override
    public String press(Who who, CaseId id, CaseStep step, Map<String, String> values) {
        String open = new ButtonAction.OpenStep(id.value(), step.id()).payload();
        StubSlackApi.Call shown = overviews.containsKey(who) && buttonValues(overviews.get(who)).contains(open)
                ? overviews.get(who) : overviews.get(Who.MANAGER);
        int told = api.calls("chat.postEphemeral").size();
        int opened = api.calls("views.open").size();
        if (shown != null && buttonValues(shown).contains(open)) {
            send(() -> slack().press(user(who), dm(who), shown, open));
        } else {
            // A button no overview offers now (out of order): as an old message's button would send it.
            send(() -> slack().press(user(who), dm(who), "1790000000.000001", "cr_step", open));
        }
        Eventually.await("the answer to " + step.id() + " pressed by " + who, () ->
                api.calls("chat.postEphemeral").size() > told || api.calls("views.open").size() > opened);
        if (api.calls("views.open").size() > opened) {
            return "a modal opened";
        }
        return api.calls("chat.postEphemeral").get(told).get("text");
    }

    @Override
    public String ask(Who who, CaseId id, Ask ask) {
        // A contact typed as Slack sends a mention of them: <@U…>.
        return texts(type(who, "request " + LocalLifecycle.reference(id) + " agency: " + ask.agency()
                + "; contact: " + ask.contact().map(contact -> "<@" + user(contact) + ">").orElse("none") + "; due: "
                + LocalLifecycle.TYPED.format(ask.due()) + "; asks: " + ask.asked())).toString();
    }

    @Override
    public String provided(Who who, CaseId id, int number) {
        if (who != Who.CONTACT) {
            return texts(type(who, "provided " + LocalLifecycle.reference(id) + " " + number)).toString();
        }
        String payload = new ButtonAction.MarkProvided(id.value(), number).payload();
        StubSlackApi.Call message = api.postsTo(dm(who)).stream().filter(post -> buttonValues(post).contains(payload))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no Mark provided in " + dm(who)));
        int told = api.calls("chat.postEphemeral").size();
        int updated = api.calls("chat.update").size();
        send(() -> slack().press(user(who), dm(who), message, payload));
        Eventually.await("the answer to Mark provided", () -> api.calls("chat.postEphemeral").size() > told
                || api.calls("chat.update").size() > updated);
        List<String> answers = new ArrayList<>();
        api.calls("chat.postEphemeral").stream().skip(told).forEach(call -> answers.add(call.get("text")));
        api.calls("chat.update").stream().skip(updated).forEach(call -> answers.add(call.get("text")));
        return answers.toString();
    }

    private static List<String> texts(List<StubSlackApi.Call> posts) {
        return posts.stream().map(post -> post.get("text") + "\n" + post.get("blocks")).toList();
    }

    @Override
    public List<String> panel() {
        return texts(api.postsTo(WholeCaseOnEveryPlatformIT.SLACK_PANEL));
    }

    @Override
    public List<String> chatOf(Who who) {
        return texts(api.postsTo(dm(who)));
    }
}
