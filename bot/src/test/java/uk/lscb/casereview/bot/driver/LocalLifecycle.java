package uk.lscb.casereview.bot.driver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The scripted case on the local page's JSON API: {@code /local/api/turn} for what people type and the buttons of
 * their chat, {@code /local/api/case-action} for a step's form and the buttons in an inbox, the inboxes and the panel
 * channel read back. The police's contact is played by the practitioner's identity, a person the page can reach.
 */
class LocalLifecycle implements LifecycleDriver {
    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/yyyy");
    private final IntSupplier port;

    LocalLifecycle(IntSupplier port) {
        this.port = port;
    }

    Http http() {
        return new Http(port.getAsInt());
    }

    @Override
    public String platform() {
        return "local";
    }

    @Override
    public boolean showsPostsAsTheyNowAre() {
        return true;
    }

    static String identity(Who who) {
        return switch (who) {
            case PRACTITIONER, CONTACT -> "practitioner";
            case CHAIR -> "chair-staffordshire";
            case MANAGER -> "business-manager";
        };
    }

    static String reference(CaseId id) {
        return id.value().substring(id.value().indexOf('/') + 1);
    }

    static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode turn(Who who, String kind, String value) {
        return ok(http().postJson("/local/api/turn", Map.of("as", identity(who), kind, value))).path("replies");
    }

    @Override
    public void refer(Map<String, String> answers) {
        new LocalDriver(http(), identity(Who.PRACTITIONER), identity(Who.CHAIR), "staffordshire").refer(answers);
    }

    @Override
    public String decide(CaseId id, Outcome outcome, Map<String, String> inputs) {
        return new LocalDriver(http(), identity(Who.PRACTITIONER), identity(Who.CHAIR), "staffordshire")
                .decide(id, outcome, inputs).path("message").asText();
    }

    @Override
    public List<String> offered(Who who, CaseId id) {
        List<String> steps = new ArrayList<>();
        turn(who, "text", "case " + reference(id)).findValues("payload").forEach(payload -> ActionCodec
                .decode(payload.asText()).filter(ButtonAction.OpenStep.class::isInstance)
                .ifPresent(open -> steps.add(((ButtonAction.OpenStep) open).step())));
        return steps;
    }

    @Override
    public String record(Who who, CaseId id, CaseStep step, Map<String, String> values) {
        assertThat(offered(who, id)).as("the steps offered to " + who).contains(step.id());
        JsonNode form = turn(who, "button", new ButtonAction.OpenStep(id.value(), step.id()).payload()).path(0);
        assertThat(form.path("kind").asText()).as(form.toString()).isEqualTo("form");
        JsonNode submitted = ok(http().postJson("/local/api/case-action", Map.of("as", identity(who), "payload",
                form.path("form").path("submit").path("payload").asText(), "inputs", values, "from", "inbox")));
        return submitted.path("message").asText();
    }

    @Override
    public String press(Who who, CaseId id, CaseStep step, Map<String, String> values) {
        return turn(who, "button", new ButtonAction.OpenStep(id.value(), step.id()).payload()).toString();
    }

    @Override
    public String ask(Who who, CaseId id, Ask ask) {
        return turn(who, "text", "request " + reference(id) + " agency: " + ask.agency() + "; contact: "
                + ask.contact().map(contact -> "local:" + identity(contact)).orElse("none") + "; due: "
                + TYPED.format(ask.due()) + "; asks: " + ask.asked()).toString();
    }

    @Override
    public String provided(Who who, CaseId id, int number) {
        if (who != Who.CONTACT) {
            return turn(who, "text", "provided " + reference(id) + " " + number).toString();
        }
        // The button of the contact's message (the page's feeds are in memory, so after a restart it is the button
        // of the page as it was shown before).
        String payload = new ButtonAction.MarkProvided(id.value(), number).payload();
        return ok(http().postJson("/local/api/case-action", Map.of("as", identity(who), "payload", payload,
                "inputs", Map.of(), "from", "inbox"))).path("message").asText();
    }

    private JsonNode inbox(Who who) {
        return ok(http().get("/local/api/inbox?as=" + identity(who)));
    }

    private static List<String> texts(JsonNode posts) {
        List<String> texts = new ArrayList<>();
        posts.forEach(post -> texts.add(post.path("title").asText() + "\n" + post.path("text").asText()));
        return texts;
    }

    @Override
    public List<String> panel() {
        return texts(ok(http().get("/local/api/panel?board=staffordshire")).path("posts"));
    }

    @Override
    public List<String> chatOf(Who who) {
        return texts(inbox(who).path("messages"));
    }
}
