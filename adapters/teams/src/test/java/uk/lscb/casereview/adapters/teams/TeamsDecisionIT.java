package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.cases.CaseAction;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.PlatformDelivery;
import uk.lscb.casereview.core.delivery.PostedCopies;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.rules.Outcome;

/** The Chair's decision card in Teams: posted proactively, decided by invoke or by the Submit fallback. */
class TeamsDecisionIT {
    private static final String CHAIR_CHAT = "a:chair-chat";
    private static final String PANEL = "19:panel@thread.tacv2";

    private final StubConnector connector;
    private final TeamsFixture teams;

    TeamsDecisionIT() throws Exception {
        connector = new StubConnector();
        teams = new TeamsFixture(TeamsSettings.local(), connector.url());
    }

    @AfterEach
    void stop() {
        connector.close();
    }

    private CaseRecord referral() {
        TeamsReferralIT.walkToRecommendation(teams, connector, TeamsReferralIT.CHAT, "SCR-2026-102");
        teams.send(teams.invoke(TeamsReferralIT.CHAT, "personal", TeamsFixture.PRACTITIONER_AAD, "A Practitioner",
                "card-9", "answer", TeamsFixture.data(new ButtonAction.Run(Command.SUBMIT).payload())));
        assertThat(teams.created).hasSize(1);
        return teams.created.get(0);
    }

    /**
     * What the card sends from the form of one outcome: its button's data (the decide payload and the outcome) and
     * every input of the card, each form's own under its suffix (hosts send the other forms' inputs along).
     */
    private ObjectNode formData(CaseRecord record, Outcome outcome) {
        ObjectNode data = TeamsFixture.data(teams.caseService.card(record).button(DecisionVerb.DECIDE).orElseThrow()
                .payload());
        data.put(DecisionCard.OUTCOME, outcome.name());
        data.put(DecisionCard.INDEPENDENT + "@SERIOUS_CASE_REVIEW", "false");
        data.put(DecisionCard.CONSENT + "@INTERNAL_MULTI_AGENCY_LEARNING_REVIEW", "false");
        return data;
    }

    private ObjectNode decisionData(CaseRecord record) {
        ObjectNode data = formData(record, Outcome.SERIOUS_CASE_REVIEW);
        data.put(DecisionCard.LEAD_REVIEWERS + "@SERIOUS_CASE_REVIEW", "A. Reviewer");
        data.put(DecisionCard.INDEPENDENT + "@SERIOUS_CASE_REVIEW", "true");
        return data;
    }

    private PlatformDelivery requests() {
        return teams.delivery();
    }

    @Test
    void theCardGoesToTheChairsPersonalChatAndOnlyTheChairDecidesByInvokeOnce() throws Exception {
        teams.send(teams.botAdded(CHAIR_CHAT, "personal", TeamsFixture.CHAIR_AAD));
        CaseRecord record = referral();
        connector.clear();

        assertThat(requests().post(record, teams.caseService.card(record))).isTrue();
        assertThat(connector.activities()).hasSize(1);
        assertThat(connector.last().path()).startsWith("/v3/conversations/" + CHAIR_CHAT + "/activities");
        JsonNode posted = connector.last().card();
        String firstId = TeamsFixture.JSON.readTree(teams.postedCopies.copies(record.id(), PostedCopies.CARD, Platform.TEAMS)
                .get(0).reference()).path("activityId").asText();
        assertThat(posted.toString()).contains("Decision needed: SCR-2026-102").contains("Action.Execute");

        TeamsBot.Response refused = teams.send(teams.invoke(CHAIR_CHAT, "personal", TeamsFixture.PRACTITIONER_AAD,
                "Someone Else", "activity-x", "case", decisionData(record)));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Only the Independent Chair of Staffordshire");
        assertThat(teams.cases.find(record.id()).orElseThrow().decision()).isEmpty();

        ObjectNode decide = teams.invoke(CHAIR_CHAT, "personal", TeamsFixture.CHAIR_AAD, "The Chair", "activity-x",
                "case", decisionData(record));
        TeamsBot.Response first = teams.send(decide);
        decide.put("id", "retry-of-the-same-click");
        TeamsBot.Response second = teams.send(decide);

        assertThat(first.status()).isEqualTo(200);
        JsonNode card = TeamsFixture.JSON.readTree(first.body()).path("value");
        assertThat(TeamsFixture.JSON.readTree(first.body()).path("type").asText()).isEqualTo(TeamsCards.CONTENT_TYPE);
        assertThat(card.toString()).contains("Decided by The Chair");
        assertThat(card.toString()).doesNotContain("Action.Execute").doesNotContain("Action.Submit");
        assertThat(card.findParents("type")).noneMatch(node -> node.path("type").asText().startsWith("Input."));
        assertThat(card.toString()).contains("Independent lead reviewers").contains("A. Reviewer");
        assertThat(second.body()).contains("Decided by The Chair");
        CaseRecord decided = teams.cases.find(record.id()).orElseThrow();
        assertThat(decided.decision().orElseThrow().outcome()).isEqualTo(Outcome.SERIOUS_CASE_REVIEW);
        assertThat(teams.changed).hasSize(1);

        connector.clear();
        requests().update(decided, teams.caseService.card(decided));
        assertThat(connector.updates()).hasSize(1);
        assertThat(connector.updates().get(0).path()).isEqualTo("/v3/conversations/" + CHAIR_CHAT + "/activities/" + firstId);
    }

