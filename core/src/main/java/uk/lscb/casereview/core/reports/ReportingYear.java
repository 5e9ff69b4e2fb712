package uk.lscb.casereview.core.reports;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A board's reporting year, April to March, as boards report: 2026-27 runs from 1 April 2026 to 31 March 2027
 * (London dates). Written {@code 2026-27} in addresses and {@code 2026/27} in chat.
 *
 * @param startYear the calendar year of its April
 */
public record ReportingYear(int startYear) {
    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{2})");

    public ReportingYear {
        if (startYear < 2000 || startYear > 2999) {
            throw new IllegalArgumentException("not a reporting year: " + startYear);
        }
    }

    /** {@code 2026-27} or {@code 2026/27}; empty for anything else, or a second year that does not follow the first. */
    public static Optional<ReportingYear> parse(String text) {
        Matcher matcher = WRITTEN.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = Integer.parseInt(matcher.group(2));
        if (start < 2000 || start > 2998 || (start + 1) % 100 != end) {
            return Optional.empty();
        }
        return Optional.of(new ReportingYear(start));
    }

    /** The reporting year a date falls in. */
    public static ReportingYear of(LocalDate date) {
        return new ReportingYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate first() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate last() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(first()) && !date.isAfter(last());
    }

    /** The twelve months, April first. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(YearMonth.from(first()).plusMonths(i));
        }
        return months;
    }

    /** {@code 2026-27}, as in the report's address. */
    public String id() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    /** {@code 2026/27}, as people write it. */
    public String written() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    /** {@code 1 April 2026 to 31 March 2027}. */
    public String span() {
        return "1 April " + startYear + " to 31 March " + (startYear + 1);
    }
}
