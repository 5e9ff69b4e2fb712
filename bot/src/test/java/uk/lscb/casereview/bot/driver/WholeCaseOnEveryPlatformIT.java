package uk.lscb.casereview.bot.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.bot.driver.LifecycleDriver.Who.CHAIR;
import static uk.lscb.casereview.bot.driver.LifecycleDriver.Who.CONTACT;
import static uk.lscb.casereview.bot.driver.LifecycleDriver.Who.MANAGER;
import static uk.lscb.casereview.bot.driver.LifecycleDriver.Who.PRACTITIONER;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.lscb.casereview.adapters.slack.StubSlackApi;
import uk.lscb.casereview.adapters.teams.StubConnector;
import uk.lscb.casereview.bot.CaseReviewApplication;
import uk.lscb.casereview.bot.HandClock;
import uk.lscb.casereview.bot.driver.LifecycleDriver.Ask;
import uk.lscb.casereview.bot.driver.LifecycleDriver.Who;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.cases.CaseStep.Fields;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.driver.Eventually;
import uk.lscb.casereview.core.driver.ReferralAnswers;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.reminders.ReminderSweeper;
import uk.lscb.casereview.core.requests.AgencyRequest;
import uk.lscb.casereview.core.requests.AgencyRequests;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * Issue 12's "Done when", written once and run on every platform against the real application on its embedded store
 * file: the local page, Teams (the Bot Framework SDK against the stub connector), Slack (Bolt against the stub Web
 * API) and the case API. A Serious Case Review from referral to closing, and a case considered for one that the Chair
 * decides not to review, with refusals (out of order, the wrong person, twice, a stale button) that change nothing.
 * Time moves on a hand clock; the reminders are swept as the application sweeps them, and every reminder each
 * platform posted is compared with the dates the policy sets (Christmas and New Year, Easter 2027, the clocks going
 * forward in March 2027 and 2028, Europe/London). The whole application is stopped and started again on the same
 * store file at several stages: nothing is lost, and no reminder is posted twice.
 */
class WholeCaseOnEveryPlatformIT {
    static final String CHAIR_AAD = "00000000-0000-0000-0000-0000000e2ec1";
    static final String ADMIN_AAD = "00000000-0000-0000-0000-0000000e2ead";
    static final String MANAGER_AAD = "00000000-0000-0000-0000-0000000e2eb1";
    static final String PRACTITIONER_AAD = "00000000-0000-0000-0000-0000000e2e91";
    static final String CONTACT_AAD = "00000000-0000-0000-0000-0000000e2ec0";
    static final String TEAMS_PANEL = "19:e2e-panel@thread.tacv2";
    static final String SECRET = "lifecycle-signing-secret-0123456789abcdef";
    static final String SLACK_CHAIR = "UE2ECHAIR";
    static final String SLACK_MANAGER = "UE2EMANAGER";
    static final String SLACK_PRACTITIONER = "UE2EPRAC";
    static final String SLACK_CONTACT = "UE2EPOLICE";
    static final String SLACK_PANEL = "CE2EPANEL";

    /** Thursday 10 December 2026, noon in London (GMT). */
    static final Instant START = Instant.parse("2026-12-10T12:00:00Z");
    private static final String ADDRESS = "https://www.staffordshirescb.org.uk/reviews/scr-published";

    private static StubConnector connector;
    private static StubSlackApi slackApi;
    private static HandClock.Moving clock;

    private ConfigurableApplicationContext app;

    /** Stubs of each test's own: what a test finds in the panel channel and the chats was posted in that test. */
    @BeforeEach
    void stubs() throws Exception {
        connector = new StubConnector();
        slackApi = new StubSlackApi();
        slackApi.name(SLACK_CHAIR, "Pat Chair");
        slackApi.name(SLACK_MANAGER, "Bo Manager");
        slackApi.name(SLACK_CONTACT, "Police Contact");
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        connector.close();
        slackApi.close();
    }

    /** The clock of the applications this test starts: the same one across restarts. */
    static class ScriptClock {
        @Bean
        @Primary
        Clock scriptClock() {
            return clock;
        }
    }

