package uk.lscb.casereview.core.messages;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
        switch (input) {
            case "today" -> {
                return Optional.of(today);
            }
            case "yesterday" -> {
                return Optional.of(today.minusDays(1));
            }
            default -> {
                return parts(input).flatMap(parts -> parts.year().isPresent()
                        ? date(parts.year().getAsInt(), parts.month(), parts.day())
                        : latest(parts.month(), parts.day(), today));
            }
        }
    }

    /**
     * Why text written as a date names none, when the day it gives is not in its month: "31 February 2027 is not a
     * date (February 2027 has 28 days)." for {@code 31/02/2027}, and likewise 30 or 29 February (in a year that is not
     * a leap year), 31 April, June, September or November, in any form {@link #parse} reads; without a year, a day no
     * such month ever has ({@code 30 Feb}). Empty for a date that exists and for text that is not written as a date
     * (a month past 12, a day past 31, words), which is simply not read as one.
     */
    public static Optional<String> impossible(String text) {
        Optional<Parts> parts = parts(TypedText.normalise(text));
        if (parts.isEmpty() || parts.get().month() < 1 || parts.get().month() > 12 || parts.get().day() < 1
                || parts.get().day() > 31) {
            return Optional.empty();
        }
        Month month = Month.of(parts.get().month());
        String monthName = month.getDisplayName(TextStyle.FULL, Locale.UK);
        int day = parts.get().day();
        if (parts.get().year().isEmpty()) {
            return day > month.maxLength() ? Optional.of(day + " " + monthName + " is not a date (" + monthName
                    + " never has more than " + month.maxLength() + " days).") : Optional.empty();
        }
        YearMonth yearMonth = YearMonth.of(parts.get().year().getAsInt(), month);
        if (day <= yearMonth.lengthOfMonth()) {
            return Optional.empty();
        }
        String named = monthName + (month == Month.FEBRUARY ? " " + yearMonth.getYear() : "");
        return Optional.of(day + " " + monthName + " " + yearMonth.getYear() + " is not a date (" + named + " has "
                + yearMonth.lengthOfMonth() + " days).");
    }

    /** The day, month and year (when given) that text written as a date gives, unchecked; empty if it gives none. */
    private static Optional<Parts> parts(String input) {
        if (input.length() > 40) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(input);
        if (iso.matches()) {
            return Optional.of(new Parts(number(iso.group(3)), number(iso.group(2)),
                    OptionalInt.of(number(iso.group(1)))));
        }
        Matcher numeric = NUMERIC.matcher(input);
        if (numeric.matches()) {
            return Optional.of(new Parts(number(numeric.group(1)), number(numeric.group(2)),
                    OptionalInt.of(year(numeric.group(3)))));
        }
        Matcher dayMonth = DAY_MONTH.matcher(input);
        if (dayMonth.matches()) {
            return named(dayMonth.group(1), dayMonth.group(2), dayMonth.group(3));
        }
        Matcher monthDay = MONTH_DAY.matcher(input);
        if (monthDay.matches()) {
            return named(monthDay.group(2), monthDay.group(1), monthDay.group(3));
        }
        return Optional.empty();
    }

    /** A day, a month and perhaps a year, as written: not yet known to be a date. */
    private record Parts(int day, int month, OptionalInt year) {
    }

    /** "3 November 2026". */
    public static String format(LocalDate date) {
        return LONG.format(date);
    }

    private static Optional<Parts> named(String day, String monthName, String year) {
        Integer month = MONTHS.get(monthName);
        return month == null ? Optional.empty() : Optional.of(new Parts(number(day), month,
                year == null ? OptionalInt.empty() : OptionalInt.of(year(year))));
    }

    /** The latest such date not after today: 29 February looks back to the last leap year. */
    private static Optional<LocalDate> latest(int month, int day, LocalDate today) {
        for (int back = 0; back <= 8; back++) {
            Optional<LocalDate> candidate = date(today.getYear() - back, month, day);
            if (candidate.isPresent() && !candidate.get().isAfter(today)) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** One to four ASCII digits, as the patterns take them. */
    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private static int year(String digits) {
        return number(digits.length() == 2 ? "20" + digits : digits);
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
