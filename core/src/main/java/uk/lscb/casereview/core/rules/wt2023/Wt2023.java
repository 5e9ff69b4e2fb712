package uk.lscb.casereview.core.rules.wt2023;

import static uk.lscb.casereview.core.rules.wt2023.Wt2023Citations.*;
import static uk.lscb.casereview.core.rules.wt2023.Wt2023Ids.*;

import java.util.List;
import java.util.Optional;
import uk.lscb.casereview.core.rules.Answer;
import uk.lscb.casereview.core.rules.AnswerType;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Condition;
import uk.lscb.casereview.core.rules.PackDeadlines;
import uk.lscb.casereview.core.rules.Question;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.Truth;
import uk.lscb.casereview.core.rules.Why;

/**
 * Rule pack {@code wt2023} as one value: whether an incident is a serious child safeguarding case the local
 * authority must notify to the Child Safeguarding Practice Review Panel (section 16C(1) of the Children Act
 * 2004), whether a looked-after child's death must be notified to the Secretary of State and Ofsted, and
 * whether the case may meet the local review criteria (regulation 11 of the 2018 Regulations). The outcome
 * formula is {@link Wt2023Decision}; the deadlines that follow from the day of awareness are
 * {@link Wt2023Deadline}.
 */
public final class Wt2023 {
    public static final String ID = "wt2023";
    public static final String VERSION = "1.0.0";

    /** The regulation 11 criteria questions, in asking order. */
    static final List<QuestionId> CRITERIA =
            List.of(IMPROVEMENTS_NEEDED, RECURRENT_THEMES, AGENCIES_WORKING_TOGETHER, PANEL_ADVISED_LOCAL_REVIEW);

    // Declared before PACK: the questions read them while PACK is built.
    private static final Condition SERIOUS_CASE_MAY_HOLD = new Condition(
            "abuse_or_neglect is yes or not sure, and child_died or seriously_harmed is yes or not sure",
            answers -> seriousCase(answers).mayHold());
    private static final Condition NOTIFIABLE_MAY_HOLD = new Condition(
            "the incident may have to be notified to the Panel (a serious child safeguarding case, in this area or "
                    + "of a child normally resident here harmed outside England: each yes or not sure)",
            answers -> notifiable(answers).mayHold());

    private static final RulePack PACK = new RulePack(ID, VERSION,
            "Serious incident notification, rapid review and local child safeguarding practice review "
                    + "(Working Together 2023)", questions(), new Wt2023Decision(ID, VERSION), List.of(),
            Optional.of(new PackDeadlines(AWARE_ON, recommendation -> Wt2023Deadline.following(recommendation)
                    .stream().map(Wt2023Deadline::declared).toList())));

    private Wt2023() {
    }

    public static RulePack pack() {
        return PACK;
    }

    /**
     * A serious child safeguarding case: abuse or neglect known or suspected, and the child has died or been
     * seriously harmed.
     */
    public static Truth seriousCase(Answers answers) {
        return answers.truth(ABUSE_OR_NEGLECT)
                .and(answers.truth(CHILD_DIED).or(answers.truth(SERIOUSLY_HARMED)));
    }

    /**
     * The local authority must notify the Panel (section 16C(1)): a serious child safeguarding case where the
     * child died or was harmed in the local authority's area, or, normally resident there, outside England.
     */
    public static Truth notifiable(Answers answers) {
        return seriousCase(answers)
                .and(answers.truth(IN_AREA).or(answers.truth(RESIDENT_HARMED_OUTSIDE_ENGLAND)));
    }

    /** A looked-after child has died: the Secretary of State and Ofsted are told, abuse or neglect or not. */
    public static Truth lookedAfterChildDied(Answers answers) {
        return answers.truth(CHILD_DIED).and(answers.truth(LOOKED_AFTER));
    }

