package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.FollowUp;

/**
 * A Chair who had never written to the bot when a referral was made (no Teams panel channel): the card cannot
 * reach them, the panel is told, and it arrives once when they first write or install the app; decide re-posts.
 */
class TeamsChairReachIT {
    private static final String CHAIR_CHAT = "a:chair-chat";
    private static final String REFERENCE = "SCR-2026-102";

    private final StubConnector connector;
    private final TeamsFixture teams;

    TeamsChairReachIT() throws Exception {
        connector = new StubConnector();
        teams = TeamsFixture.application(TeamsSettings.local(), connector.url());
    }

    @AfterEach
    void stop() {
        connector.close();
    }

    private CaseRecord referral() {
        TeamsReferralIT.walkToRecommendation(teams, connector, TeamsReferralIT.CHAT, REFERENCE);
        teams.send(teams.invoke(TeamsReferralIT.CHAT, "personal", TeamsFixture.PRACTITIONER_AAD, "A Practitioner",
                "card-9", "answer", TeamsFixture.data(new ButtonAction.Run(Command.SUBMIT).payload())));
        assertThat(teams.created).hasSize(1);
        return teams.created.get(0);
    }

    private List<StubConnector.Call> inChairChat() {
        return connector.activities().stream()
                .filter(call -> call.path().startsWith("/v3/conversations/" + CHAIR_CHAT + "/")).toList();
    }

    private List<StubConnector.Call> decisionCards() {
        return inChairChat().stream().filter(call -> String.valueOf(call.card()).contains("Decision needed: " + REFERENCE))
                .toList();
    }

    private boolean owesTheCard(CaseRecord record) {
        return teams.owed(record).stream().anyMatch(job -> job.kind().equals(FollowUp.Kind.POST_DECISION_CARD.name()));
    }

    @Test
    void aChairWhoNeverWroteIsToldWhatWaitsAndGetsTheCardOnceWhenTheyFirstWrite() {
        CaseRecord record = referral();

        assertThat(inChairChat()).isEmpty();
        assertThat(owesTheCard(record)).as("still owed, to be tried again").isTrue();
        assertThat(teams.panelNotes).anySatisfy(note -> {
            assertThat(note.title()).isEqualTo("The decision card for " + REFERENCE + " could not reach the Chair");
            assertThat(note.text()).contains("decide " + REFERENCE);
        });

        teams.send(teams.personalText(CHAIR_CHAT, TeamsFixture.CHAIR_AAD, "hi"));

        assertThat(decisionCards()).hasSize(1);
        assertThat(inChairChat()).anySatisfy(call -> assertThat(String.valueOf(call.card()))
                .contains("Waiting for your decision").contains(REFERENCE).contains(new ButtonAction.OpenDecisionCard(REFERENCE).payload()));
        assertThat(inChairChat()).noneSatisfy(call -> assertThat(String.valueOf(call.text()))
                .contains("Say \"start\" to begin a referral"));
        assertThat(owesTheCard(record)).isFalse();

        teams.send(teams.personalText(CHAIR_CHAT, TeamsFixture.CHAIR_AAD, "hello"));
        assertThat(decisionCards()).as("posted once").hasSize(1);
    }

    @Test
    void aChairWhoInstallsTheAppIsGreetedWithWhatWaitsAndGetsTheCard() {
        referral();

        teams.send(teams.botAdded(CHAIR_CHAT, "personal", TeamsFixture.CHAIR_AAD));

        assertThat(decisionCards()).hasSize(1);
        assertThat(inChairChat()).anySatisfy(call -> assertThat(String.valueOf(call.card()))
                .contains("Waiting for your decision").contains(new ButtonAction.OpenDecisionCard(REFERENCE).payload()));
        assertThat(inChairChat()).noneSatisfy(call -> assertThat(String.valueOf(call.text()))
                .isEqualTo(TeamsHandler.WELCOME));
    }

    @Test
    void decideAndTheStatusButtonPostTheCardAgainForTheChairOnly() {
        referral();
        teams.send(teams.personalText(CHAIR_CHAT, TeamsFixture.CHAIR_AAD, "status " + REFERENCE));
        assertThat(inChairChat()).anySatisfy(call -> assertThat(String.valueOf(call.card()))
                .contains("Open the decision card").contains(new ButtonAction.OpenDecisionCard(REFERENCE).payload()));
        assertThat(decisionCards()).hasSize(1);

        teams.send(teams.personalText(CHAIR_CHAT, TeamsFixture.CHAIR_AAD, "decide " + REFERENCE));
        assertThat(decisionCards()).hasSize(2);
        assertThat(connector.last().text()).isEqualTo("Here is the decision card for " + REFERENCE + ".");

        teams.send(teams.invoke(CHAIR_CHAT, "personal", TeamsFixture.CHAIR_AAD, "The Chair", "status-card", "answer",
                TeamsFixture.data(new ButtonAction.OpenDecisionCard(REFERENCE).payload())));
        assertThat(decisionCards()).hasSize(3);

        connector.clear();
        teams.send(teams.personalText(TeamsReferralIT.CHAT, TeamsFixture.PRACTITIONER_AAD, "decide " + REFERENCE));
        assertThat(connector.last().text()).startsWith("Only the Independent Chair of Staffordshire can decide");
        assertThat(connector.activities()).noneSatisfy(call -> assertThat(String.valueOf(call.card()))
                .contains("Decision needed"));
    }
}
