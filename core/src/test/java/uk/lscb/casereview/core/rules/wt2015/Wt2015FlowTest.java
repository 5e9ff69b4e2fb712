package uk.lscb.casereview.core.rules.wt2015;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.rules.AdditionalAction;
import uk.lscb.casereview.core.rules.Answer;
import uk.lscb.casereview.core.rules.AnswerValue;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Methodology;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.Question;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.Recommendation;
import uk.lscb.casereview.core.rules.RulePack;

/** The "asked when" column of PRODUCT.md, exactly, and the outcome on every path through the flow. */
class Wt2015FlowTest {

    private static final RulePack PACK = Wt2015.pack();
    private static final List<String> CASE_DETAILS = List.of("board", "case_reference", "notified_on");

    private static List<Map<String, Answer>> paths;

    @BeforeAll
    static void walkEveryPath() {
        paths = Wt2015Paths.all();
    }

    @ParameterizedTest(name = "{0} asks {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // answers given (some with answers the flow would not ask)  | decisive questions asked, in order
                "abuse=yes died=yes custody=no suicide=no audit=no               | abuse died custody suicide audit",
                "abuse=no died=yes custody=yes suicide=no audit=no               | abuse died custody suicide audit",
                "abuse=no died=no impact=no criterion2=no oneorg=no audit=no     | abuse died impact criterion2 oneorg audit",
                "abuse=yes died=no harmed=yes concern=yes audit=no               | abuse died harmed concern audit",
                "abuse=yes died=no harmed=no impact=yes audit=no                 | abuse died harmed impact audit",
                "abuse=no died=no impact=no criterion2=yes several=yes audit=no  | abuse died impact criterion2 several audit",
                "abuse=no died=no impact=no criterion2=yes several=no audit=no   | abuse died impact criterion2 several audit",
                "abuse=no died=no impact=no criterion2=yes several=unsure oneorg=no audit=no | abuse died impact criterion2 several oneorg audit",
                "abuse=no died=no impact=no criterion2=unsure several=no oneorg=no audit=no | abuse died impact criterion2 several oneorg audit",
                "abuse=no died=no impact=unsure criterion2=no oneorg=no audit=no | abuse died impact criterion2 oneorg audit",
                "abuse=no died=unsure custody=no suicide=no impact=yes audit=no  | abuse died custody suicide impact audit",
                "abuse=yes died=unsure custody=no suicide=no harmed=yes concern=unsure audit=no | abuse died custody suicide harmed concern audit",
                "abuse=yes died=no harmed=unsure concern=no impact=unsure criterion2=no oneorg=no audit=no | abuse died harmed concern impact criterion2 oneorg audit",
                "abuse=unsure died=unsure custody=no suicide=no harmed=unsure concern=no impact=unsure criterion2=unsure several=unsure oneorg=no audit=no | abuse died custody suicide harmed concern impact criterion2 several oneorg audit",
                "abuse=no died=no custody=yes harmed=yes concern=yes impact=yes criterion2=yes several=yes oneorg=yes audit=no | abuse died impact audit",
                "abuse=yes died=yes custody=no suicide=no harmed=yes concern=no impact=yes audit=yes | abuse died custody suicide audit",
            })
    void asksExactlyTheQuestionsWhoseConditionHolds(String answers, String asked) {
        Answers given = Wt2015Paths.caseDetails();
        for (Map.Entry<String, String> entry : Wt2015Answers.parse(answers).entrySet()) {
            given = given.with(QuestionId.of(entry.getKey()),
                    new AnswerValue.YesNo(Answer.read(entry.getValue()).orElseThrow()));
        }
        List<String> expected = new ArrayList<>(CASE_DETAILS);
        expected.addAll(Wt2015Answers.ids(asked));

        // asked() reads the answers as given, so answers the flow would not ask are pruned first
        Answers pruned = PACK.prune(given);
        assertThat(ids(PACK.asked(pruned))).isEqualTo(expected);
        assertThat(pruned.values().keySet()).extracting(QuestionId::value)
                .as("answers kept after pruning").containsExactlyElementsOf(expected);
        assertThat(PACK.next(pruned)).isEmpty();
    }

    @Test
    void boardImpliedByTheChannelIsNotAsked() {
        Answers implied = Answers.none().withImplied(Wt2015Ids.BOARD, new AnswerValue.Board(new BoardId("stoke-on-trent")));

        assertThat(ids(PACK.asked(implied))).startsWith("case_reference", "notified_on", "abuse_or_neglect");
        assertThat(PACK.next(implied)).map(Question::id).contains(Wt2015Ids.CASE_REFERENCE);
    }

    @Test
    void questionsAreInTheDocumentedOrderWithTheirStableIds() {
        List<String> expected = new ArrayList<>(CASE_DETAILS);
        expected.addAll(Wt2015Answers.DECISIVE);

        assertThat(ids(PACK.questions())).isEqualTo(expected);
        assertThat(PACK.questions()).filteredOn(Question::decisive).extracting(q -> q.id().value())
                .containsExactlyElementsOf(Wt2015Answers.DECISIVE);
    }

    // ---- every path --------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "multi_agency_negative_impact | Criterion 1 is about agencies working together",
            "single_agency_improvements   | Criterion 2 is about each agency's own practice"})
    void eachCriterionQuestionSaysInPlainWordsWhatTheCriterionIsAbout(String id, String about) {
        assertThat(Wt2015.pack().question(QuestionId.of(id)).hint()).contains(about);
    }

    @Test
    void theSeveralAgenciesQuestionAsksHowManyAgenciesRatherThanRepeatingCriterion2() {
        Question several = Wt2015.pack().question(QuestionId.of("several_agencies_need_action"));

        assertThat(several.text()).startsWith("Is that improvement needed in more than one agency")
                .doesNotContain("single agencies");
        assertThat(several.hint()).contains("only one organisation");
    }

    /**
     * Counted by hand. Of the 177 ways the SCR questions can be answered, 39 make the formula true,
     * 129 unknown and 9 false. Below the threshold there are 35 ways through impact / criterion2 /
     * several / oneorg (impact yes: 1; impact no or unsure: 2 x (criterion2 no: 3 + yes: 1 + 1 + 3
     * + unsure: 9)). With 3 audit answers: 39 x 3 + (129 + 9) x 35 x 3 = 117 + 14,490.
     */
    @Test
    void theFlowHas14607CompletePaths() {
        assertThat(paths).hasSize(14_607);
        assertThat(paths).filteredOn(p -> Wt2015Paths.outcome(p) == Outcome.SERIOUS_CASE_REVIEW).hasSize(117);
        assertThat(paths).filteredOn(p -> Wt2015Paths.outcome(p) == Outcome.POSSIBLE_SERIOUS_CASE_REVIEW)
                .hasSize(129 * 105);
    }

    @Test
    void eachQuestionIsAskedIffItsConditionHoldsOnTheEarlierAnswers() {
        assertThat(paths).allSatisfy(path -> {
            Answers full = Wt2015Paths.answers(path);
            List<String> askedOnFull = ids(PACK.asked(full));
            List<String> expected = new ArrayList<>(CASE_DETAILS);
            expected.addAll(path.keySet());
            assertThat(askedOnFull).as("asked on %s", path).isEqualTo(expected);

            Answers prefix = Answers.none();
            for (Question question : PACK.questions()) {
                boolean holdsOnPrefix = question.askedWhen().holds(prefix);
                assertThat(holdsOnPrefix).as("%s asked, on the answers before it, for %s", question.id(), path)
                        .isEqualTo(askedOnFull.contains(question.id().value()));
                if (holdsOnPrefix) {
                    assertThat(PACK.next(prefix)).as("next question after %s", prefix.values().keySet())
                            .map(Question::id).contains(question.id());
                }
                Optional<AnswerValue> value = full.get(question.id());
                if (value.isPresent() && holdsOnPrefix) {
                    prefix = prefix.with(question.id(), value.get());
                }
            }
            assertThat(PACK.next(full)).as("next on a complete path").isEmpty();
        });
    }

    @Test
    void contradictoryPathsAreRefusedAndEveryOtherPathIsRecommendedOn() {
        assertThat(paths).filteredOn(Wt2015Paths::contradictory).isNotEmpty().allSatisfy(path -> {
            assertThat(PACK.contradiction(Wt2015Paths.answers(path))).as("contradiction on %s", path).isPresent();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PACK.recommend(Wt2015Paths.answers(path)))
                    .as("recommending on %s", path).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("concern_working_together").hasMessageContaining("multi_agency_negative_impact");
        });
        assertThat(paths).filteredOn(path -> !Wt2015Paths.contradictory(path)).allSatisfy(path ->
                assertThat(PACK.contradiction(Wt2015Paths.answers(path))).as("contradiction on %s", path).isEmpty());
    }

    @Test
    void outcomeIsTheProductFormulaOnEveryPath() {
        assertThat(paths).filteredOn(path -> !Wt2015Paths.contradictory(path)).allSatisfy(path -> {
            Recommendation recommendation = PACK.recommend(Wt2015Paths.answers(path));
            assertThat(recommendation.outcome()).as("outcome for %s", path).isEqualTo(Wt2015Paths.outcome(path));
            assertThat(recommendation.fallbackOutcome()).as("fallback for %s", path)
                    .isEqualTo(Wt2015Paths.fallback(path));
        });
    }

    @Test
    void everyRecommendationKeepsItsPromises() {
        assertThat(paths).filteredOn(path -> !Wt2015Paths.contradictory(path)).allSatisfy(path -> {
            Recommendation r = PACK.recommend(Wt2015Paths.answers(path));
            boolean possible = r.outcome() == Outcome.POSSIBLE_SERIOUS_CASE_REVIEW;

            List<QuestionId> unsure = path.entrySet().stream().filter(e -> e.getValue() == Answer.UNSURE)
                    .map(e -> QuestionId.of(e.getKey())).toList();
            assertThat(r.uncertain()).as("uncertain for %s", path).isEqualTo(unsure);

            assertThat(r.fallbackOutcome().isPresent()).as("fallback present for %s", path).isEqualTo(possible);
            r.fallbackOutcome().ifPresent(fallback -> assertThat(fallback.decidable()).isTrue()
                    .as("a fallback is never an SCR").isEqualTo(fallback != Outcome.SERIOUS_CASE_REVIEW));

            assertThat(r.additionalActions()).as("audit flag for %s", path).isEqualTo(
                    Wt2015Paths.yesOrUnsure(path, "further_audit_needed")
                            ? List.of(AdditionalAction.AUDIT_AND_QUALITY_ASSURANCE) : List.of());

            assertThat(r.reasons()).as("reasons for %s", path).isNotEmpty();
            assertThat(r.nextSteps()).as("next steps for %s", path).isNotEmpty();
            assertThat(r.rulePack().id()).isEqualTo("wt2015");
            assertThat(r.rulePack().version()).isNotBlank();

            boolean commissioned = r.outcome() == Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW
                    || r.fallbackOutcome().filter(Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW::equals).isPresent();
            if (commissioned) {
                assertThat(r.methodologies()).as("methodologies for %s", path).hasSize(4)
                        .extracting(Methodology::name)
                        .anySatisfy(name -> assertThat(name).contains("SCIE"))
                        .anySatisfy(name -> assertThat(name).contains("SILP"))
                        .anySatisfy(name -> assertThat(name).contains("Root Cause Analysis"))
                        .anySatisfy(name -> assertThat(name).contains("Child Practice Review"));
            } else {
                assertThat(r.methodologies()).as("methodologies for %s", path).isEmpty();
            }

            assertThat(r.openQuestions()).as("open questions for %s", path).isSubsetOf(r.uncertain());
            assertThat(r.openQuestions().isEmpty()).as("open questions only for a possible SCR, %s", path)
                    .isEqualTo(!possible);
            assertThat(r.consideredForSeriousCaseReview()).as("considered for a Serious Case Review, %s", path)
                    .isEqualTo(Wt2015Paths.considered(path));
            if (r.consideredForSeriousCaseReview()) {
                assertThat(r.nextSteps()).as("next steps for %s", path)
                        .anySatisfy(step -> assertThat(step).contains("national panel").contains("14 days"));
            }
        });
    }

    @Test
    void answersTheFlowWouldNotAskNeverChangeTheRecommendation() {
        assertThat(paths).filteredOn(path -> !Wt2015Paths.contradictory(path)).allSatisfy(path -> {
            Answers answers = Wt2015Paths.answers(path);
            Recommendation expected = PACK.recommend(answers);
            for (String id : Wt2015Answers.DECISIVE) {
                if (!path.containsKey(id)) {
                    for (Answer extra : Answer.values()) {
                        answers = answers.with(QuestionId.of(id), new AnswerValue.YesNo(extra));
                        assertThat(PACK.recommend(answers)).as("%s=%s beside %s", id, extra, path).isEqualTo(expected);
                    }
                }
            }
        });
    }

    @Test
    void recommendingIncompleteAnswersIsRefused() {
        Map<String, Answer> partial = new LinkedHashMap<>();
        partial.put("abuse_or_neglect", Answer.YES);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PACK.recommend(Wt2015Paths.answers(partial)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("child_died");
    }

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(q -> q.id().value()).toList();
    }
}
