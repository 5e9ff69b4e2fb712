package uk.lscb.casereview.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.adapters.slack.SlackRequests.buttonValues;
import static uk.lscb.casereview.core.driver.Eventually.await;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lscb.casereview.adapters.slack.SlackDriver;
import uk.lscb.casereview.adapters.slack.SlackRequests;
import uk.lscb.casereview.adapters.slack.StubSlackApi;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.HandClock;
import uk.lscb.casereview.bot.cases.CaseConfiguration.ReminderSweep;
import uk.lscb.casereview.bot.StoredText;
import uk.lscb.casereview.bot.storage.MongoConnection;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.driver.ReferralAnswers;
import uk.lscb.casereview.core.learning.LearningAction;
import uk.lscb.casereview.core.learning.LearningForms;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.learning.ReviewLearning;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * Issue 13's scripted review in Slack, through Bolt's real servlet with signed requests and the stub Web API, each
 * person in their DM with the app: the business manager names a lead reviewer from {@code case}'s "Learning from …"
 * buttons; the lead reviewer records two findings through the form's modal (view_submission), a name and a date of
 * birth refused beside their field with nothing kept; the business manager records a recommendation, actions for two
 * agencies and the learning, posted to both boards' panel channels; the police's owner marks their action started,
 * then done from its reminder's modal (refused without a link); the school's action falls overdue on a hand clock,
 * reminded in the panel channel and escalated to the Chair once; the weekly digest posts once a week in
 * Staffordshire's panel channel however often the sweep runs; Stoke-on-Trent's Chair finds the findings. The clock
 * starts on Saturday 28 November 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "SLACK_BOT_TOKEN=xoxb-test-token",
        "SLACK_SIGNING_SECRET=" + SlackLearningIT.SECRET,
        "server.address=127.0.0.1",
        "casereview.reminders.first-sweep-after=PT1H",
        "casereview.boards[0].id=staffordshire",
        "casereview.boards[0].name=Staffordshire",
        "casereview.boards[0].chairs.slack[0]=" + SlackLearningIT.CHAIR,
        "casereview.boards[0].business-managers.slack[0]=" + SlackLearningIT.MANAGER,
        "casereview.boards[0].panel-channels.slack=" + SlackLearningIT.STAFFS_PANEL,
        "casereview.boards[1].id=stoke-on-trent",
        "casereview.boards[1].name=Stoke-on-Trent",
        "casereview.boards[1].chairs.slack[0]=" + SlackLearningIT.STOKE_CHAIR,
        "casereview.boards[1].panel-channels.slack=" + SlackLearningIT.STOKE_PANEL})
@Import(SlackLearningIT.Clocked.class)
@ExtendWith(OutputCaptureExtension.class)
class SlackLearningIT {
    static final String SECRET = "learning-it-signing-secret-0123456789abcdef";
    static final String CHAIR = "ULCHAIR01";
    static final String MANAGER = "ULMANAGE1";
    static final String STOKE_CHAIR = "ULSTOKE01";
    static final String STAFFS_PANEL = "CLSTAFFS1";
    static final String STOKE_PANEL = "CLSTOKE01";
    private static final String PRACTITIONER = "ULPRACT01";
    private static final String REVIEWER = "ULREVIEW1";
    private static final String OWNER = "ULPOLICE1";
    private static final String PANEL_MEMBER = "ULPANEL01";
    private static final String REFERENCE = "SCR-2026-841";
    private static final CaseId CASE = new CaseId("staffordshire/" + REFERENCE);
    private static final String DIGEST = "Agencies' actions for the week of ";
    private static final HandClock.Moving CLOCK = HandClock.Moving.startingAt(FixedClock.CLOCK.instant());
    static final StubSlackApi SLACK = startStub();

    private static StubSlackApi startStub() {
        StubSlackApi stub = StubSlackApi.started();
        stub.name(REVIEWER, "Lee Reviewer");
        stub.name(OWNER, "Robin Police");
        stub.name(MANAGER, "Bo Manager");
        return stub;
    }

