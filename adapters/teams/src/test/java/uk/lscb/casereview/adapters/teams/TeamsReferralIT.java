package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.ConversationReference;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.rules.QuestionId;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.conversation.RecommendationView;
import uk.lscb.casereview.core.driver.ReferralAnswers;

/** A whole referral in a Teams 1:1 through {@link TeamsBot#handle}, the real SDK and a stub Bot Connector. */
class TeamsReferralIT {
    static final String CHAT = "a:personal-chat-1";

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

    /** Answers the referral (a Serious Case Review) up to its recommendation, which it returns. */
    static JsonNode walkToRecommendation(TeamsFixture teams, StubConnector connector, String chat, String reference) {
        TeamsDriver driver = teams.driver(connector, chat);
        driver.answer(ReferralAnswers.seriousCaseReview(reference, "today"));
        List<StubConnector.Call> posts = driver.postsTo(chat);
        return posts.get(posts.size() - 1).card();
    }

    static List<String> payloads(JsonNode card) {
        return TeamsDriver.payloads(card);
    }

    @Test
    void aReferralInAPersonalChatReachesTheRecommendationAndSubmittingCreatesTheCase() {
        JsonNode recommendation = walkToRecommendation(teams, connector, CHAT, "SCR-2026-101");

        assertThat(recommendation.toString()).contains("Recommendation: Serious Case Review")
                .contains(RecommendationView.ADVICE);
        String submit = payloads(recommendation).stream().filter(p -> p.equals("cmd:submit")).findFirst().orElseThrow();
        TeamsBot.Response submitted = teams.send(teams.invoke(CHAT, "personal", TeamsFixture.PRACTITIONER_AAD,
                "A Practitioner", "card-9", "answer", TeamsFixture.data(submit)));

        assertThat(submitted.status()).isEqualTo(200);
        assertThat(teams.created).hasSize(1);
        assertThat(teams.created.get(0).reference().value()).isEqualTo("SCR-2026-101");
        assertThat(teams.created.get(0).referrer().id()).isEqualTo(TeamsFixture.PRACTITIONER_AAD);
        assertThat(teams.addresses.find(Platform.TEAMS, uk.lscb.casereview.core.delivery.Addresses.Kind.PERSON,
                TeamsFixture.PRACTITIONER_AAD)).isPresent();
        assertThat(connector.activities()).allSatisfy(call -> assertThat(call.path())
                .startsWith("/v3/conversations/" + CHAT + "/activities"));
    }

    @Test
    void thePersonsAddressIsSavedAtTheirFirstMessageAndAgainOnlyWhenItChanges() {
        teams.send(teams.personalText(CHAT, TeamsFixture.PRACTITIONER_AAD, "start"));
        teams.send(teams.personalText(CHAT, TeamsFixture.PRACTITIONER_AAD, "Staffordshire"));
        teams.send(teams.personalText(CHAT, TeamsFixture.PRACTITIONER_AAD, "SCR-2026-104"));

        assertThat(teams.addressSaves).hasSize(1);
        ConversationReference saved = References.read(teams.addresses.find(Platform.TEAMS,
                uk.lscb.casereview.core.delivery.Addresses.Kind.PERSON, TeamsFixture.PRACTITIONER_AAD).orElseThrow()
                .value()).orElseThrow();
        assertThat(saved.getConversation().getId()).isEqualTo(CHAT);
        assertThat(saved.getActivityId()).isNull();

        teams.send(teams.personalText("a:personal-chat-2", TeamsFixture.PRACTITIONER_AAD, "help"));

        assertThat(teams.addressSaves).hasSize(2);
        assertThat(References.read(teams.addressSaves.get(1).value()).orElseThrow().getConversation().getId())
                .isEqualTo("a:personal-chat-2");
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
