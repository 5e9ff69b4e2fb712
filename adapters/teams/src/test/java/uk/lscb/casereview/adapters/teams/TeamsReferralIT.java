package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.rules.QuestionId;
import org.junit.jupiter.api.Test;

/** A whole referral in a Teams 1:1 through {@link TeamsBot#handle}, the real SDK and a stub Bot Connector. */
class TeamsReferralIT {
    static final String CHAT = "a:personal-chat-1";
    private static final Map<String, String> ANSWERS = Map.of("board", "staffordshire", "abuse_or_neglect", "yes",
            "child_died", "yes", "notified_on", "today");

    private final StubConnector connector;
    private final TeamsFixture teams;

    TeamsReferralIT() throws Exception {
        connector = new StubConnector();
        teams = new TeamsFixture(TeamsSettings.local(), connector.url());
    }

    @AfterEach
    void stop() {
        connector.close();
    }

    /** Walks the referral to the recommendation, answering buttons by Action.Execute invokes. */
    static JsonNode walkToRecommendation(TeamsFixture teams, StubConnector connector, String chat, String reference) {
        assertThat(teams.send(teams.personalText(chat, TeamsFixture.PRACTITIONER_AAD, "start")).status()).isEqualTo(202);
        for (int turn = 0; turn < 30; turn++) {
            StubConnector.Call last = connector.last();
            JsonNode card = last.card();
            if (card != null && card.toString().contains("Recommendation: ")) {
                return card;
            }
            List<String> payloads = payloads(card);
            String text = card == null ? last.text() : card.toString();
            String answer = payloads.stream().filter(p -> p.startsWith("answer:") || p.startsWith("confirm:"))
                    .findFirst().map(p -> p.split(":")[1]).orElse("");
            if (!answer.isEmpty()) {
                String wanted = ANSWERS.getOrDefault(answer, "no");
                String payload = payloads.stream().filter(p -> p.equals("answer:" + answer + ":" + wanted)
                        || p.equals("confirm:" + answer + ":yes")).findFirst().orElseThrow(() ->
                        new AssertionError("no choice " + wanted + " in " + payloads));
                TeamsBot.Response response = teams.send(teams.invoke(chat, "personal", TeamsFixture.PRACTITIONER_AAD,
                        "A Practitioner", "card-1", "answer", TeamsFixture.data(payload)));
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.body()).contains("application/vnd.microsoft.activity.message");
            } else if (text.contains("reference")) {
                teams.send(teams.personalText(chat, TeamsFixture.PRACTITIONER_AAD, reference));
            } else if (text.toLowerCase().contains("notified")) {
                teams.send(teams.personalText(chat, TeamsFixture.PRACTITIONER_AAD, "today"));
            } else {
                throw new AssertionError("stuck at: " + text);
            }
        }
        throw new AssertionError("no recommendation after 30 turns");
    }

    static List<String> payloads(JsonNode card) {
        List<String> payloads = new ArrayList<>();
        if (card != null) {
            card.findValues("payload").forEach(node -> payloads.add(node.asText()));
        }
        return payloads.stream().distinct().toList();
    }

    @Test
    void aReferralInAPersonalChatReachesTheRecommendationAndSubmittingCreatesTheCase() {
        JsonNode recommendation = walkToRecommendation(teams, connector, CHAT, "SCR-2026-101");

        assertThat(recommendation.toString()).contains("Recommendation: Serious Case Review")
                .contains(TeamsCards.ADVICE);
        String submit = payloads(recommendation).stream().filter(p -> p.equals("cmd:submit")).findFirst().orElseThrow();
        TeamsBot.Response submitted = teams.send(teams.invoke(CHAT, "personal", TeamsFixture.PRACTITIONER_AAD,
                "A Practitioner", "card-9", "answer", TeamsFixture.data(submit)));

        assertThat(submitted.status()).isEqualTo(200);
        assertThat(teams.created).hasSize(1);
        assertThat(teams.created.get(0).reference().value()).isEqualTo("SCR-2026-101");
        assertThat(teams.created.get(0).referrer().id()).isEqualTo(TeamsFixture.PRACTITIONER_AAD);
        assertThat(teams.addresses.find("teams", uk.lscb.casereview.core.delivery.Addresses.Kind.PERSON,
                TeamsFixture.PRACTITIONER_AAD)).isPresent();
        assertThat(connector.activities()).allSatisfy(call -> assertThat(call.path())
                .startsWith("/v3/conversations/" + CHAT + "/activities"));
    }

    @Test
    void theSummarysOneChangeButtonChangesTheAnswerChosenInItsList() {
        walkToRecommendation(teams, connector, CHAT, "SCR-2026-103");
        teams.send(teams.personalText(CHAT, TeamsFixture.PRACTITIONER_AAD, "summary"));
        assertThat(connector.activities()).anySatisfy(call -> assertThat(String.valueOf(call.card()))
                .contains(TeamsCards.CHANGE_INPUT).contains("Change the chosen answer"));

        TeamsBot.Response nothingChosen = teams.send(teams.invoke(CHAT, "personal", TeamsFixture.PRACTITIONER_AAD,
                "A Practitioner", "card-s", "answer", TeamsFixture.data(new ButtonAction.ChangeChosen().payload())));
        assertThat(nothingChosen.body()).contains("Choose the answer to change in the list");

        ObjectNode data = TeamsFixture.data(new ButtonAction.ChangeChosen().payload());
        data.put(TeamsCards.CHANGE_INPUT, new ButtonAction.Edit(QuestionId.of("child_died")).payload());
        connector.clear();
        TeamsBot.Response chosen = teams.send(teams.invoke(CHAT, "personal", TeamsFixture.PRACTITIONER_AAD,
                "A Practitioner", "card-s", "answer", data));
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(connector.last().card().toString()).contains("Your answer now");
    }

    @Test
    void aMessageThatMayNameAChildIsNotKeptAndIsFollowedByTeamsWayToDeleteIt() {
        teams.send(teams.personalText(CHAT, TeamsFixture.PRACTITIONER_AAD, "start"));
        connector.clear();

        teams.send(teams.personalText(CHAT, TeamsFixture.PRACTITIONER_AAD, "Jane Smith was hurt"));

        // A said line may come as text or in a card: read each post whole.
        List<String> texts = connector.activities().stream().map(call -> call.body().toString()).toList();
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("I haven't kept that message"));
        assertThat(texts).filteredOn(text -> text.contains("delete the message you sent")).singleElement()
                .asString().contains("More options \u2026 and then Delete").doesNotContain("More actions", "Slack");
        assertThat(connector.activities().toString()).doesNotContain("Jane");
    }

    @Test
    void aRedeliveredMessageIsHandledOnce() {
        var message = teams.personalText(CHAT, TeamsFixture.PRACTITIONER_AAD, "start");
        teams.send(message);
        int sent = connector.activities().size();

        teams.send(message);

        assertThat(connector.activities()).hasSize(sent);
    }
}
