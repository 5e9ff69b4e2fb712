package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.cases.CaseAction;
import uk.lscb.casereview.core.cases.CaseLifecycle;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.delivery.PlatformDelivery;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderNotifications;
import uk.lscb.casereview.core.rules.Outcome;

/** Notifications in Teams: reminders to the panel channel, escalations to the Chairs, Mark done, direct messages. */
class TeamsChannelsIT {
    private static final String PANEL = "19:panel@thread.tacv2";
    private static final String CHAIR_CHAT = "a:chair-chat";
    private static final DeadlineKind PANEL_DEADLINE = DeadlineKind.NATIONAL_PANEL_NOTIFICATION;

    private final StubConnector connector;
    private final TeamsFixture teams;
    private final CaseRecord record;

    TeamsChannelsIT() throws Exception {
        connector = new StubConnector();
        teams = new TeamsFixture(TeamsSettings.local(), connector.url());
        record = decided(PortFixtures.caseRecord("SCR-2026-400", new ConversationKey(Platform.TEAMS, "a:chat"),
                PortFixtures.AT));
        teams.cases.create(record);
    }

    @AfterEach
    void stop() {
        connector.close();
    }

    /** The case decided by the Chair on 28 November 2026: the national panel is to be notified. */
    private static CaseRecord decided(CaseRecord referred) {
        return ((CaseLifecycle.Result.Applied) CaseLifecycle.apply(referred, new CaseAction.Decide(
                new UserRef(Platform.TEAMS, TeamsFixture.CHAIR_AAD, "The Chair"), Outcome.SERIOUS_CASE_REVIEW, Optional.empty(),
                Optional.empty(), List.of("A. Reviewer"), true, false), PortFixtures.AT.plusSeconds(60))).next();
    }

    /** A national-panel reminder for the case: panel channel and Chair, with Mark done. */
    static Notification reminder(CaseRecord record) {
        return new Notification(record.board(), EnumSet.of(Audience.PANEL_CHANNEL, Audience.CHAIR),
                "Reminder: National panel notified due on Monday 21 December 2026",
                "Case " + record.reference().value() + ": the national panel is to be notified by Monday 21 December "
                        + "2026 (in 7 days). Press Mark done once it is done.",
                List.of(Fact.of("Case reference", record.reference().value()), Fact.of("Board", "staffordshire")),
                List.of(new Choice("Mark done", ReminderNotifications.markDonePayload(record, PANEL_DEADLINE))),
                "job-1", Optional.of(new Notification.Reminds(record.id(), PANEL_DEADLINE)));
    }

    private Notification panelOnly(String key) {
        return new Notification(record.board(), EnumSet.of(Audience.PANEL_CHANNEL), "Decision on SCR-2026-400",
                "The Independent Chair decided.", List.of(), List.of(), key);
    }

    private PlatformDelivery channels() {
        return teams.delivery();
    }

    private void registerPanel() {
        teams.send(teams.channelMention(PANEL, TeamsFixture.ADMIN_AAD, "register panel channel for Staffordshire"));
        connector.clear();
    }

    private List<StubConnector.Call> postsTo(String conversation) {
        return connector.activities().stream()
                .filter(call -> call.path().startsWith("/v3/conversations/" + conversation + "/activities")).toList();
    }

    @Test
    void aReminderGoesToThePanelChannelAndItsEscalationToTheChairsChat() {
        teams.send(teams.botAdded(CHAIR_CHAT, "personal", TeamsFixture.CHAIR_AAD));
        registerPanel();

        channels().send(reminder(record));

        assertThat(postsTo(PANEL)).hasSize(1);
        assertThat(postsTo(CHAIR_CHAT)).hasSize(1);
        JsonNode card = postsTo(PANEL).get(0).card();
        assertThat(card.path("version").asText()).isEqualTo("1.5");
        assertThat(card.toString()).contains("Reminder: National panel notified due").contains("Mark done")
                .contains(new ButtonAction.MarkDone(record.id().value(), DeadlineKind.NATIONAL_PANEL_NOTIFICATION).payload()).contains("Action.Submit");
        assertThat(postsTo(PANEL).get(0).text()).doesNotContain("<at>");
    }

