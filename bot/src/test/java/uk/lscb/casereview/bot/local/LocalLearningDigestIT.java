package uk.lscb.casereview.bot.local;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.core.driver.Eventually.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.bot.cases.CaseConfiguration.ReminderSweep;
import uk.lscb.casereview.bot.driver.LocalDriver;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.delivery.Deliveries;
import uk.lscb.casereview.core.driver.ReferralAnswers;
import uk.lscb.casereview.core.learning.LearningDigests;
import uk.lscb.casereview.core.learning.LearningLogs;

/**
 * The weekly digest of agencies' actions on the real application in local mode: a Staffordshire review's two actions,
 * one post a week in Staffordshire's panel channel (the local page's feed) however often the sweep runs, a sweep of a
 * fresh digester over the same store (as after a restart) included; none in Stoke-on-Trent's, which has no actions.
 * The clock starts on Saturday 28 November 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "casereview.reminders.first-sweep-after=PT1H")
@Import(FixedClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class LocalLearningDigestIT {
    private static final String REFERENCE = "SCR-2026-082";
    private static final String CASE = "/api/cases/" + REFERENCE;
    private static final String MANAGER = "business-manager";
    private static final String DIGEST = "Agencies' actions for the week of ";

    @LocalServerPort
    int port;
    @Autowired
    ReminderSweep sweep;
    @Autowired
    LearningLogs logs;
    @Autowired
    Boards boards;
    @Autowired
    Deliveries deliveries;
    @Autowired
    Clock clock;
    Http http;

    private static JsonNode status(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }

    private void post(String path, Object body) {
        status(http.postJson(path + "?as=" + MANAGER, body), 201);
    }

    private List<JsonNode> digests(String board) {
        List<JsonNode> found = new ArrayList<>();
        status(http.get("/local/api/panel?board=" + board), 200).get("posts").forEach(post -> {
            if (post.get("title").asText().startsWith(DIGEST)) {
                found.add(post);
            }
        });
        return found;
    }

    private void advance(int days) {
        status(http.postJson("/local/api/clock", Map.of("advanceDays", days)), 200);
    }

    /** The sweep again, and a new digester's over the same store, as after a restart. */
    private void sweepAgainAndAfterARestart() {
        sweep.sweep();
        new LearningDigests(logs, boards, deliveries).sweep(clock.instant());
        sweep.sweep();
    }

    private static Map<String, Object> action(String agency, String due) {
        Map<String, Object> body = new HashMap<>(Map.of("recommendation", 1, "agency", agency, "due", due));
        body.put("owner", null);
        return body;
    }

    private void aReviewWithTwoActions() {
        new LocalDriver(http, "practitioner", "chair-staffordshire", "staffordshire")
                .answer(ReferralAnswers.seriousHarmWithAConcern(REFERENCE, "3 Nov 2026"));
        status(http.postJson("/local/api/turn", Map.of("as", "practitioner", "text", "submit")), 200);
        String confirm = null;
        for (JsonNode card : status(http.get("/local/api/inbox?as=chair-staffordshire"), 200).get("cards")) {
            if (card.get("caseId").asText().equals("staffordshire/" + REFERENCE)) {
                confirm = card.get("actions").get(0).get("payload").asText();
            }
        }
        status(http.postJson("/local/api/case-action", Map.of("as", "chair-staffordshire", "payload", confirm,
                "inputs", Map.of("lead_reviewers", "A Reviewer", "reviewers_independent", true), "from", "inbox")),
                200);
        post(CASE + "/findings", Map.of("title", "Referral lost between agencies", "text", "The school's concern "
                + "did not reach the team.", "themes", List.of("information sharing")));
        post(CASE + "/recommendations", Map.of("text", "Share every referral within one working day.", "findings",
                List.of(1), "agencies", List.of("Staffordshire Police", "the school")));
        post(CASE + "/actions", action("Staffordshire Police", "2026-12-04"));
        post(CASE + "/actions", action("the school", "2026-12-11"));
        post(CASE + "/learning/recorded", Map.of());
    }

    @Test
    void eachBoardWithActionsGetsOneDigestAWeekInItsPanelChannelAcrossRepeatedSweepsAndARestart() {
        http = new Http(port);
        aReviewWithTwoActions();
        sweep.sweep();
        assertThat(digests("staffordshire")).isEmpty();

        // Monday 30 November: the police's action is due this week, the school's is not.
        advance(2);
        String first = DIGEST + "30 November 2026 (Staffordshire): 0 overdue, 1 due this week";
        await("the first week's digest", () -> digests("staffordshire").size() == 1);
        sweepAgainAndAfterARestart();
        List<JsonNode> week49 = digests("staffordshire");
        assertThat(week49).extracting(post -> post.get("title").asText()).containsExactly(first);
        assertThat(week49.get(0).toString()).contains("SCR-2026-082 action 1",
                "Staffordshire Police, due on 4 December 2026").doesNotContain("the school");

        // Tuesday 1 December, the same week: nothing more.
        advance(1);
        sweepAgainAndAfterARestart();
        assertThat(digests("staffordshire")).hasSize(1);

        // Monday 7 December: the police's action is 3 days overdue, the school's due this week.
        advance(6);
        String second = DIGEST + "7 December 2026 (Staffordshire): 1 overdue, 1 due this week";
        await("the second week's digest", () -> digests("staffordshire").size() == 2);
        sweepAgainAndAfterARestart();
        List<JsonNode> both = digests("staffordshire");
        assertThat(both).extracting(post -> post.get("title").asText()).containsExactlyInAnyOrder(first, second);
        assertThat(both.toString()).contains("Staffordshire Police, overdue: was due on 4 December 2026, 3 days "
                + "overdue", "the school, due on 11 December 2026");
        assertThat(digests("stoke-on-trent")).isEmpty();
    }
}
