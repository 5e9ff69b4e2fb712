package uk.lscb.casereview.core.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

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
 * @param consideredForSeriousCaseReview the case is considered for a Serious Case Review, as the rule pack
 *                           defines it: always with {@link Outcome#SERIOUS_CASE_REVIEW} and
 *                           {@link Outcome#POSSIBLE_SERIOUS_CASE_REVIEW}, and also below the threshold when the
 *                           criteria could apply apart from one answer (for {@code wt2015}, the concern about
 *                           how agencies worked together). The Chair's decision on it goes to the national
 *                           panel, and deciding not to hold one needs a written justification.
 */
public record Recommendation(RulePackRef rulePack, Outcome outcome, Optional<Outcome> fallbackOutcome,
                             List<AdditionalAction> additionalActions, List<QuestionId> uncertain,
                             List<QuestionId> openQuestions, List<Reason> reasons,
                             List<Methodology> methodologies, List<String> nextSteps,
                             boolean consideredForSeriousCaseReview) {
    public Recommendation {
        Objects.requireNonNull(rulePack, "rulePack");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(fallbackOutcome, "fallbackOutcome");
        if (fallbackOutcome.isPresent() != (outcome == Outcome.POSSIBLE_SERIOUS_CASE_REVIEW)) {
            throw new IllegalArgumentException("a fallback outcome goes with a possible Serious Case Review only");
        }
        if (!consideredForSeriousCaseReview && (outcome == Outcome.SERIOUS_CASE_REVIEW
                || outcome == Outcome.POSSIBLE_SERIOUS_CASE_REVIEW)) {
            throw new IllegalArgumentException("a recommended or possible Serious Case Review is always considered");
        }
        additionalActions = List.copyOf(additionalActions);
        uncertain = List.copyOf(uncertain);
        openQuestions = List.copyOf(openQuestions);
        reasons = List.copyOf(reasons);
        methodologies = List.copyOf(methodologies);
        nextSteps = List.copyOf(nextSteps);
    }

    /** Who reads a recommendation: the referrer who gave the answers, or anyone else (the Chair, the panel). */
    public enum Reader { REFERRER, OTHERS }

    /** "you were not sure": how a rule pack's reasons speak of the referrer's unsure answers. */
    private static final Pattern YOU_WERE_NOT_SURE = Pattern.compile("\\b([Yy])ou were not sure\\b");

    /**
     * The same recommendation worded for its reader. Rule packs word their reasons for the referrer ("you were
     * not sure"), and stored cases keep those words; anyone else reads "the referrer was not sure".
     */
    public Recommendation forReader(Reader reader) {
        if (reader == Reader.REFERRER) {
            return this;
        }
        List<Reason> worded = reasons.stream().map(reason -> new Reason(YOU_WERE_NOT_SURE.matcher(reason.statement())
                .replaceAll(match -> (match.group(1).equals("Y") ? "The" : "the") + " referrer was not sure"),
                reason.citation())).toList();
        return new Recommendation(rulePack, outcome, fallbackOutcome, additionalActions, uncertain, openQuestions,
                worded, methodologies, nextSteps, consideredForSeriousCaseReview);
    }
}
