package uk.lscb.casereview.core.rules.wt2015;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.core.rules.wt2015.Wt2015Answers.ids;
import static uk.lscb.casereview.core.rules.wt2015.Wt2015Answers.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.rules.AdditionalAction;
import uk.lscb.casereview.core.rules.Assessment;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.Recommendation;

/**
 * Case vignettes through the assessment API's engine. Every expected value below was worked out
 * by hand from PRODUCT.md ("Outcomes" and the "asked when" column), not by running the code:
 * SCR = (abuse AND (died OR (harmed AND concern))) OR (died AND (custody OR suicide)) in Kleene
 * logic with an unsure concern counting as yes; TRUE is an SCR, UNKNOWN a possible one with a
 * fallback, FALSE the first below-threshold outcome that may hold.
 *
 * <p>Outcome codes in the table: SCR, POSSIBLE, COMMISSIONED, INTERNAL, SINGLE, NFA.
 */
class Wt2015VignettesTest {

    private static final Map<String, Outcome> OUTCOMES =
            Map.of(
                    "SCR", Outcome.SERIOUS_CASE_REVIEW,
                    "POSSIBLE", Outcome.POSSIBLE_SERIOUS_CASE_REVIEW,
                    "COMMISSIONED", Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW,
                    "INTERNAL", Outcome.INTERNAL_MULTI_AGENCY_LEARNING_REVIEW,
                    "SINGLE", Outcome.SINGLE_AGENCY_LEARNING_REVIEW,
                    "NFA", Outcome.NO_FURTHER_ACTION);