    private ConfigurableApplicationContext start(String platform, Path data, String... more) {
        List<String> properties = new ArrayList<>(List.of(
                "server.port=0",
                "server.address=127.0.0.1",
                "casereview.data-dir=" + data,
                "casereview.reminders.first-sweep-after=PT1H",
                "casereview.boards[0].id=staffordshire",
                "casereview.boards[0].name=Staffordshire",
                "casereview.boards[1].id=stoke-on-trent",
                "casereview.boards[1].name=Stoke-on-Trent"));
        if (platform.equals("slack")) {
            properties.addAll(List.of(
                    "SLACK_BOT_TOKEN=xoxb-test-token",
                    "SLACK_SIGNING_SECRET=" + SECRET,
                    "SLACK_API_URL=" + slackApi.url(),
                    "casereview.boards[0].chairs.slack[0]=" + SLACK_CHAIR,
                    "casereview.boards[0].business-managers.slack[0]=" + SLACK_MANAGER,
                    "casereview.boards[0].panel-channels.slack=" + SLACK_PANEL));
        } else {
            properties.addAll(List.of(
                    "casereview.boards[0].chairs.teams[0]=" + CHAIR_AAD,
                    "casereview.boards[0].chairs.local[0]=chair-staffordshire",
                    "casereview.boards[0].administrators.teams[0]=" + ADMIN_AAD,
                    "casereview.boards[0].administrators.local[0]=admin",
                    "casereview.boards[0].business-managers.teams[0]=" + MANAGER_AAD,
                    "casereview.boards[0].business-managers.local[0]=business-manager"));
        }
        properties.addAll(List.of(more));
        return new SpringApplicationBuilder(CaseReviewApplication.class, ScriptClock.class)
                .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
    }

    /** Stops the whole application and starts a new one on the same store file. */
    private void restart(String platform, Path data) {
        app.close();
        app = start(platform, data);
        if (!platform.equals("teams") && !platform.equals("slack")) {
            // The local page's feeds are kept in memory (LocalPlatform): empty again after a restart.
            expected.clear();
        }
    }

