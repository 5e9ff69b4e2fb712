package uk.lscb.casereview.core.rules;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The deadlines a rule pack declares to the engine: the date question whose answer is day 0, and the deadlines a
 * recommendation sets from it.
 *
 * @param dayZero   the question answering the day the clocks start (a past date)
 * @param following the deadlines a recommendation sets, in order; none when it sets none
 */
public record PackDeadlines(QuestionId dayZero, Function<Recommendation, List<PackDeadline>> following) {
    public PackDeadlines {
        Objects.requireNonNull(dayZero, "dayZero");
        Objects.requireNonNull(following, "following");
    }

    public List<PackDeadline> following(Recommendation recommendation) {
        return List.copyOf(following.apply(Objects.requireNonNull(recommendation, "recommendation")));
    }
}
