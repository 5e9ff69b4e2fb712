package uk.lscb.casereview.bot.driver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.driver.Asking;
import uk.lscb.casereview.core.driver.ChatDriver;
import uk.lscb.casereview.core.driver.Eventually;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The driver on the local page's JSON API: {@code /local/api/turn} for the practitioner (each reply's
 * {@code question} and button payloads), the Chair's inbox and the board's panel channel for the cards and
 * reminders, {@code /local/api/case-action} to press their buttons.
 */
public final class LocalDriver implements ChatDriver {
    private final Http http;
    private final String practitioner;
    private final String chair;
    private final String board;

    public LocalDriver(Http http, String practitioner, String chair, String board) {
        this.http = http;
        this.practitioner = practitioner;
        this.chair = chair;
        this.board = board;
    }

    @Override
    public String platform() {
        return "local";
    }

    @Override
    public Asking type(String text) {
        return turn(Map.of("as", practitioner, "text", text));
    }

    @Override
    public Asking press(String payload) {
        return turn(Map.of("as", practitioner, "button", payload));
    }

    private Asking turn(Map<String, String> body) {
        Http.Response response = http.postJson("/local/api/turn", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return asking(response.json().path("replies"));
    }

    /** The question of the last {@code ask} reply, and the payloads of every reply's buttons. */
    public static Asking asking(JsonNode replies) {
        Optional<String> question = Optional.empty();
        List<String> payloads = new ArrayList<>();
        for (JsonNode reply : replies) {
            if (reply.path("kind").asText().equals("ask")) {
                question = Optional.of(reply.path("question").asText());
            }
            for (String field : List.of("choices", "commands", "actions")) {
                reply.path(field).forEach(choice -> payloads.add(choice.path("payload").asText()));
            }
        }
        return new Asking(question.or(() -> Asking.questionOf(payloads)), payloads);
    }

    @Override
    public void chairDecides(CaseId id, Outcome outcome, Map<String, String> inputs) {
        JsonNode answered = decide(id, outcome, inputs);
        assertThat(answered.path("applied").asBoolean()).as(answered.toString()).isTrue();
    }

    /** The Chair decides on the case's card in their inbox: the page's answer ({@code applied}, {@code message}). */
    public JsonNode decide(CaseId id, Outcome outcome, Map<String, String> inputs) {
        AtomicReference<String> payload = new AtomicReference<>();
        Eventually.await("the card of " + id.value() + " in " + chair + "'s inbox", () -> {
            for (JsonNode card : http.get("/local/api/inbox?as=" + chair).json().path("cards")) {
                if (card.path("caseId").asText().equals(id.value())) {
                    card.path("actions").forEach(action -> {
                        if (isDecide(action.path("payload").asText())) {
                            payload.set(action.path("payload").asText());
                        }
                    });
                }
            }
            return payload.get() != null;
        });
        Map<String, String> chosen = new java.util.HashMap<>(inputs);
        chosen.put(DecisionCard.OUTCOME, outcome.name());
        Http.Response response = http.postJson("/local/api/case-action", Map.of("as", chair, "payload", payload.get(),
                "inputs", chosen, "from", "inbox"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The partner's lead presses Agree on the case's card in their own inbox. */
    @Override
    public void partnerAgrees(CaseId id, String lead) {
        AtomicReference<String> payload = new AtomicReference<>();
        Eventually.await("the card of " + id.value() + " in " + lead + "'s inbox", () -> {
            for (JsonNode card : http.get("/local/api/inbox?as=" + lead).json().path("cards")) {
                if (card.path("caseId").asText().equals(id.value())) {
                    card.path("actions").forEach(action -> {
                        if (isVerb(action.path("payload").asText(), DecisionVerb.AGREE)) {
                            payload.set(action.path("payload").asText());
                        }
                    });
                }
            }
            return payload.get() != null;
        });
        act(Map.of("as", lead, "payload", payload.get(), "inputs", Map.of(), "from", "inbox"));
    }

    @Override
    public void panelMarksDone(CaseId id, DeadlineKind kind) {
        String markDone = new ButtonAction.MarkDone(id.value(), kind).payload();
        Eventually.await("the reminder with " + markDone + " in the panel channel of " + board, () ->
                http.get("/local/api/panel?board=" + board).json().path("posts").findValues("payload").stream()
                        .anyMatch(value -> value.asText().equals(markDone)));
        act(Map.of("as", practitioner, "payload", markDone, "inputs", Map.of(), "from", "panel", "board", board));
    }

    static boolean isDecide(String payload) {
        return isVerb(payload, DecisionVerb.DECIDE);
    }

    private static boolean isVerb(String payload, DecisionVerb verb) {
        return ActionCodec.decode(payload).filter(action -> action instanceof ButtonAction.Decision decision
                && decision.verb() == verb).isPresent();
    }

    private void act(Map<String, Object> request) {
        Http.Response response = http.postJson("/local/api/case-action", request);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("applied").asBoolean()).as(response.body()).isTrue();
    }
}
