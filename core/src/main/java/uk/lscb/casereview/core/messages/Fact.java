package uk.lscb.casereview.core.messages;

import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.rules.QuestionId;

/** A label and value shown together ("Child has died: No"), with the button that changes it, if any. */
public record Fact(Optional<QuestionId> question, String label, String value, Optional<Choice> change) {
    public Fact {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(change, "change");
    }

    public static Fact of(String label, String value) {
        return new Fact(Optional.empty(), label, value, Optional.empty());
    }

    /** The answer to a question, shown with its label. */
    public static Fact answer(QuestionId question, String label, String value) {
        return new Fact(Optional.of(question), label, value, Optional.empty());
    }

    /** The label of the question a fact answers ("Suspected suicide"), or its id when none does. */
    public static String labelOf(java.util.List<Fact> facts, QuestionId question) {
        return facts.stream().filter(fact -> fact.question().filter(question::equals).isPresent())
                .map(Fact::label).findFirst().orElse(question.value());
    }
}
