package uk.lscb.casereview.core.rules.wt2023;

import static uk.lscb.casereview.core.rules.wt2023.Wt2023Citations.*;
import static uk.lscb.casereview.core.rules.wt2023.Wt2023Ids.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.lscb.casereview.core.rules.AdditionalAction;
import uk.lscb.casereview.core.rules.Answer;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Citation;
import uk.lscb.casereview.core.rules.Decision;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.Reason;
import uk.lscb.casereview.core.rules.Recommendation;
import uk.lscb.casereview.core.rules.RulePackRef;
import uk.lscb.casereview.core.rules.Truth;

/**
 * The outcome formula of rule pack {@code wt2023}. The outcome is the local review recommendation: a local
 * child safeguarding practice review when the incident is or may be notifiable and any local review criterion
 * may hold, otherwise none. The notifications and the rapid review are additional actions beside it. Never
 * "considered for a Serious Case Review": there are no Serious Case Reviews under this law.
 */
final class Wt2023Decision implements Decision {
    private static final List<QuestionId> ASKING_ORDER = List.of(ABUSE_OR_NEGLECT, CHILD_DIED, SERIOUSLY_HARMED,
            LOOKED_AFTER, IN_AREA, RESIDENT_HARMED_OUTSIDE_ENGLAND, IMPROVEMENTS_NEEDED, RECURRENT_THEMES,
            AGENCIES_WORKING_TOGETHER, PANEL_ADVISED_LOCAL_REVIEW);

    private final RulePackRef ref;

    Wt2023Decision(String id, String version) {
        this.ref = new RulePackRef(id, version);
    }

    @Override
    public Recommendation decide(Answers answers) {
        List<Reason> reasons = new ArrayList<>();
        List<String> next = new ArrayList<>();
        List<AdditionalAction> actions = new ArrayList<>();
        Truth notifiable = Wt2023.notifiable(answers);
        notificationReasons(answers, notifiable, reasons);
        if (notifiable.mayHold()) {
            actions.add(AdditionalAction.NOTIFY_THE_PANEL);
            actions.add(AdditionalAction.RAPID_REVIEW);
            next.add("The local authority notifies the Child Safeguarding Practice Review Panel within 5 working days "
                    + "of becoming aware of the incident.");
            next.add("The safeguarding partners complete a rapid review within 15 working days of becoming aware of "
                    + "it, and send it to the Panel: the facts, any immediate action to keep children safe, the "
                    + "learning, and whether the case may meet the criteria for a local review.");
            reasons.add(new Reason("A rapid review follows the notification.", RAPID_REVIEW));
        }
        if (Wt2023.lookedAfterChildDied(answers).mayHold()) {
            actions.add(AdditionalAction.NOTIFY_SECRETARY_OF_STATE_AND_OFSTED);
            reasons.add(new Reason(lookedAfter(answers), LOOKED_AFTER_DEATH));
            next.add("The local authority tells the Secretary of State and Ofsted of the looked-after child's death.");
        }
        Outcome outcome = Outcome.NO_LOCAL_REVIEW;
        if (notifiable.mayHold()) {
            if (Wt2023.localReviewCriteria(answers).mayHold()) {
                outcome = Outcome.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW;
                criteriaReasons(answers, reasons);
                next.add("The safeguarding partners decide whether to hold a local child safeguarding practice review, "
                        + "taking the rapid review and the Panel's view into account.");
            } else {
                reasons.add(new Reason("None of the local review criteria is met by the answers.", LOCAL_CRITERIA));
                next.add("No local review is indicated by the criteria; the rapid review may still find one is needed.");
            }
        }
        List<QuestionId> uncertain = ASKING_ORDER.stream().filter(id -> answers.is(id, Answer.UNSURE)).toList();
        return new Recommendation(ref, outcome, Optional.empty(), actions, uncertain, List.of(), reasons, List.of(),
                next, false);
    }