    @ParameterizedTest(name = "[{index}] {0}: {1}/{2} audit={3} unsure={4}")
    @CsvSource(
            delimiter = '|',
            value = {
                // answers                                                                         | outcome     | fallback    | audit | uncertain
                // -- death with abuse known or suspected: always a Serious Case Review
                "abuse=yes died=yes custody=no suicide=no audit=no                                 | SCR          | -            | no  | -",
                "abuse=yes died=yes custody=no suicide=no audit=yes                                | SCR          | -            | yes | -",
                "abuse=yes died=yes custody=unsure suicide=unsure audit=no                         | SCR          | -            | no  | custody suicide",
                // -- custody and suicide: always an SCR, even with abuse_or_neglect no
                "abuse=no died=yes custody=yes suicide=no audit=no                                 | SCR          | -            | no  | -",
                "abuse=no died=yes custody=no suicide=yes audit=no                                 | SCR          | -            | no  | -",
                "abuse=no died=yes custody=yes suicide=yes audit=unsure                            | SCR          | -            | yes | audit",
                "abuse=unsure died=yes custody=yes suicide=no audit=no                             | SCR          | -            | no  | abuse",
                // -- a death with neither abuse nor custody nor suicide is below the threshold
                "abuse=no died=yes custody=no suicide=no impact=no criterion2=no oneorg=no audit=no | NFA         | -            | no  | -",
                "abuse=no died=yes custody=no suicide=no impact=yes audit=no                       | COMMISSIONED | -            | no  | -",
                // -- death with abuse unsure: possible SCR
                "abuse=unsure died=yes custody=no suicide=no impact=no criterion2=no oneorg=no audit=no | POSSIBLE | NFA        | no  | abuse",
                "abuse=unsure died=yes custody=no suicide=no impact=no criterion2=yes several=yes audit=unsure | POSSIBLE | INTERNAL | yes | abuse audit",
                // -- serious harm and concern about working together
                "abuse=yes died=no harmed=yes concern=yes audit=no                                 | SCR          | -            | no  | -",
                "abuse=yes died=no harmed=yes concern=unsure audit=no                              | SCR          | -            | no  | concern",
                "abuse=yes died=no harmed=yes concern=no impact=no criterion2=yes several=yes audit=no | INTERNAL  | -            | no  | -",
                "abuse=yes died=no harmed=unsure concern=no impact=no criterion2=no oneorg=no audit=no | NFA       | -            | no  | harmed",
                "abuse=yes died=no harmed=unsure concern=no impact=unsure criterion2=no oneorg=no audit=no | COMMISSIONED | -     | no  | harmed impact",
                "abuse=yes died=no harmed=unsure concern=yes impact=no criterion2=no oneorg=no audit=no | POSSIBLE | NFA          | no  | harmed",
                "abuse=yes died=no harmed=unsure concern=unsure impact=yes audit=unsure            | POSSIBLE     | COMMISSIONED | yes | harmed concern audit",
                "abuse=unsure died=no harmed=yes concern=yes impact=no criterion2=yes several=no audit=no | POSSIBLE | SINGLE     | no  | abuse",
                "abuse=unsure died=no harmed=no impact=no criterion2=no oneorg=no audit=no         | NFA          | -            | no  | abuse",
                // -- no harm: below the threshold, criterion 1 first
                "abuse=yes died=no harmed=no impact=yes audit=no                                   | COMMISSIONED | -            | no  | -",
                "abuse=yes died=no harmed=no impact=unsure criterion2=no oneorg=no audit=no        | COMMISSIONED | -            | no  | impact",
                // -- no abuse, no death: the below-threshold ladder
                "abuse=no died=no impact=no criterion2=yes several=yes audit=no                    | INTERNAL     | -            | no  | -",
                "abuse=no died=no impact=no criterion2=yes several=unsure oneorg=no audit=no       | INTERNAL     | -            | no  | several",
                "abuse=no died=no impact=no criterion2=unsure several=yes oneorg=no audit=no       | INTERNAL     | -            | no  | criterion2",
                "abuse=no died=no impact=no criterion2=yes several=no audit=no                     | SINGLE       | -            | no  | -",
                "abuse=no died=no impact=no criterion2=unsure several=no oneorg=no audit=no        | SINGLE       | -            | no  | criterion2",
                "abuse=no died=no impact=no criterion2=no oneorg=yes audit=no                      | SINGLE       | -            | no  | -",
                "abuse=no died=no impact=no criterion2=no oneorg=unsure audit=no                   | SINGLE       | -            | no  | oneorg",
                "abuse=no died=no impact=no criterion2=no oneorg=no audit=no                       | NFA          | -            | no  | -",
                "abuse=no died=no impact=no criterion2=no oneorg=no audit=yes                      | NFA          | -            | yes | -",
                "abuse=no died=no impact=no criterion2=no oneorg=no audit=unsure                   | NFA          | -            | yes | audit",
                // -- child_died unsure
                "abuse=unsure died=unsure custody=no suicide=no harmed=no impact=no criterion2=no oneorg=no audit=no | POSSIBLE | NFA | no | abuse died",
                "abuse=no died=unsure custody=yes suicide=no impact=no criterion2=yes several=yes audit=no | POSSIBLE | INTERNAL | no | died",
                "abuse=no died=unsure custody=no suicide=no impact=no criterion2=no oneorg=no audit=no | NFA        | -            | no  | died",
                "abuse=no died=unsure custody=unsure suicide=unsure impact=no criterion2=no oneorg=no audit=no | POSSIBLE | NFA  | no  | died custody suicide",
                "abuse=yes died=unsure custody=no suicide=no harmed=yes concern=yes audit=no        | SCR          | -            | no  | died",
                "abuse=yes died=unsure custody=no suicide=no harmed=no impact=no criterion2=no oneorg=no audit=no | POSSIBLE | NFA | no | died",
                "abuse=yes died=unsure custody=unsure suicide=no harmed=no impact=no criterion2=unsure several=no oneorg=unsure audit=no | POSSIBLE | SINGLE | no | died custody criterion2 oneorg",
                "abuse=yes died=unsure custody=yes suicide=no harmed=no impact=no criterion2=no oneorg=no audit=no | POSSIBLE | NFA | no | died",
                // -- custody or suicide unsure after a death without abuse
                "abuse=no died=yes custody=unsure suicide=no impact=yes audit=no                   | POSSIBLE     | COMMISSIONED | no  | custody",
                "abuse=no died=yes custody=no suicide=unsure impact=no criterion2=no oneorg=yes audit=yes | POSSIBLE | SINGLE     | yes | suicide",
                // -- everything unsure
                "abuse=unsure died=unsure custody=unsure suicide=unsure harmed=unsure concern=unsure impact=unsure criterion2=unsure several=unsure oneorg=unsure audit=unsure | POSSIBLE | COMMISSIONED | yes | abuse died custody suicide harmed concern impact criterion2 several oneorg audit",
            })
    void vignette(String answers, String outcome, String fallback, String audit, String uncertain) {
        Recommendation recommendation = recommend(parse(answers));

        assertThat(recommendation.outcome()).as("outcome").isEqualTo(OUTCOMES.get(outcome));
        assertThat(recommendation.fallbackOutcome())
                .as("fallback outcome")
                .isEqualTo(fallback.equals("-") ? Optional.empty() : Optional.of(OUTCOMES.get(fallback)));
        assertThat(recommendation.additionalActions())
                .as("additional actions")
                .isEqualTo(
                        audit.equals("yes") ? List.of(AdditionalAction.AUDIT_AND_QUALITY_ASSURANCE) : List.of());
        assertThat(recommendation.uncertain()).as("uncertain").isEqualTo(questionIds(ids(uncertain)));
        assertThat(recommendation.reasons()).as("reasons").isNotEmpty();
        assertThat(recommendation.rulePack().id()).isEqualTo("wt2015");
    }

    // ---- answers the flow would not ask, and case details, are ignored -----------------------

