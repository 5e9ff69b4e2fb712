package uk.lscb.casereview.bot.local;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.core.driver.Eventually.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.bot.driver.LocalDriver;
import uk.lscb.casereview.bot.StoredText;
import uk.lscb.casereview.bot.storage.MongoConnection;
import uk.lscb.casereview.core.driver.ReferralAnswers;

/**
 * The learning log on the real application in local mode, over the case API and the local page's chat: a
 * Staffordshire review's findings, a recommendation to two agencies and their actions, one done with evidence and
 * one overdue, the learning recorded and found by Stoke-on-Trent's search; text that looks like a name or a date of
 * birth refused everywhere and found neither in the store nor in the logs. The clock starts on Saturday 28 November
 * 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "casereview.reminders.first-sweep-after=PT1H")
@Import(FixedClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@ExtendWith(OutputCaptureExtension.class)
class LocalLearningIT {
    private static final String REFERENCE = "SCR-2026-081";
    private static final String CASE = "/api/cases/" + REFERENCE;
    private static final String MANAGER = "business-manager";
    /** The practitioner's identity plays the lead reviewer the business manager names, and the police's owner. */
    private static final String REVIEWER = "practitioner";
    private static final String STOKE_CHAIR = "chair-stoke-on-trent";

    @LocalServerPort
    int port;
    @Autowired
    MongoConnection connection;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static JsonNode status(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }

    private JsonNode post(String path, String as, Object body, int expected) {
        return status(http.postJson(path + "?as=" + as, body), expected);
    }

    private String say(String as, String text) {
        return status(http.postJson("/local/api/turn", Map.of("as", as, "text", text)), 200).get("replies").toString();
    }

    private JsonNode panel(String board) {
        return status(http.get("/local/api/panel?board=" + board), 200).get("posts");
    }

    private JsonNode inbox(String as) {
        return status(http.get("/local/api/inbox?as=" + as), 200).get("messages");
    }

    private static List<String> titles(JsonNode feed, String title) {
        List<String> found = new ArrayList<>();
        feed.forEach(post -> {
            if (post.get("title").asText().equals(title)) {
                found.add(title);
            }
        });
        return found;
    }

    private void advance(int days) {
        status(http.postJson("/local/api/clock", Map.of("advanceDays", days)), 200);
    }

    private void referredAndDecided() {
        referredAndDecided(REFERENCE, ReferralAnswers.seriousHarmWithAConcern(REFERENCE, "3 Nov 2026"));
    }

    private void referredAndDecided(String reference, Map<String, String> answers) {
        new LocalDriver(http, "practitioner", "chair-staffordshire", "staffordshire").answer(answers);
        status(http.postJson("/local/api/turn", Map.of("as", "practitioner", "text", "submit")), 200);
        String confirm = null;
        for (JsonNode card : status(http.get("/local/api/inbox?as=chair-staffordshire"), 200).get("cards")) {
            if (card.get("caseId").asText().equals("staffordshire/" + reference)) {
                confirm = card.get("actions").get(0).get("payload").asText();
            }
        }
        JsonNode decided = status(http.postJson("/local/api/case-action", Map.of("as", "chair-staffordshire",
                "payload", confirm, "inputs", Map.of("lead_reviewers", "A Reviewer", "reviewers_independent", true),
                "from", "inbox")), 200);
        assertThat(decided.get("applied").asBoolean()).as(decided.toString()).isTrue();
    }

    private static Map<String, Object> finding(String title, String text, List<String> themes) {
        return Map.of("title", title, "text", text, "themes", themes);
    }

    private static Map<String, Object> action(int recommendation, String agency, Object owner, String due) {
        Map<String, Object> body = new HashMap<>(Map.of("recommendation", recommendation, "agency", agency, "due",
                due));
        body.put("owner", owner);
        return body;
    }

    @Test
    void aReviewsLearningIsEnteredFollowedToTheEndAndFoundByTheOtherBoard() {
        referredAndDecided();
        assertThat(status(http.get(CASE + "?as=" + MANAGER), 200).get("learning").get("findings")).isEmpty();

        // The lead reviewer may enter learning once the business manager names them, not before.
        post(CASE + "/findings", REVIEWER, finding("Neglect was not recognised", "Missed appointments were not "
                + "seen as neglect.", List.of("neglect")), 403);
        post(CASE + "/lead-reviewers", MANAGER, Map.of("platform", "local", "id", REVIEWER), 201);
        post(CASE + "/findings", REVIEWER, finding("Neglect was not recognised", "Missed appointments were not "
                + "seen as neglect.", List.of("neglect", "voice of the child")), 201);
        post(CASE + "/findings", REVIEWER, finding("Referral lost between agencies", "The school's concern did not "
                + "reach the team.", List.of("Information sharing")), 201);

        JsonNode recommended = post(CASE + "/recommendations", MANAGER, Map.of("text", "Share every referral "
                + "within one working day.", "findings", List.of(1, 2), "agencies", List.of("Staffordshire Police",
                "the school")), 201);
        assertThat(recommended.get("message").asText()).isEqualTo("Recommendation 1 recorded on SCR-2026-081, for "
                + "Staffordshire Police, the school.");
        post(CASE + "/actions", MANAGER, action(1, "Staffordshire Police", Map.of("platform", "local", "id",
                REVIEWER), "2026-12-11"), 201);
        JsonNode actions = post(CASE + "/actions", MANAGER, action(1, "the school", null, "2026-12-04"), 201);
        assertThat(actions.get("learning").get("actions")).extracting(node -> node.get("status").asText())
                .containsExactly("not-started", "not-started");
        // The case as the case API shows it has its learning, as the learning's own address does.
        JsonNode learning = status(http.get(CASE + "?as=" + MANAGER), 200).get("learning");
        assertThat(learning.get("findings")).extracting(node -> node.get("title").asText())
                .containsExactly("Neglect was not recognised", "Referral lost between agencies");
        assertThat(learning.get("recommendations")).hasSize(1);
        assertThat(learning).isEqualTo(status(http.get(CASE + "/learning?as=" + MANAGER), 200));

        // The learning recorded: in the log of both boards, one post to each board's panel channel.
        JsonNode recorded = post(CASE + "/learning/recorded", MANAGER, Map.of(), 201);
        assertThat(recorded.get("message").asText()).contains("its 2 findings are in the learning log of both "
                + "boards");
        String shared = "Learning recorded from SCR-2026-081 (Staffordshire Serious Case Review)";
        for (String board : List.of("staffordshire", "stoke-on-trent")) {
            await("the post to " + board, () -> titles(panel(board), shared).size() == 1);
        }

        // Friday 4 December: the school's action is due today (panel channel), the police's due in a week (its owner).
        advance(6);
        String schoolDue = "Reminder: action 2 on SCR-2026-081 (the school) is due on 4 December 2026";
        String policeAhead = "Reminder: action 1 on SCR-2026-081 (Staffordshire Police) is due on 11 December 2026";
        await("the reminders", () -> titles(panel("staffordshire"), schoolDue).size() == 1
                && titles(inbox(REVIEWER), policeAhead).size() == 1);
        assertThat(inbox(REVIEWER).toString()).doesNotContain("action 2");

        // The police's owner marks it done from the reminder's form: refused without a link, then with its evidence.
        JsonNode noLink = post(CASE + "/actions/1/done", REVIEWER, Map.of("evidence", "Referral procedure "
                + "reissued.", "link", ""), 422);
        assertThat(noLink.get("field").asText()).isEqualTo("link");
        post(CASE + "/actions/1/done", REVIEWER, Map.of("evidence", "Referral procedure reissued.", "link",
                "https://example.org/procedure"), 201);

        // Saturday 5 December: the school's action is overdue, escalated to the Chair once.
        advance(1);
        String overdueTitle = "Overdue: action 2 on SCR-2026-081 (the school) was due on 4 December 2026";
        await("the escalation", () -> titles(panel("staffordshire"), overdueTitle).size() == 1
                && titles(inbox("chair-staffordshire"), overdueTitle).size() == 1);
        advance(7);
        await("the weekly reminder", () -> titles(panel("staffordshire"), overdueTitle).size() == 2);
        assertThat(titles(inbox("chair-staffordshire"), overdueTitle)).hasSize(1);
        assertThat(titles(inbox(REVIEWER), policeAhead)).hasSize(1);
        JsonNode overdue = status(http.get("/api/actions?status=overdue&as=" + MANAGER), 200);
        assertThat(overdue.get("total").asInt()).isEqualTo(1);
        assertThat(overdue.get("items").get(0).get("action").get("agency").asText()).isEqualTo("the school");
        JsonNode done = status(http.get("/api/actions?status=done&board=staffordshire&as=" + MANAGER), 200);
        assertThat(done.get("items").get(0).get("action").get("evidence").get("link").asText())
                .isEqualTo("https://example.org/procedure");
        assertThat(http.get("/api/actions?as=" + REVIEWER).status()).isEqualTo(403);

        // Stoke-on-Trent's Chair finds Staffordshire's findings, in chat and over the API.
        assertThat(say(STOKE_CHAIR, "learning neglect")).contains("Learning log: 1 finding",
                "Staffordshire · Serious Case Review · 2026 · SCR-2026-081 finding 1 · Learning",
                "Neglect was not recognised");
        assertThat(say(STOKE_CHAIR, "learning theme:\"information sharing\"")).contains(
                "Referral lost between agencies").doesNotContain("Neglect was not recognised");
        JsonNode found = status(http.get("/api/learning?q=neglect&as=" + STOKE_CHAIR), 200);
        assertThat(found.get("total").asInt()).isEqualTo(1);
        JsonNode item = found.get("items").get(0);
        assertThat(item.get("boardName").asText()).isEqualTo("Staffordshire");
        assertThat(item.get("reviewType").asText()).isEqualTo("Serious Case Review");
        assertThat(item.get("year").asInt()).isEqualTo(2026);
        assertThat(item.get("finding").get("title").asText()).isEqualTo("Neglect was not recognised");
        assertThat(status(http.get("/api/learning?theme=information%20sharing&board=staffordshire&from=2026&to=2026"
                + "&as=" + STOKE_CHAIR), 200).get("total").asInt()).isEqualTo(1);
        assertThat(status(http.get("/api/learning?board=stoke-on-trent&as=" + STOKE_CHAIR), 200).get("total")
                .asInt()).isZero();
    }

    @Test
    void learningFromTheMultiAgencyAuditTheDecisionAskedForIsSearchedAsFromThatAudit() {
        referredAndDecided();
        String audited = "SCR-2026-082";
        Map<String, String> answers = new HashMap<>(ReferralAnswers.seriousHarmWithAConcern(audited, "4 Nov 2026"));
        answers.put("further_audit_needed", "yes");
        referredAndDecided(audited, answers);

        assertThat(post(CASE + "/learning/source", MANAGER, Map.of("source", "multi-agency audit"), 422)
                .get("message").asText()).isEqualTo("The decision on " + REFERENCE + " did not ask for audit and "
                + "quality-assurance activity, so its learning cannot be entered as from an audit.");
        assertThat(post("/api/cases/" + audited + "/learning/source", MANAGER, Map.of("source", "an inspection"),
                422).get("field").asText()).isEqualTo("source");
        assertThat(labels(learningSection(MANAGER))).doesNotContain("Say the learning is from the audit");
        JsonNode fromAudit = fill(MANAGER, audited, "Say the learning is from the audit", Map.of("source",
                "multi-agency audit"));
        assertThat(fromAudit.get("applied").asBoolean()).as(fromAudit.toString()).isTrue();
        assertThat(fromAudit.get("message").asText()).contains("is now entered as from the multi-agency audit");
        assertThat(status(http.get("/api/cases/" + audited + "/learning?as=" + MANAGER), 200).get("source").asText())
                .isEqualTo("multi-agency audit");
        post("/api/cases/" + audited + "/findings", MANAGER, finding("Audit found referrals without an outcome",
                "Half the audited referrals had no recorded outcome.", List.of("information sharing")), 201);
        post("/api/cases/" + audited + "/learning/recorded", MANAGER, Map.of(), 201);
        assertThat(labels(learningSection(MANAGER, audited))).doesNotContain("Say the learning is from the audit");

        assertThat(say(STOKE_CHAIR, "learning referrals")).contains(
                "Staffordshire · multi-agency audit · 2026 · " + audited + " finding 1 · Learning");
        JsonNode item = status(http.get("/api/learning?q=outcome&as=" + STOKE_CHAIR), 200).get("items").get(0);
        assertThat(item.get("reference").asText()).isEqualTo(audited);
        assertThat(item.get("source").asText()).isEqualTo("multi-agency audit");
        assertThat(item.get("reviewType").asText()).isEqualTo("Serious Case Review");
        assertThat(panel("stoke-on-trent").toString()).contains("Learning recorded from " + audited
                + " (Staffordshire multi-agency audit)");
    }

    private JsonNode turn(String as, Map<String, String> body) {
        Map<String, String> withWho = new java.util.LinkedHashMap<>(body);
        withWho.put("as", as);
        return status(http.postJson("/local/api/turn", withWho), 200).get("replies");
    }

    /** The {@code case} reply's learning section, or null when there is none for this person. */
    private JsonNode learningSection(String as) {
        return learningSection(as, REFERENCE);
    }

    private JsonNode learningSection(String as, String reference) {
        for (JsonNode reply : turn(as, Map.of("text", "case " + reference))) {
            if (reply.path("title").asText().equals("Learning from " + reference)) {
                return reply;
            }
        }
        return null;
    }

    private static String button(JsonNode section, String label) {
        for (JsonNode action : section.get("actions")) {
            if (action.get("label").asText().equals(label)) {
                return action.get("payload").asText();
            }
        }
        throw new AssertionError("no button " + label + " in " + section);
    }

    private static List<String> labels(JsonNode section) {
        List<String> labels = new ArrayList<>();
        section.get("actions").forEach(action -> labels.add(action.get("label").asText()));
        return labels;
    }

    /** Opens a learning form from the {@code case} reply's button and sends it with these values. */
    private JsonNode fill(String as, String label, Map<String, Object> inputs) {
        return fill(as, REFERENCE, label, inputs);
    }

    private JsonNode fill(String as, String reference, String label, Map<String, Object> inputs) {
        JsonNode form = turn(as, Map.of("button", button(learningSection(as, reference), label))).get(0);
        assertThat(form.get("kind").asText()).as(form.toString()).isEqualTo("form");
        return status(http.postJson("/local/api/case-action", Map.of("as", as, "payload", form.get("form")
                .get("submit").get("payload").asText(), "inputs", inputs, "from", "inbox")), 200);
    }

    @Test
    void theLearningIsEnteredInChatThroughTheCasesFormsByTheRightPeople() {
        referredAndDecided();

        assertThat(labels(learningSection(MANAGER))).containsExactly("Record a finding", "Name a lead reviewer");
        assertThat(learningSection(REVIEWER)).isNull();
        JsonNode form = turn(MANAGER, Map.of("button", button(learningSection(MANAGER), "Record a finding"))).get(0);
        List<String> ids = new ArrayList<>();
        form.get("form").get("fields").forEach(field -> ids.add(field.get("id").asText()));
        assertThat(ids).containsExactly("title", "text", "themes", "kind");

        JsonNode named = fill(MANAGER, "Record a finding", Map.of("title", "Jane Smith was not seen", "text",
                "Text.", "themes", "neglect", "kind", "learning"));
        assertThat(named.get("applied").asBoolean()).isFalse();
        assertThat(named.get("input").asText()).isEqualTo("title");
        JsonNode finding = fill(MANAGER, "Record a finding", Map.of("title", "Neglect was not recognised", "text",
                "Missed appointments were not seen as neglect.", "themes", "neglect, voice of the child", "kind",
                "learning"));
        assertThat(finding.get("applied").asBoolean()).as(finding.toString()).isTrue();
        assertThat(fill(MANAGER, "Record a recommendation", Map.of("text", "Share every referral within a day.",
                "findings", "1", "agencies", "Staffordshire Police, the school")).get("message").asText())
                .isEqualTo("Recommendation 1 recorded on SCR-2026-081, for Staffordshire Police, the school.");
        JsonNode action = fill(MANAGER, "Record an action", Map.of("recommendation", "1", "agency",
                "Staffordshire Police", "owner", "local:" + REVIEWER, "due", "2026-12-11"));
        assertThat(action.get("applied").asBoolean()).as(action.toString()).isTrue();

        // The action's owner sees only Mark started and Mark done, and nothing is done without a link.
        assertThat(labels(learningSection(REVIEWER))).containsExactly("Mark an action started", "Mark an action done");
        assertThat(fill(REVIEWER, "Mark an action started", Map.of("action", "1")).get("message").asText())
                .isEqualTo("Action 1 is in progress.");
        assertThat(learningSection(REVIEWER).toString()).contains("in progress");
        assertThat(labels(learningSection(REVIEWER))).containsExactly("Mark an action done");
        assertThat(fill(REVIEWER, "Mark an action done", Map.of("action", "1", "evidence", "Procedure reissued."))
                .get("input").asText()).isEqualTo("link");
        JsonNode done = fill(REVIEWER, "Mark an action done", Map.of("action", "1", "evidence",
                "Procedure reissued.", "link", "https://example.org/procedure"));
        assertThat(done.get("applied").asBoolean()).as(done.toString()).isTrue();

        JsonNode recorded = fill(MANAGER, "Record the learning", Map.of("confirm", "true"));
        assertThat(recorded.get("applied").asBoolean()).as(recorded.toString()).isTrue();
        assertThat(learningSection(MANAGER).toString()).contains("Action 1: Staffordshire Police", "done",
                "Learning recorded");
        assertThat(say(STOKE_CHAIR, "learning theme:neglect")).contains("Neglect was not recognised");
    }

    @Test
    void theApiSaysWhatIsWrongWithARequest() {
        referredAndDecided();

        assertThat(post(CASE + "/findings", MANAGER, List.of("not an object"), 400).get("error").asText())
                .isEqualTo("invalid_request");
        assertThat(post(CASE + "/findings", MANAGER, Map.of("title", "A title", "text", "Text.", "themes",
                "neglect"), 400).get("field").asText()).isEqualTo("themes");
        assertThat(post(CASE + "/findings", MANAGER, finding("A title", "Text.", List.of("housing")), 422)
                .get("field").asText()).isEqualTo("themes");
        assertThat(post("/api/cases/SCR-2026-999/findings", MANAGER, finding("A title", "Text.", List.of("neglect")),
                404).get("error").asText()).isEqualTo("not_found");
        assertThat(status(http.get("/api/learning?theme=housing&as=" + MANAGER), 400).get("error").asText())
                .isEqualTo("unknown_theme");
        assertThat(status(http.get("/api/learning?size=500&as=" + MANAGER), 400).get("field").asText())
                .isEqualTo("size");
        assertThat(status(http.get("/api/learning?from=last%20year&as=" + MANAGER), 400).get("field").asText())
                .isEqualTo("from");
        assertThat(status(http.get("/api/actions?status=late&as=" + MANAGER), 400).get("field").asText())
                .isEqualTo("status");
        assertThat(http.get("/api/learning").status()).isEqualTo(401);
    }

    /** A decided case with a finding and a recommendation to the board, ready for actions. */
    private void decidedWithARecommendation() {
        referredAndDecided();
        post(CASE + "/findings", MANAGER, finding("Neglect was not recognised", "Missed appointments.",
                List.of("neglect")), 201);
        post(CASE + "/recommendations", MANAGER, Map.of("text", "Share referrals.", "findings", List.of(1),
                "agencies", List.of()), 201);
    }

    /** People named by an id no one can have on its platform: each is refused, as a lead reviewer and as an owner. */
    static final List<Map<String, String>> NO_ONE = List.of(Map.of("platform", "local", "id", "nobody"),
            Map.of("platform", "local", "id", "b".repeat(10_000)), Map.of("platform", "slack", "id", "😀"),
            Map.of("platform", "slack", "id", "U" + "A".repeat(9_999)), Map.of("platform", "slack", "id", "u0police"),
            Map.of("platform", "teams", "id", "aad-chair"), Map.of("platform", "teams", "id", "0".repeat(10_000)));

    @Test
    void aPersonNoOneCanBeIsRefusedAsALeadReviewerOrAnOwnerAndNothingIsKept() {
        decidedWithARecommendation();

        for (Map<String, String> person : NO_ONE) {
            assertThat(post(CASE + "/lead-reviewers", MANAGER, person, 400).get("field").asText()).as("%s", person)
                    .isEqualTo("person");
            assertThat(post(CASE + "/actions", MANAGER, action(1, "Staffordshire Police", person, "2027-01-29"), 400)
                    .get("field").asText()).as("%s", person).isEqualTo("owner");
        }
        JsonNode learning = status(http.get(CASE + "/learning?as=" + MANAGER), 200);
        assertThat(learning.path("leadReviewers")).isEmpty();
        assertThat(learning.get("actions")).isEmpty();

        post(CASE + "/lead-reviewers", MANAGER, Map.of("platform", "slack", "id", "U0REVIEWER"), 201);
        post(CASE + "/actions", MANAGER, action(1, "Staffordshire Police", Map.of("platform", "teams", "id",
                "00000000-0000-0000-0000-0000000b0b01"), "2027-01-29"), 201);
        post(CASE + "/actions", MANAGER, action(1, "the school", Map.of("platform", "local", "id", REVIEWER),
                "2027-01-29"), 201);
    }

    @Test
    void aDueDateMoreThanTwoYearsAheadIsRefusedAndNothingIsKept() {
        decidedWithARecommendation();

        for (String due : List.of("31/12/9999", "2999-12-31", "29/11/2028")) {
            JsonNode refused = post(CASE + "/actions", MANAGER, action(1, "Staffordshire Police", null, due), 422);
            assertThat(refused.get("field").asText()).isEqualTo("due");
            assertThat(refused.get("message").asText()).isEqualTo("The due date must be no later than 28 November "
                    + "2028, two years from today.");
        }
        assertThat(status(http.get(CASE + "/learning?as=" + MANAGER), 200).get("actions")).isEmpty();
        post(CASE + "/actions", MANAGER, action(1, "Staffordshire Police", null, "28/11/2028"), 201);
    }

    /** {@code %D9%A1} is ١, an Arabic-Indic 1, which was read as action 1; {@code %EF%BC%91} is a full-width 1. */
    @Test
    void anActionNumberNotInAsciiDigitsIsNoActionAndChangesNothing() {
        decidedWithARecommendation();
        post(CASE + "/actions", MANAGER, action(1, "Staffordshire Police", null, "2027-01-29"), 201);

        for (String number : List.of("%D9%A1", "%EF%BC%91", "%2B1", "1.0", "one")) {
            assertThat(post(CASE + "/actions/" + number + "/started", MANAGER, Map.of(), 404).get("error").asText())
                    .as(number).isEqualTo("not_found");
            post(CASE + "/actions/" + number + "/done", MANAGER, Map.of("evidence", "Issued.", "link",
                    "https://example.org/p"), 404);
        }
        assertThat(status(http.get(CASE + "/learning?as=" + MANAGER), 200).get("actions").get(0).get("status")
                .asText()).isEqualTo("not-started");
        post(CASE + "/actions/1/started", MANAGER, Map.of(), 201);
        assertThat(status(http.get("/api/actions?page=%D9%A1&as=" + MANAGER), 400).get("field").asText())
                .isEqualTo("page");
    }

    /** Every new free-text field, with a name or a date of birth: refused, and then in neither the store nor the logs. */
    @Test
    void aNameOrADateOfBirthIsRefusedInEveryFieldAndReachesNeitherTheStoreNorTheLogs(CapturedOutput output) {
        referredAndDecided();
        post(CASE + "/findings", MANAGER, finding("Neglect was not recognised", "Missed appointments.",
                List.of("neglect")), 201);
        post(CASE + "/recommendations", MANAGER, Map.of("text", "Share referrals.", "findings", List.of(1),
                "agencies", List.of()), 201);
        post(CASE + "/actions", MANAGER, action(1, "Staffordshire Police", null, "2026-12-11"), 201);

        String name = "Kayden Moorcroft";
        String born = "born 14/03/2019";
        List<String> fields = new ArrayList<>();
        fields.add(post(CASE + "/findings", MANAGER, finding(name + " was not seen", "Text.", List.of("neglect")),
                422).get("field").asText());
        fields.add(post(CASE + "/findings", MANAGER, finding("A title", "The child, " + born + ", was not seen.",
                List.of("neglect")), 422).get("field").asText());
        fields.add(post(CASE + "/recommendations", MANAGER, Map.of("text", "Ask " + name + " first.", "findings",
                List.of(1), "agencies", List.of()), 422).get("field").asText());
        fields.add(post(CASE + "/recommendations", MANAGER, Map.of("text", "Share referrals.", "findings", List.of(1),
                "agencies", List.of(name + " Nursery")), 422).get("field").asText());
        fields.add(post(CASE + "/actions", MANAGER, action(1, name + " Nursery", null, "2026-12-11"), 422)
                .get("field").asText());
        fields.add(post(CASE + "/actions/1/done", MANAGER, Map.of("evidence", "Seen, " + born + ".", "link",
                "https://example.org/p"), 422).get("field").asText());
        fields.add(post(CASE + "/actions/1/done", MANAGER, Map.of("evidence", "Procedure issued.", "link",
                "https://example.org/" + name.replace(" ", "")), 422).get("field").asText());
        fields.add(post(CASE + "/actions/1/done", MANAGER, Map.of("evidence", "Procedure issued.", "link",
                "https://example.org/p", "embedded", "Audited with " + name + "."), 422).get("field").asText());
        assertThat(say(MANAGER, "learning " + name)).contains("No recorded finding matches that.");

        assertThat(fields).containsExactly("title", "text", "text", "agencies", "agency", "evidence", "link",
                "embedded");
        assertThat(StoredText.of(connection)).contains("Neglect was not recognised")
                .doesNotContain("Kayden", "Moorcroft", "KaydenMoorcroft", "14/03/2019");
        assertThat(output.getAll()).doesNotContain("Kayden", "Moorcroft", "14/03/2019");
    }
}