    private static void notificationReasons(Answers answers, Truth notifiable, List<Reason> reasons) {
        Truth serious = Wt2023.seriousCase(answers);
        if (serious == Truth.FALSE) {
            reasons.add(new Reason(answers.is(ABUSE_OR_NEGLECT, Answer.NO)
                    ? "This is not a serious child safeguarding case: abuse or neglect is not known or suspected."
                    : "This is not a serious child safeguarding case: the child has not died and has not been "
                    + "seriously harmed.", SERIOUS_CASES));
            return;
        }
        String harm = answers.is(CHILD_DIED, Answer.YES) ? "the child has died"
                : answers.is(SERIOUSLY_HARMED, Answer.YES) ? "the child has been seriously harmed"
                : "the child may have died or been seriously harmed";
        String abuse = answers.is(ABUSE_OR_NEGLECT, Answer.YES) ? "abuse or neglect is known or suspected"
                : "abuse or neglect may be suspected (you were not sure)";
        Citation harmCitation = answers.yesOrUnsure(SERIOUSLY_HARMED) ? SERIOUS_HARM : SERIOUS_CASES;
        reasons.add(new Reason((serious == Truth.TRUE ? "This is a serious child safeguarding case: "
                : "This may be a serious child safeguarding case: ") + abuse + ", and " + harm + ".", harmCitation));
        if (notifiable == Truth.FALSE) {
            reasons.add(new Reason("It is not this local authority's to notify: it happened elsewhere in England, and "
                    + "the local authority where it happened notifies the Panel.", DUTY_TO_NOTIFY));
            return;
        }
        String where = answers.is(IN_AREA, Answer.YES) ? "it happened in this local authority's area"
                : answers.is(RESIDENT_HARMED_OUTSIDE_ENGLAND, Answer.YES)
                ? "the child was normally resident in this area and it happened outside England"
                : "it may have happened in this area, or to a child normally resident here outside England (you were "
                + "not sure)";
        reasons.add(new Reason((notifiable == Truth.TRUE ? "The local authority must notify the Panel: "
                : "The local authority may have to notify the Panel: ") + where + ".", DUTY_TO_NOTIFY));
        reasons.add(new Reason("The notification is due within 5 working days of becoming aware of the incident.",
                FIVE_WORKING_DAYS));
    }

    private static String lookedAfter(Answers answers) {
        boolean certain = answers.is(CHILD_DIED, Answer.YES) && answers.is(LOOKED_AFTER, Answer.YES);
        return certain ? "A looked-after child has died: the Secretary of State and Ofsted are told, whether or not "
                + "abuse or neglect is known or suspected."
                : "A looked-after child may have died (you were not sure): if so, the Secretary of State and Ofsted "
                + "are told, whether or not abuse or neglect is known or suspected.";
    }

    private static void criteriaReasons(Answers answers, List<Reason> reasons) {
        reasons.add(new Reason("The safeguarding partners take the local review criteria into account.",
                LOCAL_CRITERIA));
        criterion(answers, IMPROVEMENTS_NEEDED, "(a): the case highlights or may highlight improvements needed",
                CRITERION_IMPROVEMENTS, reasons);
        criterion(answers, RECURRENT_THEMES, "(b): the case highlights or may highlight recurrent themes",
                CRITERION_RECURRENT, reasons);
        criterion(answers, AGENCIES_WORKING_TOGETHER, "(c): the case highlights or may highlight concerns about two "
                + "or more agencies working together", CRITERION_TWO_AGENCIES, reasons);
        if (answers.is(PANEL_ADVISED_LOCAL_REVIEW, Answer.YES)) {
            reasons.add(new Reason("Criterion (d) is met: the Panel considered the case and concluded a local review "
                    + "may be more appropriate.", CRITERION_PANEL));
        }
    }

    private static void criterion(Answers answers, QuestionId id, String what, Citation citation, List<Reason> reasons) {
        if (answers.yesOrUnsure(id)) {
            reasons.add(new Reason("Criterion " + what + (answers.is(id, Answer.UNSURE) ? " (you were not sure)." : "."),
                    citation));
        }
    }
}
