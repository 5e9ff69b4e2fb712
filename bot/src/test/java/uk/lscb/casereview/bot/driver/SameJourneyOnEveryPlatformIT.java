package uk.lscb.casereview.bot.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.lscb.casereview.adapters.slack.SlackDriver;
import uk.lscb.casereview.adapters.slack.SlackRequests;
import uk.lscb.casereview.adapters.slack.StubSlackApi;
import uk.lscb.casereview.adapters.teams.StubConnector;
import uk.lscb.casereview.adapters.teams.TeamsDriver;
import uk.lscb.casereview.bot.CaseReviewApplication;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.bot.teams.TeamsActivities;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.PackView;
import uk.lscb.casereview.core.cases.PartnerDecision;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.driver.ChatDriver;
import uk.lscb.casereview.core.driver.CoreDriver;
import uk.lscb.casereview.core.driver.Eventually;
import uk.lscb.casereview.core.driver.Journey;
import uk.lscb.casereview.core.driver.ReferralAnswers;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderSweeper;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.RulePackRef;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;

/**
 * One journey, the same on every platform, on each rule pack: Staffordshire follows {@code wt2015}, Stoke-on-Trent
 * {@code wt2023}. On wt2015: a referral answered from one table of answers by question id, the
 * Chair deciding the recommended Serious Case Review on the card as their platform shows it, the national panel
 * notification's reminder, and Mark done pressed in the panel channel. Each platform's case must come out as the
 * core's does: the same outcome, reasons, deadlines and audit trail. Two applications run it: one in local mode
 * (the core, the local page and Teams through {@code /api/messages}) and one with Slack on (Slack turns local mode
 * off). On wt2023: a referral to Stoke-on-Trent from the same kind of chat follows that pack (its questions, its
 * outcomes), and the deadlines it sets count working days from the day the local authority became aware, across the
 * summer bank holiday; its three safeguarding partners' leads each agree on the card as their platform shows it to
 * them (the decision stands with the third), and its independent scrutineer is sent the decision.
 */
class SameJourneyOnEveryPlatformIT {
    private static final String CHAIR_AAD = "00000000-0000-0000-0000-00000000c4a9";
    private static final String ADMIN_AAD = "00000000-0000-0000-0000-0000000ad419";
    private static final String PRACTITIONER_AAD = "00000000-0000-0000-0000-000000007ac9";
    private static final String PANEL_MEMBER_AAD = "00000000-0000-0000-0000-00000000be19";
    private static final String TEAMS_PANEL = "19:journey-panel@thread.tacv2";
    private static final String TEAMS_STOKE_PANEL = "19:journey-stoke-panel@thread.tacv2";
    private static final String SECRET = "journey-signing-secret-0123456789abcdef";
    private static final String SLACK_CHAIR = "UCHAIR09";
    private static final String SLACK_PANEL = "CPANEL09";
    private static final String SLACK_STOKE_PANEL = "CPANEL10";
    /** Stoke-on-Trent's safeguarding partners' lead representatives, and its scrutineer, on each platform. */
    private static final Map<String, List<String>> LEADS = Map.of(
            "local", List.of("partner-la", "partner-icb", "partner-police"),
            "teams", List.of("00000000-0000-0000-0000-0000000001a0", "00000000-0000-0000-0000-0000000001cb",
                    "00000000-0000-0000-0000-00000000019c"),
            "slack", List.of("ULEADLA1", "ULEADICB1", "ULEADPOL1"));
    private static final Map<String, String> SCRUTINEER = Map.of("local", "scrutineer",
            "teams", "00000000-0000-0000-0000-0000000005c7", "slack", "USCRUT01");
    private static final String STAFFORDSHIRE = "staffordshire";
    private static final String STOKE = "stoke-on-trent";

    private static StubConnector connector;
    private static StubSlackApi slackApi;
    private static ConfigurableApplicationContext local;
    private static ConfigurableApplicationContext slack;
    private static Journey core;
    private static Journey wt2023Core;
    /** Wednesday 26 August 2026: Monday 31 August is the summer bank holiday. */
    private static final String AWARE_ON = "26/08/2026";

