package uk.lscb.casereview.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.core.driver.Eventually.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import uk.lscb.casereview.adapters.teams.StubConnector;
import uk.lscb.casereview.adapters.teams.TeamsDriver;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.HandClock;
import uk.lscb.casereview.bot.cases.CaseConfiguration.ReminderSweep;
import uk.lscb.casereview.bot.StoredText;
import uk.lscb.casereview.bot.storage.MongoConnection;
import uk.lscb.casereview.core.actions.ButtonAction;
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
 * Issue 13's scripted review in Teams, through {@code POST /api/messages}, the real Bot Framework SDK and the stub Bot
 * Connector, each person in their own 1:1 chat: the business manager names a lead reviewer from {@code case}'s
 * "Learning from …" card; the lead reviewer records two findings through the form's card (an Action.Submit and an
 * Action.Execute), a name and a date of birth refused with the form shown again; the business manager records a
 * recommendation and actions for two agencies, then the learning, posted to both boards' panel channels; the police's
 * owner marks their action started, then done from its reminder (refused without a link); the school's action falls
 * overdue on a hand clock, reminded in the panel channel and escalated to the Chair once; the weekly digest posts once a
 * week in Staffordshire's panel channel however often the sweep runs; Stoke-on-Trent's Chair finds the findings.
 * The clock starts on Saturday 28 November 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "casereview.reminders.first-sweep-after=PT1H",
        "casereview.boards[0].id=staffordshire",
        "casereview.boards[0].name=Staffordshire",
        "casereview.boards[0].chairs.teams[0]=" + TeamsLearningIT.CHAIR,
        "casereview.boards[0].business-managers.teams[0]=" + TeamsLearningIT.MANAGER,
        "casereview.boards[0].administrators.teams[0]=" + TeamsLearningIT.ADMIN,
        "casereview.boards[1].id=stoke-on-trent",
        "casereview.boards[1].name=Stoke-on-Trent",
        "casereview.boards[1].chairs.teams[0]=" + TeamsLearningIT.STOKE_CHAIR,
        "casereview.boards[1].administrators.teams[0]=" + TeamsLearningIT.STOKE_ADMIN})
@Import(TeamsLearningIT.Clocked.class)
@ExtendWith(OutputCaptureExtension.class)
class TeamsLearningIT {
    static final String CHAIR = "00000000-0000-0000-0000-00000001ea01";
    static final String MANAGER = "00000000-0000-0000-0000-00000001ea02";
    static final String ADMIN = "00000000-0000-0000-0000-00000001ea03";
    static final String STOKE_CHAIR = "00000000-0000-0000-0000-00000001ea04";
    static final String STOKE_ADMIN = "00000000-0000-0000-0000-00000001ea05";
    private static final String PRACTITIONER = "00000000-0000-0000-0000-00000001ea06";
    private static final String REVIEWER = "00000000-0000-0000-0000-00000001ea07";
    private static final String OWNER = "00000000-0000-0000-0000-00000001ea08";
    private static final String STAFFS_PANEL = "19:learning-staffordshire@thread.tacv2";
    private static final String STOKE_PANEL = "19:learning-stoke@thread.tacv2";
    private static final String REFERENCE = "SCR-2026-831";
    private static final CaseId CASE = new CaseId("staffordshire/" + REFERENCE);
    private static final String DIGEST = "Agencies' actions for the week of ";
    private static final HandClock.Moving CLOCK = HandClock.Moving.startingAt(FixedClock.CLOCK.instant());

    /** The application's clock: this test's own, moved by hand. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Clocked {
        @Bean
        @Primary
        Clock learningClock() {
            return CLOCK;
        }
    }

    private static StubConnector connector;

    @LocalServerPort
    int port;
    @Autowired
    Conversations conversations;
    @Autowired
    ReminderSweep sweep;
    @Autowired
    LearningLogs logs;
    @Autowired
    MongoConnection connection;
    private TeamsActivities teams;

    @BeforeAll
    static void startConnector() throws Exception {
        connector = new StubConnector();
    }

    @AfterAll
    static void stopConnector() {
        connector.close();
    }

    @BeforeEach
    void client() {
        teams = new TeamsActivities(port, connector.url());
    }

    private static String chat(String aad) {
        return "a:learning-" + aad.substring(aad.length() - 4);
    }

    private List<StubConnector.Call> postsTo(String conversation) {
        return connector.activities().stream()
                .filter(call -> call.path().startsWith("/v3/conversations/" + conversation)).toList();
    }

    private static String text(StubConnector.Call post) {
        return post.text() + (post.card() == null ? "" : post.card().toString());
    }

    private static Predicate<StubConnector.Call> saying(String part) {
        return post -> text(post).contains(part);
    }

    private List<StubConnector.Call> postsSaying(String conversation, String part) {
        return postsTo(conversation).stream().filter(saying(part)).toList();
    }

    private StubConnector.Call awaitPost(String conversation, Predicate<StubConnector.Call> match) {
        try {
            await("a post to " + conversation, () -> postsTo(conversation).stream().anyMatch(match));
        } catch (AssertionError missing) {
            throw new AssertionError(missing.getMessage() + " among " + postsTo(conversation), missing);
        }
        List<StubConnector.Call> found = postsTo(conversation).stream().filter(match).toList();
        return found.get(found.size() - 1);
    }

    /** Types in the person's chat; the posts the bot answered with (at least one). */
    private List<StubConnector.Call> type(String aad, String text) {
        int seen = postsTo(chat(aad)).size();
        assertThat(teams.send(teams.personalText(chat(aad), aad, text)).status()).isEqualTo(202);
        await("the answer in " + chat(aad), () -> postsTo(chat(aad)).size() > seen);
        List<StubConnector.Call> posts = postsTo(chat(aad));
        return posts.subList(seen, posts.size());
    }