    private int port() {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    private LifecycleDriver driver(String platform) {
        return switch (platform) {
            case "local" -> new LocalLifecycle(this::port);
            case "api" -> new ApiLifecycle(this::port);
            case "teams" -> new TeamsLifecycle(this::port, connector, () -> app.getBean(Conversations.class));
            case "slack" -> new SlackLifecycle(this::port, slackApi, () -> app.getBean(Conversations.class));
            default -> throw new IllegalArgumentException(platform);
        };
    }

    private CaseRecord stored(CaseId id) {
        return app.getBean(Cases.class).find(id).orElseThrow();
    }

    private List<AgencyRequest> requests(CaseId id) {
        return app.getBean(AgencyRequests.class).ofCase(id);
    }

    /** London at this date and time (an instant in GMT or BST as the date falls). */
    private static Instant london(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(clock.getZone()).toInstant();
    }

    private static Map<DeadlineKind, String> deadlines(CaseRecord record) {
        Map<DeadlineKind, String> deadlines = new LinkedHashMap<>();
        for (CaseDeadline deadline : record.deadlines()) {
            deadlines.put(deadline.kind(), deadline.due() + (deadline.isDone() ? " done" : ""));
        }
        return deadlines;
    }

    /** The reminders in a feed of posts, each as its first line that says Reminder: or Overdue:. */
    static List<String> reminders(List<String> posts) {
        List<String> found = new ArrayList<>();
        for (String post : posts) {
            for (String line : post.split("\n")) {
                int at = Math.max(line.indexOf("Reminder: "), line.indexOf("Overdue: "));
                if (at >= 0) {
                    found.add(line.substring(at));
                    break;
                }
            }
        }
        return found;
    }

    /** Each step recorded, and the stage the case was at then. */
    private final List<String> stages = new ArrayList<>();

    /** What each feed should hold so far: every reminder once. */
    private final Map<String, List<String>> expected = new LinkedHashMap<>();

    /**
     * The clock moved to 09:00 London on this date, and the reminders swept as the application does: these reminders
     * posted in the panel channel, the Chair's chat and the contact's chat, once each.
     */
    private void sweepOn(LifecycleDriver driver, String date, int handedOver, List<String> panel, List<String> chair,
                         List<String> contact) {
        clock.moveTo(london(date + "T09:00"));
        int sent = app.getBean(ReminderSweeper.class).sweep(clock.instant());
        assertThat(sent).as("reminders handed over on " + date).isEqualTo(handedOver);
        expected.computeIfAbsent("panel", k -> new ArrayList<>()).addAll(panel);
        expected.computeIfAbsent("chair", k -> new ArrayList<>()).addAll(chair);
        expected.computeIfAbsent("contact", k -> new ArrayList<>()).addAll(contact);
        remindersAsExpected(driver, date);
    }

    private void remindersAsExpected(LifecycleDriver driver, String when) {
        Map<String, Function<LifecycleDriver, List<String>>> feeds = Map.of("panel", LifecycleDriver::panel,
                "chair", d -> d.chatOf(CHAIR), "contact", d -> d.chatOf(CONTACT));
        for (String feed : List.of("panel", "chair", "contact")) {
            List<String> want = expected.getOrDefault(feed, List.of());
            try {
                Eventually.await(driver.platform() + ": the reminders in the " + feed + " feed by " + when, () ->
                        reminders(feeds.get(feed).apply(driver)).size() >= want.size());
            } catch (AssertionError missing) {
                throw new AssertionError(missing.getMessage() + "; wanted " + want + ", got "
                        + reminders(feeds.get(feed).apply(driver)), missing);
            }
            assertThat(reminders(feeds.get(feed).apply(driver))).as(driver.platform() + ": " + feed + " on " + when)
                    .containsExactlyInAnyOrderElementsOf(want);
        }
    }

    /** A step refused: what the person was told, and nothing changed on the case. */
    private void refused(LifecycleDriver driver, Who who, CaseId id, CaseStep step, Map<String, String> values,
                         String because) {
        CaseRecord before = stored(id);
        assertThat(driver.press(who, id, step, values)).as(who + " pressing " + step).contains(because);
        CaseRecord after = stored(id);
        assertThat(after.version()).as("nothing changed").isEqualTo(before.version());
        assertThat(after.audit()).isEqualTo(before.audit());
    }

    private void recorded(LifecycleDriver driver, String at, Who who, CaseId id, CaseStep step,
                          Map<String, String> values) {
        clock.moveTo(london(at));
        int audit = stored(id).audit().size();
        driver.record(who, id, step, values);
        Eventually.await(driver.platform() + ": " + step.id() + " recorded", () -> stored(id).audit().size() > audit);
        assertThat(step.lastEntry(stored(id))).as(step.id()).isPresent();
        stages.add(LocalLifecycle.reference(id) + " " + step.id() + ": " + stored(id).status().label());
        String announcement = LocalLifecycle.reference(id) + ": " + step.label();
        Eventually.await(driver.platform() + ": " + announcement + " in the panel channel", () -> driver.panel()
                .stream().anyMatch(post -> post.lines().anyMatch(announcement::equals)));
        assertThat(driver.panel()).as("announced once").filteredOn(post -> post.lines().anyMatch(announcement::equals))
                .hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"teams", "slack", "local", "api"})
    void aSeriousCaseReviewRunsFromReferralToClosingAndACaseNotReviewedIsClosedAfterTheNationalPanelIsTold(
            String platform, @TempDir Path data) {
        clock = HandClock.Moving.startingAt(START);
        app = start(platform, data);
        LifecycleDriver driver = driver(platform);
        driver.introduce();
        int index = List.of("local", "api", "teams", "slack").indexOf(platform);
        String scr = "SCR-2026-95" + index;
        String notReviewed = "SCR-2026-96" + index;
        CaseId a = new CaseId("staffordshire/" + scr);
        CaseId b = new CaseId("staffordshire/" + notReviewed);

        // Thursday 10 December 2026: both referred, notified the day before.
        driver.refer(ReferralAnswers.seriousCaseReview(scr, "yesterday"));
        driver.refer(ReferralAnswers.seriousCaseReview(notReviewed, "yesterday"));
        Eventually.await("both cases", () -> app.getBean(Cases.class).find(b).isPresent());
        assertThat(deadlines(stored(a))).containsExactly(Map.entry(DeadlineKind.CHAIR_DECISION, "2027-01-09"));

        // Friday 11 December: the Chair decides a Serious Case Review on one...
        clock.moveTo(london("2026-12-11T12:00"));
        driver.decide(a, Outcome.SERIOUS_CASE_REVIEW, Map.of(DecisionCard.LEAD_REVIEWERS, "A. Reviewer",
                DecisionCard.INDEPENDENT, "true"));
        Eventually.await("the decision on " + scr, () -> stored(a).decision().isPresent());
        assertThat(deadlines(stored(a))).containsExactly(
                Map.entry(DeadlineKind.CHAIR_DECISION, "2027-01-09 done"),
                Map.entry(DeadlineKind.NATIONAL_PANEL_NOTIFICATION, "2026-12-25"),
                Map.entry(DeadlineKind.SCR_COMPLETION, "2027-06-11"));

        // ... and no Serious Case Review on the other: refused without a written justification, nothing changed.
        CaseRecord undecided = stored(b);
        assertThat(driver.decide(b, Outcome.NO_FURTHER_ACTION, Map.of(DecisionCard.REASON,
                "The agencies worked well together here.")))
                .contains("justification");
        assertThat(stored(b).version()).isEqualTo(undecided.version());
        assertThat(stored(b).decision()).isEmpty();
        driver.decide(b, Outcome.NO_FURTHER_ACTION, Map.of(DecisionCard.REASON,
                "The agencies worked well together here.", DecisionCard.JUSTIFICATION,
                "The criteria for a serious case review are not met: no concern about how agencies worked."));
        Eventually.await("the decision on " + notReviewed, () -> stored(b).decision().isPresent());
        assertThat(deadlines(stored(b))).containsExactly(
                Map.entry(DeadlineKind.CHAIR_DECISION, "2027-01-09 done"),
                Map.entry(DeadlineKind.NATIONAL_PANEL_NOTIFICATION, "2026-12-25"));

        // Refused, and nothing changed: the wrong person, out of order.
        refused(driver, PRACTITIONER, a, CaseStep.NATIONAL_PANEL_NOTIFIED, Map.of(Fields.SENT_ON, "2026-12-11"),
                "business manager");
        refused(driver, MANAGER, a, CaseStep.REVIEW_STARTED, Map.of(Fields.STARTED_ON, "2026-12-11"),
                "first record \u201CTerms of reference agreed\u201D");
        refused(driver, MANAGER, b, CaseStep.CLOSE, Map.of(Fields.REASON, "No review."),
                "first record \u201CNational panel notified\u201D");

        // Monday 14 December: the national panel told of the decision not to review, with the justification; closed.
        recorded(driver, "2026-12-14T10:00", MANAGER, b, CaseStep.NATIONAL_PANEL_NOTIFIED,
                Map.of(Fields.SENT_ON, "2026-12-14"));
        recorded(driver, "2026-12-14T10:05", MANAGER, b, CaseStep.CLOSE,
                Map.of(Fields.REASON, "No review: the national panel has been told of the decision."));
        assertThat(stored(b).status()).isEqualTo(CaseStatus.CLOSED);

        // The national panel not yet told of the SCR: reminded on 18, 23 and (Christmas Day moved back) 24
        // December, then overdue on 31 December (New Year's Day moved back), to the Chair too.
        String panelDue = "National panel notified of the Chair's decision due on Friday 25 December 2026";
        sweepOn(driver, "2026-12-18", 1, List.of("Reminder: " + panelDue), List.of(), List.of());
        sweepOn(driver, "2026-12-23", 1, List.of("Reminder: " + panelDue), List.of(), List.of());
        sweepOn(driver, "2026-12-24", 1, List.of("Reminder: " + panelDue), List.of(), List.of());
        restart(platform, data);
        sweepOn(driver, "2026-12-24", 0, List.of(), List.of(), List.of());
        String panelOverdue = "Overdue: National panel notified of the Chair's decision was due on Friday 25 December "
                + "2026, 6 days ago \u2014 please record the reason for the delay";
        sweepOn(driver, "2026-12-31", 1, List.of(panelOverdue), List.of(panelOverdue), List.of());

        // Monday 4 January 2027: told late; then not again, by anyone, from the button shown before (who and when).
        recorded(driver, "2027-01-04T10:00", MANAGER, a, CaseStep.NATIONAL_PANEL_NOTIFIED,
                Map.of(Fields.SENT_ON, "2027-01-04"));
        assertThat(deadlines(stored(a))).containsEntry(DeadlineKind.NATIONAL_PANEL_NOTIFICATION, "2026-12-25 done");
        String already = "National panel notified was already recorded, by ";
        refused(driver, MANAGER, a, CaseStep.NATIONAL_PANEL_NOTIFIED, Map.of(Fields.SENT_ON, "2027-01-04"), already);
        refused(driver, CHAIR, a, CaseStep.NATIONAL_PANEL_NOTIFIED, Map.of(Fields.SENT_ON, "2027-01-04"),
                "on 4 January 2027 at 10:00");
        recorded(driver, "2027-01-04T10:10", MANAGER, a, CaseStep.METHODOLOGY, Map.of(Fields.METHODOLOGY, "scie"));
        refused(driver, MANAGER, a, CaseStep.LEAD_REVIEWERS, Map.of(Fields.LEAD_REVIEWERS, "A. Reviewer",
                Fields.INDEPENDENT, "true"), "Lead reviewers appointed was already recorded, by ");

        // Two agencies asked: the police (its contact told in chat) by Friday 15 January; the health visitors by
        // Saturday 16 January, due on the Monday after it. The practitioner may not ask.
        clock.moveTo(london("2027-01-04T10:20"));
        driver.ask(MANAGER, a, new Ask("Staffordshire Police", Optional.of(CONTACT), LocalDate.of(2027, 1, 15),
                "A chronology of police contact with the family."));
        driver.ask(MANAGER, a, new Ask("Health visiting service", Optional.empty(), LocalDate.of(2027, 1, 16),
                "Health visitor records."));
        Eventually.await("two requests", () -> requests(a).size() == 2);
        assertThat(requests(a)).extracting(request -> request.agency() + " due " + request.due()).containsExactly(
                "Staffordshire Police due 2027-01-15", "Health visiting service due 2027-01-18");
        driver.ask(PRACTITIONER, a, new Ask("Staffordshire Police", Optional.empty(), LocalDate.of(2027, 1, 20),
                "Records."));
        assertThat(requests(a)).hasSize(2);
        Eventually.await(driver.platform() + ": the contact told", () -> driver.chatOf(CONTACT).stream()
                .anyMatch(post -> post.contains("Information requested from Staffordshire Police on case " + scr)));

        String police = "an agency's information on " + scr + " is due on 15 January 2027";
        String contactDue = "information for case " + scr + " is due on 15 January 2027";
        sweepOn(driver, "2027-01-08", 1, List.of("Reminder: " + police), List.of(), List.of("Reminder: " + contactDue));
        sweepOn(driver, "2027-01-11", 1, List.of("Reminder: an agency's information on " + scr
                + " is due on 18 January 2027"), List.of(), List.of());
        sweepOn(driver, "2027-01-13", 1, List.of("Reminder: " + police), List.of(), List.of("Reminder: " + contactDue));
        clock.moveTo(london("2027-01-14T10:00"));
        driver.provided(MANAGER, a, 2);
        Eventually.await("request 2 provided", () -> requests(a).get(1).isProvided());
        if (driver.showsPostsAsTheyNowAre()) {
            // Its reminder in the panel channel now says every request due that day is provided.
            String replaced = "Reminder: an agency's information on " + scr + " is due on 18 January 2027";
            Eventually.await("request 2's reminder replaced", () -> !reminders(driver.panel()).contains(replaced));
            expected.get("panel").remove(replaced);
        }
        sweepOn(driver, "2027-01-15", 1, List.of("Reminder: " + police), List.of(), List.of("Reminder: " + contactDue));
        sweepOn(driver, "2027-01-18", 0, List.of(), List.of(), List.of());
        String overdue = "Overdue: an agency's information on " + scr + " was due on 15 January 2027";
        sweepOn(driver, "2027-01-22", 1, List.of(overdue), List.of(overdue), List.of("Overdue: information for case "
                + scr + " was due on 15 January 2027"));
        restart(platform, data);
        sweepOn(driver, "2027-01-22", 0, List.of(), List.of(), List.of());
        clock.moveTo(london("2027-01-25T10:00"));
        driver.provided(CONTACT, a, 1);
        Eventually.await("request 1 provided", () -> requests(a).get(0).isProvided());
        assertThat(driver.provided(CONTACT, a, 1)).contains("already marked provided by ",
                "on 25 January 2027 at 10:00");

        // The review, and its report agreed on Monday 8 March 2027: the 6 months' target met.
        recorded(driver, "2027-02-01T10:00", MANAGER, a, CaseStep.TERMS_OF_REFERENCE,
                Map.of(Fields.AGREED_ON, "2027-02-01"));
        recorded(driver, "2027-02-02T10:00", MANAGER, a, CaseStep.REVIEW_STARTED,
                Map.of(Fields.STARTED_ON, "2027-02-02"));
        recorded(driver, "2027-03-01T10:00", MANAGER, a, CaseStep.DRAFT_RECEIVED,
                Map.of(Fields.RECEIVED_ON, "2027-03-01"));
        recorded(driver, "2027-03-08T10:00", MANAGER, a, CaseStep.FINAL_REPORT_AGREED,
                Map.of(Fields.AGREED_ON, "2027-03-08"));
        assertThat(deadlines(stored(a))).containsEntry(DeadlineKind.SCR_COMPLETION, "2027-06-11 done");

        // Publication planned for Tuesday 6 April 2027: the copy is due a week before, Tuesday 30 March, reminded on
        // 23 March, on Thursday 25 March (the Sunday before moved back over Good Friday) and on the day, in summer time.
        recorded(driver, "2027-03-09T10:00", MANAGER, a, CaseStep.PUBLICATION_PLANNED,
                Map.of(Fields.PLANNED_FOR, "2027-04-06"));
        assertThat(deadlines(stored(a))).containsEntry(DeadlineKind.NATIONAL_PANEL_REPORT_COPY, "2027-03-30");
        String copyDue = "Copy of the final report sent to the national panel due on Tuesday 30 March 2027";
        sweepOn(driver, "2027-03-23", 1, List.of("Reminder: " + copyDue), List.of(), List.of());
        sweepOn(driver, "2027-03-25", 1, List.of("Reminder: " + copyDue), List.of(), List.of());
        sweepOn(driver, "2027-03-30", 1, List.of("Reminder: " + copyDue), List.of(), List.of());
        assertThat(clock.instant()).isEqualTo(Instant.parse("2027-03-30T08:00:00Z"));
        recorded(driver, "2027-03-30T11:00", MANAGER, a, CaseStep.REPORT_COPY_SENT,
                Map.of(Fields.SENT_ON, "2027-03-30"));

        // Published on the day, with its address: it stays up 12 months, to Thursday 6 April 2028.
        refused(driver, MANAGER, a, CaseStep.BOARD_RESPONSE, Map.of(Fields.RESPONDED_ON, "2027-03-30"),
                "first record \u201CFinal report published\u201D");
        recorded(driver, "2027-04-06T10:00", MANAGER, a, CaseStep.PUBLISHED,
                Map.of(Fields.PUBLISHED_ON, "2027-04-06", Fields.ADDRESS, ADDRESS));
        assertThat(deadlines(stored(a))).containsEntry(DeadlineKind.PUBLICATION_MINIMUM, "2028-04-06");
        String stayPublished = "Reminder: the final report must stay published until at least Thursday 6 April 2028";
        sweepOn(driver, "2028-03-30", 1, List.of(stayPublished), List.of(), List.of());
        assertThat(clock.instant()).isEqualTo(Instant.parse("2028-03-30T08:00:00Z"));
        restart(platform, data);
        sweepOn(driver, "2028-03-30", 0, List.of(), List.of(), List.of());

        // The board's response, then closed: the whole record kept.
        recorded(driver, "2028-03-31T10:00", MANAGER, a, CaseStep.BOARD_RESPONSE,
                Map.of(Fields.RESPONDED_ON, "2028-03-31"));
        recorded(driver, "2028-03-31T10:05", MANAGER, a, CaseStep.CLOSE,
                Map.of(Fields.REASON, "Published, and the board has responded to the findings."));
        CaseRecord closed = stored(a);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(deadlines(closed)).containsExactly(
                Map.entry(DeadlineKind.CHAIR_DECISION, "2027-01-09 done"),
                Map.entry(DeadlineKind.NATIONAL_PANEL_NOTIFICATION, "2026-12-25 done"),
                Map.entry(DeadlineKind.SCR_COMPLETION, "2027-06-11 done"),
                Map.entry(DeadlineKind.NATIONAL_PANEL_REPORT_COPY, "2027-03-30 done"),
                Map.entry(DeadlineKind.PUBLICATION_MINIMUM, "2028-04-06"));
        assertThat(closed.audit()).extracting(event -> event.action()).contains("national panel notified",
                "methodology chosen", "terms of reference agreed", "review started", "draft report received",
                "final report agreed", "publication planned", "final report copy sent", "published",
                "board's response recorded", "closed");
        assertThat(requests(a)).allMatch(AgencyRequest::isProvided);
        // The stages the README describes: decided until the national panel is told (and for a case not reviewed,
        // until then only), then the review, the report, published, closed.
        assertThat(stages).containsExactly(
                notReviewed + " national-panel-notified: Decided",
                notReviewed + " close: Closed",
                scr + " national-panel-notified: National panel notified",
                scr + " methodology: National panel notified",
                scr + " terms-of-reference: National panel notified",
                scr + " review-started: Review in progress",
                scr + " draft-received: Review in progress",
                scr + " final-report-agreed: Final report agreed",
                scr + " publication-planned: Final report agreed",
                scr + " report-copy-sent: Final report agreed",
                scr + " published: Published",
                scr + " board-response: Published",
                scr + " close: Closed");
        refused(driver, MANAGER, a, CaseStep.CLOSE, Map.of(Fields.REASON, "Again."),
                "This case is closed, so nothing more can be recorded on it.");
        // Closed, its report is still owed to the public: reminded two days before and on the day it may come down.
        sweepOn(driver, "2028-04-04", 1, List.of(stayPublished), List.of(), List.of());
        sweepOn(driver, "2028-04-06", 1, List.of(stayPublished), List.of(), List.of());
        sweepOn(driver, "2028-04-13", 0, List.of(), List.of(), List.of());
    }

