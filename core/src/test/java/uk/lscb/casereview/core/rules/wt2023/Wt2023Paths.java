package uk.lscb.casereview.core.rules.wt2023;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.rules.AdditionalAction;
import uk.lscb.casereview.core.rules.Answer;
import uk.lscb.casereview.core.rules.AnswerValue;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.QuestionId;

/**
 * The wt2023 rules of docs/rule-packs/wt2023.md written out again, independently of the pack, as plain
 * "may hold" (yes or not sure) and "certainly holds" (yes) tests on a map of answers: the "asked when"
 * column, the notification test, the looked-after child's death, the local review criteria, and every
 * complete path through the flow.
 */
final class Wt2023Paths {
    /** The decisive ids in asking order. */
    static final List<String> DECISIVE = List.of("abuse_or_neglect", "child_died", "seriously_harmed", "looked_after",
            "in_area", "resident_harmed_outside_england", "improvements_needed", "recurrent_themes",
            "agencies_working_together", "panel_advised_local_review");

    private Wt2023Paths() {
    }

    /** Every complete path: each asked question answered yes, no and unsure in turn. */
    static List<Map<String, Answer>> all() {
        List<Map<String, Answer>> paths = new ArrayList<>();
        walk(0, new LinkedHashMap<>(), paths);
        return paths;
    }

    private static void walk(int index, LinkedHashMap<String, Answer> soFar, List<Map<String, Answer>> paths) {
        if (index == DECISIVE.size()) {
            paths.add(new LinkedHashMap<>(soFar));
            return;
        }
        String id = DECISIVE.get(index);
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

    /** The "asked when" column of the pack's page. */
    static boolean askedWhen(String id, Map<String, Answer> a) {
        return switch (id) {
            case "abuse_or_neglect", "child_died" -> true;
            case "seriously_harmed" -> (a.get("child_died") == Answer.NO || a.get("child_died") == Answer.UNSURE)
                    && mayHold(a, "abuse_or_neglect");
            case "looked_after" -> mayHold(a, "child_died");
            case "in_area" -> seriousMayHold(a);
            case "resident_harmed_outside_england" -> seriousMayHold(a)
                    && (a.get("in_area") == Answer.NO || a.get("in_area") == Answer.UNSURE);
            case "improvements_needed", "recurrent_themes", "agencies_working_together", "panel_advised_local_review" ->
                    notifiableMayHold(a);
            default -> throw new IllegalArgumentException(id);
        };
    }

    /** Abuse or neglect known or suspected, and the child died or was seriously harmed: each yes or not sure. */
    static boolean seriousMayHold(Map<String, Answer> a) {
        return mayHold(a, "abuse_or_neglect") && (mayHold(a, "child_died") || mayHold(a, "seriously_harmed"));
    }

    /** Section 16C(1), each part yes or not sure: a serious case, here or of a resident outside England. */
    static boolean notifiableMayHold(Map<String, Answer> a) {
        return seriousMayHold(a) && (mayHold(a, "in_area") || mayHold(a, "resident_harmed_outside_england"));
    }

    /** Section 16C(1), every part answered yes. */
    static boolean notifiableCertainly(Map<String, Answer> a) {
        return yes(a, "abuse_or_neglect") && (yes(a, "child_died") || yes(a, "seriously_harmed"))
                && (yes(a, "in_area") || yes(a, "resident_harmed_outside_england"));
    }

    /** Regulation 11 (a)-(c) yes or not sure, or (d) yes (the Panel has said so). */
    static boolean criteriaMayHold(Map<String, Answer> a) {
        return mayHold(a, "improvements_needed") || mayHold(a, "recurrent_themes")
                || mayHold(a, "agencies_working_together") || yes(a, "panel_advised_local_review");
    }

    static boolean lookedAfterDeathMayHold(Map<String, Answer> a) {
        return mayHold(a, "child_died") && mayHold(a, "looked_after");
    }

    static Outcome outcome(Map<String, Answer> a) {
        return notifiableMayHold(a) && criteriaMayHold(a)
                ? Outcome.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW : Outcome.NO_LOCAL_REVIEW;
    }

    static List<AdditionalAction> actions(Map<String, Answer> a) {
        List<AdditionalAction> actions = new ArrayList<>();
        if (notifiableMayHold(a)) {
            actions.add(AdditionalAction.NOTIFY_THE_PANEL);
            actions.add(AdditionalAction.RAPID_REVIEW);
        }
        if (lookedAfterDeathMayHold(a)) {
            actions.add(AdditionalAction.NOTIFY_SECRETARY_OF_STATE_AND_OFSTED);
        }
        return actions;
    }

    /** The pack's Answers for a path, with the case details every complete conversation has. */
    static Answers answers(Map<String, Answer> path) {
        Answers answers = Answers.none()
                .with(Wt2023Ids.BOARD, new AnswerValue.Board(new BoardId("staffordshire")))
                .with(Wt2023Ids.CASE_REFERENCE, new AnswerValue.Reference("CSPR-2026-014"))
                .with(Wt2023Ids.AWARE_ON, new AnswerValue.Date(LocalDate.of(2026, 11, 20)));
        for (Map.Entry<String, Answer> entry : path.entrySet()) {
            answers = answers.with(QuestionId.of(entry.getKey()), new AnswerValue.YesNo(entry.getValue()));
        }
        return answers;
    }

    /** "abuse_or_neglect=yes child_died=no" as an ordered map. */
    static Map<String, Answer> parse(String compact) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (String pair : compact.trim().split("\\s+")) {
            String[] parts = pair.split("=", 2);
            answers.put(parts[0], Answer.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)));
        }
        return answers;
    }

    private static boolean mayHold(Map<String, Answer> a, String id) {
        return a.get(id) == Answer.YES || a.get(id) == Answer.UNSURE;
    }

    private static boolean yes(Map<String, Answer> a, String id) {
        return a.get(id) == Answer.YES;
    }
}
