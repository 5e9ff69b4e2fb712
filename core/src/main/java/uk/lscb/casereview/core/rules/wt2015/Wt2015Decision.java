package uk.lscb.casereview.core.rules.wt2015;

import static uk.lscb.casereview.core.rules.wt2015.Wt2015Citations.*;
import static uk.lscb.casereview.core.rules.wt2015.Wt2015Ids.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.lscb.casereview.core.rules.AdditionalAction;
import uk.lscb.casereview.core.rules.Answer;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Decision;
import uk.lscb.casereview.core.rules.Methodology;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.Reason;
import uk.lscb.casereview.core.rules.Recommendation;
import uk.lscb.casereview.core.rules.RulePackRef;
import uk.lscb.casereview.core.rules.Truth;

/**
 * The outcome formula of {@code wt2015}, with the reasons in the framework's words.
 *
 * <p>Above the threshold: {@link Wt2015#seriousCaseReview} TRUE gives a Serious Case Review;
 * UNKNOWN (an unsure answer could make it true) a possible one, with a fallback outcome. Below it,
 * the first outcome that may hold wins: commissioned, internal, single agency, no further action.
 */
final class Wt2015Decision implements Decision {
    private static final List<QuestionId> SCR_QUESTIONS =
            List.of(ABUSE_OR_NEGLECT, CHILD_DIED, DIED_IN_CUSTODY, SUSPECTED_SUICIDE, SERIOUSLY_HARMED);
    private static final List<QuestionId> ASKING_ORDER = List.of(ABUSE_OR_NEGLECT, CHILD_DIED, DIED_IN_CUSTODY,
            SUSPECTED_SUICIDE, SERIOUSLY_HARMED, CONCERN_WORKING_TOGETHER, MULTI_AGENCY_NEGATIVE_IMPACT,
            SINGLE_AGENCY_IMPROVEMENTS, SEVERAL_AGENCIES_NEED_ACTION, SINGLE_ORGANISATION_IMPROVEMENTS,
            FURTHER_AUDIT_NEEDED);

    private static final List<Methodology> METHODOLOGY_OPTIONS = List.of(
            new Methodology("SCIE Learning Together systems model", SCIE),
            new Methodology("Significant Incident Learning Process (SILP)", SILP),
            new Methodology("Root Cause Analysis (RCA)", RCA),
            new Methodology("Child Practice Review (Welsh model)", CHILD_PRACTICE_REVIEW));

    private final RulePackRef ref;

    Wt2015Decision(String id, String version) {
        this.ref = new RulePackRef(id, version);
    }

    @Override
    public Recommendation decide(Answers answers) {
        Truth scr = Wt2015.seriousCaseReview(answers);
        List<Reason> reasons = new ArrayList<>();
        List<String> next = new ArrayList<>();
        Outcome outcome;
        Optional<Outcome> fallback = Optional.empty();
        List<QuestionId> open = List.of();
        Outcome below = belowThreshold(answers);
        switch (scr) {
            case TRUE -> {
                outcome = Outcome.SERIOUS_CASE_REVIEW;
                scrReasons(answers, reasons);
                scrNextSteps(next);
            }
            case UNKNOWN -> {
                outcome = Outcome.POSSIBLE_SERIOUS_CASE_REVIEW;
                fallback = Optional.of(below);
                open = SCR_QUESTIONS.stream().filter(id -> answers.is(id, Answer.UNSURE)).toList();
                reasons.add(new Reason("The Serious Case Review criteria may be met: that turns on "
                        + open.size() + (open.size() == 1 ? " answer" : " answers")
                        + " that you were not sure about. The Chair must decide.", CHAIR_DECIDES));
                reasons.add(new Reason("A Serious Case Review is undertaken when the statutory criteria are met.",
                        CRITERION_ABUSE));
                reasons.add(new Reason("Part (b) of the statutory criteria.", CRITERION_DIED));
                if (answers.truth(CHILD_DIED).mayHold()) {
                    reasons.add(new Reason("A death in custody or by suspected suicide always leads to a Serious "
                            + "Case Review.", ALWAYS_CUSTODY_OR_SUICIDE));
                }
                next.add("The LSCB Independent Chair decides whether the Serious Case Review criteria are met, "
                        + "normally within one month of the LSCB being notified.");
                next.add("If the Chair decides they are met, the Chair appoints one or more lead reviewers who are "
                        + "independent of the case and of the organisations whose actions are reviewed, and the "
                        + "national panel of independent experts is notified within 14 days of the decision.");
                next.add("If the Chair decides they are not met, the fallback is: " + below.label()
                        + ". Because the case was considered for a Serious Case Review, the national panel must be "
                        + "told of the decision within 14 days, with a written justification.");
                belowReasons(below, answers, reasons, next);
            }
            case FALSE -> {
                outcome = below;
                reasons.add(new Reason(notMetBecause(answers), STATUTORY_CRITERIA));
                belowReasons(below, answers, reasons, next);
                next.add("The LSCB Independent Chair will always make the final decision about next steps.");
                if (Wt2015.consideredForSeriousCaseReview(answers)) {
                    next.add("The case was considered for a Serious Case Review: the national panel of "
                            + "independent experts is told of the Chair's decision within 14 days, with a written "
                            + "justification for not holding one.");
                }
            }
            default -> throw new IllegalStateException(String.valueOf(scr));
        }
        List<AdditionalAction> additional = new ArrayList<>();
        if (answers.yesOrUnsure(FURTHER_AUDIT_NEEDED)) {
            additional.add(AdditionalAction.AUDIT_AND_QUALITY_ASSURANCE);
            reasons.add(new Reason("Further audit or quality-assurance activity is needed"
                    + (answers.is(FURTHER_AUDIT_NEEDED, Answer.UNSURE) ? " (you were not sure)." : "."),
                    AUDIT_NEEDED));
            next.add("Audit and quality assurance: for multi-agency audit, the SCR Committee / Subgroup may ask the "
                    + "Joint LSCB Performance Subgroup to lead it. Single-agency audit is the agency's own.");
        }
        List<QuestionId> uncertain = ASKING_ORDER.stream().filter(id -> answers.is(id, Answer.UNSURE)).toList();
        List<Methodology> methodologies = outcome == Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW
                || fallback.filter(Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW::equals).isPresent()
                ? METHODOLOGY_OPTIONS : List.of();
        return new Recommendation(ref, outcome, fallback, additional, uncertain, open, reasons, methodologies, next,
                Wt2015.consideredForSeriousCaseReview(answers));
    }

