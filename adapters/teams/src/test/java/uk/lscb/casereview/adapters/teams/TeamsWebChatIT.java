package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.delivery.PlatformDelivery;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * Microsoft's Web Chat through offline-directline, as it reaches {@code /api/messages}: channel
 * {@code emulator}, no {@code aadObjectId}, every button an Action.Submit postBack without replyToId, a
 * connector that gives posted activities no id and has no update route. The whole referral and the Chair's
 * decision work by clicks alone.
 */
class TeamsWebChatIT {
    private static final String PRACTITIONER = "webchat-practitioner";
    private static final String CHAIR = "webchat-chair";
    private static final String CHAT = "dl-conversation-1";
    private static final String CHAIR_CHAT = "dl-conversation-2";
    private static final Map<String, String> ANSWERS = Map.of("board", "staffordshire", "abuse_or_neglect", "yes",
            "child_died", "yes");

    private final StubConnector connector;
    private final TeamsFixture teams;

    TeamsWebChatIT() throws Exception {
        connector = new StubConnector().withoutIds().refusingUpdates();
        teams = new TeamsFixture(TeamsSettings.local(), connector.url(),
                new Roles(Map.of(TeamsFixture.STAFFORDSHIRE, Set.of(new Roles.PlatformId(Platform.TEAMS, CHAIR))), Map.of()));
    }

    @AfterEach
    void stop() {
        connector.close();
    }

    private TeamsBot.Response press(String chat, String user, JsonNode data) {
        return teams.send(teams.webChatPostBack(chat, user, user, data));
    }

    private TeamsBot.Response say(String chat, String user, String text) {
        return teams.send(teams.webChatText(chat, user, user, text));
    }

    /** Every card the bot has sent so far. */
    private List<JsonNode> cards() {
        return connector.activities().stream().map(StubConnector.Call::card).filter(card -> card != null).toList();
    }

    private CaseRecord referByClicks() {
        assertThat(say(CHAT, PRACTITIONER, "start").status()).isEqualTo(202);
        for (int turn = 0; turn < 30 && teams.created.isEmpty(); turn++) {
            JsonNode card = connector.last().card();
            String text = card == null ? connector.last().text() : card.toString();
            List<String> payloads = TeamsReferralIT.payloads(card);
            if (payloads.contains("cmd:submit")) {
                assertThat(text).contains("Recommendation: ");
                assertThat(press(CHAT, PRACTITIONER, TeamsFixture.data("cmd:submit")).status()).isEqualTo(202);
                break;
            }
            String question = payloads.stream().filter(p -> p.startsWith("answer:") || p.startsWith("confirm:"))
                    .findFirst().map(p -> p.split(":")[1]).orElse("");
            if (question.equals("notified_on")) {
                say(CHAT, PRACTITIONER, "yesterday");
            } else if (!question.isEmpty()) {
                String wanted = ANSWERS.getOrDefault(question, "unsure");
                String payload = payloads.stream().filter(p -> p.equals("answer:" + question + ":" + wanted)
                        || p.equals("confirm:" + question + ":yes")).findFirst()
                        .orElseThrow(() -> new AssertionError("no " + wanted + " in " + payloads));
                assertThat(press(CHAT, PRACTITIONER, TeamsFixture.data(payload)).status()).isEqualTo(202);
            } else if (text.contains("reference")) {
                say(CHAT, PRACTITIONER, "SCR-2026-150");
            } else {
                throw new AssertionError("stuck at: " + text);
            }
        }
        assertThat(teams.created).as("a case from the clicks").hasSize(1);
        return teams.created.get(0);
    }

    @Test
    void anActivityWhoseRecipientHasNoRoleIsAnsweredNormally() {
        ObjectNode activity = teams.webChatText(CHAT, PRACTITIONER, PRACTITIONER, "start");
        activity.putObject("recipient").put("id", "case-review-bot").put("name", "Case Review Assistant");

        TeamsBot.Response response = teams.send(activity);

        assertThat(response.status()).isEqualTo(202);
        assertThat(connector.last().card().toString()).contains("Which board");
    }

    @Test
    void outsideTeamsEveryCardCarriesOnlyActionSubmitAndTheReferralIsMadeByClicks() {
        CaseRecord record = referByClicks();

        assertThat(record.referrer().id()).isEqualTo(PRACTITIONER);
        assertThat(cards()).hasSizeGreaterThan(5).allSatisfy(card -> {
            assertThat(card.toString()).doesNotContain("Action.Execute").contains("Action.Submit");
        });
        assertThat(connector.last().card().toString()).contains("has been sent to the Staffordshire Independent Chair");
    }

    @Test
    void theChairGetsTheCardAsANewPostAndDecidesByClickingThoughTheCardCannotBeUpdated() throws Exception {
        say(CHAIR_CHAT, CHAIR, "hello");
        CaseRecord record = referByClicks();
        connector.clear();
        PlatformDelivery requests = teams.delivery();

        assertThat(requests.post(record, teams.caseService.card(record))).isTrue();
        assertThat(requests.post(record, teams.caseService.card(record))).as("posted once").isTrue();

        assertThat(connector.activities()).singleElement().satisfies(posted -> {
            assertThat(posted.path()).as("a new post, not a reply").isEqualTo("/v3/conversations/" + CHAIR_CHAT
                    + "/activities");
            assertThat(posted.body().has("replyToId")).isFalse();
            assertThat(posted.card().toString()).contains("Decision needed: SCR-2026-150")
                    .doesNotContain("Action.Execute");
        });
        connector.clear();

        ObjectNode confirm = TeamsFixture.data(new ButtonAction.Decision(DecisionVerb.CONFIRM, record.id().value(), record.version()).payload());
        confirm.put(DecisionCard.LEAD_REVIEWERS, "A. Reviewer");
        confirm.put(DecisionCard.INDEPENDENT, "true");
        assertThat(press(CHAIR_CHAT, CHAIR, confirm).status()).isEqualTo(202);

        CaseRecord decided = teams.cases.find(record.id()).orElseThrow();
        assertThat(decided.decision().orElseThrow().outcome()).isEqualTo(Outcome.SERIOUS_CASE_REVIEW);
        List<StubConnector.Call> replies = connector.activities();
        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).card().toString()).as("the decided card, posted anew").contains("Decided by " + CHAIR);
        assertThat(replies.get(0).card().toString()).doesNotContain("Action.Submit");
        assertThat(replies.get(1).text()).startsWith("Decided: Serious Case Review");
        assertThat(connector.updates()).isEmpty();

        requests.update(decided, teams.caseService.card(decided));
        assertThat(connector.updates()).as("a copy without an activity id is not addressed").isEmpty();
    }
}
