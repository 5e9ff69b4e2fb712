package uk.lscb.casereview.core.rules.wt2015;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.rules.Answer;
import uk.lscb.casereview.core.rules.AnswerValue;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.QuestionId;

/**
 * PRODUCT.md's wt2015 rules written out again, independently of the pack: the "asked when" column,
 * the Serious Case Review formula in Kleene logic (false 0, unknown 1, true 2; AND is min, OR is
 * max), the below-threshold order, and every path through the flow.
 */
final class Wt2015Paths {
    static final int FALSE = 0;
    static final int UNKNOWN = 1;
    static final int TRUE = 2;

    private Wt2015Paths() {
    }

    /** Every complete path: each asked question answered yes, no and unsure in turn; ids in asking order. */
    static List<Map<String, Answer>> all() {
        List<Map<String, Answer>> paths = new ArrayList<>();
        walk(0, new LinkedHashMap<>(), paths);
        return paths;
    }

    private static void walk(int index, LinkedHashMap<String, Answer> soFar, List<Map<String, Answer>> paths) {
        if (index == Wt2015Answers.DECISIVE.size()) {
            paths.add(new LinkedHashMap<>(soFar));
            return;
        }
        String id = Wt2015Answers.DECISIVE.get(index);
        if (!askedWhen(id, soFar)) {
            walk(index + 1, soFar, paths);
            return;
        }
        for (Answer answer : Answer.values()) {
            soFar.put(id, answer);
            walk(index + 1, soFar, paths);
            soFar.remove(id);
        }
    }

    /** The "asked when" column of PRODUCT.md, on the answers given so far. */
    static boolean askedWhen(String id, Map<String, Answer> soFar) {
        return switch (id) {
            case "abuse_or_neglect", "child_died", "further_audit_needed" -> true;
            case "died_in_custody", "suspected_suicide" -> yesOrUnsure(soFar, "child_died");
            case "seriously_harmed" -> isAny(soFar, "child_died", Answer.NO, Answer.UNSURE)
                    && yesOrUnsure(soFar, "abuse_or_neglect");
            case "concern_working_together" -> yesOrUnsure(soFar, "seriously_harmed");
            case "multi_agency_negative_impact" -> scr(soFar) != TRUE;
            case "single_agency_improvements" -> criterionTwoAsked(soFar);
            case "several_agencies_need_action" -> criterionTwoAsked(soFar)
                    && yesOrUnsure(soFar, "single_agency_improvements");
            case "single_organisation_improvements" -> criterionTwoAsked(soFar)
                    && !(is(soFar, "single_agency_improvements", Answer.YES)
                    && isAny(soFar, "several_agencies_need_action", Answer.YES, Answer.NO));
            default -> throw new IllegalArgumentException(id);
        };
    }

    private static boolean criterionTwoAsked(Map<String, Answer> soFar) {
        return scr(soFar) != TRUE && isAny(soFar, "multi_agency_negative_impact", Answer.NO, Answer.UNSURE);
    }

    /**
     * (abuse AND (died OR (harmed AND concern))) OR (died AND (custody OR suicide)), an unsure
     * concern counting as yes. A question without an answer (one the flow does not ask) must not
     * matter: the result is worked out for each value it could have, and they must all agree.
     */
    static int scr(Map<String, Answer> answers) {
        List<String> inputs = List.of("abuse_or_neglect", "child_died", "died_in_custody", "suspected_suicide",
                "seriously_harmed", "concern_working_together");
        List<String> open = inputs.stream().filter(id -> !answers.containsKey(id)).toList();
        Integer result = null;
        for (int combination = 0; combination < Math.pow(3, open.size()); combination++) {
            Map<String, Answer> filled = new LinkedHashMap<>(answers);
            int rest = combination;
            for (String id : open) {
                filled.put(id, Answer.values()[rest % 3]);
                rest /= 3;
            }
            int value = formula(filled);
            if (result != null && result != value) {
                throw new IllegalStateException("a question the flow did not ask would change the Serious Case "
                        + "Review formula: " + open + " given " + answers);
            }
            result = value;
        }
        return result;
    }

    private static int formula(Map<String, Answer> a) {
        int abuse = truth(a.get("abuse_or_neglect"));
        int died = truth(a.get("child_died"));
        int custody = truth(a.get("died_in_custody"));
        int suicide = truth(a.get("suspected_suicide"));
        int harmed = truth(a.get("seriously_harmed"));
        int concern = a.get("concern_working_together") == Answer.NO ? FALSE : TRUE;
        return or(and(abuse, or(died, and(harmed, concern))), and(died, or(custody, suicide)));
    }