    @Test
    void aRefusedDecisionByInvokeComesBackWithItsFormOpenWhatTheChairTypedAndTheRefusalUnderItsInput()
            throws Exception {
        CaseRecord record = referral();
        ObjectNode data = formData(record, Outcome.SERIOUS_CASE_REVIEW);
        data.put(DecisionCard.INDEPENDENT + "@SERIOUS_CASE_REVIEW", "true");
        data.put(DecisionCard.REQUEST, "Typed before pressing Decide");

        TeamsBot.Response response = teams.send(teams.invoke(CHAIR_CHAT, "personal", TeamsFixture.CHAIR_AAD,
                "The Chair", "activity-x", "case", data));

        assertThat(response.status()).isEqualTo(200);
        JsonNode card = TeamsFixture.JSON.readTree(response.body()).path("value");
        JsonNode open = card.path("body").findParents("type").stream().filter(node -> node.path("type").asText()
                .equals("Container") && node.toString().contains("lead_reviewers@")).findFirst().orElseThrow();
        JsonNode items = open.path("items");
        int leads = -1;
        for (int i = 0; i < items.size(); i++) {
            String id = items.get(i).path("id").asText();
            if (id.equals("lead_reviewers@SERIOUS_CASE_REVIEW")) {
                leads = i;
            }
            if (id.equals("reviewers_independent@SERIOUS_CASE_REVIEW")) {
                assertThat(items.get(i).path("value").asText()).isEqualTo("true");
            }
        }
        assertThat(leads).isPositive();
        assertThat(items.get(leads + 1).path("text").asText()).contains("lead reviewer");
        assertThat(card.toString()).contains("Typed before pressing Decide");
        JsonNode body = card.path("body");
        assertThat(body.get(0).path("type").asText()).as("no refusal at the top too").isEqualTo("TextBlock");
        assertThat(body.get(0).path("color").isMissingNode()).isTrue();
        assertThat(teams.cases.find(record.id()).orElseThrow().decision()).isEmpty();
    }

