package uk.lscb.casereview.core.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A rule pack as one value: its questions in asking order (each with the exact condition for asking
 * it), and its outcome formula. The conversation engine and the assessment work with any pack.
 *
 * <p>A question's condition may read only the answers to questions before it; the constructor
 * cannot check that, so each pack's tests do.
 *
 * @param contradictions pairs of yes/no answers that cannot both be right: the flow never recommends on them
 * @param deadlines      the deadlines the pack sets from one of its date answers, when it sets any
 */
public record RulePack(String id, String version, String title, List<Question> questions, Decision decision,
                       List<Contradiction> contradictions, Optional<PackDeadlines> deadlines) {

    public RulePack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(decision, "decision");
        questions = List.copyOf(questions);
        Set<QuestionId> seen = new HashSet<>();
        for (Question question : questions) {
            if (!seen.add(question.id())) {
                throw new IllegalArgumentException("question " + question.id() + " appears twice in " + id);
            }
        }
        contradictions = List.copyOf(contradictions);
        Objects.requireNonNull(deadlines, "deadlines");
        if (deadlines.isPresent() && questions.stream().noneMatch(q -> q.id().equals(deadlines.get().dayZero())
                && q.type() == AnswerType.PAST_DATE)) {
            throw new IllegalArgumentException("deadlines counted from " + deadlines.get().dayZero()
                    + ", not a date question of " + id);
        }
        for (Contradiction contradiction : contradictions) {
            for (QuestionId question : contradiction.questions()) {
                if (questions.stream().noneMatch(q -> q.id().equals(question) && q.type() == AnswerType.YES_NO_UNSURE)) {
                    throw new IllegalArgumentException("contradiction about " + question + ", not a yes/no question of "
                            + id);
                }
            }
        }
    }

    /** A pack that sets no deadlines of its own. */
    public RulePack(String id, String version, String title, List<Question> questions, Decision decision,
                    List<Contradiction> contradictions) {
        this(id, version, title, questions, decision, contradictions, Optional.empty());
    }

    public RulePackRef ref() {
        return new RulePackRef(id, version);
    }

    public Optional<Question> find(QuestionId id) {
        return questions.stream().filter(question -> question.id().equals(id)).findFirst();
    }

    public Optional<Question> find(String id) {
        return QuestionId.isWellFormed(id) ? find(QuestionId.of(id)) : Optional.empty();
    }

    public Question question(QuestionId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no question " + id + " in " + this.id));
    }

    /**
     * Keeps the answers to the questions that the flow asks given those same answers, and the
     * implied ones; drops the rest (answers to questions an edit made irrelevant).
     */
    public Answers prune(Answers answers) {
        Answers kept = answers.impliedOnly();
        for (Question question : questions) {
            if (answers.isImplied(question.id())) {
                continue;
            }
            Optional<AnswerValue> value = answers.get(question.id());
            if (value.isPresent() && question.askedWhen().holds(kept)) {
                kept = kept.with(question.id(), value.get());
            }
        }
        return kept;
    }

    /** The questions the flow asks, in order, given these (pruned) answers: answered or not yet. */
    public List<Question> asked(Answers answers) {
        List<Question> asked = new ArrayList<>();
        for (Question question : questions) {
            if (!answers.isImplied(question.id()) && question.askedWhen().holds(answers)) {
                asked.add(question);
            }
        }
        return asked;
    }

    /** The first question the flow asks that has no answer yet; empty when the scoping is complete. */
    public Optional<Question> next(Answers answers) {
        return asked(answers).stream().filter(question -> !answers.has(question.id())).findFirst();
    }

    /** The first contradiction these answers hold, if any (read them pruned: as the flow asks them). */
    public Optional<Contradiction> contradiction(Answers answers) {
        return contradictions.stream().filter(contradiction -> contradiction.holds(answers)).findFirst();
    }

    /** The recommendation for complete, consistent answers; see {@link Decision}. */
    public Recommendation recommend(Answers answers) {
        Answers effective = prune(answers);
        next(effective).ifPresent(missing -> {
            throw new IllegalStateException("question " + missing.id() + " has no answer yet");
        });
        contradiction(effective).ifPresent(contradiction -> {
            throw new IllegalStateException("the answers to " + contradiction.questions() + " contradict each other");
        });
        return decision.decide(effective);
    }

    /** Who decides on this pack's recommendations: the one its outcomes name, the Chair when it has none. */
    public DecisionMaker decidedBy() {
        return Arrays.stream(Outcome.values()).filter(outcome -> outcome.belongsTo(id)).map(Outcome::decidedBy)
                .findFirst().orElse(DecisionMaker.CHAIR);
    }
}
