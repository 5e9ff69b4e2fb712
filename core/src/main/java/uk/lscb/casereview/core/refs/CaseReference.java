package uk.lscb.casereview.core.refs;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case reference: 3 to 40 letters, digits, {@code / - _ .}; never a name or a date of birth.
 * References are compared without regard to case ({@link #key()}).
 */
public record CaseReference(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9/_.\\-]{3,40}");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]{4,}");
    private static final Pattern VOWEL = Pattern.compile("[AEIOUYaeiouy]");
    /** Abbreviations of the review types and roles the framework names that read like words. */
    private static final Set<String> REVIEW_CODES = Set.of("LADO", "SILP", "SCIE", "RCFA", "CASE");

    public CaseReference {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a case reference: 3-40 letters, digits, / - _ .");
        }
    }

    public static boolean isWellFormed(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /**
     * Whether text may be given as a new case reference. Beyond the shape: it has a digit (a board
     * numbers its cases, and text with no number is a word, often a name: "jane.smith"), and no run
     * of four or more letters reads as a word (has a vowel: "SMITH-J-2015") unless it is a review
     * type the framework names (LADO, SILP...) or one of {@code boardWords} (the board names and
     * aliases). Short codes such as SCR, SSCB or LCSPR pass. Stored references keep the looser
     * {@link #isWellFormed} rule, so cases made before this one stay readable.
     */
    public static boolean isAcceptableNew(String text, Collection<String> boardWords) {
        if (!isWellFormed(text) || !DIGIT.matcher(text).find()) {
            return false;
        }
        Matcher letters = LETTERS.matcher(text);
        while (letters.find()) {
            String run = letters.group().toUpperCase(Locale.ROOT);
            if (VOWEL.matcher(run).find() && !REVIEW_CODES.contains(run)
                    && boardWords.stream().noneMatch(word -> word.equalsIgnoreCase(run))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The reference as one segment of a web address, its {@code /} written {@code %2F}:
     * {@code /api/cases/SSCB%2F2026%2F07/transcript}, not three segments. Its other characters need no escape.
     */
    public String inAddress() {
        return value.replace("/", "%2F");
    }

    /** The form used to look a case up: upper case. */
    public String key() {
        return value.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
