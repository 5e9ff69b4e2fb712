package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.learning.InMemoryLearningLogs;
import uk.lscb.casereview.core.learning.LargestReview;
import uk.lscb.casereview.core.learning.LearningCommands;
import uk.lscb.casereview.core.learning.LearningForms;
import uk.lscb.casereview.core.learning.LearningSearch;
import uk.lscb.casereview.core.learning.LearningService;
import uk.lscb.casereview.core.learning.LearningThemes;
import uk.lscb.casereview.core.learning.ReviewLearning;
import uk.lscb.casereview.core.learning.WeeklyDigest;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * The learning's cards with the most a review could hold ({@link LargestReview}): every learning form refused with the
 * longest typing, the review's learning as {@code case} shows it with every button, and the weekly digest of three
 * such reviews' actions all overdue; each a valid Adaptive Card 1.5 under Teams' 28 KB, with at most five actions a
 * set.
 */
class TeamsLearningCardsTest {
    private static final Map<String, JsonNode> CARDS = cards();

    private static Map<String, JsonNode> cards() {
        TeamsFixture teams = new TeamsFixture(TeamsSettings.local(), "http://127.0.0.1:1/");
        UserRef chair = new UserRef(Platform.TEAMS, TeamsFixture.CHAIR_AAD, "The Chair");
        CaseRecord decided = LargestReview.decided(teams.cases, "SCR-2026-260", chair);
        LearningService service = new LearningService(teams.cases, new InMemoryLearningLogs(), teams.roles,
                Boards.staffordshireAndStoke(), LearningThemes.DEFAULT, TeamsFixture.CLOCK, changed -> { });
        LearningForms forms = new LearningForms(teams.cases, service);
        LargestReview.enter(service, decided, chair);
        Map<String, JsonNode> cards = new LinkedHashMap<>();
        LargestReview.refusedForms(forms, decided, chair).forEach((step, form) -> cards.put(step,
                StepFormCards.card(form)));
        new LearningCommands(new LearningSearch(new InMemoryLearningLogs(), LearningThemes.DEFAULT), service, forms,
                Boards.staffordshireAndStoke()).of(decided, chair).forEach(section -> cards.put("the learning in case",
                TeamsCards.reply(new Reply.Summary(section.title(), section.facts(), section.actions()))));
        // Three such reviews' actions all overdue: a board's weekly digest at its longest.
        ReviewLearning review = service.of(decided.id()).orElseThrow();
        cards.put("the weekly digest", TeamsCards.notification(WeeklyDigest.digest(Boards.staffordshireAndStoke()
                .all().get(0), List.of(review, review, review), new WeeklyDigest.Week(LocalDate.of(2028, 1, 3)))
                .orElseThrow()));
        return cards;
    }

    static Stream<Arguments> learningCards() {
        return CARDS.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("learningCards")
    void isAValidAdaptiveCard15UnderTheSizeLimitWithAtMostFiveActionsASet(String name, JsonNode card) {
        assertThat(TeamsCardsTest.problems(card)).isEmpty();
        assertThat(TeamsCards.size(card)).as(name).isLessThan(28 * 1024);
        card.findParents("type").stream().filter(node -> node.path("type").asText().equals("ActionSet"))
                .forEach(set -> assertThat(set.path("actions").size()).isLessThanOrEqualTo(5));
    }

    /** Themes and a recommendation's findings are tick boxes, whose values Teams sends back comma-separated. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"learning-finding, themes, 10", "learning-recommendation, findings, 60"})
    void severalChoicesAreTickBoxesThatWrapAndKeepWhatWasChosen(String step, String id, int options) {
        JsonNode input = CARDS.get(step).findParents("id").stream().filter(node -> node.path("id").asText().equals(id))
                .findFirst().orElseThrow();

        assertThat(input.path("type").asText()).isEqualTo("Input.ChoiceSet");
        assertThat(input.path("isMultiSelect").asBoolean()).isTrue();
        assertThat(input.path("style").asText()).isEqualTo("expanded");
        assertThat(input.path("wrap").asBoolean()).isTrue();
        assertThat(input.path("choices")).hasSize(options);
        assertThat(input.path("value").asText()).as("all of them, chosen before the refusal")
                .isEqualTo(String.join(",", input.path("choices").findValuesAsText("value")));
    }

    @Test
    void everyLearningFormAndTheLearningInCaseAreChecked() {
        assertThat(CARDS).containsKeys(LargestReview.STEPS.toArray(String[]::new)).containsKey("the learning in case")
                .containsKey("the weekly digest");
    }
}
