package uk.lscb.casereview.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The assessment behind {@code POST /api/assessments}: a map of question id to typed answer, read
 * the way the conversation reads typed answers, assessed without a chat.
 */
public sealed interface Assessment {

    /** The answers were complete: here is the recommendation. */
    record Recommended(Recommendation recommendation) implements Assessment {
    }

    /** An id the pack does not have, or a value it cannot read (HTTP 400). */
    record Invalid(List<Problem> problems) implements Assessment {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /** Questions the flow would ask have no answer (HTTP 422), in asking order. */
    record Incomplete(List<QuestionId> missing) implements Assessment {
        public Incomplete {
            missing = List.copyOf(missing);
        }
    }

    /**
     * Two answers the flow would ask contradict each other (HTTP 422): both ids, first then second, and why.
     */
    record Inconsistent(List<QuestionId> ids, String message) implements Assessment {
        public Inconsistent {
            ids = List.copyOf(ids);
        }
    }

    /** One problem with the input, naming the id (and the value, when it was the value). */
    record Problem(String id, String message) {
    }

    /**
     * Assesses a set of typed answers. Ids are checked first (unknown id, unreadable value: {@link
     * Invalid}); the pack's case-detail questions and answers to questions the flow would not ask
     * are ignored; two answers the flow would ask that contradict each other give {@link Inconsistent}
     * (whatever else is missing: answering more cannot mend them); a question the flow would ask with no
     * answer gives {@link Incomplete} listing
     * the first such question and the later ones that are asked whatever the missing answers turn
     * out to be (looking up to six missing answers ahead).
     */
    static Assessment assess(RulePack pack, Map<String, String> typed) {
        List<Problem> problems = new ArrayList<>();
        Map<QuestionId, AnswerValue> given = new LinkedHashMap<>();
        typed.forEach((id, value) -> {
            Optional<Question> question = pack.find(id);
            if (question.isEmpty()) {
                problems.add(new Problem(String.valueOf(id),
                        "'" + id + "' is not a question of rule pack " + pack.id()));
                return;
            }
            if (!question.get().decisive()) {
                return;
            }
            Optional<Answer> answer = Answer.read(value);
            if (answer.isEmpty()) {
                problems.add(new Problem(id, "the answer to '" + id + "' must be yes, no or not sure; got '"
                        + abbreviate(value) + "'"));
                return;
            }
            given.put(question.get().id(), new AnswerValue.YesNo(answer.get()));
        });
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        Optional<Contradiction> contradiction = pack.contradiction(pack.prune(new Answers(given, Set.of())));
        if (contradiction.isPresent()) {
            Contradiction.Side first = contradiction.get().first();
            Contradiction.Side second = contradiction.get().second();
            return new Inconsistent(contradiction.get().questions(), "'" + first.question() + "' "
                    + first.answer().code() + " and '" + second.question() + "' " + second.answer().code()
                    + " contradict each other: " + contradiction.get().explanation() + " Change one of them.");
        }
        List<Question> decisive = pack.questions().stream().filter(Question::decisive).toList();
        MissingAnswers search = MissingAnswers.search(decisive, given);
        if (!search.missing().isEmpty()) {
            return new Incomplete(search.missing());
        }
        return new Recommended(pack.decision().decide(search.complete()));
    }

    private static String abbreviate(String value) {
        String clean = TypedText.clean(value);
        return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
    }
}