    /** Below the threshold: the first that may hold. */
    static Outcome below(Map<String, Answer> a) {
        if (yesOrUnsure(a, "multi_agency_negative_impact")) {
            return Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW;
        }
        if (yesOrUnsure(a, "single_agency_improvements") && yesOrUnsure(a, "several_agencies_need_action")) {
            return Outcome.INTERNAL_MULTI_AGENCY_LEARNING_REVIEW;
        }
        if (yesOrUnsure(a, "single_organisation_improvements")
                || yesOrUnsure(a, "single_agency_improvements") && is(a, "several_agencies_need_action", Answer.NO)) {
            return Outcome.SINGLE_AGENCY_LEARNING_REVIEW;
        }
        return Outcome.NO_FURTHER_ACTION;
    }

    static Outcome outcome(Map<String, Answer> a) {
        return switch (scr(a)) {
            case TRUE -> Outcome.SERIOUS_CASE_REVIEW;
            case UNKNOWN -> Outcome.POSSIBLE_SERIOUS_CASE_REVIEW;
            default -> below(a);
        };
    }

    static Optional<Outcome> fallback(Map<String, Answer> a) {
        return scr(a) == UNKNOWN ? Optional.of(below(a)) : Optional.empty();
    }

    /**
     * PRODUCT.md's "Contradictory answers": no cause for concern about how agencies worked together, yet a
     * negative impact on how they worked together (criterion 1).
     */
    static boolean contradictory(Map<String, Answer> a) {
        return is(a, "concern_working_together", Answer.NO) && is(a, "multi_agency_negative_impact", Answer.YES);
    }

    /**
     * The decisive answers the flow asks, in order, when each question is answered as {@code preferred} says,
     * or no when it says nothing: what a conversation ends with.
     */
    static Map<String, Answer> asked(Map<String, Answer> preferred) {
        Map<String, Answer> asked = new LinkedHashMap<>();
        for (String id : Wt2015Answers.DECISIVE) {
            if (askedWhen(id, asked)) {
                asked.put(id, preferred.getOrDefault(id, Answer.NO));
            }
        }
        return asked;
    }

    /**
     * PRODUCT.md's "considered for a Serious Case Review": the statutory criteria could apply apart from
     * the concern about working together (abuse yes/unsure and the child died or was seriously harmed,
     * yes/unsure), or a death (yes/unsure) in custody or by suspected suicide (yes/unsure); and always when
     * the outcome is a Serious Case Review or a possible one.
     */
    static boolean considered(Map<String, Answer> a) {
        boolean apartFromConcern = yesOrUnsure(a, "abuse_or_neglect")
                && (yesOrUnsure(a, "child_died") || yesOrUnsure(a, "seriously_harmed"));
        boolean custodyOrSuicide = yesOrUnsure(a, "child_died")
                && (yesOrUnsure(a, "died_in_custody") || yesOrUnsure(a, "suspected_suicide"));
        return apartFromConcern || custodyOrSuicide || scr(a) != FALSE;
    }

    /** The pack's Answers for a path, with the case details every complete conversation has. */
    static Answers answers(Map<String, Answer> path) {
        Answers answers = caseDetails();
        for (Map.Entry<String, Answer> entry : path.entrySet()) {
            answers = answers.with(QuestionId.of(entry.getKey()), new AnswerValue.YesNo(entry.getValue()));
        }
        return answers;
    }

    static Answers caseDetails() {
        return Answers.none()
                .with(Wt2015Ids.BOARD, new AnswerValue.Board(new BoardId("staffordshire")))
                .with(Wt2015Ids.CASE_REFERENCE, new AnswerValue.Reference("SCR-2026-014"))
                .with(Wt2015Ids.NOTIFIED_ON, new AnswerValue.Date(LocalDate.of(2026, 11, 20)));
    }

    private static int truth(Answer answer) {
        if (answer == null) {
            throw new IllegalStateException("formula read a question with no answer");
        }
        return switch (answer) {
            case YES -> TRUE;
            case NO -> FALSE;
            case UNSURE -> UNKNOWN;
        };
    }

    private static int and(int a, int b) {
        return Math.min(a, b);
    }

    private static int or(int a, int b) {
        return Math.max(a, b);
    }

    static boolean yesOrUnsure(Map<String, Answer> a, String id) {
        return isAny(a, id, Answer.YES, Answer.UNSURE);
    }

    static boolean is(Map<String, Answer> a, String id, Answer expected) {
        return a.get(id) == expected;
    }

    private static boolean isAny(Map<String, Answer> a, String id, Answer one, Answer other) {
        return a.get(id) == one || a.get(id) == other;
    }
}