    @ParameterizedTest(name = "{1} is ignored beside {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the flow's answers                                                     | answers it would not ask
                "abuse=no died=no impact=no criterion2=no oneorg=no audit=no              | custody=yes suicide=yes",
                "abuse=no died=no impact=no criterion2=no oneorg=no audit=no              | custody=unsure suicide=unsure harmed=unsure concern=unsure",
                "abuse=no died=no impact=no criterion2=no oneorg=no audit=no              | harmed=yes concern=yes several=yes",
                "abuse=yes died=yes custody=no suicide=no audit=no                        | harmed=no concern=no impact=yes criterion2=yes several=yes oneorg=yes",
                "abuse=yes died=no harmed=no impact=yes audit=no                          | concern=yes criterion2=yes several=unsure oneorg=unsure custody=yes",
                "abuse=no died=no impact=no criterion2=yes several=yes audit=no           | oneorg=unsure",
                "abuse=no died=no impact=no criterion2=yes several=no audit=no            | oneorg=no",
                "abuse=yes died=no harmed=yes concern=yes audit=no                        | impact=no criterion2=no oneorg=no",
            })
    void answersToQuestionsTheFlowWouldNotAskChangeNothing(String flow, String extra) {
        Map<String, String> withExtras = new LinkedHashMap<>(parse(flow));
        withExtras.putAll(parse(extra));

        assertThat(recommend(withExtras)).isEqualTo(recommend(parse(flow)));
    }

    @Test
    void caseDetailsAreIgnoredEvenWithGarbageValues() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("board", "Narnia");
        answers.put("case_reference", "Jane Smith");
        answers.put("notified_on", "not a date at all");
        answers.putAll(parse("abuse=yes died=no harmed=yes concern=unsure audit=no"));

        assertThat(recommend(answers))
                .isEqualTo(recommend(parse("abuse=yes died=no harmed=yes concern=unsure audit=no")));
    }

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Yes         | yes",
                "YES         | yes",
                "y           | yes",
                "Y.          | yes",
                "' yes '     | yes",
                "No          | no",
                "n           | no",
                "'NO!'       | no",
                "' NOT SURE '| unsure",
                "Not sure    | unsure",
                "unsure      | unsure",
                "don't know  | unsure",
                "don’t know  | unsure",
                "Don’t Know  | unsure",
                "UNSURE      | unsure",
            })
    void valuesAreReadLikeTypedAnswers(String typed, String canonical) {
        Map<String, String> typedAnswers = parse("abuse=no died=no impact=no criterion2=no oneorg=no");
        typedAnswers.put("further_audit_needed", typed);

        assertThat(recommend(typedAnswers))
                .isEqualTo(recommend(parse("abuse=no died=no impact=no criterion2=no oneorg=no audit=" + canonical)));
    }

    // ---- invalid and incomplete ----------------------------------------------------------------

    @ParameterizedTest(name = "unknown id \"{0}\" is invalid")
    @CsvSource({"abuse", "child_dead", "Abuse_Or_Neglect", "'abuse or neglect'", "'../../etc'", "''", "scr"})
    void unknownIdIsInvalidAndNamesIt(String id) {
        Map<String, String> answers = parse("abuse=no died=no impact=no criterion2=no oneorg=no audit=no");
        answers.put(id, "yes");

        Assessment assessment = Assessment.assess(Wt2015.pack(), answers);

        assertThat(assessment).isInstanceOf(Assessment.Invalid.class);
        assertThat(((Assessment.Invalid) assessment).problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.id()).isEqualTo(id));
    }

    @ParameterizedTest(name = "{0}=\"{1}\" is invalid")
    @CsvSource(
            delimiter = '|',
            value = {
                "child_died       | probably",
                "child_died       | ''",
                "abuse_or_neglect | yes no",
                "abuse_or_neglect | 1",
                "further_audit_needed | true",
                "died_in_custody  | perhaps", // not asked when child_died is no, but values are checked first
            })
    void unreadableValueIsInvalidAndNamesTheId(String id, String value) {
        Map<String, String> answers = parse("abuse=no died=no impact=no criterion2=no oneorg=no audit=no");
        answers.put(id, value);

        Assessment assessment = Assessment.assess(Wt2015.pack(), answers);

        assertThat(assessment).isInstanceOf(Assessment.Invalid.class);
        assertThat(((Assessment.Invalid) assessment).problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.id()).isEqualTo(id));
    }

    @Test
    void everyProblemIsListedAndInvalidComesBeforeIncomplete() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("abuse", "yes");
        answers.put("child_died", "maybe not");

        Assessment assessment = Assessment.assess(Wt2015.pack(), answers);

        assertThat(assessment).isInstanceOf(Assessment.Invalid.class);
        assertThat(((Assessment.Invalid) assessment).problems())
                .extracting(Assessment.Problem::id)
                .containsExactly("abuse", "child_died");
    }

    @ParameterizedTest(name = "{0} misses exactly {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "abuse=yes died=yes                                                | custody suicide audit",
                "abuse=yes died=yes custody=no suicide=no                          | audit",
                "abuse=no died=no impact=yes                                       | audit",
                "abuse=no died=no impact=no criterion2=no oneorg=no                | audit",
                "abuse=yes died=no harmed=yes concern=no impact=no audit=no        | criterion2",
                "abuse=no died=no impact=no criterion2=yes audit=no                | several",
                "abuse=yes died=no harmed=yes audit=no                             | concern",
                "died=no impact=no criterion2=no oneorg=no audit=no                | abuse",
            })
    void missingAnswersGiveIncompleteListingTheCertainlyMissingQuestionsInAskingOrder(
            String answers, String missing) {
        Assessment assessment = Assessment.assess(Wt2015.pack(), parse(answers));

        assertThat(assessment).isInstanceOf(Assessment.Incomplete.class);
        assertThat(((Assessment.Incomplete) assessment).missing()).isEqualTo(questionIds(ids(missing)));
    }

    @ParameterizedTest(name = "{0} misses first {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // answers                           | first missing | all certainly missing
                "-                                   | abuse         | abuse died audit",
                "abuse=no died=no                    | impact        | impact audit",
                "abuse=yes died=no harmed=yes        | concern       | concern audit",
                "died=no                             | abuse         | abuse audit",
                "abuse=unsure                        | died          | died audit",
            })
    void incompleteAlwaysNamesTheFirstMissingQuestionAndOnlyCertainlyMissingOnes(
            String answers, String first, String certainlyMissing) {
        Assessment assessment = Assessment.assess(Wt2015.pack(), parse(answers));

        assertThat(assessment).isInstanceOf(Assessment.Incomplete.class);
        List<QuestionId> missing = ((Assessment.Incomplete) assessment).missing();
        assertThat(missing).first().isEqualTo(QuestionId.of(Wt2015Answers.id(first)));
        assertThat(questionIds(ids(certainlyMissing))).containsAll(missing);
    }

    @ParameterizedTest(name = "{0} is inconsistent")
    @CsvSource(
            delimiter = '|',
            value = {
                "abuse=yes died=no harmed=yes concern=no impact=yes audit=yes",
                "abuse=unsure died=no harmed=unsure concern=no impact=yes audit=no",
                "abuse=yes died=unsure custody=no suicide=no harmed=yes concern=no impact=yes audit=no",
                // answering the rest cannot mend it, so it is named before what is missing
                "abuse=yes died=no harmed=yes concern=no impact=yes",
            })
    void noConcernAboutWorkingTogetherWithANegativeImpactOnItIsInconsistentNamingBothIds(String answers) {
        Assessment assessment = Assessment.assess(Wt2015.pack(), parse(answers));

        assertThat(assessment).isInstanceOf(Assessment.Inconsistent.class);
        Assessment.Inconsistent inconsistent = (Assessment.Inconsistent) assessment;
        assertThat(inconsistent.ids()).isEqualTo(questionIds(ids("concern impact")));
        assertThat(inconsistent.message()).contains("concern_working_together", "multi_agency_negative_impact");
    }

    @ParameterizedTest(name = "{0} is not inconsistent")
    @CsvSource(
            delimiter = '|',
            value = {
                // concern is not asked without serious harm, so its value is ignored
                "abuse=yes died=no harmed=no concern=no impact=yes audit=no | COMMISSIONED",
                // an unsure concern is not a definite no
                "abuse=unsure died=no harmed=yes concern=unsure impact=yes audit=no | POSSIBLE",
            })
    void answersThatOnlyLookContradictoryAreRecommendedOn(String answers, String outcome) {
        assertThat(recommend(parse(answers)).outcome()).isEqualTo(OUTCOMES.get(outcome));
    }

    @Test
    void incompleteListsFurtherAuditWhenItIsCertainlyMissing() {
        Assessment assessment = Assessment.assess(Wt2015.pack(), parse("abuse=no died=no"));

        assertThat(assessment).isInstanceOf(Assessment.Incomplete.class);
        assertThat(((Assessment.Incomplete) assessment).missing())
                .isEqualTo(questionIds(ids("impact audit")));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static Recommendation recommend(Map<String, String> answers) {
        Assessment assessment = Assessment.assess(Wt2015.pack(), answers);
        assertThat(assessment).as("assessment of %s", answers).isInstanceOf(Assessment.Recommended.class);
        return ((Assessment.Recommended) assessment).recommendation();
    }

    private static List<QuestionId> questionIds(List<String> ids) {
        return ids.stream().map(QuestionId::of).toList();
    }
}