    @Test
    void eachOutcomesFormDecidesThatOutcomeWithItsOwnInputsOnly() throws Exception {
        CaseRecord record = referral();
        ObjectNode data = formData(record, Outcome.SINGLE_AGENCY_LEARNING_REVIEW);
        data.put(DecisionCard.REASON + "@SINGLE_AGENCY_LEARNING_REVIEW", "Typed in the single agency form");
        data.put(DecisionCard.JUSTIFICATION + "@SINGLE_AGENCY_LEARNING_REVIEW",
                "The criteria for a Serious Case Review are not met on the facts known");
        data.put(DecisionCard.REASON + "@NO_FURTHER_ACTION", "Typed in another form");

        TeamsBot.Response response = teams.send(teams.invoke(CHAIR_CHAT, "personal", TeamsFixture.CHAIR_AAD,
                "The Chair", "activity-x", "case", data));

        assertThat(response.status()).isEqualTo(200);
        var decision = teams.cases.find(record.id()).orElseThrow().decision().orElseThrow();
        assertThat(decision.outcome()).isEqualTo(Outcome.SINGLE_AGENCY_LEARNING_REVIEW);
        assertThat(decision.reason()).contains("Typed in the single agency form");
        assertThat(response.body()).contains("Decided by The Chair").doesNotContain("Typed in another form");
    }

    @Test
    void theDecisionCardKeepsTheReasonsAndAnswersBehindAShowDetailsToggle() throws Exception {
        teams.send(teams.botAdded(CHAIR_CHAT, "personal", TeamsFixture.CHAIR_AAD));
        CaseRecord record = referral();
        connector.clear();

        assertThat(requests().post(record, teams.caseService.card(record))).isTrue();
        JsonNode body = connector.last().card().path("body");
        JsonNode details = null;
        JsonNode toggle = null;
        for (JsonNode element : body) {
            if (element.path("id").asText().equals(TeamsCards.DETAILS)) {
                details = element;
            }
            if (element.path("type").asText().equals("ActionSet")
                    && element.path("actions").get(0).path("type").asText().equals("Action.ToggleVisibility")) {
                toggle = element.path("actions").get(0);
            }
        }
        assertThat(details).isNotNull();
        assertThat(details.path("isVisible").asBoolean(true)).isFalse();
        assertThat(details.toString()).contains("Why").contains("Answers given by the referrer");
        assertThat(toggle).isNotNull();
        assertThat(toggle.path("title").asText()).startsWith("Show details");
        assertThat(toggle.path("targetElements").get(0).asText()).isEqualTo(TeamsCards.DETAILS);
    }

    @Test
    void theSubmitFallbackDecidesAndUpdatesTheCardInPlace() {
        CaseRecord record = referral();
        connector.clear();

        TeamsBot.Response response = teams.send(teams.submit(CHAIR_CHAT, "personal", TeamsFixture.CHAIR_AAD,
                "The Chair", "activity-card-7", decisionData(record)));

        assertThat(response.status()).isEqualTo(202);
        assertThat(connector.updates()).hasSize(1);
        StubConnector.Call update = connector.updates().get(0);
        assertThat(update.path()).isEqualTo("/v3/conversations/" + CHAIR_CHAT + "/activities/activity-card-7");
        assertThat(update.card().toString()).contains("Decided by The Chair");
        assertThat(update.card().toString()).doesNotContain("Action.Execute").doesNotContain("Action.Submit");
        assertThat(teams.cases.find(record.id()).orElseThrow().decision()).isPresent();
    }

