package uk.lscb.casereview.bot.driver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import uk.lscb.casereview.adapters.teams.StubConnector;
import uk.lscb.casereview.adapters.teams.TeamsDriver;
import uk.lscb.casereview.bot.teams.TeamsActivities;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.driver.Eventually;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The scripted case on Teams: activities through the application's {@code /api/messages} and the real Bot Framework
 * SDK, each person in their own 1:1 chat, the board's panel channel registered by its administrator; the bot's posts
 * read from the stub connector, buttons pressed as Action.Execute invokes with the card's inputs.
 */
final class TeamsLifecycle implements LifecycleDriver {
    private final IntSupplier port;
    private final StubConnector connector;
    private final Supplier<Conversations> conversations;
    private final java.util.concurrent.atomic.AtomicInteger referrals = new java.util.concurrent.atomic.AtomicInteger();

    TeamsLifecycle(IntSupplier port, StubConnector connector, Supplier<Conversations> conversations) {
        this.port = port;
        this.connector = connector;
        this.conversations = conversations;
    }

    @Override
    public String platform() {
        return "teams";
    }

    private TeamsActivities teams() {
        return new TeamsActivities(port.getAsInt(), connector.url());
    }

    private static String aad(Who who) {
        return switch (who) {
            case PRACTITIONER -> WholeCaseOnEveryPlatformIT.PRACTITIONER_AAD;
            case CHAIR -> WholeCaseOnEveryPlatformIT.CHAIR_AAD;
            case MANAGER -> WholeCaseOnEveryPlatformIT.MANAGER_AAD;
            case CONTACT -> WholeCaseOnEveryPlatformIT.CONTACT_AAD;
        };
    }