    @Test
    void aChairWithoutAChatIsMentionedOnThePanelChannelsPost() {
        registerPanel();

        channels().send(reminder(record));

        assertThat(connector.activities()).hasSize(1);
        StubConnector.Call posted = postsTo(PANEL).get(0);
        assertThat(posted.text()).startsWith("<at>" + Mentions.CHAIR_NAME + "</at>");
        assertThat(posted.body().path("entities").get(0).path("mentioned").path("id").asText())
                .isEqualTo(TeamsFixture.CHAIR_AAD);
    }

    @Test
    void aConfiguredPanelChannelIsPostedToOnceTheBotHasBeenAddedToItsTeam() throws Exception {
        TeamsFixture configured = new TeamsFixture(TeamsSettings.local(), connector.url(),
                Map.of(TeamsFixture.STAFFORDSHIRE, PANEL));
        PlatformDelivery configuredChannels = configured.delivery();

        configuredChannels.send(panelOnly("before-install"));
        assertThat(connector.activities()).isEmpty();

        configured.send(configured.botAdded(PANEL, "channel", TeamsFixture.ADMIN_AAD));
        configuredChannels.send(panelOnly("after-install"));
        assertThat(postsTo(PANEL)).hasSize(1);
    }

    @Test
    void aConfiguredPanelChannelIsPostedToOnceTheBotIsMentionedThereWhenItsArrivalWasNotKept() {
        TeamsFixture configured = new TeamsFixture(TeamsSettings.local(), connector.url(),
                Map.of(TeamsFixture.STAFFORDSHIRE, PANEL));
        // No arrival in the team kept (the store was unreachable then): someone mentions the bot in the channel.
        configured.send(configured.channelMention(PANEL + ";messageid=1700000000456", TeamsFixture.ADMIN_AAD, "help"));
        connector.clear();

        configured.delivery().send(panelOnly("after-mention"));

        assertThat(postsTo(PANEL)).hasSize(1);
    }

    @Test
    void aConfiguredPanelChannelOtherThanGeneralIsPostedToOnceTheBotIsInATeam() {
        TeamsFixture configured = new TeamsFixture(TeamsSettings.local(), connector.url(),
                Map.of(TeamsFixture.STAFFORDSHIRE, PANEL));
        PlatformDelivery configuredChannels = configured.delivery();
        // Teams tells the bot it was added to a team in the team's General channel, whose id is the team's.
        configured.send(configured.botAdded("19:general@thread.tacv2", "channel", TeamsFixture.ADMIN_AAD));
        connector.clear();

        configuredChannels.send(panelOnly("configured-not-general"));

        assertThat(postsTo(PANEL)).hasSize(1);
        assertThat(postsTo("19:general@thread.tacv2")).isEmpty();
    }

    @Test
    void theRegistrationIsConfirmedInTheThreadItWasAskedInAndTheChannelItselfIsRegistered() {
        String thread = PANEL + ";messageid=1700000000123";
        teams.send(teams.channelMention(thread, TeamsFixture.ADMIN_AAD, "register panel channel for Staffordshire"));

        assertThat(connector.activities()).singleElement().satisfies(reply -> {
            assertThat(reply.path()).startsWith("/v3/conversations/" + thread + "/activities");
            assertThat(reply.text()).contains("now the Staffordshire panel channel");
        });
        connector.clear();
        channels().send(panelOnly("after-registration"));
        assertThat(connector.activities()).singleElement().satisfies(post ->
                assertThat(post.path()).isEqualTo("/v3/conversations/" + PANEL + "/activities"));
    }

    @Test
    void aBoardWithNoTeamsPanelChannelOrChairAddressGetsNothingAndNoError() {
        channels().send(reminder(record));

        assertThat(connector.calls()).isEmpty();
    }

    @Test
    void throttlingIsRetriedAndARefusedPostIsThrownThenRetriedOnlyWhereItFailed() {
        teams.send(teams.botAdded(CHAIR_CHAT, "personal", TeamsFixture.CHAIR_AAD));
        registerPanel();
        connector.failNext(429, 504);
        channels().send(panelOnly("throttled"));
        assertThat(postsTo(PANEL)).hasSize(1);
        connector.clear();

        // The Chair's chat is posted first (accepted); the panel channel refuses.
        connector.failNext(0, 403);
        assertThatThrownBy(() -> channels().send(reminder(record))).isInstanceOf(RuntimeException.class);
        assertThat(postsTo(CHAIR_CHAT)).hasSize(1);
        assertThat(postsTo(PANEL)).isEmpty();

        channels().send(reminder(record));
        assertThat(postsTo(CHAIR_CHAT)).hasSize(1);
        assertThat(postsTo(PANEL)).hasSize(1);

        channels().send(reminder(record));
        assertThat(connector.activities()).hasSize(2);
    }

