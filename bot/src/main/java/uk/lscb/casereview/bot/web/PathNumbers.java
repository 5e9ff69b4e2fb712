package uk.lscb.casereview.bot.web;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A number in an address ({@code …/actions/2/started}, {@code …/requests/1/provided}), read the same way by every
 * endpoint: one to four ASCII digits. Anything else ({@code ١}, an Arabic-Indic one, which Spring's own conversion
 * to {@code int} read as 1; {@code +1}; {@code 1.0}) names nothing there, and the endpoint answers 404.
 */
final class PathNumbers {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,4}");

    private PathNumbers() {
    }

    static OptionalInt read(String text) {
        return DIGITS.matcher(text).matches() ? OptionalInt.of(Integer.parseInt(text)) : OptionalInt.empty();
    }
}
