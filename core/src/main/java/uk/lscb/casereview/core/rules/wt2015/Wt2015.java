package uk.lscb.casereview.core.rules.wt2015;

import static uk.lscb.casereview.core.rules.wt2015.Wt2015Citations.*;
import static uk.lscb.casereview.core.rules.wt2015.Wt2015Ids.*;

import java.util.List;
import uk.lscb.casereview.core.rules.Answer;
import uk.lscb.casereview.core.rules.AnswerType;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Condition;
import uk.lscb.casereview.core.rules.Contradiction;
import uk.lscb.casereview.core.rules.Question;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.Truth;
import uk.lscb.casereview.core.rules.Why;

/**
 * Rule pack {@code wt2015} as one value: the scoping questions in asking order, each asked when and
 * only when its condition holds on the answers already given, and the outcome formula
 * ({@link Wt2015Decision}).
 */
public final class Wt2015 {
    public static final String ID = "wt2015";
    public static final String VERSION = "1.1.0";

    // Declared before PACK: the questions read it while PACK is built.
    private static final Condition SCR_NOT_CERTAIN = new Condition(
            "the Serious Case Review criteria are not certainly met by the answers above",
            answers -> seriousCaseReview(answers) != Truth.TRUE);

    private static final RulePack PACK = new RulePack(ID, VERSION,
            "Learning and Improvement Framework (Working Together 2015)", questions(), new Wt2015Decision(ID, VERSION),
            List.of(new Contradiction(
                    new Contradiction.Side(CONCERN_WORKING_TOGETHER, Answer.NO, Answer.YES,
                            "no cause for concern about how agencies worked together"),
                    new Contradiction.Side(MULTI_AGENCY_NEGATIVE_IMPACT, Answer.YES, Answer.NO,
                            "practice had a negative impact on how agencies worked together"),
                    "A negative impact on how agencies worked together is itself a cause for concern about the "
                            + "way they worked together, so both answers can't be right.")));

    private Wt2015() {
    }

    public static RulePack pack() {
        return PACK;
    }

    /**
     * The Serious Case Review formula in three-valued logic:
     * (abuse_or_neglect AND (child_died OR (seriously_harmed AND concern_working_together)))
     * OR (child_died AND (died_in_custody OR suspected_suicide)), with an unsure
     * concern_working_together counting as yes (Working Together 2015, chapter 4).
     */
    public static Truth seriousCaseReview(Answers answers) {
        return statutoryCriteria(answers).or(alwaysReview(answers));
    }

    /**
     * Considered for a Serious Case Review (PRODUCT.md, "The Chair's decision"): the statutory criteria
     * could apply apart from the concern about working together (abuse or neglect, and a death or serious
     * harm, each yes or not sure), or a death (yes or not sure) in custody or by suspected suicide (yes or
     * not sure), or the formula is not false. The framework asks for the national panel to be told of the
     * Chair's decision <em>on whether</em> a Serious Case Review is initiated, with a justification when a
     * considered case is not taken forward.
     */
    public static boolean consideredForSeriousCaseReview(Answers answers) {
        boolean apartFromConcern = answers.yesOrUnsure(ABUSE_OR_NEGLECT)
                && (answers.yesOrUnsure(CHILD_DIED) || answers.yesOrUnsure(SERIOUSLY_HARMED));
        return apartFromConcern || alwaysReview(answers).mayHold() || seriousCaseReview(answers).mayHold();
    }

    /** Criteria (a) and (b) of the statutory criteria. */
    static Truth statutoryCriteria(Answers answers) {
        return answers.truth(ABUSE_OR_NEGLECT)
                .and(answers.truth(CHILD_DIED).or(answers.truth(SERIOUSLY_HARMED).and(concern(answers))));
    }

    /** A death in custody or by suspected suicide: always a Serious Case Review. */
    static Truth alwaysReview(Answers answers) {
        return answers.truth(CHILD_DIED)
                .and(answers.truth(DIED_IN_CUSTODY).or(answers.truth(SUSPECTED_SUICIDE)));
    }

    /** concern_working_together, with "not sure" counting as yes. */
    static Truth concern(Answers answers) {
        return answers.answer(CONCERN_WORKING_TOGETHER)
                .map(answer -> answer == Answer.UNSURE ? Truth.TRUE : answer.truth())
                .orElse(Truth.UNKNOWN);
    }

