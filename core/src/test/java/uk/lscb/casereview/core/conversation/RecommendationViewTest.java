package uk.lscb.casereview.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.rules.AdditionalAction;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.Recommendation;
import uk.lscb.casereview.core.rules.RulePackRef;

class RecommendationViewTest {
    private static final QuestionId SUICIDE = QuestionId.of("suspected_suicide");
    private static final Recommendation POSSIBLE = new Recommendation(new RulePackRef("wt2015", "1.1.0"),
            Outcome.POSSIBLE_SERIOUS_CASE_REVIEW, Optional.of(Outcome.SINGLE_AGENCY_LEARNING_REVIEW),
            List.of(AdditionalAction.values()[0]), List.of(SUICIDE), List.of(SUICIDE), List.of(), List.of(),
            List.of("The Chair decides."), true);

    @Test
    void everySectionIsWordedOnceForEveryRenderer() {
        RecommendationView view = RecommendationView.of(POSSIBLE, List.of(Fact.answer(SUICIDE, "Suspected suicide",
                "Not sure")));

        assertThat(view.headline()).isEqualTo("Recommendation: " + Outcome.POSSIBLE_SERIOUS_CASE_REVIEW.label());
        assertThat(view.fallback().orElseThrow().text()).isEqualTo("If the Chair decides the Serious Case Review "
                + "criteria are not met: " + Outcome.SINGLE_AGENCY_LEARNING_REVIEW.label());
        assertThat(view.additional()).extracting(RecommendationView.Line::text)
                .containsExactly("Also recommended: " + AdditionalAction.values()[0].label());
        assertThat(view.notSure()).containsExactly("Suspected suicide");
        assertThat(view.footer()).isEqualTo("Rule pack wt2015 1.1.0. This is advice: the LSCB Independent Chair "
                + "always makes the final decision.");
    }

    @Test
    void plainTextShowsTheSameLinesAsTheCards() {
        String text = PlainText.render(new Reply.Recommended(POSSIBLE, List.of(), List.of(), List.of()));
        RecommendationView view = RecommendationView.of(POSSIBLE, List.of());

        assertThat(text).startsWith(view.headline()).contains(view.fallback().orElseThrow().text())
                .contains(view.additional().get(0).text()).endsWith(view.footer());
    }
}