    /** The application's clock: this test's own, moved by hand. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Clocked {
        @Bean
        @Primary
        Clock learningClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        registry.add("SLACK_API_URL", SLACK::url);
    }

    @AfterAll
    static void stopStub() {
        SLACK.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    Conversations conversations;
    @Autowired
    ReminderSweep sweep;
    @Autowired
    LearningLogs logs;
    @Autowired
    Cases cases;
    @Autowired
    MongoConnection connection;
    SlackRequests slack;

    @BeforeEach
    void client() {
        slack = new SlackRequests(SECRET, "http://127.0.0.1:" + port + "/slack/events");
    }

    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    private static HttpResponse<String> sent(Request request) {
        try {
            HttpResponse<String> response = request.send();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response;
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }

    private static String text(StubSlackApi.Call post) {
        return post.get("text") + "\n" + post.get("blocks");
    }

    private static Predicate<StubSlackApi.Call> saying(String part) {
        return post -> text(post).contains(part);
    }

    private static List<StubSlackApi.Call> postsSaying(String channel, String part) {
        return SLACK.postsTo(channel).stream().filter(saying(part)).toList();
    }

    private static StubSlackApi.Call awaitPost(String channel, Predicate<StubSlackApi.Call> match) {
        try {
            await("a post to " + channel, () -> SLACK.postsTo(channel).stream().anyMatch(match));
        } catch (AssertionError missing) {
            throw new AssertionError(missing.getMessage() + " among " + SLACK.postsTo(channel), missing);
        }
        return SLACK.postsTo(channel).stream().filter(match).reduce((first, later) -> later).orElseThrow();
    }

    /** Types in the person's DM; the posts the app answered with (at least one). */
    private List<StubSlackApi.Call> type(String user, String typed) {
        int seen = SLACK.postsTo("D" + user).size();
        sent(() -> slack.directMessage(user, typed));
        await("the answer in D" + user, () -> SLACK.postsTo("D" + user).size() > seen);
        List<StubSlackApi.Call> posts = SLACK.postsTo("D" + user);
        return posts.subList(seen, posts.size());
    }

    private static String open(String step) {
        return new ButtonAction.OpenStep(CASE.value(), step).payload();
    }

    /** Types {@code case <reference>} in the person's DM: the first answer after that matching this. */
    private StubSlackApi.Call caseAnswer(String user, Predicate<StubSlackApi.Call> match) {
        int seen = SLACK.postsTo("D" + user).size();
        sent(() -> slack.directMessage(user, "case " + REFERENCE));
        try {
            await("the case in D" + user, () -> SLACK.postsTo("D" + user).stream().skip(seen).anyMatch(match));
        } catch (AssertionError missing) {
            throw new AssertionError(missing.getMessage() + " among " + SLACK.postsTo("D" + user).stream().skip(seen)
                    .map(SlackLearningIT::text).toList(), missing);
        }
        return SLACK.postsTo("D" + user).stream().skip(seen).filter(match).findFirst().orElseThrow();
    }

    /** {@code case <reference>}'s "Learning from …" message for this person. */
    private StubSlackApi.Call learningMessage(String user) {
        return caseAnswer(user, saying("Learning from " + REFERENCE));
    }

    /** Presses a button on a message in the person's DM: the modal it opened. */
    private JsonObject modal(String user, StubSlackApi.Call message, String payload) {
        assertThat(buttonValues(message)).contains(payload);
        int opened = SLACK.calls("views.open").size();
        sent(() -> slack.press(user, "D" + user, message, payload));
        await("the modal", () -> SLACK.calls("views.open").size() > opened);
        return StubSlackApi.json(SLACK.calls("views.open").get(opened).get("view")).getAsJsonObject();
    }

