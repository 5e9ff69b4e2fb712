package uk.lscb.casereview.core.learning;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.people.UserRef;

/**
 * One finding of a review: a short title, the text, the themes it is about (from the deployment's list) and whether
 * it is learning or good practice. Numbered from 1 within its review. Its text was checked for personal details
 * before it was kept.
 */
public record Finding(int number, String title, String text, List<String> themes, Kind kind, UserRef by,
                      Instant at) {

    /** Whether a finding is something to learn or good practice to spread. */
    public enum Kind {
        LEARNING("learning", "Learning"),
        GOOD_PRACTICE("good-practice", "Good practice");

        private final String id;
        private final String label;

        Kind(String id, String label) {
            this.id = id;
            this.label = label;
        }

        /** As forms, the API and stored documents write it. */
        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        /** The kind with this id ("learning", "good-practice", also "good practice"), if there is one. */
        public static Optional<Kind> byId(String typed) {
            String id = typed == null ? "" : typed.trim().toLowerCase(Locale.UK).replace(' ', '-');
            for (Kind kind : values()) {
                if (kind.id.equals(id)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public Finding {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        themes = List.copyOf(themes);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (number < 1) {
            throw new IllegalArgumentException("a finding's number counts from 1: " + number);
        }
    }
}
