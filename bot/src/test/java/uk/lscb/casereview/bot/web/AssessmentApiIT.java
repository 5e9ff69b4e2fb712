package uk.lscb.casereview.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.Http;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class AssessmentApiIT {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** answers as "id=value" pairs; expected outcome, fallback (or null), audit flag, uncertain ids. */
    static Stream<Arguments> vignettes() {
        return Stream.of(
                vignette("death with abuse is a Serious Case Review",
                        "abuse_or_neglect=yes child_died=yes died_in_custody=no suspected_suicide=no further_audit_needed=no",
                        "SERIOUS_CASE_REVIEW", null, false, ""),
                vignette("death in custody is always a Serious Case Review, without abuse",
                        "abuse_or_neglect=no child_died=yes died_in_custody=yes suspected_suicide=no further_audit_needed=no",
                        "SERIOUS_CASE_REVIEW", null, false, ""),
                vignette("suspected suicide is always a Serious Case Review, without abuse",
                        "abuse_or_neglect=no child_died=yes died_in_custody=no suspected_suicide=yes further_audit_needed=no",
                        "SERIOUS_CASE_REVIEW", null, false, ""),
                vignette("serious harm with unsure concern about working together counts as concern",
                        "abuse_or_neglect=yes child_died=no seriously_harmed=yes concern_working_together=unsure further_audit_needed=no",
                        "SERIOUS_CASE_REVIEW", null, false, "concern_working_together"),
                vignette("unsure abuse with a death is a possible SCR, falling back to a commissioned review",
                        "abuse_or_neglect=unsure child_died=yes died_in_custody=no suspected_suicide=no "
                                + "multi_agency_negative_impact=yes further_audit_needed=no",
                        "POSSIBLE_SERIOUS_CASE_REVIEW", "COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW", false,
                        "abuse_or_neglect"),
                vignette("unsure custody is a possible SCR with a commissioned fallback",
                        "abuse_or_neglect=no child_died=yes died_in_custody=unsure suspected_suicide=no "
                                + "multi_agency_negative_impact=unsure single_agency_improvements=no "
                                + "single_organisation_improvements=no further_audit_needed=no",
                        "POSSIBLE_SERIOUS_CASE_REVIEW", "COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW", false,
                        "died_in_custody multi_agency_negative_impact"),
                vignette("unsure death with harm ruled out is a possible SCR falling back to an internal review",
                        "abuse_or_neglect=yes child_died=unsure died_in_custody=no suspected_suicide=no seriously_harmed=no "
                                + "multi_agency_negative_impact=no single_agency_improvements=unsure "
                                + "several_agencies_need_action=unsure single_organisation_improvements=no further_audit_needed=no",
                        "POSSIBLE_SERIOUS_CASE_REVIEW", "INTERNAL_MULTI_AGENCY_LEARNING_REVIEW", false,
                        "child_died single_agency_improvements several_agencies_need_action"),
                vignette("negative impact on working together is a commissioned learning review",
                        "abuse_or_neglect=no child_died=no multi_agency_negative_impact=yes further_audit_needed=no",
                        "COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW", null, false, ""),
                vignette("several agencies to act is an internal multi-agency review",
                        "abuse_or_neglect=no child_died=no multi_agency_negative_impact=no single_agency_improvements=yes "
                                + "several_agencies_need_action=yes further_audit_needed=no",
                        "INTERNAL_MULTI_AGENCY_LEARNING_REVIEW", null, false, ""),
                vignette("criterion 2 with one agency is a single agency review",
                        "abuse_or_neglect=no child_died=no multi_agency_negative_impact=no single_agency_improvements=yes "
                                + "several_agencies_need_action=no further_audit_needed=no",
                        "SINGLE_AGENCY_LEARNING_REVIEW", null, false, ""),
                vignette("improvements within one organisation is a single agency review",
                        "abuse_or_neglect=no child_died=no multi_agency_negative_impact=no single_agency_improvements=no "
                                + "single_organisation_improvements=yes further_audit_needed=no",
                        "SINGLE_AGENCY_LEARNING_REVIEW", null, false, ""),
                vignette("nothing indicated is no further action",
                        "abuse_or_neglect=no child_died=no multi_agency_negative_impact=no single_agency_improvements=no "
                                + "single_organisation_improvements=no further_audit_needed=no",
                        "NO_FURTHER_ACTION", null, false, ""),
                vignette("audit needed is a flag beside no further action",
                        "abuse_or_neglect=no child_died=no multi_agency_negative_impact=no single_agency_improvements=no "
                                + "single_organisation_improvements=no further_audit_needed=yes",
                        "NO_FURTHER_ACTION", null, true, ""),
                vignette("abuse without serious harm or death, unsure audit, flags audit",
                        "abuse_or_neglect=yes child_died=no seriously_harmed=no multi_agency_negative_impact=no "
                                + "single_agency_improvements=no single_organisation_improvements=no further_audit_needed=unsure",
                        "NO_FURTHER_ACTION", null, true, "further_audit_needed"),
                vignette("typed variants are read like the chat reads them",
                        "abuse_or_neglect=No child_died=N multi_agency_negative_impact=Don’t_know single_agency_improvements=NO "
                                + "single_organisation_improvements=n further_audit_needed=y",
                        "COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW", null, true, "multi_agency_negative_impact"));
    }

    private static Arguments vignette(String name, String answers, String outcome, String fallback, boolean audit,
                                      String uncertain) {
        return Arguments.of(name, answers, outcome, fallback, audit, uncertain);
    }

    static Map<String, Object> answers(String pairs) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String pair : pairs.trim().split("\\s+")) {
            String[] parts = pair.split("=", 2);
            answers.put(parts[0], parts[1].replace('_', ' '));
        }
        return answers;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void assessesEachVignette(String name, String pairs, String outcome, String fallback, boolean audit,
                              String uncertain) {
        Http.Response response = http.postJson("/api/assessments", Map.of("rulePack", "wt2015", "answers", answers(pairs)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("outcome").asText()).isEqualTo(outcome);
        if (fallback == null) {
            assertThat(json.has("fallbackOutcome")).isFalse();
        } else {
            assertThat(json.get("fallbackOutcome").asText()).isEqualTo(fallback);
        }
        assertThat(texts(json.get("additionalActions")))
                .isEqualTo(audit ? List.of("AUDIT_AND_QUALITY_ASSURANCE") : List.of());
        assertThat(texts(json.get("uncertain")))
                .isEqualTo(uncertain.isEmpty() ? List.of() : List.of(uncertain.split(" ")));
        assertThat(json.get("reasons")).isNotEmpty();
        json.get("reasons").forEach(reason -> {
            assertThat(reason.get("statement").asText()).isNotBlank();
            assertThat(reason.get("quote").asText()).isNotBlank();
            assertThat(reason.get("source").asText()).isNotBlank();
            assertThat(reason.get("section").asText()).isNotBlank();
        });
        assertThat(json.get("nextSteps")).isNotEmpty();
        assertThat(json.get("rulePack").get("id").asText()).isEqualTo("wt2015");
        assertThat(json.get("rulePack").get("version").asText()).isNotBlank();
        if (outcome.equals("COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW")) {
            assertThat(json.get("methodologies")).hasSize(4);
            assertThat(json.get("methodologies").get(0).get("line").asText()).isNotBlank();
        }
    }

    @Test
    void rulePackIsOptionalAndBooleansReadAsYesAndNo() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("abuse_or_neglect", true);
        answers.put("child_died", true);
        answers.put("died_in_custody", false);
        answers.put("suspected_suicide", false);
        answers.put("further_audit_needed", false);

        Http.Response response = http.postJson("/api/assessments", Map.of("answers", answers));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("outcome").asText()).isEqualTo("SERIOUS_CASE_REVIEW");
        assertThat(response.json().get("uncertain")).isEmpty();
    }

    @Test
    void aWorkingTogetherParaphraseIsMarkedNotVerbatimAndCreditedOnceWhileFrameworkWordsAreVerbatim() {
        Http.Response response = http.postJson("/api/assessments", Map.of("answers", answers("abuse_or_neglect=yes "
                + "child_died=no seriously_harmed=yes concern_working_together=unsure further_audit_needed=no")));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode paraphrase = null;
        for (JsonNode reason : response.json().get("reasons")) {
            if (reason.get("source").asText().startsWith("Working Together")) {
                paraphrase = reason;
            } else {
                assertThat(reason.get("verbatim").asBoolean()).isTrue();
                assertThat(reason.get("credit").asText()).endsWith("Learning and Improvement Framework");
            }
        }
        assertThat(paraphrase).as(response.body()).isNotNull();
        assertThat(paraphrase.get("verbatim").asBoolean()).isFalse();
        assertThat(paraphrase.get("credit").asText()).isEqualTo("Working Together to Safeguard Children 2015, chapter 4")
                .doesNotContainIgnoringCase("chapter 4, chapter 4");
    }

    @Test
    void caseDetailsAndAnswersToQuestionsNotAskedAreIgnored() {
        Map<String, Object> answers = answers("abuse_or_neglect=yes child_died=yes died_in_custody=no "
                + "suspected_suicide=no further_audit_needed=no multi_agency_negative_impact=yes seriously_harmed=maybe");
        answers.put("board", "nowhere");
        answers.put("case_reference", "Jane Smith");
        answers.put("notified_on", 42);

        Http.Response response = http.postJson("/api/assessments", Map.of("answers", answers));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("outcome").asText()).isEqualTo("SERIOUS_CASE_REVIEW");
        assertThat(response.body()).doesNotContain("Jane Smith");
    }

    @Test
    void missingAnswersAre422InAskingOrder() {
        Http.Response response = http.postJson("/api/assessments", Map.of("answers", answers("abuse_or_neglect=yes")));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("error").asText()).isEqualTo("missing_answers");
        assertThat(texts(response.json().get("missing"))).startsWith("child_died");
    }

    @Test
    void noConcernAboutWorkingTogetherWithANegativeImpactOnItIs422InconsistentNamingBothIds() {
        Http.Response response = http.postJson("/api/assessments", Map.of("answers", answers("abuse_or_neglect=yes "
                + "child_died=no seriously_harmed=yes concern_working_together=no multi_agency_negative_impact=yes "
                + "further_audit_needed=yes")));

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("error").asText()).isEqualTo("inconsistent_answers");
        assertThat(texts(response.json().get("inconsistent")))
                .containsExactly("concern_working_together", "multi_agency_negative_impact");
        assertThat(response.json().get("message").asText())
                .contains("concern_working_together", "multi_agency_negative_impact");
    }

    @Test
    void noAnswersAtAllAsksForTheFirstQuestion() {
        Http.Response response = http.post("/api/assessments", "{\"answers\": {}}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(texts(response.json().get("missing"))).startsWith("abuse_or_neglect");
    }

    @Test
    void unknownIdsAndUnreadableValuesAre400NamingEach() {
        Http.Response response = http.post("/api/assessments",
                "{\"answers\": {\"abuse_or_neglect\": \"perhaps\", \"child_has_died\": \"yes\", \"child_died\": null,"
                        + " \"further_audit_needed\": 3}}");

        assertThat(response.status()).isEqualTo(400);
        JsonNode json = response.json();
        assertThat(json.get("error").asText()).isEqualTo("invalid_answers");
        List<String> ids = new ArrayList<>();
        json.get("problems").forEach(problem -> {
            ids.add(problem.get("id").asText());
            assertThat(problem.get("message").asText()).contains(problem.get("id").asText());
        });
        assertThat(ids).containsExactly("abuse_or_neglect", "child_has_died", "child_died", "further_audit_needed");
    }

    @Test
    void unknownRulePackIs400() {
        Http.Response response = http.post("/api/assessments", "{\"rulePack\": \"wt1999\", \"answers\": {}}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("unknown_rule_pack");
        assertThat(response.json().get("message").asText()).contains("wt1999").contains("'wt2015', 'wt2023'");
    }

    @Test
    void badJsonIs400() {
        Http.Response response = http.post("/api/assessments", "{\"answers\": {\"abuse_or_neglect\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("bad_json");
    }

    @Test
    void emptyBodyIs400() {
        Http.Response response = http.post("/api/assessments", "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("bad_json");
        assertThat(response.json().get("message").asText()).isNotBlank();
    }

    @Test
    void answersThatAreNotAnObjectAre400() {
        for (String body : List.of("{\"answers\": [\"yes\"]}", "{\"answers\": \"yes\"}", "[]", "\"answers\"",
                "{\"rulePack\": \"wt2015\"}", "{\"answers\": {}, \"answer\": {}}")) {
            Http.Response response = http.post("/api/assessments", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().get("error").asText()).as(body).isIn("invalid_request", "bad_json");
        }
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        Http.Response response = http.post("/api/assessments", "abuse_or_neglect=yes", "text/plain");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().get("error").asText()).isEqualTo("unsupported_media_type");
    }

    @Test
    void unknownRoutesAndWrongMethodsAreJson() {
        Http.Response missing = http.get("/api/nothing-here");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("not_found");

        Http.Response wrongMethod = http.get("/api/assessments");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().get("error").asText()).isEqualTo("method_not_allowed");
    }

    @Test
    void healthAndReadinessAreUp() {
        assertThat(http.get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
        assertThat(http.get("/actuator/health/readiness").json().get("status").asText()).isEqualTo("UP");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
