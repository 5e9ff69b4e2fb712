package uk.lscb.casereview.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a pack's flow over given answers, branching on each missing answer, to find the questions
 * that are missing whichever way the missing answers go.
 *
 * <p>A path stops branching after {@value #MAX_MISSING_PER_PATH} missing answers: with every answer
 * missing the full walk is every path of the flow (about fifteen thousand for wt2015, some 9 ms a call
 * in the benchmark), too much for an open endpoint. Stopping early can only leave a question out, never
 * add one that is not missing: the first missing question is always listed.
 */
final class MissingAnswers {
    private static final int MAX_MISSING_PER_PATH = 6;

    private final List<Question> questions;
    private final Map<QuestionId, AnswerValue> given;
    private Set<QuestionId> missingOnEveryPath;
    private Answers complete = Answers.none();

    private MissingAnswers(List<Question> questions, Map<QuestionId, AnswerValue> given) {
        this.questions = questions;
        this.given = given;
    }

    static MissingAnswers search(List<Question> questions, Map<QuestionId, AnswerValue> given) {
        MissingAnswers search = new MissingAnswers(questions, given);
        search.walk(0, Answers.none(), List.of());
        return search;
    }

    /** The questions missing on every path, in asking order; empty when the answers are complete. */
    List<QuestionId> missing() {
        return questions.stream().map(Question::id).filter(missingOnEveryPath::contains).toList();
    }

    /** The effective answers when nothing is missing: only those to questions the flow asks. */
    Answers complete() {
        return complete;
    }

    private void walk(int from, Answers kept, List<QuestionId> missingOnPath) {
        Answers answers = kept;
        for (int i = from; i < questions.size() && missingOnPath.size() < MAX_MISSING_PER_PATH; i++) {
            Question question = questions.get(i);
            if (!question.askedWhen().holds(answers)) {
                continue;
            }
            AnswerValue value = given.get(question.id());
            if (value != null) {
                answers = answers.with(question.id(), value);
                continue;
            }
            List<QuestionId> path = new ArrayList<>(missingOnPath);
            path.add(question.id());
            for (Answer guess : Answer.values()) {
                walk(i + 1, answers.with(question.id(), new AnswerValue.YesNo(guess)), path);
            }
            return;
        }
        if (missingOnPath.isEmpty()) {
            complete = answers;
        }
        if (missingOnEveryPath == null) {
            missingOnEveryPath = new LinkedHashSet<>(missingOnPath);
        } else {
            missingOnEveryPath.retainAll(missingOnPath);
        }
    }
}
