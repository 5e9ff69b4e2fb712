package uk.lscb.casereview.core.rules;

import java.util.Locale;

/** How typed text is made comparable: the one place that says what "case-insensitive" means here. */
public final class TypedText {
    private TypedText() {
    }

    /**
     * Strips control characters, straightens curly quotes and apostrophes, collapses white
     * space, trims, lower-cases, and drops trailing sentence punctuation.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = clean(text)
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u02BC', '\'')
                .replace('\u201C', '"').replace('\u201D', '"')
                .toLowerCase(Locale.ROOT);
        int end = cleaned.length();
        while (end > 0 && ".!?".indexOf(cleaned.charAt(end - 1)) >= 0) {
            end--;
        }
        return cleaned.substring(0, end).trim();
    }

    /** Removes control and format characters (except that line breaks become spaces) and trims. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), 4096));
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (type != Character.CONTROL && type != Character.FORMAT
                    && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
                    && type != Character.SURROGATE) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().replaceAll(" {2,}", " ").trim();
    }
}