    @Test
    void aDecisionOnTheCardMadeBeforeTheReferrersAnswerDecidesNothingAndTheChairGetsTheCardAsItNowIs() throws Exception {
        CaseRecord record = referral();
        ObjectNode stale = decisionData(record);
        UserRef chair = new UserRef(Platform.TEAMS, TeamsFixture.CHAIR_AAD, "The Chair");
        assertThat(teams.caseService.act(record.id(), new CaseAction.RequestMoreInformation(chair,
                "Which agencies knew the family?"), CaseService.Actor.person(chair)).applied()).isTrue();
        assertThat(teams.caseService.act(record.id(), new CaseAction.InformationProvided(record.referrer(),
                "The school and the police."), CaseService.Actor.person(record.referrer())).applied()).isTrue();
        CaseRecord answered = teams.cases.find(record.id()).orElseThrow();
        String current = teams.caseService.card(answered).button(DecisionVerb.DECIDE).orElseThrow().payload();
        String refusal = "This card was made before the referrer answered the request for more information. Nothing "
                + "has been decided: please read the card as it is now, then decide on it.";
        connector.clear();

        // Action.Execute: the card it comes back as is the case's as it now is, the refusal at its top.
        JsonNode executed = TeamsFixture.JSON.readTree(teams.send(teams.invoke(CHAIR_CHAT, "personal",
                TeamsFixture.CHAIR_AAD, "The Chair", "activity-card-7", "case", stale)).body()).path("value");
        assertThat(executed.toString()).contains(refusal, "The school and the police.", current)
                .doesNotContain(stale.path("payload").asText() + "\"");
        // The Submit fallback: the card is replaced by the case's as it now is, and the Chair told why.
        TeamsBot.Response submitted = teams.send(teams.submit(CHAIR_CHAT, "personal", TeamsFixture.CHAIR_AAD,
                "The Chair", "activity-card-7", stale));

        assertThat(submitted.status()).isEqualTo(202);
        assertThat(connector.updates()).hasSize(1);
        assertThat(connector.updates().get(0).path()).isEqualTo("/v3/conversations/" + CHAIR_CHAT
                + "/activities/activity-card-7");
        assertThat(connector.updates().get(0).card().toString()).contains("The school and the police.", current);
        assertThat(connector.last().text()).isEqualTo(refusal);
        assertThat(teams.cases.find(record.id()).orElseThrow()).isEqualTo(answered);
    }

    @Test
    void whenTheCardCannotBeUpdatedTheDecisionStandsAndTheChairSeesTheDecidedCardAndIsTold() {
        CaseRecord record = referral();
        connector.clear();
        connector.failNext(404);

        TeamsBot.Response response = teams.send(teams.submit(CHAIR_CHAT, "personal", TeamsFixture.CHAIR_AAD,
                "The Chair", "activity-card-7", decisionData(record)));

        assertThat(response.status()).isEqualTo(202);
        assertThat(teams.cases.find(record.id()).orElseThrow().decision()).isPresent();
        assertThat(connector.updates()).isEmpty();
        assertThat(connector.activities()).hasSize(2);
        assertThat(connector.activities().get(0).card().toString()).contains("Decided by The Chair");
        assertThat(connector.activities().get(0).card().toString()).doesNotContain("Action.Execute")
                .doesNotContain("Action.Submit");
        assertThat(connector.last().text()).startsWith("Decided: Serious Case Review");
    }

    @Test
    void withoutTheChairsChatTheCardGoesToThePanelChannelMentioningTheChairAndRetriesThrottling() {
        teams.send(teams.channelMention(PANEL, TeamsFixture.ADMIN_AAD, "register panel channel for Staffordshire"));
        assertThat(connector.last().text()).contains("now the Staffordshire panel channel");
        CaseRecord record = referral();
        connector.clear();
        connector.failNext(429, 502);

        assertThat(requests().post(record, teams.caseService.card(record))).isTrue();
        assertThat(requests().post(record, teams.caseService.card(record))).isTrue();

        assertThat(connector.activities()).hasSize(1);
        StubConnector.Call posted = connector.last();
        assertThat(posted.path()).startsWith("/v3/conversations/" + PANEL + "/activities");
        assertThat(posted.text()).contains("<at>" + Mentions.CHAIR_NAME + "</at>");
        assertThat(posted.body().path("entities").get(0).path("mentioned").path("id").asText())
                .isEqualTo(TeamsFixture.CHAIR_AAD);
        assertThat(teams.postedCopies.copies(record.id(), PostedCopies.CARD, Platform.TEAMS)).hasSize(1);
        assertThat(teams.addresses.all(Platform.TEAMS, Addresses.Kind.CHANNEL)).as("only addresses")
                .allSatisfy(address -> assertThat(address.id()).doesNotStartWith("card:"));
    }

    @Test
    void aPanelRegistrationByANonAdministratorIsRefused() {
        teams.send(teams.channelMention(PANEL, TeamsFixture.PRACTITIONER_AAD, "register panel channel for Staffordshire"));

        assertThat(connector.last().text()).contains("only an administrator of Staffordshire");
        assertThat(teams.addresses.find(Platform.TEAMS, Addresses.Kind.CHANNEL, "panel:staffordshire")).isEmpty();
    }
}
