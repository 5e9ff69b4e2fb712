package uk.lscb.casereview.core.reports;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A board's reporting year, April to March, as boards report: 2026-27 runs from 1 April 2026 to 31 March 2027
 * (London dates). Written {@code 2026-27} in addresses and {@code 2026/27} in chat. A board has a report for each
 * year from {@link #FIRST} to the year after this one ({@link #hasReport}).
 *
 * @param startYear the calendar year of its April
 */
public record ReportingYear(int startYear) {
    /**
     * The first year with a report, 2015/16: the first under Working Together 2015 (published in March 2015), which
     * the boards' framework (rule pack {@code wt2015}) follows.
     */
    public static final ReportingYear FIRST = new ReportingYear(2015);
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

    /** Whether a board has a report for this year on {@code today}: from {@link #FIRST} to the year after today's. */
    public boolean hasReport(LocalDate today) {
        return startYear >= FIRST.startYear && startYear <= of(today).startYear + 1;
    }

    /** The year before, when it has a report (this year is not {@link #FIRST}). */
    public Optional<ReportingYear> previous() {
        return startYear > FIRST.startYear ? Optional.of(new ReportingYear(startYear - 1)) : Optional.empty();
    }

    /** {@code 2015/16 to 2027/28}: the years with a report on {@code today}. */
    public static String reportedYears(LocalDate today) {
        return FIRST.written() + " to " + new ReportingYear(of(today).startYear + 1).written();
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
        return startYear + "-" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
    }

    /** {@code 2026/27}, as people write it. */
    public String written() {
        return startYear + "/" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
    }

    /** {@code 1 April 2026 to 31 March 2027}. */
    public String span() {
        return "1 April " + startYear + " to 31 March " + (startYear + 1);
    }
}