    /** A learning form's modal, opened from {@code case}'s message. */
    private JsonObject form(String user, String step) {
        return modal(user, learningMessage(user), open(step));
    }

    /** Submits a modal: the errors Slack shows beside its fields, or (none) what the person was told. */
    private String submit(String user, JsonObject modal, Map<String, String> values) {
        int told = SLACK.calls("chat.postEphemeral").size();
        String answered = sent(() -> slack.submit(user, modal, values)).body();
        if (answered.contains("errors")) {
            return answered;
        }
        await("what was recorded, told to " + user, () -> SLACK.calls("chat.postEphemeral").stream().skip(told)
                .anyMatch(call -> call.get("user").equals(user)));
        return SLACK.calls("chat.postEphemeral").stream().skip(told).filter(call -> call.get("user").equals(user))
                .findFirst().orElseThrow().get("text");
    }

    private String fill(String user, String step, Map<String, String> values) {
        return submit(user, form(user, step), values);
    }

    private ReviewLearning learning() {
        return logs.find(CASE).orElseThrow();
    }

    /** The clock moved to this London time, and the reminder sweep run three times, as after a restart too. */
    private void sweepAt(String londonTime) {
        CLOCK.moveTo(LocalDateTime.parse(londonTime).atZone(CLOCK.getZone()).toInstant());
        sweep.sweep();
        sweep.sweep();
        sweep.sweep();
    }