    @BeforeAll
    static void start(@TempDir Path localData, @TempDir Path slackData) throws Exception {
        connector = new StubConnector();
        slackApi = new StubSlackApi();
        slackApi.name(SLACK_CHAIR, "Pat Chair");
        local = application(localData,
                "casereview.boards[0].chairs.teams[0]=" + CHAIR_AAD,
                "casereview.boards[0].chairs.local[0]=chair-staffordshire",
                "casereview.boards[0].administrators.teams[0]=" + ADMIN_AAD,
                "casereview.boards[0].administrators.local[0]=admin",
                "casereview.boards[1].chairs.teams[0]=" + CHAIR_AAD,
                "casereview.boards[1].chairs.local[0]=chair-stoke-on-trent",
                "casereview.boards[1].administrators.teams[0]=" + ADMIN_AAD,
                partners("local", "local"), partners("teams", "teams"), scrutineer("local"), scrutineer("teams"));
        slack = application(slackData,
                "SLACK_BOT_TOKEN=xoxb-test-token",
                "SLACK_SIGNING_SECRET=" + SECRET,
                "SLACK_API_URL=" + slackApi.url(),
                "casereview.boards[0].chairs.slack[0]=" + SLACK_CHAIR,
                "casereview.boards[0].panel-channels.slack=" + SLACK_PANEL,
                "casereview.boards[1].chairs.slack[0]=" + SLACK_CHAIR,
                "casereview.boards[1].panel-channels.slack=" + SLACK_STOKE_PANEL,
                partners("slack", "slack"), scrutineer("slack"));

        // Teams: the Chair has the app in a 1:1 chat; the board's administrator registers its panel channel.
        TeamsActivities teams = new TeamsActivities(port(local), connector.url());
        teams.send(teams.botAdded("a:journey-chair", "personal", CHAIR_AAD));
        teams.send(teams.botAdded(TEAMS_PANEL, "channel", ADMIN_AAD));
        teams.send(teams.channelMention(TEAMS_PANEL + ";messageid=1", ADMIN_AAD,
                "register panel channel for Staffordshire"));
        teams.send(teams.botAdded(TEAMS_STOKE_PANEL, "channel", ADMIN_AAD));
        teams.send(teams.channelMention(TEAMS_STOKE_PANEL + ";messageid=1", ADMIN_AAD,
                "register panel channel for Stoke-on-Trent"));
        // Stoke-on-Trent's partners' leads and its scrutineer have the app in a 1:1 chat.
        for (String aad : LEADS.get("teams")) {
            teams.send(teams.botAdded("a:journey-lead-" + aad, "personal", aad));
        }
        teams.send(teams.botAdded(TEAMS_SCRUTINEER_CHAT, "personal", SCRUTINEER.get("teams")));
        // On Slack the scrutineer has written to the app once, so it can message them.
        SlackRequests scrutineer = new SlackRequests(SECRET, "http://127.0.0.1:" + port(slack) + "/slack/events");
        assertThat(scrutineer.directMessage(SCRUTINEER.get("slack"), "help").statusCode()).isEqualTo(200);
        Eventually.await("the answer to the scrutineer's help", () -> !slackApi.postsTo("D" + SCRUTINEER.get("slack"))
                .isEmpty());

        core = journey(driver("core", STAFFORDSHIRE), "SCR-2026-900");
        assertThat(core.recommended()).isEqualTo("SERIOUS_CASE_REVIEW");
        assertThat(core.decided()).isEqualTo("SERIOUS_CASE_REVIEW");
        assertThat(core.reasons()).isNotEmpty();
        assertThat(core.deadlines()).anyMatch(line -> line.startsWith("NATIONAL_PANEL_NOTIFICATION") && line
                .endsWith(" done"));
        assertThat(core.audit()).contains("decided");

        CaseRecord wt2023 = wt2023Journey(driver("core", STOKE), "CSPR-2026-920");
        wt2023Core = Journey.of(wt2023);
        assertThat(wt2023Core.recommended()).isEqualTo("LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW");
        assertThat(wt2023Core.decided()).isEqualTo("LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW");
    }

