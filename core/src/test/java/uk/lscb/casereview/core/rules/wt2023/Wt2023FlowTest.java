package uk.lscb.casereview.core.rules.wt2023;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.rules.Answer;
import uk.lscb.casereview.core.rules.AnswerValue;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.Question;
import uk.lscb.casereview.core.rules.Recommendation;
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.Truth;

/** The pack against the independent {@link Wt2023Paths} on every complete path of its flow. */
class Wt2023FlowTest {
    private static final RulePack PACK = Wt2023.pack();
    private static final List<String> CASE_DETAILS = List.of("board", "case_reference", "aware_on");
    private static List<Map<String, Answer>> paths;

    @BeforeAll
    static void walkEveryPath() {
        paths = Wt2023Paths.all();
    }

    @Test
    void questionsAreInTheDocumentedOrderWithTheirStableIds() {
        List<String> expected = new ArrayList<>(CASE_DETAILS);
        expected.addAll(Wt2023Paths.DECISIVE);
        assertThat(PACK.questions()).extracting(q -> q.id().value()).containsExactlyElementsOf(expected);
        assertThat(PACK.questions()).filteredOn(Question::decisive).extracting(q -> q.id().value())
                .containsExactlyElementsOf(Wt2023Paths.DECISIVE);
    }

    /** Counted separately (a script walking the page's "asked when" column): 13,645 paths, 13,272 a local review. */
    @Test
    void theFlowHasTheExpectedNumberOfCompletePaths() {
        assertThat(paths).hasSize(13_645);
        assertThat(paths).filteredOn(p -> Wt2023Paths.outcome(p) == Outcome.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW)
                .hasSize(13_272);
    }

    @Test
    void eachQuestionIsAskedIffItsConditionHoldsOnTheEarlierAnswers() {
        assertThat(paths).allSatisfy(path -> {
            Answers full = Wt2023Paths.answers(path);
            List<String> expected = new ArrayList<>(CASE_DETAILS);
            expected.addAll(path.keySet());
            assertThat(PACK.asked(full)).extracting(q -> q.id().value()).as("asked on %s", path)
                    .containsExactlyElementsOf(expected);
            Answers prefix = Answers.none();
            for (Question question : PACK.questions()) {
                boolean holdsOnPrefix = question.askedWhen().holds(prefix);
                assertThat(holdsOnPrefix).as("%s asked, on the answers before it, for %s", question.id(), path)
                        .isEqualTo(expected.contains(question.id().value()));
                Optional<AnswerValue> value = full.get(question.id());
                if (value.isPresent() && holdsOnPrefix) {
                    prefix = prefix.with(question.id(), value.get());
                }
            }
            assertThat(PACK.next(full)).as("next on a complete path").isEmpty();
        });
    }

    @Test
    void theNotificationTestAgreesWithTheIndependentOneOnEveryPath() {
        assertThat(paths).allSatisfy(path -> {
            Truth notifiable = Wt2023.notifiable(Wt2023Paths.answers(path));
            assertThat(notifiable.mayHold()).as("may be notifiable: %s", path)
                    .isEqualTo(Wt2023Paths.notifiableMayHold(path));
            assertThat(notifiable == Truth.TRUE).as("certainly notifiable: %s", path)
                    .isEqualTo(Wt2023Paths.notifiableCertainly(path));
        });
    }

    @Test
    void outcomeAndActionsAgreeWithTheIndependentImplementationOnEveryPath() {
        assertThat(paths).allSatisfy(path -> {
            Recommendation recommendation = PACK.recommend(Wt2023Paths.answers(path));
            assertThat(recommendation.outcome()).as("outcome for %s", path).isEqualTo(Wt2023Paths.outcome(path));
            assertThat(recommendation.additionalActions()).as("actions for %s", path)
                    .containsExactlyElementsOf(Wt2023Paths.actions(path));
            assertThat(Wt2023Deadline.following(recommendation)).as("deadlines for %s", path)
                    .hasSize(Wt2023Paths.notifiableMayHold(path) ? 2 : 0);
        });
    }

    @Test
    void everyRecommendationKeepsItsPromises() {
        assertThat(paths).allSatisfy(path -> {
            Recommendation recommendation = PACK.recommend(Wt2023Paths.answers(path));
            assertThat(recommendation.rulePack()).isEqualTo(PACK.ref());
            assertThat(recommendation.reasons()).as("reasons for %s", path).isNotEmpty();
            assertThat(recommendation.fallbackOutcome()).isEmpty();
            assertThat(recommendation.consideredForSeriousCaseReview()).as("no Serious Case Reviews in wt2023").isFalse();
            assertThat(recommendation.outcome().belongsTo(Wt2023.ID)).isTrue();
            List<String> unsure = path.entrySet().stream().filter(e -> e.getValue() == Answer.UNSURE)
                    .map(Map.Entry::getKey).toList();
            assertThat(recommendation.uncertain()).extracting(id -> id.value()).as("unsure on %s", path)
                    .containsExactlyElementsOf(unsure);
        });
    }

    @Test
    void answersTheFlowWouldNotAskNeverChangeTheRecommendation() {
        assertThat(paths).allSatisfy(path -> {
            Answers answers = Wt2023Paths.answers(path);
            Answers padded = answers;
            for (String id : Wt2023Paths.DECISIVE) {
                if (!path.containsKey(id)) {
                    padded = padded.with(uk.lscb.casereview.core.rules.QuestionId.of(id),
                            new AnswerValue.YesNo(Answer.YES));
                }
            }
            assertThat(PACK.recommend(padded)).as("padded %s", path).isEqualTo(PACK.recommend(answers));
        });
    }
}