    private static String chat(Who who) {
        return "a:e2e-" + who.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The practitioner's side in a chat of its own (a referral each), and the Chair's decision card. */
    private TeamsDriver driver(String chat) {
        TeamsActivities teams = teams();
        return new TeamsDriver(teams, teams.endpoint(), connector, conversations.get(), chat, aad(Who.PRACTITIONER),
                aad(Who.CHAIR), "not-in-this-script");
    }

    @Override
    public void introduce() {
        TeamsActivities teams = teams();
        teams.send(teams.botAdded(chat(Who.CHAIR), "personal", aad(Who.CHAIR)));
        for (Who who : List.of(Who.MANAGER, Who.CONTACT)) {
            teams.send(teams.personalText(chat(who), aad(who), "hello"));
        }
        teams.send(teams.botAdded(WholeCaseOnEveryPlatformIT.TEAMS_PANEL, "channel",
                WholeCaseOnEveryPlatformIT.ADMIN_AAD));
        teams.send(teams.channelMention(WholeCaseOnEveryPlatformIT.TEAMS_PANEL + ";messageid=1",
                WholeCaseOnEveryPlatformIT.ADMIN_AAD, "register panel channel for Staffordshire"));
        Eventually.await("the welcomes and the panel channel registered", () -> !postsTo(chat(Who.MANAGER)).isEmpty()
                && !postsTo(chat(Who.CONTACT)).isEmpty() && !posts(WholeCaseOnEveryPlatformIT.TEAMS_PANEL).isEmpty());
    }

    @Override
    public void refer(Map<String, String> answers) {
        driver(chat(Who.PRACTITIONER) + "-referral-" + referrals.incrementAndGet()).refer(answers);
    }

    @Override
    public String decide(CaseId id, Outcome outcome, Map<String, String> inputs) {
        TeamsDriver.Sent sent = driver(chat(Who.PRACTITIONER)).decide(id, outcome, inputs);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return sent.body();
    }

    /** Types in the person's chat; the posts the bot answered with (waiting for at least one). */
    private List<StubConnector.Call> type(Who who, String text) {
        int seen = postsTo(chat(who)).size();
        TeamsActivities teams = teams();
        assertThat(teams.send(teams.personalText(chat(who), aad(who), text)).status()).isEqualTo(202);
        return after(who, seen);
    }

    private List<StubConnector.Call> after(Who who, int seen) {
        Eventually.await("the bot's answer in " + chat(who), () -> postsTo(chat(who)).size() > seen);
        List<StubConnector.Call> posts = postsTo(chat(who));
        return posts.subList(seen, posts.size());
    }

    private TeamsActivities.Response invoke(Who who, String conversation, ObjectNode data) {
        TeamsActivities teams = teams();
        TeamsActivities.Response response = teams.send(teams.invoke(conversation, "personal", aad(who),
                who.name(), "card-1", "case", data));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    @Override
    public List<String> offered(Who who, CaseId id) {
        List<String> steps = new ArrayList<>();
        for (StubConnector.Call post : type(who, "case " + LocalLifecycle.reference(id))) {
            TeamsDriver.payloads(post.card()).forEach(payload -> ActionCodec.decode(payload)
                    .filter(ButtonAction.OpenStep.class::isInstance)
                    .ifPresent(open -> steps.add(((ButtonAction.OpenStep) open).step())));
        }
        return steps;
    }

    /** Presses a step's button in the person's chat; the posts the bot answered with. */
    private List<StubConnector.Call> open(Who who, CaseId id, CaseStep step) {
        int seen = postsTo(chat(who)).size();
        invoke(who, chat(who), TeamsActivities.data(new ButtonAction.OpenStep(id.value(), step.id()).payload()));
        return after(who, seen);
    }

    @Override
    public String record(Who who, CaseId id, CaseStep step, Map<String, String> values) {
        assertThat(offered(who, id)).as("the steps offered to " + who).contains(step.id());
        String take = new ButtonAction.TakeStep(id.value(), step.id()).payload();
        StubConnector.Call form = open(who, id, step).stream()
                .filter(post -> TeamsDriver.payloads(post.card()).contains(take)).findFirst()
                .orElseThrow(() -> new AssertionError("no form for " + step.id() + " in " + chat(who)));
        ObjectNode data = TeamsActivities.data(take);
        values.forEach(data::put);
        assertThat(form.card().toString()).contains(values.keySet().toArray(String[]::new));
        return invoke(who, chat(who), data).body();
    }

    @Override
    public String press(Who who, CaseId id, CaseStep step, Map<String, String> values) {
        return texts(open(who, id, step)).toString();
    }

    @Override
    public String ask(Who who, CaseId id, Ask ask) {
        return texts(type(who, "request " + LocalLifecycle.reference(id) + " agency: " + ask.agency()
                + "; contact: " + ask.contact().map(TeamsLifecycle::aad).orElse("none") + "; due: "
                + LocalLifecycle.TYPED.format(ask.due()) + "; asks: " + ask.asked())).toString();
    }

    @Override
    public String provided(Who who, CaseId id, int number) {
        if (who != Who.CONTACT) {
            return texts(type(who, "provided " + LocalLifecycle.reference(id) + " " + number)).toString();
        }
        String payload = new ButtonAction.MarkProvided(id.value(), number).payload();
        assertThat(postsTo(chat(who))).as("Mark provided in the contact's chat")
                .anyMatch(post -> TeamsDriver.payloads(post.card()).contains(payload));
        return invoke(who, chat(who), TeamsActivities.data(payload)).body();
    }

    private List<StubConnector.Call> posts(String conversation) {
        return connector.activities().stream().filter(call -> call.path().contains(conversation)).toList();
    }

    private List<StubConnector.Call> postsTo(String conversation) {
        return connector.activities().stream()
                .filter(call -> call.path().startsWith("/v3/conversations/" + conversation + "/activities")).toList();
    }

    /** A post as text: its text, then every text of its card, a line each. */
    static String text(StubConnector.Call post) {
        List<String> lines = new ArrayList<>();
        if (!post.text().isBlank()) {
            lines.add(post.text());
        }
        JsonNode card = post.card();
        if (card != null) {
            card.findValues("text").forEach(node -> lines.add(node.asText()));
        }
        return String.join("\n", lines);
    }

    private static List<String> texts(List<StubConnector.Call> posts) {
        return posts.stream().map(TeamsLifecycle::text).toList();
    }

    @Override
    public List<String> panel() {
        return texts(posts(WholeCaseOnEveryPlatformIT.TEAMS_PANEL));
    }

    @Override
    public List<String> chatOf(Who who) {
        return texts(postsTo(chat(who)));
    }
}