    /** Types {@code case <reference>} in the person's chat: the first answer after that matching this. */
    private StubConnector.Call caseAnswer(String aad, Predicate<StubConnector.Call> match) {
        int seen = postsTo(chat(aad)).size();
        assertThat(teams.send(teams.personalText(chat(aad), aad, "case " + REFERENCE)).status()).isEqualTo(202);
        try {
            await("the case in " + chat(aad), () -> postsTo(chat(aad)).stream().skip(seen).anyMatch(match));
        } catch (AssertionError missing) {
            throw new AssertionError(missing.getMessage() + " among " + postsTo(chat(aad)).stream().skip(seen)
                    .map(TeamsLearningIT::text).toList(), missing);
        }
        return postsTo(chat(aad)).stream().skip(seen).filter(match).findFirst().orElseThrow();
    }

    /** {@code case <reference>}'s "Learning from …" card for this person. */
    private JsonNode learningCard(String aad) {
        return caseAnswer(aad, saying("Learning from " + REFERENCE)).card();
    }

    private static String open(String step) {
        return new ButtonAction.OpenStep(CASE.value(), step).payload();
    }

    private static String take(String step) {
        return new ButtonAction.TakeStep(CASE.value(), step).payload();
    }

    private TeamsActivities.Response execute(String aad, String conversation, ObjectNode data) {
        TeamsActivities.Response response = teams.send(teams.invoke(conversation, "personal", aad, "Person " + aad
                .substring(aad.length() - 2), "card-1", "case", data));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    /** Presses a learning form's button on {@code case}'s card: the form's card, posted in the person's chat. */
    private StubConnector.Call form(String aad, String step) {
        JsonNode card = learningCard(aad);
        assertThat(TeamsDriver.payloads(card)).contains(open(step));
        int seen = postsTo(chat(aad)).size();
        execute(aad, chat(aad), TeamsActivities.data(open(step)));
        await("the form " + step, () -> postsTo(chat(aad)).stream().skip(seen)
                .anyMatch(post -> post.card() != null && TeamsDriver.payloads(post.card()).contains(take(step))));
        return postsTo(chat(aad)).stream().skip(seen).filter(post -> post.card() != null
                && TeamsDriver.payloads(post.card()).contains(take(step))).findFirst().orElseThrow();
    }

    /** A learning form opened from {@code case} and sent as an Action.Execute: the card the bot answered with. */
    private JsonNode fill(String aad, String step, Map<String, String> values) {
        form(aad, step);
        ObjectNode data = TeamsActivities.data(take(step));
        values.forEach(data::put);
        return execute(aad, chat(aad), data).json();
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

    private void introduced() {
        for (String aad : List.of(CHAIR, MANAGER, REVIEWER, OWNER, STOKE_CHAIR)) {
            teams.send(teams.personalText(chat(aad), aad, "hello"));
            await("the welcome in " + chat(aad), () -> !postsTo(chat(aad)).isEmpty());
        }
        Map<String, String> panels = Map.of(STAFFS_PANEL, ADMIN + " Staffordshire", STOKE_PANEL, STOKE_ADMIN
                + " Stoke-on-Trent");
        panels.forEach((panel, who) -> {
            String[] adminAndBoard = who.split(" ", 2);
            teams.send(teams.botAdded(panel, "channel", adminAndBoard[0]));
            teams.send(teams.channelMention(panel + ";messageid=1", adminAndBoard[0], "register panel channel for "
                    + adminAndBoard[1]));
            awaitPost(panel, saying("panel channel"));
        });
    }

    private void referredAndDecided() {
        TeamsDriver practitioner = new TeamsDriver(teams, teams.endpoint(), connector, conversations,
                chat(PRACTITIONER), PRACTITIONER, CHAIR, "not-in-this-test");
        practitioner.refer(ReferralAnswers.seriousCaseReview(REFERENCE, "20 Oct 2026"));
        TeamsDriver.Sent decided = practitioner.decide(CASE, Outcome.SERIOUS_CASE_REVIEW, Map.of(
                DecisionCard.LEAD_REVIEWERS, "A. Reviewer", DecisionCard.INDEPENDENT, "true"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    }

    @Test
    void aReviewsLearningIsEnteredInTeamsFollowedToTheEndAndFoundByTheOtherBoard(CapturedOutput output) {
        introduced();
        referredAndDecided();

        // The business manager names the lead reviewer; the reviewer sees no learning before that.
        caseAnswer(REVIEWER, saying("I can't find a case " + REFERENCE + " that you can see."));
        JsonNode named = fill(MANAGER, LearningForms.LEAD_REVIEWER, Map.of("person", REVIEWER));
        assertThat(named.toString()).contains(REVIEWER + " can now enter the learning of " + REFERENCE);

        // A name in a finding's title, sent as an Action.Submit: the form again, with the refusal and what was typed.
        StubConnector.Call finding = form(REVIEWER, LearningForms.FINDING);
        ObjectNode typed = TeamsActivities.data(take(LearningForms.FINDING));
        typed.put("title", "Kayden Moorcroft was not seen").put("text", "Missed appointments were not seen as "
                + "neglect.").put("themes", "neglect, voice of the child").put("kind", "learning");
        teams.send(teams.submit(chat(REVIEWER), "personal", REVIEWER, "Lee Reviewer", finding.givenId(), typed));
        Predicate<StubConnector.Call> refusedInPlace = update -> update.path().endsWith("/" + finding.givenId())
                && update.card() != null && TeamsDriver.payloads(update.card()).contains(take(LearningForms.FINDING))
                && update.card().toString().contains("I haven't recorded that");
        await("the form's card shown again, refused", () -> connector.updates().stream().anyMatch(refusedInPlace));
        JsonNode again = connector.updates().stream().filter(refusedInPlace).findFirst().orElseThrow().card();
        assertThat(again.toString()).contains("\"id\":\"title\"", "\"value\":\"Missed appointments were not seen "
                + "as neglect.\"");
        assertThat(logs.find(CASE).map(review -> review.findings().size()).orElse(0)).isZero();

        // A date of birth in the text, sent as an Action.Execute: the card comes back refused beside the text.
        JsonNode born = fill(REVIEWER, LearningForms.FINDING, Map.of("title", "Neglect was not recognised", "text",
                "The child, born 14/03/2019, was not seen.", "themes", "neglect", "kind", "learning"));
        assertThat(born.path("value").toString()).contains("\"id\":\"text\"", "I haven't recorded that");
        assertThat(logs.find(CASE).map(review -> review.findings().size()).orElse(0)).isZero();

        typed.put("title", "Neglect was not recognised");
        teams.send(teams.submit(chat(REVIEWER), "personal", REVIEWER, "Lee Reviewer", "card-2", typed));
        awaitPost(chat(REVIEWER), saying("Finding 1 recorded on " + REFERENCE + ": Neglect was not recognised."));
        assertThat(fill(REVIEWER, LearningForms.FINDING, Map.of("title", "Referral lost between agencies", "text",
                "The school's concern did not reach the team.", "themes", "information sharing", "kind", "learning"))
                .toString()).contains("Finding 2 recorded on " + REFERENCE);

        // The recommendation, and actions for two agencies: the police's owned, the school's not.
        assertThat(fill(MANAGER, LearningForms.RECOMMENDATION, Map.of("text", "Share every referral within one "
                + "working day.", "findings", "1, 2", "agencies", "Staffordshire Police, the school")).toString())
                .contains("Recommendation 1 recorded on " + REFERENCE + ", for Staffordshire Police, the school.");
        assertThat(fill(MANAGER, LearningForms.ACTION, Map.of("recommendation", "1", "agency", "Staffordshire Police",
                "owner", OWNER, "due", "2026-12-11")).toString()).contains("Action 1 recorded on " + REFERENCE);
        assertThat(fill(MANAGER, LearningForms.ACTION, Map.of("recommendation", "1", "agency", "the school",
                "owner", "", "due", "2026-12-04")).toString()).contains("Action 2 recorded on " + REFERENCE);

        // The learning recorded: one post to each board's panel channel.
        assertThat(fill(MANAGER, LearningForms.RECORD, Map.of("confirm", "true")).toString())
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
        awaitPost(STAFFS_PANEL, saying(schoolDue));
        awaitPost(STAFFS_PANEL, saying(policeAhead));
        StubConnector.Call reminded = awaitPost(chat(OWNER), saying(policeAhead));
        assertThat(TeamsDriver.payloads(reminded.card())).containsExactly(open(LearningForms.DONE));

        // The owner: started from case, then done from the reminder's Mark done, refused without a link.
        assertThat(TeamsDriver.payloads(learningCard(OWNER))).containsExactly(open(LearningForms.STARTED),
                open(LearningForms.DONE));
        assertThat(fill(OWNER, LearningForms.STARTED, Map.of("action", "1")).toString())
                .contains("Action 1 is in progress.");
        assertThat(learning().action(1).orElseThrow().status(learning().action(1).orElseThrow().due()))
                .isEqualTo(LearningAction.Status.IN_PROGRESS);
        int before = postsTo(chat(OWNER)).size();
        execute(OWNER, chat(OWNER), TeamsActivities.data(open(LearningForms.DONE)));
        await("the Mark done form", () -> postsTo(chat(OWNER)).stream().skip(before).anyMatch(post ->
                post.card() != null && TeamsDriver.payloads(post.card()).contains(take(LearningForms.DONE))));
        ObjectNode evidence = TeamsActivities.data(take(LearningForms.DONE));
        evidence.put("action", "1").put("evidence", "Referral procedure reissued.").put("link", "");
        JsonNode noLink = execute(OWNER, chat(OWNER), evidence).json();
        assertThat(noLink.path("value").toString()).contains("\"id\":\"link\"", "Referral procedure reissued.");
        assertThat(learning().action(1).orElseThrow().isDone()).isFalse();
        evidence.put("link", "https://example.org/procedure");
        assertThat(execute(OWNER, chat(OWNER), evidence).body()).contains("Action 1 on " + REFERENCE
                + " is done, with its evidence.");
        assertThat(learning().action(1).orElseThrow().evidence().orElseThrow().link())
                .isEqualTo("https://example.org/procedure");

        // Saturday 5 December: the school's action overdue, escalated to the Chair once; a week later, again in the
        // panel channel only.
        sweepAt("2026-12-05T09:00");
        String overdue = "Overdue: action 2 on " + REFERENCE + " (the school) was due on 4 December 2026";
        awaitPost(STAFFS_PANEL, saying(overdue));
        awaitPost(chat(CHAIR), saying(overdue));

        // Monday 7 December: the second week's digest, the school's action 3 days overdue; the police's is done.
        sweepAt("2026-12-07T08:00");
        String week50 = DIGEST + "7 December 2026 (Staffordshire): 1 overdue, 0 due this week";
        awaitPost(STAFFS_PANEL, saying(week50));
        sweepAt("2026-12-12T09:00");
        await("the weekly overdue reminder", () -> postsSaying(STAFFS_PANEL, overdue).size() == 2);
        assertThat(postsSaying(chat(CHAIR), overdue)).hasSize(1);
        // The school's action, entered within its week ahead, was reminded at the first sweep after and on the day.
        assertThat(postsSaying(STAFFS_PANEL, schoolDue)).extracting(TeamsLearningIT::text).hasSize(2)
                .filteredOn(post -> post.contains("It is due today.")).hasSize(1);
        assertThat(postsSaying(chat(OWNER), policeAhead)).hasSize(1);
        assertThat(postsSaying(chat(OWNER), "action 2")).isEmpty();
        assertThat(postsSaying(STAFFS_PANEL, DIGEST)).extracting(TeamsLearningIT::text)
                .hasSize(2).anyMatch(post -> post.contains(week49)).anyMatch(post -> post.contains(week50));
        assertThat(postsSaying(STAFFS_PANEL, week50).get(0).card().toString())
                .contains("the school, overdue: was due on 4 December 2026, 3 days overdue")
                .doesNotContain("Staffordshire Police,");
        assertThat(postsSaying(STOKE_PANEL, DIGEST)).isEmpty();
        assertThat(postsSaying(STOKE_PANEL, shared)).hasSize(1);

        // Stoke-on-Trent's Chair finds Staffordshire's findings, by a word and by a theme.
        assertThat(type(STOKE_CHAIR, "learning neglect").stream().map(TeamsLearningIT::text).toList().toString())
                .contains("Learning log: 1 finding", "Staffordshire · Serious Case Review · 2026 · " + REFERENCE
                        + " finding 1 · Learning", "Neglect was not recognised");
        assertThat(type(STOKE_CHAIR, "learning theme:\"information sharing\"").stream().map(TeamsLearningIT::text)
                .toList().toString()).contains("Referral lost between agencies")
                .doesNotContain("Neglect was not recognised");

        // What was refused is in neither the store nor the logs.
        assertThat(StoredText.of(connection)).contains("Neglect was not recognised")
                .doesNotContain("Kayden", "Moorcroft", "14/03/2019");
        assertThat(output.getAll()).doesNotContain("Kayden", "Moorcroft", "14/03/2019");
    }
}
