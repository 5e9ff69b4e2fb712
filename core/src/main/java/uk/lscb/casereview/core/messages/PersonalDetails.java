package uk.lscb.casereview.core.messages;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots text that may hold a person's name or a date of birth, so that it is refused and never
 * stored. Deliberately cautious: a false alarm costs a retype, a miss puts a child's name on record.
 */
public final class PersonalDetails {

    /** What the text looks like it holds. */
    public enum Suspicion {
        NAME("it looks like a person's name"),
        DATE("it contains a date, which could be a date of birth");

        private final String because;

        Suspicion(String because) {
            this.because = because;
        }

        public String because() {
            return because;
        }
    }

    /**
     * A capital followed by small letters, wherever it stands: "Jane Smith", "Jane-Smith" and
     * "JaneSmith" each hold two. Linear: no nested repetition, so long input cannot blow the stack.
     */
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    /** English place names joined by a small word: Stoke-on-Trent, Newcastle-under-Lyme, Stratford-upon-Avon. */
    private static final Pattern PLACE_NAME =
            Pattern.compile("\\p{Lu}\\p{Ll}+-(?:on|upon|under|in|le|by|the)-\\p{Lu}\\p{Ll}+");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[/.\\-_ ]\\s*(\\d{1,2})\\s*[/.\\-_ ]\\s*(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern YEAR_MONTH_DAY =
            Pattern.compile("(?<!\\d)(\\d{4})\\s*[/.\\-_ ]\\s*(\\d{1,2})\\s*[/.\\-_ ]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern EIGHT_DIGITS = Pattern.compile("(?<!\\d)(\\d{8})(?!\\d)");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?i)(?<!\\p{L})(\\d{1,2}(st|nd|rd|th)?[\\s./_-]*(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
                    + "\\p{L}*|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}*[\\s./_-]*\\d{1,2}"
                    + "(st|nd|rd|th)?(?!\\d))");
    private static final Pattern DOB = Pattern.compile("(?i)(?<!\\p{L})(d\\.?o\\.?b|born)(?!\\p{L})");

    private PersonalDetails() {
    }

    /** Why the text should not be stored, if it should not. */
    public static Optional<Suspicion> suspect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (looksLikeName(text)) {
            return Optional.of(Suspicion.NAME);
        }
        if (containsDate(text)) {
            return Optional.of(Suspicion.DATE);
        }
        return Optional.empty();
    }

    /**
     * Capitalised words that free text about a case uses without naming anyone: roles, agencies,
     * review terms, and common first words of a sentence.
     */
    private static final Pattern NOT_NAMES = Pattern.compile("(?<!\\p{L})(?:The|This|That|These|There|It|We|I|A|An|"
            + "No|Not|Yes|Awaiting|Waiting|Agreed|Criteria|Criterion|Decision|Information|Further|Parallel|Please|"
            + "Chair|Independent|Board|Panel|National|Serious|Case|Review|Learning|Local|Safeguarding|Children|"
            + "Child|Partnership|Police|Court|Crown|Prosecution|Service|Services|Social|Care|Health|Education|"
            + "School|Hospital|Trust|Council|Authority|Agency|Agencies|Probation|Youth|Offending|Team|Family|"
            + "Designated|Officer|Doctor|Nurse|Practitioner|Coroner|Inquest|Ofsted|Mental|Capacity|Act|England|"
            + "Wales|Staffordshire|Stoke)(?!\\p{Ll})");

    /**
     * Why a free-text field typed by a person cannot be recorded, in words for them, or empty when it can: it is
     * blank, longer than {@code max} characters, or looks like a child's name or date of birth (as
     * {@link #suspectInNotes}). {@code name} is the field as the person knows it ("agency's name").
     */
    public static Optional<String> refusalOfFreeText(String name, String text, int max) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            return Optional.of("Please give the " + name + ".");
        }
        if (value.length() > max) {
            return Optional.of(String.format(Locale.UK, "The %s is %,d characters long; it can be at most %,d. "
                    + "Nothing has been recorded: please shorten it.", name, value.length(), max));
        }
        return suspectInNotes(value).map(suspicion -> "I haven't recorded that: the " + name + " "
                + suspicion.because().replaceFirst("^it ", "") + ". Please never type a child's name or date of "
                + "birth: use the case reference, and describe people by their role.");
    }

    /**
     * Why free text a case keeps (a reason, a request, a note) should not be stored, if it should
     * not: as {@link #suspect}, except that the words of roles, agencies and reviews ("the Chair's
     * reading", "Children's Social Care") do not count towards a name.
     */
    public static Optional<Suspicion> suspectInNotes(String text) {
        return text == null ? Optional.empty() : suspect(NOT_NAMES.matcher(text).replaceAll(" "));
    }

    /** Two or more capitalised words ("Jane Smith", "Jane.Smith", "Jane-Smith", "JaneSmith"). */
    static boolean looksLikeName(String text) {
        Matcher matcher = CAPITALISED_WORD.matcher(PLACE_NAME.matcher(text).replaceAll(" "));
        int count = 0;
        while (matcher.find()) {
            if (++count >= 2) {
                return true;
            }
        }
        return false;
    }

    /** A calendar date in any common form, or words that introduce one ("DOB", "born"). */
    static boolean containsDate(String text) {
        if (DOB.matcher(text).find() || MONTH_NAME.matcher(text).find()) {
            return true;
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        while (dmy.find()) {
            if (valid(year(dmy.group(3)), dmy.group(2), dmy.group(1))) {
                return true;
            }
        }
        Matcher ymd = YEAR_MONTH_DAY.matcher(text);
        while (ymd.find()) {
            if (valid(ymd.group(1), ymd.group(2), ymd.group(3))) {
                return true;
            }
        }
        Matcher eight = EIGHT_DIGITS.matcher(text);
        while (eight.find()) {
            String digits = eight.group(1);
            if (valid(digits.substring(4), digits.substring(2, 4), digits.substring(0, 2))
                    || valid(digits.substring(0, 4), digits.substring(4, 6), digits.substring(6))) {
                return true;
            }
        }
        return false;
    }

    private static String year(String digits) {
        return digits.length() == 2 ? "20" + digits : digits;
    }

    private static boolean valid(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1900 || y > 2100) {
            return false;
        }
        try {
            LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (DateTimeException notADate) {
            return false;
        }
    }
}
