package uk.lscb.casereview.core.rules.wt2015;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lscb.casereview.core.Seed;
import uk.lscb.casereview.core.rules.Answer;
import uk.lscb.casereview.core.rules.Citation;
import uk.lscb.casereview.core.rules.Methodology;
import uk.lscb.casereview.core.rules.Question;
import uk.lscb.casereview.core.rules.Reason;
import uk.lscb.casereview.core.rules.Recommendation;
import uk.lscb.casereview.core.rules.Source;

/**
 * Every passage the pack can show: framework passages are quoted word for word from the seed;
 * Working Together 2015 passages say that they are from there.
 */
class Wt2015CitationsTest {

    private static Set<Citation> reachable;

    @BeforeAll
    static void collectEveryReachableCitation() {
        reachable = new LinkedHashSet<>();
        for (Question question : Wt2015.pack().questions()) {
            reachable.addAll(question.why().citations());
        }
        for (Map<String, Answer> path : Wt2015Paths.all()) {
            if (Wt2015Paths.contradictory(path)) {
                continue; // never recommended on: the conversation asks which answer stands
            }
            Recommendation recommendation = Wt2015.pack().recommend(Wt2015Paths.answers(path));
            recommendation.reasons().stream().map(Reason::citation).forEach(reachable::add);
            recommendation.methodologies().stream().map(Methodology::line).forEach(reachable::add);
        }
    }

    static List<Citation> frameworkCitations() {
        collectIfNeeded();
        return reachable.stream().filter(c -> c.source() == Source.LOCAL_FRAMEWORK).toList();
    }

    static List<Citation> workingTogetherCitations() {
        collectIfNeeded();
        return reachable.stream().filter(c -> c.source() == Source.WORKING_TOGETHER_2015_CHAPTER_4).toList();
    }

    private static void collectIfNeeded() {
        if (reachable == null) {
            collectEveryReachableCitation();
        }
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("frameworkCitations")
    void frameworkPassageIsQuotedWordForWord(Citation citation) {
        assertQuotedWordForWord(citation);
    }

    private static void assertQuotedWordForWord(Citation citation) {
        String framework = Seed.frameworkCollapsed();
        String passage = Seed.collapseWhitespace(citation.passage());
        assertThat(framework.contains(passage))
                .as("the framework text (whitespace collapsed) contains \"%s\"", passage).isTrue();
        assertThat(framework.contains(citation.section()))
                .as("the framework text contains the section heading \"%s\"", citation.section()).isTrue();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("workingTogetherCitations")
    void workingTogetherPassageSaysWhereItIsFrom(Citation citation) {
        assertThat(citation.passage()).contains("Working Together 2015");
        assertThat(citation.where()).contains("Working Together to Safeguard Children 2015");
    }

    @Test
    void theThreeWorkingTogetherRulesAreAllReachable() {
        assertThat(workingTogetherCitations()).hasSize(3);
        assertThat(frameworkCitations()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void everyQuestionSaysWhyItIsAsked() {
        assertThat(Wt2015.pack().questions()).allSatisfy(question -> {
            assertThat(question.why().explanation()).as("why %s", question.id()).isNotBlank();
            assertThat(question.why().citations()).as("citations for %s", question.id()).isNotEmpty();
            assertThat(question.text()).as("text of %s", question.id()).isNotBlank();
            assertThat(question.label()).as("label of %s", question.id()).isNotBlank();
        });
    }

    @Test
    void seriousHarmWhyGivesWorkingTogetherMeaning() {
        List<String> passages = passages(Wt2015Ids.SERIOUSLY_HARMED.value());

        assertThat(passages).anySatisfy(passage -> assertThat(passage)
                .contains("potentially life-threatening injury")
                .contains("serious and/or likely long-term impairment")
                .contains("A child recovering does not mean that serious harm did not occur"));
    }

    @ParameterizedTest(name = "the custody question names {0}")
    @ValueSource(strings = {"police custody", "remand", "young offender institution", "secure training centre",
        "secure children's home", "Mental Health Act 1983", "16 or 17", "deprived of their liberty",
        "Mental Capacity Act 2005"})
    void custodyQuestionNamesEverySettingPractitionersMustRecognise(String setting) {
        Question custody = Wt2015.pack().question(Wt2015Ids.DIED_IN_CUSTODY);

        assertThat(custody.text()).as("the question itself, not only its hint or why").contains(setting);
    }

    @Test
    void custodyQuestionStaysPlainTextWithinChatLimits() {
        Question custody = Wt2015.pack().question(Wt2015Ids.DIED_IN_CUSTODY);

        assertThat(custody.text()).doesNotContain("*", "_", "<", ">", "`").hasSizeLessThan(400);
        assertThat(custody.label()).hasSizeLessThanOrEqualTo(75);
        assertThat(custody.why().explanation()).contains("Mental Capacity Act 2005");
    }

    @Test
    void unsureConcernWhyQuotesTheUnlessDefinitiveRule() {
        assertThat(passages(Wt2015Ids.CONCERN_WORKING_TOGETHER.value()))
                .anySatisfy(passage -> assertThat(passage).contains("definitive evidence"));
    }

    private static List<String> passages(String id) {
        List<String> passages = new ArrayList<>();
        Wt2015.pack().find(id).orElseThrow().why().citations().forEach(c -> passages.add(c.passage()));
        return passages;
    }
}