    /**
     * Staffordshire on rule pack wt2023: a local child safeguarding practice review recorded from the case view on every
     * platform, after the notification and the rapid review: initiated (its report due to be published 6 calendar
     * months on, a partnership's 2020 reading of the guidance, not verified), reminded a week ahead to the panel
     * channel and the Chair, the final report sent to the Panel and the Secretary of State, then published on a later
     * day, which marks the deadline done (a publication on the day it was sent is refused: Wt2023LocalReviewTest).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"teams", "slack", "local", "api"})
    void aLocalReviewOnWt2023IsInitiatedRemindedSentAndPublishedOnEveryPlatform(String platform, @TempDir Path data) {
        clock = HandClock.Moving.startingAt(START);
        // The three safeguarding partners' leads (wt2023's decision is theirs), on the platform's own ids.
        String key = platform.equals("slack") ? "slack" : "local";
        Platform on = platform.equals("slack") ? Platform.SLACK : Platform.LOCAL;
        List<String> leads = platform.equals("slack") ? List.of("UE2ELEADLA", "UE2ELEADICB", "UE2ELEADPOL")
                : List.of("partner-la", "partner-icb", "partner-police");
        app = start(platform, data, "casereview.boards[0].rule-pack=wt2023",
                "casereview.boards[0].partners.local-authority." + key + "[0]=" + leads.get(0),
                "casereview.boards[0].partners.integrated-care-board." + key + "[0]=" + leads.get(1),
                "casereview.boards[0].partners.police." + key + "[0]=" + leads.get(2));
        LifecycleDriver driver = driver(platform);
        driver.introduce();
        String reference = "CSPR-2026-97" + List.of("local", "api", "teams", "slack").indexOf(platform);
        CaseId id = new CaseId("staffordshire/" + reference);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("board", "staffordshire");
        answers.put("case_reference", reference);
        answers.put("aware_on", "yesterday");
        answers.put("abuse_or_neglect", "yes");
        answers.put("child_died", "no");
        answers.put("seriously_harmed", "yes");
        answers.put("in_area", "yes");
        answers.put("improvements_needed", "yes");
        answers.put("recurrent_themes", "no");
        answers.put("agencies_working_together", "no");
        answers.put("panel_advised_local_review", "no");

        // Thursday 10 December 2026: aware the day before; 5 and 15 working days (Christmas, New Year's Day skipped).
        driver.refer(answers);
        Eventually.await("the wt2023 case", () -> app.getBean(Cases.class).find(id).isPresent());
        assertThat(deadlines(stored(id))).contains(Map.entry(DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION, "2026-12-16"),
                Map.entry(DeadlineKind.RAPID_REVIEW, "2027-01-04"));
        recorded(driver, "2026-12-11T10:00", MANAGER, id, CaseStep.SERIOUS_INCIDENT_NOTIFIED,
                Map.of(Fields.SENT_ON, "2026-12-11"));
        recorded(driver, "2026-12-18T10:00", MANAGER, id, CaseStep.RAPID_REVIEW, Map.of(Fields.COMPLETED_ON,
                "2026-12-18", Fields.FACTS, "true", Fields.IMMEDIATE_ACTION, "true", Fields.LEARNING, "true",
                Fields.LOCAL_REVIEW, "may-meet", Fields.SENT_ON, "2026-12-18"));

        // The partners' leads each agree on the card (SameJourneyOnEveryPlatformIT presses it on each platform).
        clock.moveTo(london("2026-12-21T12:00"));
        for (String lead : leads) {
            CaseRecord now = stored(id);
            assertThat(app.getBean(CaseService.class).cardAction(new ButtonAction.Decision(DecisionVerb.AGREE,
                    id.value(), now.version()), Map.of(), CaseService.Actor.person(new UserRef(on, lead, lead)))
                    .applied()).as(lead).isTrue();
        }
        assertThat(stored(id).decision()).map(decision -> decision.outcome())
                .contains(Outcome.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW);
        refused(driver, MANAGER, id, CaseStep.LOCAL_REVIEW_REPORT_SENT, Map.of(Fields.SENT_ON, "2026-12-21"),
                "first record \u201CLocal child safeguarding practice review initiated\u201D");
        recorded(driver, "2026-12-21T14:00", MANAGER, id, CaseStep.LOCAL_REVIEW_INITIATED,
                Map.of(Fields.INITIATED_ON, "2026-12-21"));
        assertThat(deadlines(stored(id))).contains(Map.entry(DeadlineKind.LOCAL_REVIEW_PUBLICATION, "2027-06-21"));
        assertThat(stored(id).status()).isEqualTo(CaseStatus.REVIEW_IN_PROGRESS);

        String due = "Reminder: Local child safeguarding practice review published due on Monday 21 June 2027";
        sweepOn(driver, "2027-06-14", 1, List.of(due), List.of(due), List.of());

        recorded(driver, "2027-06-15T10:00", MANAGER, id, CaseStep.LOCAL_REVIEW_REPORT_SENT,
                Map.of(Fields.SENT_ON, "2027-06-15"));
        recorded(driver, "2027-06-16T10:00", MANAGER, id, CaseStep.LOCAL_REVIEW_PUBLISHED,
                Map.of(Fields.PUBLISHED_ON, "2027-06-16", Fields.ADDRESS, ADDRESS));

        assertThat(deadlines(stored(id))).contains(Map.entry(DeadlineKind.LOCAL_REVIEW_PUBLICATION, "2027-06-21 done"));
        assertThat(stored(id).status()).isEqualTo(CaseStatus.PUBLISHED);
        sweepOn(driver, "2027-06-21", 0, List.of(), List.of(), List.of());
    }
}
