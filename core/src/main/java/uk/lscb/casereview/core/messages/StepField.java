package uk.lscb.casereview.core.messages;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One input of a {@link StepForm}, typed so that every platform renders it the same way without knowing the step:
 * a date picker, a line or a box of text, a list to choose one or several from, a web address, a tick box, a person.
 *
 * @param id       the name its value travels under (form input id, API body key)
 * @param label    what the person reads beside it
 * @param type     how it is entered
 * @param required whether the step is refused without it (a refusal names this id)
 * @param hint     one line of help under it; empty for none
 * @param options  for {@link Type#CHOICE} and {@link Type#CHOICES}: the values to choose from, in order; otherwise
 *                 empty
 */
public record StepField(String id, String label, Type type, boolean required, String hint, List<Option> options) {
    /** Between the values of a {@link Type#CHOICES} field. */
    public static final String SEPARATOR = ",";

    /** How a value is entered and read. */
    public enum Type {
        /** A London calendar date, sent as {@code yyyy-MM-dd} (typed UK dates such as {@code 3 Nov 2026} are read too). */
        DATE,
        /** Free text, at most 4,000 characters. */
        TEXT,
        /** Free text on one line: a title, a name. */
        LINE,
        /** One of {@link #options()}, sent as the option's value. */
        CHOICE,
        /**
         * Any of {@link #options()}, one or more when required, sent as their values separated by commas (as a
         * Teams multi-select sends them); the values themselves hold no comma.
         */
        CHOICES,
        /** A web address starting with {@code https://} or {@code http://}. */
        URL,
        /** A tick box, sent as {@code true} or {@code false}. */
        BOOLEAN,
        /**
         * A person who uses the assistant, by their id on a chat platform ({@code teams:<id>}, {@code slack:<id>}, or
         * an id on the platform of whoever fills it in); on Slack chosen from the workspace's people, on Teams from the
         * organisation's (Teams' people picker).
         */
        PERSON;

        /** Whether a field of this type is chosen from its options. */
        public boolean hasOptions() {
            return this == CHOICE || this == CHOICES;
        }

        /** Whether a field of this type is typed freely, so may hold anything, a child's name included. */
        public boolean isFreeText() {
            return this == TEXT || this == LINE;
        }
    }

    /** One value of a {@link Type#CHOICE} or {@link Type#CHOICES} field and its label. */
    public record Option(String value, String label) {
        public Option {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
        }
    }

    public StepField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(hint, "hint");
        options = List.copyOf(options);
        if (type.hasOptions() == options.isEmpty()) {
            throw new IllegalArgumentException("a choice field, and only a choice field, has options: " + id);
        }
        if (type == Type.CHOICES && options.stream().anyMatch(option -> option.value().contains(SEPARATOR))) {
            throw new IllegalArgumentException("a value of a field of several choices holds their separator: " + id);
        }
    }

    public static StepField of(String id, String label, Type type, boolean required, String hint) {
        return new StepField(id, label, type, required, hint, List.of());
    }

    /** The values of a {@link Type#CHOICES} field as sent, in the order sent, blanks left out. */
    public static List<String> chosen(String sent) {
        return sent == null ? List.of() : Arrays.stream(sent.split(SEPARATOR)).map(String::trim)
                .filter(value -> !value.isEmpty()).toList();
    }
}
