package uk.lscb.casereview.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.Http;

/** A whole referral through the local chat API, then its transcript read back by the board's Chair. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class LocalReferralIT {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private JsonNode text(String as, String text) {
        Http.Response response = http.postJson("/local/api/turn", Map.of("as", as, "text", text));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode press(String as, String payload) {
        Http.Response response = http.postJson("/local/api/turn", Map.of("as", as, "button", payload));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode last(JsonNode turn) {
        JsonNode replies = turn.get("replies");
        return replies.get(replies.size() - 1);
    }

    private static void asks(JsonNode turn, String question) {
        JsonNode ask = last(turn);
        assertThat(ask.get("kind").asText()).as(turn.toString()).isEqualTo("ask");
        assertThat(ask.get("question").asText()).isEqualTo(question);
        assertThat(ask.get("text").asText()).isNotBlank();
        assertThat(ask.get("commands")).isNotEmpty();
    }

    /** Practitioner refers SCR-2026-031 to Staffordshire: a Serious Case Review (serious harm, unsure concern). */
    private JsonNode referStaffordshireCase(String as, String reference, String board) {
        asks(text(as, "start"), "board");
        JsonNode boardQuestion = last(text(as, "summary"));
        assertThat(boardQuestion.get("kind").asText()).isEqualTo("ask");
        asks(press(as, "answer:board:" + board), "case_reference");
        JsonNode refused = text(as, "Jane Smith");
        assertThat(refused.get("replies").get(0).get("text").asText()).contains("can't accept");
        asks(refused, "case_reference");
        asks(text(as, reference), "notified_on");
        asks(text(as, "3 Nov 2026"), "abuse_or_neglect");
        JsonNode yesButton = last(text(as, "why"));
        String yes = yesButton.get("choices").get(0).get("payload").asText();
        assertThat(yes).isEqualTo("answer:abuse_or_neglect:yes");
        asks(press(as, yes), "child_died");
        asks(text(as, "no"), "seriously_harmed");
        asks(text(as, "yes"), "concern_working_together");
        asks(text(as, "Not sure"), "further_audit_needed");
        JsonNode recommended = press(as, "answer:further_audit_needed:no");
        JsonNode card = last(recommended);
        assertThat(card.get("kind").asText()).isEqualTo("recommendation");
        return card;
    }

    @Test
    void aReferralWalkedThroughTheLocalChatIsRecommendedSubmittedAndItsTranscriptReadByTheChair() {
        JsonNode card = referStaffordshireCase("practitioner", "SCR-2026-031", "staffordshire");
        JsonNode rec = card.get("recommendation");
        assertThat(rec.get("outcome").get("code").asText()).isEqualTo("SERIOUS_CASE_REVIEW");
        assertThat(rec.get("outcome").get("label").asText()).isEqualTo("Serious Case Review");
        assertThat(rec.get("uncertain").get(0).get("id").asText()).isEqualTo("concern_working_together");
        assertThat(rec.get("reasons")).isNotEmpty();
        assertThat(rec.get("reasons").get(0).get("quote").asText()).isNotBlank();
        assertThat(rec.get("nextSteps")).isNotEmpty();
        assertThat(rec.get("advice").asText())
                .isEqualTo("This is advice: the LSCB Independent Chair always makes the final decision.");
        assertThat(card.get("caseFacts").toString()).contains("SCR-2026-031").contains("3 November 2026");
        assertThat(card.get("actions").toString()).contains("cmd:submit");

        JsonNode submitted = press("practitioner", "cmd:submit");
        assertThat(submitted.get("createdCase").get("reference").asText()).isEqualTo("SCR-2026-031");
        assertThat(submitted.get("replies").get(0).get("text").asText()).contains("sent to the Staffordshire");

        Http.Response json = http.get("/api/cases/SCR-2026-031/transcript?as=chair-staffordshire");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        JsonNode transcript = json.json();
        assertThat(transcript.get("case").get("board").asText()).isEqualTo("staffordshire");
        assertThat(transcript.get("case").get("recommendation").asText()).isEqualTo("SERIOUS_CASE_REVIEW");
        List<String> inbound = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        transcript.get("entries").forEach(entry -> {
            kinds.add(entry.get("kind").asText());
            if (entry.get("direction").asText().equals("inbound")) {
                inbound.add(entry.get("kind").asText().equals("button") ? entry.get("payload").asText()
                        : entry.get("text").asText());
                assertThat(entry.get("who").get("id").asText()).isEqualTo("practitioner");
            }
        });
        assertThat(inbound).hasSize(13);
        assertThat(inbound).containsSubsequence("start", "summary", "answer:board:staffordshire",
                "SCR-2026-031", "2026-11-03", "why", "answer:abuse_or_neglect:yes", "no", "yes", "unsure",
                "answer:further_audit_needed:no", "cmd:submit");
        assertThat(inbound.get(3)).startsWith("Entry refused and not stored");
        assertThat(kinds).contains("refused", "ask", "summary", "recommendation", "say", "text", "button");
        assertThat(json.body()).doesNotContain("Jane").doesNotContain("Smith");

        Http.Response text = http.get("/api/cases/SCR-2026-031/transcript?as=chair-staffordshire",
                Map.of("Accept", "text/plain"));
        assertThat(text.status()).isEqualTo(200);
        assertThat(text.contentType()).startsWith("text/plain");
        assertThat(text.body()).contains("Transcript of case SCR-2026-031").contains("2026-11-03")
                .contains("Recommendation: Serious Case Review").contains("payload=cmd:submit")
                .contains("Entry refused and not stored").doesNotContain("Jane").doesNotContain("Smith");
        assertThat(http.get("/api/cases/scr-2026-031/transcript?as=admin&format=text").body()).isEqualTo(
                http.get("/api/cases/SCR-2026-031/transcript?as=admin&format=text").body());

        Http.Response own = http.get("/local/api/transcript?as=practitioner");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("entries").size()).isGreaterThanOrEqualTo(transcript.get("entries").size());
        assertThat(own.body()).doesNotContain("Jane").doesNotContain("Smith");
    }

    @Test
    void theStoredConversationComesBackWithTheCurrentQuestionsLiveButtonsAndTheLabelsOfWhatWasPressed() {
        String as = "admin";
        asks(text(as, "start"), "board");
        asks(press(as, "answer:board:stoke-on-trent"), "case_reference");
        asks(text(as, "SCR-2026-077"), "notified_on");
        asks(text(as, "3 Nov 2026"), "abuse_or_neglect");
        asks(press(as, "answer:abuse_or_neglect:yes"), "child_died");

        JsonNode shown = http.get("/local/api/transcript?as=" + as).json();

        JsonNode current = shown.get("current");
        assertThat(current).hasSize(1);
        assertThat(current.get(0).get("kind").asText()).isEqualTo("ask");
        assertThat(current.get(0).get("question").asText()).isEqualTo("child_died");
        assertThat(current.get(0).get("choices").findValuesAsText("payload")).contains("answer:child_died:yes",
                "answer:child_died:no", "answer:child_died:unsure");
        List<String> pressed = new ArrayList<>();
        shown.get("entries").forEach(entry -> {
            if (entry.get("kind").asText().equals("button")) {
                pressed.add(entry.path("label").asText("no label: " + entry.get("payload").asText()));
            }
        });
        assertThat(pressed).endsWith("Stoke-on-Trent", "Yes");
        press(as, "discard:cancel:yes");
    }

    @Test
    void aCasesButtonPressedInTheChatLeavesTheChatsTranscriptReadableWithTheButtonsLabel() {
        String as = "chair-stoke-on-trent";
        press(as, "decide:SCR-2026-078");
        press(as, "change:chosen");

        Http.Response shown = http.get("/local/api/transcript?as=" + as);

        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        List<String> pressed = new ArrayList<>();
        shown.json().get("entries").forEach(entry -> {
            if (entry.get("kind").asText().equals("button")) {
                pressed.add(entry.path("label").asText("no label: " + entry.get("payload").asText()));
            }
        });
        assertThat(pressed).containsExactly("Decide SCR-2026-078", "no label: change:chosen");
    }

    @Test
    void onlyTheBoardsChairOrAnAdministratorMayReadACaseTranscript() {
        referStaffordshireCase("chair-stoke-on-trent", "SCR-2026-032", "staffordshire");
        press("chair-stoke-on-trent", "cmd:submit");

        Http.Response practitioner = http.get("/api/cases/SCR-2026-032/transcript?as=practitioner");
        assertThat(practitioner.status()).isEqualTo(403);
        assertThat(practitioner.json().get("error").asText()).isEqualTo("forbidden");
        assertThat(practitioner.body()).doesNotContain("SCR-2026-032").doesNotContain("entries");

        Http.Response otherChair = http.get("/api/cases/SCR-2026-032/transcript?as=chair-stoke-on-trent");
        assertThat(otherChair.status()).isEqualTo(403);

        Http.Response nobody = http.get("/api/cases/SCR-2026-032/transcript");
        assertThat(nobody.status()).isEqualTo(401);

        Http.Response stranger = http.get("/api/cases/SCR-2026-032/transcript?as=someone-else");
        assertThat(stranger.status()).isEqualTo(403);

        assertThat(http.get("/api/cases/SCR-2026-032/transcript?as=admin").status()).isEqualTo(200);
        assertThat(http.get("/api/cases/NO-SUCH-CASE/transcript?as=admin").status()).isEqualTo(404);
    }

    @Test
    void aReferenceOnTwoBoardsNeedsTheBoardChosen() {
        referStaffordshireCase("practitioner", "SHRD-001", "staffordshire");
        press("practitioner", "cmd:submit");
        referStaffordshireCase("chair-staffordshire", "SHRD-001", "stoke-on-trent");
        press("chair-staffordshire", "cmd:submit");

        Http.Response ambiguous = http.get("/api/cases/SHRD-001/transcript?as=admin");
        assertThat(ambiguous.status()).isEqualTo(409);
        assertThat(ambiguous.json().get("error").asText()).isEqualTo("ambiguous_reference");
        assertThat(ambiguous.json().get("boards").toString()).contains("staffordshire").contains("stoke-on-trent");

        Http.Response chosen = http.get("/api/cases/SHRD-001/transcript?as=admin&board=stoke-on-trent");
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.json().get("case").get("board").asText()).isEqualTo("stoke-on-trent");
    }

    @Test
    void turnsNeedAKnownIdentityAndEitherTextOrAButton() {
        assertThat(http.postJson("/local/api/turn", Map.of("as", "mallory", "text", "start")).status()).isEqualTo(400);
        assertThat(http.postJson("/local/api/turn", Map.of("as", "practitioner")).status()).isEqualTo(400);
        assertThat(http.postJson("/local/api/turn", Map.of("as", "practitioner", "text", "a", "button", "b"))
                .status()).isEqualTo(400);
        Http.Response unknownButton = http.postJson("/local/api/turn", Map.of("as", "admin", "button", "nonsense"));
        assertThat(unknownButton.status()).isEqualTo(200);
        assertThat(unknownButton.body()).contains("didn't recognise that button");
    }

    @Test
    void identitiesAreThePractitionerAndEachBoardsChairsAdministratorsAndBusinessManagers() {
        JsonNode identities = http.get("/local/api/identities").json();
        List<String> ids = new ArrayList<>();
        identities.forEach(identity -> ids.add(identity.get("id").asText()));
        assertThat(ids).containsExactly("practitioner", "chair-staffordshire", "chair-stoke-on-trent", "admin",
                "business-manager");
        assertThat(identities.get(1).get("roles").get(0).get("role").asText()).isEqualTo("chair");
        assertThat(identities.get(4).get("roles").get(0).get("role").asText()).isEqualTo("business_manager");
        assertThat(identities.get(4).get("name").asText())
                .isEqualTo("Business manager (Staffordshire, Stoke-on-Trent) [business-manager]");
    }

    @Test
    void theLocalPageWarnsAndLoadsItsScriptModulesAndGovukStyles() {
        Http.Response page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Local mode: not for real cases. Never enter a child's name.")
                .contains("aria-live=\"polite\"").contains("/local/app.js")
                .contains("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css");
        assertThat(http.get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css").status()).isEqualTo(200);
        assertThat(http.get("/assets/fonts/bold-b542beb274-v2.woff2").status()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\" src=\"/local/app.js\"></script>");
        for (String module : List.of("app", "api", "dom", "chat", "forms", "cases", "clock")) {
            Http.Response script = http.get("/local/" + module + ".js");
            assertThat(script.status()).as(module).isEqualTo(200);
            assertThat(script.contentType()).as(module).startsWith("text/javascript");
            assertThat(script.body()).as(module).doesNotContain("innerHTML");
        }
    }
}