    @Test
    void markDoneFromThePanelChannelMarksTheDeadlineAndTheReminderBecomesADoneCard() throws Exception {
        registerPanel();
        String payload = ReminderNotifications.markDonePayload(record, PANEL_DEADLINE);

        TeamsBot.Response elsewhere = teams.send(teams.invoke("19:general@thread.tacv2;messageid=9", "channel",
                TeamsFixture.PRACTITIONER_AAD, "A Panel Member", "activity-r", "case", TeamsFixture.data(payload)));
        assertThat(elsewhere.body()).contains("Only the Staffordshire Chair, an administrator, the business manager or the board's panel");
        assertThat(teams.cases.find(record.id()).orElseThrow().deadline(PANEL_DEADLINE).orElseThrow()
                .isDone()).isFalse();

        TeamsBot.Response done = teams.send(teams.invoke(PANEL + ";messageid=1700000000000", "channel",
                TeamsFixture.PRACTITIONER_AAD, "A Panel Member", "activity-r", "case", TeamsFixture.data(payload)));

        assertThat(done.status()).isEqualTo(200);
        JsonNode response = TeamsFixture.JSON.readTree(done.body());
        assertThat(response.path("type").asText()).isEqualTo(TeamsCards.CONTENT_TYPE);
        assertThat(response.path("value").toString()).contains("Marked done by A Panel Member")
                .doesNotContain("Action.");
        var deadline = teams.cases.find(record.id()).orElseThrow().deadline(PANEL_DEADLINE).orElseThrow();
        assertThat(deadline.done().orElseThrow().who().id()).isEqualTo(TeamsFixture.PRACTITIONER_AAD);
    }

    @Test
    void markDoneFromAConfiguredPanelChannelCountsAsThePanels() {
        TeamsFixture configured = new TeamsFixture(TeamsSettings.local(), connector.url(),
                Map.of(TeamsFixture.STAFFORDSHIRE, PANEL));
        configured.cases.create(record);
        String payload = ReminderNotifications.markDonePayload(record, PANEL_DEADLINE);

        TeamsBot.Response done = configured.send(configured.invoke(PANEL + ";messageid=5", "channel",
                TeamsFixture.PRACTITIONER_AAD, "A Panel Member", "activity-r", "case", TeamsFixture.data(payload)));

        assertThat(done.body()).contains("Marked done by A Panel Member");
        assertThat(configured.cases.find(record.id()).orElseThrow().deadline(PANEL_DEADLINE)
                .orElseThrow().isDone()).isTrue();
    }

    @Test
    void markDoneByTheSubmitFallbackUpdatesTheReminderInPlace() {
        registerPanel();
        String payload = ReminderNotifications.markDonePayload(record, PANEL_DEADLINE);

        teams.send(teams.submit(PANEL + ";messageid=17", "channel", TeamsFixture.PRACTITIONER_AAD, "A Panel Member",
                "activity-reminder-3", TeamsFixture.data(payload)));

        assertThat(connector.updates()).hasSize(1);
        assertThat(connector.updates().get(0).path()).endsWith("/activities/activity-reminder-3");
        assertThat(connector.updates().get(0).card().toString()).contains("Marked done by A Panel Member");
        assertThat(teams.cases.find(record.id()).orElseThrow().deadline(PANEL_DEADLINE).orElseThrow()
                .isDone()).isTrue();
    }

    @Test
    void aDirectMessageGoesToThePersonsChatOrIsNotSent() {
        PlatformDelivery direct = teams.delivery();
        UserRef practitioner = new UserRef(Platform.TEAMS, TeamsFixture.PRACTITIONER_AAD, "A Practitioner");

        assertThat(direct.sendTo(practitioner, panelOnly("dm-1"))).isFalse();
        assertThat(direct.sendTo(new UserRef(Platform.SLACK, "U123", "Someone"), panelOnly("dm-2"))).isFalse();
        teams.send(teams.botAdded("a:practitioner-chat", "personal", TeamsFixture.PRACTITIONER_AAD));
        connector.clear();

        assertThat(direct.sendTo(practitioner, panelOnly("dm-3"))).isTrue();

        assertThat(postsTo("a:practitioner-chat")).hasSize(1);
        assertThat(postsTo("a:practitioner-chat").get(0).card().toString()).contains("Decision on SCR-2026-400");
    }
}