    /** Below the threshold, the first outcome that may hold. */
    static Outcome belowThreshold(Answers answers) {
        if (answers.yesOrUnsure(MULTI_AGENCY_NEGATIVE_IMPACT)) {
            return Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW;
        }
        if (answers.yesOrUnsure(SINGLE_AGENCY_IMPROVEMENTS) && answers.yesOrUnsure(SEVERAL_AGENCIES_NEED_ACTION)) {
            return Outcome.INTERNAL_MULTI_AGENCY_LEARNING_REVIEW;
        }
        if (answers.yesOrUnsure(SINGLE_ORGANISATION_IMPROVEMENTS)
                || answers.yesOrUnsure(SINGLE_AGENCY_IMPROVEMENTS) && answers.is(SEVERAL_AGENCIES_NEED_ACTION, Answer.NO)) {
            return Outcome.SINGLE_AGENCY_LEARNING_REVIEW;
        }
        return Outcome.NO_FURTHER_ACTION;
    }

    private static void scrReasons(Answers answers, List<Reason> reasons) {
        if (Wt2015.statutoryCriteria(answers) == Truth.TRUE) {
            reasons.add(new Reason("The statutory criteria are met.", STATUTORY_CRITERIA));
            reasons.add(new Reason("Abuse or neglect of the child is known or suspected.", CRITERION_ABUSE));
            if (answers.truth(CHILD_DIED) == Truth.TRUE) {
                reasons.add(new Reason("The child has died.", CRITERION_DIED));
            } else {
                String concern = answers.is(CONCERN_WORKING_TOGETHER, Answer.UNSURE)
                        ? " You were not sure whether there is cause for concern about how agencies worked "
                        + "together: without definitive evidence that there is none, that counts as a concern."
                        : " There is cause for concern about how agencies worked together.";
                reasons.add(new Reason("The child has been seriously harmed." + concern, CRITERION_DIED));
                if (answers.is(CONCERN_WORKING_TOGETHER, Answer.UNSURE)) {
                    reasons.add(new Reason("An unsure answer about inter-agency working counts as yes.",
                            WT_UNLESS_DEFINITIVE));
                }
            }
        }
        if (Wt2015.alwaysReview(answers) == Truth.TRUE) {
            String what = answers.is(DIED_IN_CUSTODY, Answer.YES) && answers.is(SUSPECTED_SUICIDE, Answer.YES)
                    ? "The child died in custody, and the death is a suspected suicide."
                    : answers.is(DIED_IN_CUSTODY, Answer.YES) ? "The child died in custody."
                    : "The child's death is a suspected suicide.";
            reasons.add(new Reason(what + " A Serious Case Review is always undertaken.", ALWAYS_CUSTODY_OR_SUICIDE));
        }
    }

