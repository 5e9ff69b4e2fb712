package uk.lscb.casereview.core.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Two yes/no answers that cannot both be right. The conversation names both and asks which stands;
 * keeping one changes the other to the answer that agrees with it. The assessment refuses them.
 *
 * @param first       one side: a question, the answer that contradicts, and the answer it takes if the other stands
 * @param second      the other side, likewise
 * @param explanation why they contradict, in plain words
 */
public record Contradiction(Side first, Side second, String explanation) {

    /**
     * One side of a contradiction.
     *
     * @param question      the question
     * @param answer        the answer that contradicts the other side
     * @param ifOtherStands the answer this question takes when the other side is kept
     * @param meaning       what keeping this answer means, in plain words (it follows "Keep: " on a button)
     */
    public record Side(QuestionId question, Answer answer, Answer ifOtherStands, String meaning) {
        public Side {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(ifOtherStands, "ifOtherStands");
            Objects.requireNonNull(meaning, "meaning");
            if (answer == ifOtherStands) {
                throw new IllegalArgumentException("keeping the other side must change " + question);
            }
        }
    }

    public Contradiction {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(explanation, "explanation");
        if (first.question().equals(second.question())) {
            throw new IllegalArgumentException("a contradiction is between two questions");
        }
    }

    /** True when both answers were given as they contradict. */
    public boolean holds(Answers answers) {
        return answers.is(first.question(), first.answer()) && answers.is(second.question(), second.answer());
    }

    /** The two questions, first then second. */
    public List<QuestionId> questions() {
        return List.of(first.question(), second.question());
    }

    /** The side of this question, if it is one of the two. */
    public Optional<Side> side(QuestionId question) {
        return first.question().equals(question) ? Optional.of(first)
                : second.question().equals(question) ? Optional.of(second) : Optional.empty();
    }

    /** The other side to the one about this question. */
    public Side other(Side kept) {
        return kept.equals(first) ? second : first;
    }

    /** The answers with the side about {@code kept} standing and the other side changed to agree with it. */
    public Answers keeping(Side kept, Answers answers) {
        Side changed = other(kept);
        return answers.with(changed.question(), new AnswerValue.YesNo(changed.ifOtherStands()));
    }
}
