package uk.lscb.casereview.core.messages;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lscb.casereview.core.rules.TypedText;

/**
 * Reads a date the way people in England type one: day first. Accepts {@code today},
 * {@code yesterday}, {@code 28/11/2026} (also with - or . and a two-digit year),
 * {@code 28 Nov 2026}, {@code 28th November 2026}, {@code Nov 28 2026}, {@code 2026-11-28},
 * and a day and month without a year (the latest such date that is not after today).
 */
public final class UkDates {
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4}|\\d{2})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s\\-.]*([a-z]+)\\.?,?(?:[\\s\\-.]*(\\d{4}|\\d{2}))?");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "([a-z]+)\\.?[\\s\\-.]*(\\d{1,2})(?:st|nd|rd|th)?,?(?:[\\s\\-.]+(\\d{4}))?");
    private static final Map<String, Integer> MONTHS = months();
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private UkDates() {
    }

    /** The date the text names, relative to {@code today} where it needs to be; empty if it names none. */
    public static Optional<LocalDate> parse(String text, LocalDate today) {
        String input = TypedText.normalise(text);
        if (input.length() > 40) {
            return Optional.empty();
        }
        switch (input) {
            case "today" -> {
                return Optional.of(today);
            }
            case "yesterday" -> {
                return Optional.of(today.minusDays(1));
            }
            default -> {
                // fall through to the patterns
            }
        }
        Matcher iso = ISO.matcher(input);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher numeric = NUMERIC.matcher(input);
        if (numeric.matches()) {
            String year = numeric.group(3).length() == 2 ? "20" + numeric.group(3) : numeric.group(3);
            return date(year, numeric.group(2), numeric.group(1));
        }
        Matcher dayMonth = DAY_MONTH.matcher(input);
        if (dayMonth.matches()) {
            return named(dayMonth.group(1), dayMonth.group(2), dayMonth.group(3), today);
        }
        Matcher monthDay = MONTH_DAY.matcher(input);
        if (monthDay.matches()) {
            return named(monthDay.group(2), monthDay.group(1), monthDay.group(3), today);
        }
        return Optional.empty();
    }

    /** "3 November 2026". */
    public static String format(LocalDate date) {
        return LONG.format(date);
    }

    private static Optional<LocalDate> named(String day, String monthName, String year, LocalDate today) {
        Integer month = MONTHS.get(monthName);
        if (month == null) {
            return Optional.empty();
        }
        if (year != null) {
            return date(year.length() == 2 ? "20" + year : year, String.valueOf(month), day);
        }
        // The latest such date not after today: 29 February looks back to the last leap year.
        for (int back = 0; back <= 8; back++) {
            Optional<LocalDate> candidate = date(String.valueOf(today.getYear() - back), String.valueOf(month), day);
            if (candidate.isPresent() && !candidate.get().isAfter(today)) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException notADate) {
            return Optional.empty();
        }
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new java.util.HashMap<>();
        for (java.time.Month month : java.time.Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
            months.put(full, month.getValue());
            months.put(full.substring(0, 3), month.getValue());
        }
        months.put("sept", 9);
        return Map.copyOf(months);
    }
}
