package uk.lscb.casereview.core.rules;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * When a question is asked: a predicate on the answers already given, with the plain-words
 * description that the rule tables and documentation show.
 */
public record Condition(String description, Predicate<Answers> test) {
    public Condition {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(test, "test");
    }

    public static Condition always() {
        return new Condition("always", answers -> true);
    }

    public boolean holds(Answers answers) {
        return test.test(answers);
    }
}
