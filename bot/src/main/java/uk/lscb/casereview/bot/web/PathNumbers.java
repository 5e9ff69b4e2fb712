package uk.lscb.casereview.bot.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number in an address ({@code …/actions/2/started}, {@code …/requests/1/provided}, a list's {@code page=2}), read
 * the same way by every endpoint and page: ASCII digits only. Anything else ({@code ١}, an Arabic-Indic one, which
 * Spring's own conversion to {@code int} read as 1; {@code +1}; {@code 1.0}) is no number, and names nothing there.
 */
public final class PathNumbers {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private PathNumbers() {
    }

    /** A number in a path: one to four digits. */
    static Optional<Integer> read(String text) {
        return read(text, 4);
    }

    /** One to {@code mostDigits} (at most 9) ASCII digits, as a number. */
    public static Optional<Integer> read(String text, int mostDigits) {
        return text.length() <= mostDigits && DIGITS.matcher(text).matches() ? Optional.of(Integer.parseInt(text))
                : Optional.empty();
    }
}