    private static void scrNextSteps(List<String> next) {
        next.add("The LSCB Independent Chair makes the final decision, normally within one month of the LSCB "
                + "being notified.");
        next.add("If the Chair agrees, the Chair appoints one or more lead reviewers who are independent of the case "
                + "and of the organisations whose actions are reviewed.");
        next.add("The national panel of independent experts on serious case reviews is notified within 14 days of the "
                + "Chair's decision, with the lead reviewer names.");
        next.add("The LSCB aims to complete the Serious Case Review within 6 months of the Chair agreeing to "
                + "commence it.");
        next.add("If the Chair decides not to hold one, a written justification goes to the national panel.");
    }

    private static String notMetBecause(Answers answers) {
        if (answers.is(ABUSE_OR_NEGLECT, Answer.NO)) {
            return "The criteria for a Serious Case Review are not met: abuse or neglect is not known or suspected, "
                    + "and the child did not die in custody or by suspected suicide.";
        }
        if (answers.is(CHILD_DIED, Answer.NO) && answers.is(SERIOUSLY_HARMED, Answer.NO)) {
            return "The criteria for a Serious Case Review are not met: the child has not died and has not been "
                    + "seriously harmed.";
        }
        return "The criteria for a Serious Case Review are not met: the child has not died, and there is no cause "
                + "for concern about the way agencies worked together to safeguard the child.";
    }

    private static void belowReasons(Outcome below, Answers answers, List<Reason> reasons, List<String> next) {
        switch (below) {
            case COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW -> {
                reasons.add(new Reason("Criterion 1 is " + metOrMaybe(answers, MULTI_AGENCY_NEGATIVE_IMPACT)
                        + ": practice, systems or arrangements had a known or suspected negative impact on how "
                        + "agencies worked together.", CRITERION_1));
                reasons.add(new Reason("There are lessons to be learned about inter-agency arrangements, so a "
                        + "multi-agency learning review can be commissioned.", COMMISSIONED_REVIEW));
                next.add("A nationally recognised agency can be commissioned to help the LSCB with the review, "
                        + "using one of the methodologies listed.");
            }
            case INTERNAL_MULTI_AGENCY_LEARNING_REVIEW -> {
                reasons.add(new Reason("Criterion 2 is " + metOrMaybe(answers, SINGLE_AGENCY_IMPROVEMENTS)
                        + ": single-agency practice did not harm decisions about the child, but improvements "
                        + "would strengthen local arrangements.", CRITERION_2));
                reasons.add(new Reason("A number of single agencies need to address specific issues"
                        + (answers.is(SEVERAL_AGENCIES_NEED_ACTION, Answer.UNSURE) ? " (you were not sure)." : "."),
                        SEVERAL_AGENCIES));
                reasons.add(new Reason("An internal multi-agency learning review needs the Chair's explicit "
                        + "consent.", INTERNAL_REVIEW));
                next.add("The Chair's explicit consent is needed before the LSCB coordinates an internal "
                        + "multi-agency learning process.");
                next.add("It is managed through the LSCB Serious Case Review Subgroup / Committee.");
            }
            case SINGLE_AGENCY_LEARNING_REVIEW -> {
                if (answers.yesOrUnsure(SINGLE_ORGANISATION_IMPROVEMENTS)) {
                    reasons.add(new Reason("Improvements are needed within one particular organisation"
                            + (answers.is(SINGLE_ORGANISATION_IMPROVEMENTS, Answer.UNSURE) ? " (you were not sure)."
                            : "."), SINGLE_AGENCY_REVIEW));
                } else {
                    reasons.add(new Reason("Criterion 2 is " + metOrMaybe(answers, SINGLE_AGENCY_IMPROVEMENTS)
                            + ", but only one agency needs to act.", CRITERION_2));
                    reasons.add(new Reason("No multi-agency improvement is needed; one organisation's improvements "
                            + "are.", SINGLE_AGENCY_REVIEW));
                }
                next.add("The agency completes a single agency learning review, using the guidance and template in "
                        + "the Staffordshire and Stoke-on-Trent LSCB SCR Toolkit, and shows the LSCB how its "
                        + "recommendations were acted on.");
            }
            case NO_FURTHER_ACTION -> {
                reasons.add(new Reason("None of the learning review criteria is met by the answers.", BELOW_THRESHOLD));
                next.add("No learning review is indicated by the criteria. The framework says learning reviews "
                        + "should be held on cases below the Serious Case Review threshold to identify learning, so "
                        + "the Chair may still commission one.");
            }
            default -> throw new IllegalStateException("not a below-threshold outcome: " + below);
        }
    }

    private static String metOrMaybe(Answers answers, QuestionId id) {
        return answers.is(id, Answer.UNSURE) ? "possibly met (you were not sure)" : "met";
    }
}