    private static final String TEAMS_SCRUTINEER_CHAT = "a:journey-scrutineer";

    /** Stoke-on-Trent's three partners' leads on one platform, as properties (one string of several lines). */
    private static String partners(String platform, String key) {
        List<String> ids = LEADS.get(platform);
        List<String> roles = List.of("local-authority", "integrated-care-board", "police");
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            lines.add("casereview.boards[1].partners." + roles.get(i) + "." + key + "[0]=" + ids.get(i));
        }
        return String.join("\n", lines);
    }

    private static String scrutineer(String platform) {
        return "casereview.boards[1].partners.scrutineers." + platform + "[0]=" + SCRUTINEER.get(platform);
    }

    private static ConfigurableApplicationContext application(Path data, String... properties) {
        List<String> all = new java.util.ArrayList<>(List.of(
                "server.port=0",
                "server.address=127.0.0.1",
                "casereview.data-dir=" + data,
                "casereview.reminders.first-sweep-after=PT1H",
                "casereview.boards[0].id=staffordshire",
                "casereview.boards[0].name=Staffordshire",
                "casereview.boards[1].id=stoke-on-trent",
                "casereview.boards[1].name=Stoke-on-Trent",
                "casereview.boards[1].rule-pack=wt2023"));
        List.of(properties).forEach(given -> all.addAll(List.of(given.split("\n"))));
        return new SpringApplicationBuilder(CaseReviewApplication.class, JourneyClock.class)
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
    }

    /** The clock of every IT ({@link FixedClock}), under a name of its own in an application built here. */
    static class JourneyClock {
        @Bean
        @Primary
        Clock journeyClock() {
            return FixedClock.CLOCK;
        }
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closing : new AutoCloseable[] {local, slack, connector, slackApi}) {
            try {
                if (closing != null) {
                    closing.close();
                }
            } catch (Exception ignored) {
                // Closing the next one matters more than why this one would not close.
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"core", "local", "teams", "slack"})
    void aReferralIsDecidedRemindedAndMarkedDoneAsInTheCore(String platform) {
        Journey journey = journey(driver(platform, STAFFORDSHIRE), "SCR-2026-91" + List.of("core", "local", "teams",
                "slack").indexOf(platform));

        assertThat(journey).isEqualTo(core);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"core", "local", "teams", "slack"})
    void aReferralToTheBoardOnWt2023FollowsItWithItsDeadlinesInWorkingDaysAsInTheCore(String platform) {
        CaseRecord record = wt2023Journey(driver(platform, STOKE), "CSPR-2026-93" + List.of("core", "local",
                "teams", "slack").indexOf(platform));

        assertThat(Journey.of(record)).isEqualTo(wt2023Core);
        assertThat(record.recommendation().rulePack()).isEqualTo(new RulePackRef(Wt2023.ID, Wt2023.VERSION));
        assertThat(record.answers().date(QuestionId.of("aware_on"))).contains(LocalDate.parse("2026-08-26"));
        // 5 and 15 working days after Wednesday 26 August 2026, day 0, without Monday 31 August.
        assertThat(new PackView(local.getBean(RulePacks.class)).deadlines(record))
                .extracting(dated -> dated.deadline().id(), PackView.Dated::due)
                .containsExactly(tuple("PANEL_NOTIFICATION", LocalDate.parse("2026-09-03")),
                        tuple("RAPID_REVIEW", LocalDate.parse("2026-09-17")));
        assertThat(record.deadlines()).extracting(CaseDeadline::kind, CaseDeadline::due).contains(
                tuple(DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION, LocalDate.parse("2026-09-03")),
                tuple(DeadlineKind.RAPID_REVIEW, LocalDate.parse("2026-09-17")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"core", "local", "teams", "slack"})
    void theWt2023NotificationDeadlineIsRemindedAndMarkedDoneLikeTheFrameworks(String platform) {
        PlatformUnderTest under = driver(platform, STOKE);
        CaseRecord record = wt2023Journey(under, "CSPR-2026-94" + List.of("core", "local", "teams", "slack")
                .indexOf(platform));
        Instant remindAt = ReminderPolicy.englandAndWales().next(DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION,
                record.deadline(DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION).orElseThrow().due(),
                FixedClock.CLOCK.instant()).orElseThrow().at();

        under.sweeper().sweep(remindAt);
        under.driver().panelMarksDone(record.id(), DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION);

        Eventually.await(platform + ": the notification deadline done", () -> under.cases().find(record.id())
                .orElseThrow().deadline(DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION).orElseThrow().isDone());
        assertThat(under.cases().find(record.id()).orElseThrow().deadline(DeadlineKind.RAPID_REVIEW))
                .map(CaseDeadline::isDone).contains(false);
    }

    /**
     * A wt2023 deadline's reminder goes to the Teams panel channel registered for the case's board, Stoke-on-Trent's,
     * and not to Staffordshire's.
     */
    @Test
    void aWt2023ReminderOnTeamsIsPostedInStokeOnTrentsPanelChannelOnly() {
        PlatformUnderTest under = driver("teams", STOKE);
        CaseRecord record = wt2023Journey(under, "CSPR-2026-950");
        String markDone = new ButtonAction.MarkDone(record.id().value(), DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION)
                .payload();

        under.sweeper().sweep(ReminderPolicy.englandAndWales().next(DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION,
                record.deadline(DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION).orElseThrow().due(),
                FixedClock.CLOCK.instant()).orElseThrow().at());

        Eventually.await("the reminder in Stoke-on-Trent's Teams panel channel", () ->
                offers(TEAMS_STOKE_PANEL, markDone));
        assertThat(offers(TEAMS_PANEL, markDone)).as("Staffordshire's panel channel").isFalse();
    }

    /** Whether a post the stub connector received in this channel offers the button. */
    private static boolean offers(String channel, String payload) {
        return connector.activities().stream()
                .filter(call -> call.path().startsWith("/v3/conversations/" + channel + "/activities")
                        || call.path().startsWith("/v3/conversations/" + channel + ";"))
                .anyMatch(call -> TeamsDriver.payloads(call.card()).contains(payload));
    }

    /** A seriously harmed child, abuse known, in the area, criterion (a) only: a local review, on wt2023. */
    private static CaseRecord wt2023Journey(PlatformUnderTest platform, String reference) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        answers.put("board", STOKE);
        answers.put("case_reference", reference);
        answers.put("aware_on", AWARE_ON);
        answers.put("abuse_or_neglect", "yes");
        answers.put("child_died", "no");
        answers.put("seriously_harmed", "yes");
        answers.put("in_area", "yes");
        answers.put("improvements_needed", "yes");
        answers.put("recurrent_themes", "no");
        answers.put("agencies_working_together", "no");
        answers.put("panel_advised_local_review", "no");
        platform.driver().refer(answers);
        CaseId id = new CaseId(STOKE + "/" + reference);
        Eventually.await(platform.driver().platform() + ": the wt2023 case", () -> platform.cases().find(id)
                .isPresent());
        // The three safeguarding partners' leads agree on the card, each as their platform shows it to them.
        List<String> leads = platform.leads();
        for (int i = 0; i < leads.size(); i++) {
            platform.driver().partnerAgrees(id, leads.get(i));
            int confirmed = i + 1;
            Eventually.await(platform.driver().platform() + ": partner " + confirmed + " confirmed", () -> platform
                    .cases().find(id).orElseThrow().audit().stream().filter(event -> event.action()
                            .equals(PartnerDecision.CONFIRMED)).count() == confirmed);
            assertThat(platform.cases().find(id).orElseThrow().decision().isPresent()).isEqualTo(confirmed == 3);
        }
        Eventually.await(platform.driver().platform() + ": the scrutineer told", () -> platform.scrutineerTold()
                .test("Decision on " + reference + " by the safeguarding partners"));
        return platform.cases().find(id).orElseThrow();
    }

    /** The journey on one platform, and what the case came to. */
    private static Journey journey(PlatformUnderTest platform, String reference) {
        // By question id: pressed where the question has that button, else typed; "yesterday" is confirmed.
        platform.driver().refer(ReferralAnswers.seriousCaseReview(reference, "yesterday"));
        CaseId id = new CaseId("staffordshire/" + reference);
        Eventually.await(platform.driver().platform() + ": the case", () -> platform.cases().find(id).isPresent());

        platform.driver().chairDecides(id, Outcome.SERIOUS_CASE_REVIEW, Map.of(
                DecisionCard.LEAD_REVIEWERS, "A. Reviewer", DecisionCard.INDEPENDENT, "true"));
        Eventually.await(platform.driver().platform() + ": the decision", () -> platform.cases().find(id)
                .orElseThrow().decision().isPresent());

        CaseRecord decided = platform.cases().find(id).orElseThrow();
        Instant remindAt = ReminderPolicy.englandAndWales().next(DeadlineKind.NATIONAL_PANEL_NOTIFICATION,
                decided.deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION).orElseThrow().due(),
                FixedClock.CLOCK.instant()).orElseThrow().at();
        platform.sweeper().sweep(remindAt);
        platform.driver().panelMarksDone(id, DeadlineKind.NATIONAL_PANEL_NOTIFICATION);
        Eventually.await(platform.driver().platform() + ": the deadline done", () -> platform.cases().find(id)
                .orElseThrow().deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION).orElseThrow().isDone());
        return Journey.of(platform.cases().find(id).orElseThrow());
    }

    /**
     * A platform's driver and the application behind it; Stoke-on-Trent's partners' leads there, and whether its
     * scrutineer has been sent a message with this title there.
     */
    private record PlatformUnderTest(ChatDriver driver, Cases cases, ReminderSweeper sweeper, List<String> leads,
                                     java.util.function.Predicate<String> scrutineerTold) {
    }

    /** A practitioner on this platform, and the Chair of this board. */
    private static PlatformUnderTest driver(String name, String board) {
        ConfigurableApplicationContext app = name.equals("slack") ? slack : local;
        ChatDriver driver = switch (name) {
            case "core" -> new CoreDriver(app.getBean(ScopingService.class), app.getBean(CaseService.class),
                    new ConversationKey(Platform.LOCAL, "core-practitioner-" + System.nanoTime()),
                    new UserRef(Platform.LOCAL, "practitioner", "Practitioner"),
                    new UserRef(Platform.LOCAL, "chair-" + board, "The Chair"),
                    new UserRef(Platform.LOCAL, "panel-member", "A Panel Member"));
            case "local" -> new LocalDriver(new Http(port(app)), "practitioner", "chair-" + board, board);
            case "teams" -> teamsDriver(new TeamsActivities(port(app), connector.url()), app);
            case "slack" -> new SlackDriver(new SlackRequests(SECRET, "http://127.0.0.1:" + port(app)
                    + "/slack/events"), slackApi, app.getBean(Conversations.class), "UPRAC" + (System.nanoTime()
                    % 10000), SLACK_CHAIR, "UPANEL09");
            default -> throw new IllegalArgumentException(name);
        };
        String on = name.equals("core") ? "local" : name;
        java.util.function.Predicate<String> told = switch (on) {
            case "local" -> title -> new Http(port(app)).get("/local/api/inbox?as=" + SCRUTINEER.get("local")).json()
                    .path("messages").findValues("title").stream().anyMatch(found -> found.asText().equals(title));
            case "teams" -> title -> connector.activities().stream().anyMatch(call -> call.path().startsWith(
                    "/v3/conversations/" + TEAMS_SCRUTINEER_CHAT + "/activities") && call.body().toString()
                    .contains(title));
            default -> title -> slackApi.postsTo("D" + SCRUTINEER.get("slack")).stream()
                    .anyMatch(call -> call.toString().contains(title));
        };
        return new PlatformUnderTest(driver, app.getBean(Cases.class), app.getBean(ReminderSweeper.class),
                LEADS.get(on), told);
    }

    private static TeamsDriver teamsDriver(TeamsActivities teams, ConfigurableApplicationContext app) {
        return new TeamsDriver(teams, teams.endpoint(), connector, app.getBean(Conversations.class),
                "a:journey-practitioner-" + System.nanoTime(), PRACTITIONER_AAD, CHAIR_AAD, PANEL_MEMBER_AAD);
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }
}