    @Test
    void aReviewsLearningIsEnteredInSlackFollowedToTheEndAndFoundByTheOtherBoard(CapturedOutput output) {
        for (String user : List.of(CHAIR, MANAGER, REVIEWER, OWNER, STOKE_CHAIR)) {
            type(user, "hello");
        }
        SlackDriver practitioner = new SlackDriver(slack, SLACK, conversations, PRACTITIONER, CHAIR, PANEL_MEMBER);
        practitioner.refer(ReferralAnswers.seriousCaseReview(REFERENCE, "20 Oct 2026"));
        practitioner.decide(CASE, Outcome.SERIOUS_CASE_REVIEW, Map.of(DecisionCard.LEAD_REVIEWERS, "A. Reviewer",
                DecisionCard.INDEPENDENT, "true"));
        await("the decision", () -> cases.find(CASE).flatMap(record -> record.decision()).isPresent());

        // The business manager names the lead reviewer; the reviewer sees no learning before that.
        caseAnswer(REVIEWER, saying("I can't find a case " + REFERENCE + " that you can see."));
        assertThat(fill(MANAGER, LearningForms.LEAD_REVIEWER, Map.of("person", REVIEWER)))
                .isEqualTo(REVIEWER + " can now enter the learning of " + REFERENCE + ".");

        // A name in the title, then a date of birth in the text: each refused beside its field, nothing kept.
        JsonObject finding = form(REVIEWER, LearningForms.FINDING);
        assertThat(finding.toString()).contains("Record a finding: " + REFERENCE, "\"block_id\":\"title\"");
        Map<String, String> named = Map.of("title", "Kayden Moorcroft was not seen", "text", "Missed appointments "
                + "were not seen as neglect.", "themes", "neglect, voice of the child", "kind", "learning");
        JsonObject refused = StubSlackApi.json(submit(REVIEWER, finding, named)).getAsJsonObject();
        assertThat(refused.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(refused.getAsJsonObject("errors").keySet()).containsExactly("title");
        assertThat(refused.getAsJsonObject("errors").get("title").getAsString()).startsWith("I haven't recorded that");
        JsonObject born = StubSlackApi.json(submit(REVIEWER, finding, Map.of("title", "Neglect was not recognised",
                "text", "The child, born 14/03/2019, was not seen.", "themes", "neglect", "kind", "learning")))
                .getAsJsonObject();
        assertThat(born.getAsJsonObject("errors").keySet()).containsExactly("text");
        assertThat(logs.find(CASE).map(review -> review.findings().size()).orElse(0)).isZero();

        assertThat(submit(REVIEWER, finding, Map.of("title", "Neglect was not recognised", "text", "Missed "
                + "appointments were not seen as neglect.", "themes", "neglect, voice of the child", "kind",
                "learning"))).isEqualTo("Finding 1 recorded on " + REFERENCE + ": Neglect was not recognised.");
        assertThat(fill(REVIEWER, LearningForms.FINDING, Map.of("title", "Referral lost between agencies", "text",
                "The school's concern did not reach the team.", "themes", "information sharing", "kind", "learning")))
                .startsWith("Finding 2 recorded on " + REFERENCE);

        // The recommendation, and actions for two agencies: the police's owned, the school's not.
        assertThat(fill(MANAGER, LearningForms.RECOMMENDATION, Map.of("text", "Share every referral within one "
                + "working day.", "findings", "1, 2", "agencies", "Staffordshire Police, the school")))
                .isEqualTo("Recommendation 1 recorded on " + REFERENCE + ", for Staffordshire Police, the school.");
        assertThat(fill(MANAGER, LearningForms.ACTION, Map.of("recommendation", "1", "agency", "Staffordshire Police",
                "owner", OWNER, "due", "2026-12-11"))).startsWith("Action 1 recorded on " + REFERENCE);
        assertThat(fill(MANAGER, LearningForms.ACTION, Map.of("recommendation", "1", "agency", "the school",
                "due", "2026-12-04"))).startsWith("Action 2 recorded on " + REFERENCE);

        // The learning recorded: one post to each board's panel channel.
        assertThat(fill(MANAGER, LearningForms.RECORD, Map.of("confirm", "true")))
                .contains("its 2 findings are in the learning log of both boards");
        String shared = "Learning recorded from " + REFERENCE + " (Staffordshire Serious Case Review)";
        for (String panel : List.of(STAFFS_PANEL, STOKE_PANEL)) {
            awaitPost(panel, saying(shared));
        }

        // Monday 30 November 08:00: the week's digest, once however often the sweep runs; none for Stoke-on-Trent.
        sweepAt("2026-11-30T08:00");
        String week49 = DIGEST + "30 November 2026 (Staffordshire): 0 overdue, 1 due this week";
        awaitPost(STAFFS_PANEL, saying(week49));
        sweepAt("2026-11-30T09:00");

        // Friday 4 December: the school's action due today (panel channel), the police's in a week (owner too).
        sweepAt("2026-12-04T09:00");
        String schoolDue = "Reminder: action 2 on " + REFERENCE + " (the school) is due on 4 December 2026";
        String policeAhead = "Reminder: action 1 on " + REFERENCE + " (Staffordshire Police) is due on 11 December 2026";
        awaitPost(STAFFS_PANEL, saying(schoolDue).and(saying("It is due today.")));
        awaitPost(STAFFS_PANEL, saying(policeAhead));
        StubSlackApi.Call reminded = awaitPost("D" + OWNER, saying(policeAhead));
        assertThat(buttonValues(reminded)).containsExactly(open(LearningForms.DONE));

        // The owner: started from case, then done from the reminder's Mark done, refused without a link.
        StubSlackApi.Call ownersLearning = learningMessage(OWNER);
        assertThat(buttonValues(ownersLearning)).containsExactly(open(LearningForms.STARTED),
                open(LearningForms.DONE));
        assertThat(submit(OWNER, modal(OWNER, ownersLearning, open(LearningForms.STARTED)), Map.of("action", "1")))
                .isEqualTo("Action 1 is in progress.");
        assertThat(learning().action(1).orElseThrow().status(learning().action(1).orElseThrow().due()))
                .isEqualTo(LearningAction.Status.IN_PROGRESS);
        JsonObject markDone = modal(OWNER, reminded, open(LearningForms.DONE));
        JsonObject noLink = StubSlackApi.json(submit(OWNER, markDone, Map.of("action", "1", "evidence",
                "Referral procedure reissued."))).getAsJsonObject();
        assertThat(noLink.getAsJsonObject("errors").keySet()).containsExactly("link");
        assertThat(learning().action(1).orElseThrow().isDone()).isFalse();
        assertThat(submit(OWNER, markDone, Map.of("action", "1", "evidence", "Referral procedure reissued.", "link",
                "https://example.org/procedure"))).isEqualTo("Action 1 on " + REFERENCE + " is done, with its "
                + "evidence.");
        assertThat(learning().action(1).orElseThrow().evidence().orElseThrow().link())
                .isEqualTo("https://example.org/procedure");

        // Saturday 5 December: the school's action overdue, escalated to the Chair once; a week later, again in the
        // panel channel only.
        sweepAt("2026-12-05T09:00");
        String overdue = "Overdue: action 2 on " + REFERENCE + " (the school) was due on 4 December 2026";
        awaitPost(STAFFS_PANEL, saying(overdue));
        awaitPost("D" + CHAIR, saying(overdue));

        // Monday 7 December: the second week's digest, the school's action 3 days overdue; the police's is done.
        sweepAt("2026-12-07T08:00");
        String week50 = DIGEST + "7 December 2026 (Staffordshire): 1 overdue, 0 due this week";
        awaitPost(STAFFS_PANEL, saying(week50));
        sweepAt("2026-12-12T09:00");
        await("the weekly overdue reminder", () -> postsSaying(STAFFS_PANEL, overdue).size() == 2);
        assertThat(postsSaying("D" + CHAIR, overdue)).hasSize(1);
        assertThat(postsSaying("D" + OWNER, policeAhead)).hasSize(1);
        assertThat(postsSaying("D" + OWNER, "action 2")).isEmpty();
        assertThat(postsSaying(STAFFS_PANEL, DIGEST)).extracting(SlackLearningIT::text)
                .hasSize(2).anyMatch(post -> post.contains(week49)).anyMatch(post -> post.contains(week50));
        assertThat(text(postsSaying(STAFFS_PANEL, week50).get(0)))
                .contains("the school, overdue: was due on 4 December 2026, 3 days overdue")
                .doesNotContain("Staffordshire Police,");
        assertThat(postsSaying(STOKE_PANEL, DIGEST)).isEmpty();
        assertThat(postsSaying(STOKE_PANEL, shared)).hasSize(1);

        // Stoke-on-Trent's Chair finds Staffordshire's findings, by a word and by a theme.
        assertThat(type(STOKE_CHAIR, "learning neglect").stream().map(SlackLearningIT::text).toList().toString())
                .contains("Learning log: 1 finding", "Staffordshire · Serious Case Review · 2026 · " + REFERENCE
                        + " finding 1 · Learning", "Neglect was not recognised");
        assertThat(type(STOKE_CHAIR, "learning theme:\"information sharing\"").stream().map(SlackLearningIT::text)
                .toList().toString()).contains("Referral lost between agencies")
                .doesNotContain("Neglect was not recognised");
        // And by the slash command, which answered every command but the case commands with its help.
        assertThat(sent(() -> slack.command(STOKE_CHAIR, "CGENERAL", "learning neglect")).body())
                .contains("Learning log: 1 finding", "Neglect was not recognised");
        assertThat(StubSlackApi.json(sent(() -> slack.command(STOKE_CHAIR, "CGENERAL", "help")).body())
                .getAsJsonObject().get("text").getAsString()).contains("`/casereview learning WORDS`",
                        "`/casereview requests`", "`/casereview report`", "`/casereview decide REFERENCE`");

        // What was refused is in neither the store nor the logs.
        assertThat(StoredText.of(connection)).contains("Neglect was not recognised")
                .doesNotContain("Kayden", "Moorcroft", "14/03/2019");
        assertThat(output.getAll()).doesNotContain("Kayden", "Moorcroft", "14/03/2019");
    }
}