    private static List<Question> questions() {
        return List.of(
                new Question(BOARD, "Which board is this referral for?",
                        "Choose the Local Safeguarding Children Board the child's case belongs to.",
                        "Board", AnswerType.BOARD,
                        new Condition("the board is not implied by the channel", answers -> !answers.isImplied(BOARD)),
                        new Why("Both boards share one framework, but each board makes its own decisions: the "
                                + "referral goes to the Independent Chair of the board it belongs to.",
                                List.of(SHARED_FRAMEWORK)),
                        false),
                new Question(CASE_REFERENCE, "What is the case reference?",
                        "Use your agency's case reference, for example SCR-2026-014. Never type the child's name "
                                + "or date of birth.",
                        "Case reference", AnswerType.CASE_REFERENCE, Condition.always(),
                        new Why("The reference links this referral to the case without naming anyone. Everything "
                                + "typed here is recorded, so the child's name and date of birth must never be.",
                                List.of(PUBLICATION_SAFE)),
                        false),
                new Question(NOTIFIED_ON, "When was the LSCB notified of the incident?",
                        "For example 28/11/2026, 28 Nov 2026, today or yesterday. It cannot be in the future.",
                        "LSCB notified on", AnswerType.PAST_DATE, Condition.always(),
                        new Why("The Chair's decision is due one month after the LSCB was notified; the date "
                                + "starts that clock.",
                                List.of(ONE_MONTH)),
                        false),
                yesNo(ABUSE_OR_NEGLECT, "Is abuse or neglect of the child known or suspected?",
                        "Answer yes if it is known or suspected, even if it is not proven.",
                        "Abuse or neglect known or suspected", Condition.always(),
                        new Why("This is criterion (a) of the statutory criteria for a Serious Case Review.",
                                List.of(STATUTORY_CRITERIA, CRITERION_ABUSE))),
                yesNo(CHILD_DIED, "Has the child died?", "",
                        "Child has died", Condition.always(),
                        new Why("A child's death is part (b)(i) of the statutory criteria, and decides whether "
                                + "the questions about custody and suicide apply.",
                                List.of(CRITERION_DIED, ALWAYS_CUSTODY_OR_SUICIDE))),
                yesNo(DIED_IN_CUSTODY,
                        "Did the child die in custody or detention? That means police custody, remand, a young "
                                + "offender institution, a secure training centre, a secure children's home, "
                                + "detention under the Mental Health Act 1983, or, for a child aged 16 or 17, being "
                                + "deprived of their liberty under the Mental Capacity Act 2005.",
                        "If you are not sure whether where the child was counts, answer not sure: the Chair will "
                                + "decide.",
                        "Died in custody", died(),
                        new Why("A Serious Case Review is always undertaken when a child dies in custody, whether "
                                + "or not abuse or neglect is known or suspected. Custody is more than a police "
                                + "cell: Working Together 2015 (chapter 4) counts police custody, remand or custody "
                                + "after sentencing, a young offender institution, a secure training centre and a "
                                + "secure children's home; the framework names detention under the Mental Health "
                                + "Act 1983; and Working Together 2015 adds a child aged 16 or 17 deprived of their "
                                + "liberty under the Mental Capacity Act 2005.",
                                List.of(ALWAYS_CUSTODY_OR_SUICIDE, WT_DEPRIVATION_OF_LIBERTY))),
                yesNo(SUSPECTED_SUICIDE, "Is the child's death a suspected suicide?", "",
                        "Suspected suicide", died(),
                        new Why("A Serious Case Review is always undertaken when a child died by suspected "
                                + "suicide, whether or not abuse or neglect is known or suspected.",
                                List.of(ALWAYS_CUSTODY_OR_SUICIDE))),
                yesNo(SERIOUSLY_HARMED, "Has the child been seriously harmed?",
                        "Serious harm includes a potentially life-threatening injury, or serious or likely "
                                + "long-term impairment of health or development. A child recovering does not "
                                + "mean serious harm did not occur.",
                        "Child seriously harmed",
                        new Condition("child_died is no or not sure, and abuse_or_neglect is yes or not sure",
                                answers -> answers.answer(CHILD_DIED).map(a -> a != Answer.YES).orElse(false)
                                        && answers.yesOrUnsure(ABUSE_OR_NEGLECT)),
                        new Why("Serious harm is part (b)(ii) of the statutory criteria. Working Together 2015 "
                                + "says what it means.",
                                List.of(CRITERION_DIED, WT_SERIOUS_HARM))),
                yesNo(CONCERN_WORKING_TOGETHER,
                        "Is there cause for concern about the way the local authority, Board partners or other "
                                + "relevant people worked together to safeguard the child?",
                        "If you are not sure, say so: unless there is definitive evidence that there are no "
                                + "concerns, this counts as a concern.",
                        "Concern about how agencies worked together",
                        new Condition("seriously_harmed is yes or not sure",
                                answers -> answers.yesOrUnsure(SERIOUSLY_HARMED)),
                        new Why("With serious harm, concern about how agencies worked together completes part "
                                + "(b)(ii) of the statutory criteria.",
                                List.of(CRITERION_DIED, WT_UNLESS_DEFINITIVE))),
                yesNo(MULTI_AGENCY_NEGATIVE_IMPACT,
                        "Criterion 1: did operational practice, systems or strategic arrangements have a known or "
                                + "suspected negative impact on how agencies worked together to keep the child safe?",
                        "The Serious Case Review criteria are not clearly met, so the next questions find the "
                                + "learning review that fits. Criterion 1 is about agencies working together: answer "
                                + "yes if something in how agencies worked with each other (their practice, systems "
                                + "or arrangements) made it harder to keep this child safe.",
                        "Criterion 1: negative impact on how agencies worked together", SCR_NOT_CERTAIN,
                        new Why("Below the Serious Case Review threshold, this is the first criterion for a "
                                + "multi-agency learning review: lessons about inter-agency arrangements.",
                                List.of(BELOW_THRESHOLD, CRITERION_1))),
                yesNo(SINGLE_AGENCY_IMPROVEMENTS,
                        "Criterion 2: is there single-agency practice that did not harm decisions about the child, "
                                + "but where improvements would strengthen local safeguarding arrangements?",
                        "Criterion 2 is about each agency's own practice rather than how agencies worked "
                                + "together: answer yes if an agency's practice did not harm decisions about this "
                                + "child, but changing it would make local safeguarding stronger.",
                        "Criterion 2: single-agency improvements would strengthen arrangements",
                        new Condition("the Serious Case Review criteria are not certainly met, and "
                                + "multi_agency_negative_impact is no or not sure",
                                answers -> SCR_NOT_CERTAIN.holds(answers)
                                        && answers.answer(MULTI_AGENCY_NEGATIVE_IMPACT).map(a -> a != Answer.YES)
                                        .orElse(false)),
                        new Why("This is the second criterion for a multi-agency learning review.",
                                List.of(CRITERION_2))),
                yesNo(SEVERAL_AGENCIES_NEED_ACTION,
                        "Is that improvement needed in more than one agency, each with its own specific issues "
                                + "found at scoping?",
                        "Answer yes if several agencies each need to act on their own issues; no if it is only "
                                + "one organisation.",
                        "Several agencies need to act",
                        new Condition("as for single_agency_improvements, and single_agency_improvements is yes "
                                + "or not sure",
                                answers -> SCR_NOT_CERTAIN.holds(answers)
                                        && answers.answer(MULTI_AGENCY_NEGATIVE_IMPACT).map(a -> a != Answer.YES)
                                        .orElse(false)
                                        && answers.yesOrUnsure(SINGLE_AGENCY_IMPROVEMENTS)),
                        new Why("Where several single agencies need to act, the Chair can consent to an internal "
                                + "multi-agency learning review.",
                                List.of(SEVERAL_AGENCIES, INTERNAL_REVIEW))),
                yesNo(SINGLE_ORGANISATION_IMPROVEMENTS,
                        "Are improvements needed within one particular organisation?", "",
                        "Improvements needed within one organisation",
                        new Condition("as for single_agency_improvements, unless criterion 2 already settles it "
                                + "(single_agency_improvements yes with several_agencies_need_action yes or no)",
                                answers -> SCR_NOT_CERTAIN.holds(answers)
                                        && answers.answer(MULTI_AGENCY_NEGATIVE_IMPACT).map(a -> a != Answer.YES)
                                        .orElse(false)
                                        && !criterionTwoSettled(answers)),
                        new Why("Improvements needed within one organisation point to a single agency learning "
                                + "review.",
                                List.of(SINGLE_AGENCY_REVIEW))),
                yesNo(FURTHER_AUDIT_NEEDED,
                        "Is further single-agency or multi-agency audit or quality-assurance activity needed?", "",
                        "Further audit or quality assurance needed", Condition.always(),
                        new Why("Beside any outcome, scoping may show that audit or quality-assurance work is "
                                + "needed. Multi-agency audit can be asked of the Joint LSCB Performance Subgroup.",
                                List.of(AUDIT_NEEDED, AUDIT_ROUTE))));
    }

    private static boolean criterionTwoSettled(Answers answers) {
        return answers.is(SINGLE_AGENCY_IMPROVEMENTS, Answer.YES)
                && (answers.is(SEVERAL_AGENCIES_NEED_ACTION, Answer.YES)
                || answers.is(SEVERAL_AGENCIES_NEED_ACTION, Answer.NO));
    }

    private static Condition died() {
        return new Condition("child_died is yes or not sure", answers -> answers.yesOrUnsure(CHILD_DIED));
    }

    private static Question yesNo(QuestionId id, String text, String hint, String label, Condition when, Why why) {
        return new Question(id, text, hint, label, AnswerType.YES_NO_UNSURE, when, why, true);
    }
}