    /**
     * Any of the regulation 11 criteria. Criteria (a) to (c) may hold where they are answered yes or not sure;
     * criterion (d), the Panel's view, holds only when the Panel has said so: "not sure" there means it has not.
     */
    public static Truth localReviewCriteria(Answers answers) {
        Truth any = Truth.FALSE;
        for (QuestionId criterion : CRITERIA) {
            any = any.or(criterion.equals(PANEL_ADVISED_LOCAL_REVIEW) ? panelAdvised(answers) : answers.truth(criterion));
        }
        return any;
    }

    /** Criterion (d): yes only on a yes; not sure counts as no (the Panel has not said). */
    static Truth panelAdvised(Answers answers) {
        return answers.answer(PANEL_ADVISED_LOCAL_REVIEW).map(answer -> answer == Answer.YES ? Truth.TRUE : Truth.FALSE)
                .orElse(Truth.UNKNOWN);
    }

    private static List<Question> questions() {
        return List.of(
                new Question(BOARD, "Which safeguarding partnership is this referral for?",
                        "Choose the partnership the child's case belongs to.",
                        "Partnership", AnswerType.BOARD,
                        new Condition("the partnership is not implied by the channel",
                                answers -> !answers.isImplied(BOARD)),
                        new Why("Each local authority notifies incidents in its own area, and each partnership's "
                                + "safeguarding partners decide on its own reviews.", List.of(DUTY_TO_NOTIFY)),
                        false),
                new Question(CASE_REFERENCE, "What is the case reference?",
                        "Use your agency's case reference, for example CSPR-2026-014. Never type the child's name "
                                + "or date of birth.",
                        "Case reference", AnswerType.CASE_REFERENCE, Condition.always(),
                        new Why("The reference links this referral to the case without naming anyone. Everything "
                                + "typed here is recorded, so the child's name and date of birth must never be.",
                                List.of(DUTY_TO_NOTIFY)),
                        false),
                new Question(AWARE_ON, "When did the local authority become aware of the incident?",
                        "For example 28/11/2026, 28 Nov 2026, today or yesterday. It cannot be in the future. That "
                                + "day is day 0: the notification is due 5 working days after it, the rapid review "
                                + "15.",
                        "Local authority aware on", AnswerType.PAST_DATE, Condition.always(),
                        new Why("The notification to the Panel is due within 5 working days of the local authority "
                                + "becoming aware of the incident, and the rapid review within 15: this date starts "
                                + "both clocks.", List.of(FIVE_WORKING_DAYS, FIFTEEN_WORKING_DAYS)),
                        false),
                yesNo(ABUSE_OR_NEGLECT, "Is abuse or neglect of the child known or suspected?",
                        "Answer yes if it is known or suspected, even if it is not proven.",
                        "Abuse or neglect known or suspected", Condition.always(),
                        new Why("A serious child safeguarding case is one where abuse or neglect is known or "
                                + "suspected, and the child has died or been seriously harmed.",
                                List.of(SERIOUS_CASES, DUTY_TO_NOTIFY))),
                yesNo(CHILD_DIED, "Has the child died?", "",
                        "Child has died", Condition.always(),
                        new Why("A child's death is part of the test for a serious child safeguarding case, and a "
                                + "looked-after child's death is notified whether or not abuse or neglect is known "
                                + "or suspected.", List.of(SERIOUS_CASES, LOOKED_AFTER_DEATH))),
                yesNo(SERIOUSLY_HARMED, "Has the child been seriously harmed?",
                        "Serious harm includes serious or long-term impairment of the child's mental health or "
                                + "intellectual, emotional, social or behavioural development, and impairment of "
                                + "physical health. A child recovering does not mean serious harm did not occur.",
                        "Child seriously harmed",
                        new Condition("child_died is no or not sure, and abuse_or_neglect is yes or not sure",
                                answers -> answers.answer(CHILD_DIED).map(a -> a != Answer.YES).orElse(false)
                                        && answers.yesOrUnsure(ABUSE_OR_NEGLECT)),
                        new Why("Serious harm, like a death, makes a case with abuse or neglect known or suspected a "
                                + "serious child safeguarding case. The guidance says what serious harm includes.",
                                List.of(SERIOUS_CASES, SERIOUS_HARM))),
                yesNo(LOOKED_AFTER, "Was the child looked after by a local authority (in care)?", "",
                        "Looked-after child",
                        new Condition("child_died is yes or not sure", answers -> answers.yesOrUnsure(CHILD_DIED)),
                        new Why("The local authority must tell the Secretary of State and Ofsted when a looked-after "
                                + "child has died, whether or not abuse or neglect is known or suspected.",
                                List.of(LOOKED_AFTER_DEATH))),
                yesNo(IN_AREA, "Did the child die or come to harm in this local authority's area?",
                        "The local authority where it happened is the one that notifies the Panel.",
                        "Died or harmed in this area", SERIOUS_CASE_MAY_HOLD,
                        new Why("The local authority notifies the Panel of a death or serious harm in its area.",
                                List.of(DUTY_TO_NOTIFY))),
                yesNo(RESIDENT_HARMED_OUTSIDE_ENGLAND,
                        "Was the child normally resident in this local authority's area, and did the death or harm "
                                + "happen outside England?",
                        "Answer yes only if both are true: a child who lives here and died or was harmed in "
                                + "Scotland, Wales, Northern Ireland or abroad.",
                        "Normally resident here, harmed outside England",
                        new Condition("as for in_area, and in_area is no or not sure",
                                answers -> SERIOUS_CASE_MAY_HOLD.holds(answers)
                                        && answers.answer(IN_AREA).map(a -> a != Answer.YES).orElse(false)),
                        new Why("The local authority also notifies the Panel when a child normally resident in its "
                                + "area dies or is seriously harmed outside England.", List.of(DUTY_TO_NOTIFY))),
                yesNo(IMPROVEMENTS_NEEDED,
                        "Local review criterion (a): does the case highlight, or may it highlight, improvements "
                                + "needed to safeguard and promote the welfare of children, including improvements "
                                + "found before?",
                        "The next four questions are the criteria the safeguarding partners take into account when "
                                + "they decide whether to hold a local child safeguarding practice review.",
                        "Criterion (a): improvements needed", NOTIFIABLE_MAY_HOLD,
                        new Why("This is criterion (a) of the local review criteria.",
                                List.of(LOCAL_CRITERIA, CRITERION_IMPROVEMENTS))),
                yesNo(RECURRENT_THEMES,
                        "Local review criterion (b): does the case highlight, or may it highlight, recurrent themes "
                                + "in safeguarding and promoting the welfare of children?",
                        "Answer yes if what happened looks like something that has happened before, here or "
                                + "elsewhere.",
                        "Criterion (b): recurrent themes", NOTIFIABLE_MAY_HOLD,
                        new Why("This is criterion (b) of the local review criteria.",
                                List.of(LOCAL_CRITERIA, CRITERION_RECURRENT))),
                yesNo(AGENCIES_WORKING_TOGETHER,
                        "Local review criterion (c): does the case highlight, or may it highlight, concerns about two "
                                + "or more agencies working together effectively to safeguard the child?",
                        "",
                        "Criterion (c): two or more agencies working together", NOTIFIABLE_MAY_HOLD,
                        new Why("This is criterion (c) of the local review criteria.",
                                List.of(LOCAL_CRITERIA, CRITERION_TWO_AGENCIES))),
                yesNo(PANEL_ADVISED_LOCAL_REVIEW,
                        "Local review criterion (d): has the Child Safeguarding Practice Review Panel considered the "
                                + "case and concluded that a local review may be more appropriate?",
                        "Answer not sure if the Panel has not said yet: until it has, this criterion does not count.",
                        "Criterion (d): the Panel advised a local review", NOTIFIABLE_MAY_HOLD,
                        new Why("This is criterion (d) of the local review criteria.",
                                List.of(LOCAL_CRITERIA, CRITERION_PANEL))));
    }

    private static Question yesNo(QuestionId id, String text, String hint, String label, Condition askedWhen, Why why) {
        return new Question(id, text, hint, label, AnswerType.YES_NO_UNSURE, askedWhen, why, true);
    }
}
