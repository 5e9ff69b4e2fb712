package uk.lscb.casereview.core.deadlines;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A bank-holiday calendar kept as data, covering whole years from {@link #firstYear()} to {@link
 * #lastYear()}. Every question about a date outside those years throws {@link
 * CalendarNotCoveredException}: bank holidays are set by proclamation (2022 and 2023 had extra
 * ones), so they are listed, not computed.
 */
public final class BankHolidays {

    static final String ENGLAND_AND_WALES_RESOURCE = "bank-holidays-england-and-wales.csv";
    private static final String ENGLAND_AND_WALES_SOURCE_FILE =
            "core/src/main/resources/uk/lscb/casereview/core/deadlines/" + ENGLAND_AND_WALES_RESOURCE;

    private static final BankHolidays ENGLAND_AND_WALES =
            of(
                    "England and Wales",
                    ENGLAND_AND_WALES_SOURCE_FILE + " (dates from https://www.gov.uk/bank-holidays)",
                    readResource(ENGLAND_AND_WALES_RESOURCE));

    private final String calendarName;
    private final String whereToAdd;
    private final int firstYear;
    private final int lastYear;
    private final Map<LocalDate, BankHoliday> byDate;

    private BankHolidays(
            String calendarName,
            String whereToAdd,
            int firstYear,
            int lastYear,
            Map<LocalDate, BankHoliday> byDate) {
        this.calendarName = calendarName;
        this.whereToAdd = whereToAdd;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.byDate = byDate;
    }

    /** England and Wales bank holidays for 2024–2030, including substitute days. */
    public static BankHolidays englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    /**
     * A calendar of the given holidays. The years covered run from the earliest holiday's year to
     * the latest's, and every year in between must have at least one holiday listed (a missing year
     * is a data error, not a year without holidays).
     *
     * @param calendarName named in error messages, e.g. "England and Wales"
     * @param whereToAdd where a maintainer adds a missing year, named in error messages
     */
    public static BankHolidays of(
            String calendarName, String whereToAdd, Collection<BankHoliday> holidays) {
        Objects.requireNonNull(calendarName, "calendarName");
        Objects.requireNonNull(whereToAdd, "whereToAdd");
        if (holidays.isEmpty()) {
            throw new IllegalArgumentException(calendarName + ": no bank holidays given");
        }
        Map<LocalDate, BankHoliday> byDate = new TreeMap<>();
        for (BankHoliday holiday : holidays) {
            BankHoliday previous = byDate.put(holiday.date(), holiday);
            if (previous != null) {
                throw new IllegalArgumentException(
                        calendarName + ": " + holiday.date() + " is listed twice");
            }
        }
        int first = holidays.stream().map(BankHoliday::date).min(Comparator.naturalOrder()).orElseThrow().getYear();
        int last = holidays.stream().map(BankHoliday::date).max(Comparator.naturalOrder()).orElseThrow().getYear();
        for (int year = first; year <= last; year++) {
            int y = year;
            if (byDate.keySet().stream().noneMatch(d -> d.getYear() == y)) {
                throw new IllegalArgumentException(
                        calendarName + ": no bank holidays listed for " + year + " (add them to " + whereToAdd + ")");
            }
        }
        return new BankHolidays(calendarName, whereToAdd, first, last, Map.copyOf(byDate));
    }

    /**
     * Whether {@code date} is a bank holiday.
     *
     * @throws CalendarNotCoveredException if the date's year is not covered
     */
    public boolean isBankHoliday(LocalDate date) {
        return on(date).isPresent();
    }

    /**
     * The bank holiday on {@code date}, if there is one.
     *
     * @throws CalendarNotCoveredException if the date's year is not covered
     */
    public Optional<BankHoliday> on(LocalDate date) {
        requireCovered(date);
        return Optional.ofNullable(byDate.get(date));
    }

    /** Whether the date's year is covered; the only question that never throws. */
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    /** The first year covered. */
    public int firstYear() {
        return firstYear;
    }

    /** The last year covered. */
    public int lastYear() {
        return lastYear;
    }

    /** Every bank holiday in the calendar, in date order. */
    public List<BankHoliday> all() {
        return byDate.values().stream().sorted(Comparator.comparing(BankHoliday::date)).toList();
    }

    void requireCovered(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!covers(date)) {
            throw new CalendarNotCoveredException(date, calendarName, firstYear, lastYear, whereToAdd);
        }
    }

    private static List<BankHoliday> readResource(String name) {
        InputStream in = BankHolidays.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("bank-holiday resource missing from the classpath: " + name);
        }
        List<BankHoliday> holidays = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int comma = trimmed.indexOf(',');
                if (comma < 0) {
                    throw new IllegalStateException(name + " line " + number + ": expected date,name");
                }
                try {
                    holidays.add(
                            new BankHoliday(
                                    LocalDate.parse(trimmed.substring(0, comma).strip()),
                                    trimmed.substring(comma + 1).strip()));
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new IllegalStateException(name + " line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return holidays;
    }
}
