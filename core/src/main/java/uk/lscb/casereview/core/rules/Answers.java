package uk.lscb.casereview.core.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answers given so far, immutable. An answer may be <em>implied</em> rather than asked: the
 * board, when the channel a message came from belongs to one board.
 *
 * <p>Reading a yes/no question that has no answer gives {@link Truth#UNKNOWN}: the rule packs only
 * read unanswered questions where the flow guarantees they cannot change the result.
 */
public record Answers(Map<QuestionId, AnswerValue> values, Set<QuestionId> implied) {

    public Answers {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        implied = Collections.unmodifiableSet(new LinkedHashSet<>(implied));
    }

    public static Answers none() {
        return new Answers(Map.of(), Set.of());
    }

    public boolean has(QuestionId id) {
        return values.containsKey(id);
    }

    public Optional<AnswerValue> get(QuestionId id) {
        return Optional.ofNullable(values.get(id));
    }

    public boolean isImplied(QuestionId id) {
        return implied.contains(id);
    }

    /** The yes/no/unsure answer to a question, if it has one. */
    public Optional<Answer> answer(QuestionId id) {
        return get(id).filter(AnswerValue.YesNo.class::isInstance)
                .map(value -> ((AnswerValue.YesNo) value).answer());
    }

    /** True when the question was answered yes or not sure. */
    public boolean yesOrUnsure(QuestionId id) {
        return answer(id).map(Answer::yesOrUnsure).orElse(false);
    }

    /** True when the question was answered exactly so. */
    public boolean is(QuestionId id, Answer expected) {
        return answer(id).map(expected::equals).orElse(false);
    }

    public Truth truth(QuestionId id) {
        return answer(id).map(Answer::truth).orElse(Truth.UNKNOWN);
    }

    public Optional<LocalDate> date(QuestionId id) {
        return get(id).filter(AnswerValue.Date.class::isInstance)
                .map(value -> ((AnswerValue.Date) value).date());
    }

    public Optional<String> text(QuestionId id) {
        return get(id).map(AnswerValue::canonical);
    }

    public Answers with(QuestionId id, AnswerValue value) {
        Map<QuestionId, AnswerValue> next = new LinkedHashMap<>(values);
        next.put(id, value);
        Set<QuestionId> nextImplied = new LinkedHashSet<>(implied);
        nextImplied.remove(id);
        return new Answers(next, nextImplied);
    }

    public Answers withImplied(QuestionId id, AnswerValue value) {
        Map<QuestionId, AnswerValue> next = new LinkedHashMap<>(values);
        next.put(id, value);
        Set<QuestionId> nextImplied = new LinkedHashSet<>(implied);
        nextImplied.add(id);
        return new Answers(next, nextImplied);
    }

    public Answers without(QuestionId id) {
        Map<QuestionId, AnswerValue> next = new LinkedHashMap<>(values);
        next.remove(id);
        Set<QuestionId> nextImplied = new LinkedHashSet<>(implied);
        nextImplied.remove(id);
        return new Answers(next, nextImplied);
    }

    /** The answers as question id to canonical text, in the order given: what adapters store. */
    public Map<String, String> encoded() {
        Map<String, String> encoded = new LinkedHashMap<>();
        values.forEach((id, value) -> encoded.put(id.value(), value.canonical()));
        return encoded;
    }

    /** The implied answers' ids, for storing beside {@link #encoded()}. */
    public Set<String> impliedIds() {
        Set<String> ids = new LinkedHashSet<>();
        implied.forEach(id -> ids.add(id.value()));
        return ids;
    }

    /**
     * Rebuilds stored answers with the pack's question types.
     *
     * @throws IllegalArgumentException naming the id when an id is not in the pack or a value is unreadable
     */
    public static Answers decode(RulePack pack, Map<String, String> encoded, java.util.Collection<String> impliedIds) {
        Map<QuestionId, AnswerValue> decoded = new LinkedHashMap<>();
        encoded.forEach((id, canonical) -> {
            Question question = pack.find(id).orElseThrow(
                    () -> new IllegalArgumentException("stored answer to '" + id + "', not a question of " + pack.id()));
            try {
                decoded.put(question.id(), AnswerValue.decode(question.type(), canonical));
            } catch (RuntimeException unreadable) {
                throw new IllegalArgumentException("stored answer to '" + id + "' is unreadable", unreadable);
            }
        });
        Set<QuestionId> implied = new LinkedHashSet<>();
        impliedIds.forEach(id -> implied.add(QuestionId.of(id)));
        return new Answers(decoded, implied);
    }

    /** Only the implied answers: what a restart keeps. */
    public Answers impliedOnly() {
        Map<QuestionId, AnswerValue> kept = new LinkedHashMap<>();
        implied.forEach(id -> kept.put(id, values.get(id)));
        return new Answers(kept, implied);
    }
}
