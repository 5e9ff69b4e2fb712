package uk.lscb.casereview.core.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rule pack recommends for a complete set of answers. It is advice: the LSCB Independent
 * Chair always makes the final decision.
 *
 * @param rulePack           the pack and version that produced it
 * @param outcome            the recommended outcome
 * @param fallbackOutcome    with {@link Outcome#POSSIBLE_SERIOUS_CASE_REVIEW} only: what applies if
 *                           the Chair decides the Serious Case Review criteria are not met
 * @param additionalActions  actions beside the outcome (the audit flag)
 * @param uncertain          every asked question answered "not sure", in asking order
 * @param openQuestions      with a possible Serious Case Review: the unsure answers it turns on
 * @param reasons            the criteria that decided it, each with the framework's words
 * @param methodologies      for a commissioned review: the methodologies the framework names
 * @param nextSteps          what happens next, in plain words
 */
public record Recommendation(RulePackRef rulePack, Outcome outcome, Optional<Outcome> fallbackOutcome,
                             List<AdditionalAction> additionalActions, List<QuestionId> uncertain,
                             List<QuestionId> openQuestions, List<Reason> reasons,
                             List<Methodology> methodologies, List<String> nextSteps) {
    public Recommendation {
        Objects.requireNonNull(rulePack, "rulePack");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(fallbackOutcome, "fallbackOutcome");
        if (fallbackOutcome.isPresent() != (outcome == Outcome.POSSIBLE_SERIOUS_CASE_REVIEW)) {
            throw new IllegalArgumentException("a fallback outcome goes with a possible Serious Case Review only");
        }
        additionalActions = List.copyOf(additionalActions);
        uncertain = List.copyOf(uncertain);
        openQuestions = List.copyOf(openQuestions);
        reasons = List.copyOf(reasons);
        methodologies = List.copyOf(methodologies);
        nextSteps = List.copyOf(nextSteps);
    }

    /** True when the case is considered for a Serious Case Review (it needs the Chair's decision on one). */
    public boolean consideredForSeriousCaseReview() {
        return outcome == Outcome.SERIOUS_CASE_REVIEW || outcome == Outcome.POSSIBLE_SERIOUS_CASE_REVIEW;
    }
}
