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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * A bank-holiday calendar: whole years listed as data from {@link #firstYear()} to {@link
 * #lastListedYear()}, and, where the calendar has rules, every later year worked out by them. A list is
 * what counts where there is one, because bank holidays are also set by proclamation (2011, 2012, 2020,
 * 2022 and 2023 had one-off or moved days). Every question about a date the calendar does not cover
 * throws {@link CalendarNotCoveredException}; {@link #covers} says which dates those are.
 */
public final class BankHolidays {

    static final String ENGLAND_AND_WALES_RESOURCE = "bank-holidays-england-and-wales.csv";
    private static final String ENGLAND_AND_WALES_SOURCE_FILE =
            "core/src/main/resources/uk/lscb/casereview/core/deadlines/" + ENGLAND_AND_WALES_RESOURCE;

    private static final BankHolidays ENGLAND_AND_WALES =
            of(
                    "England and Wales",
                    ENGLAND_AND_WALES_SOURCE_FILE + " (dates from https://www.gov.uk/bank-holidays)",
                    readResource(ENGLAND_AND_WALES_RESOURCE))
                    .thenByRules(BankHolidayRules::englandAndWales);

    private final String calendarName;
    private final String whereToAdd;
    private final int firstYear;
    private final int lastListedYear;
    private final Map<LocalDate, BankHoliday> byDate;
    private final Optional<IntFunction<List<BankHoliday>>> rules;
    private final Map<Integer, Map<LocalDate, BankHoliday>> worked = new ConcurrentHashMap<>();

    private BankHolidays(
            String calendarName,
            String whereToAdd,
            int firstYear,
            int lastListedYear,
            Map<LocalDate, BankHoliday> byDate,
            Optional<IntFunction<List<BankHoliday>>> rules) {
        this.calendarName = calendarName;
        this.whereToAdd = whereToAdd;
        this.firstYear = firstYear;
        this.lastListedYear = lastListedYear;
        this.byDate = byDate;
        this.rules = rules;
    }

    /**
     * England and Wales bank holidays, substitute days included: 2010–2026 as GOV.UK published them, every
     * later year by {@link BankHolidayRules#englandAndWales}.
     */
    public static BankHolidays englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    /** This calendar, with every year after its last listed one worked out by {@code rules}. */
    public BankHolidays thenByRules(IntFunction<List<BankHoliday>> rules) {
        Objects.requireNonNull(rules, "rules");
        return new BankHolidays(calendarName, whereToAdd, firstYear, lastListedYear, byDate, Optional.of(rules));
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
        return new BankHolidays(calendarName, whereToAdd, first, last, Map.copyOf(byDate), Optional.empty());
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
        return Optional.ofNullable(ofYear(date.getYear()).get(date));
    }

    /**
     * The bank holidays of {@code year}, in date order.
     *
     * @throws CalendarNotCoveredException if the year is not covered
     */
    public List<BankHoliday> inYear(int year) {
        requireCovered(LocalDate.of(year, 1, 1));
        return ofYear(year).values().stream().filter(holiday -> holiday.date().getYear() == year)
                .sorted(Comparator.comparing(BankHoliday::date)).toList();
    }

    /** Whether the date's year is covered (listed, or worked out by the rules); never throws. */
    public boolean covers(LocalDate date) {
        int year = date.getYear();
        return year >= firstYear && (year <= lastListedYear || rules.isPresent());
    }

    /** The calendar's name, e.g. "England and Wales". */
    public String name() {
        return calendarName;
    }

    /** The first year covered. */
    public int firstYear() {
        return firstYear;
    }

    /** The last year listed as data; later years are covered only by rules, if the calendar has them. */
    public int lastListedYear() {
        return lastListedYear;
    }

    /** Every listed bank holiday, in date order (not the years worked out by the rules). */
    public List<BankHoliday> all() {
        return byDate.values().stream().sorted(Comparator.comparing(BankHoliday::date)).toList();
    }

    private Map<LocalDate, BankHoliday> ofYear(int year) {
        if (year <= lastListedYear) {
            return byDate;
        }
        return worked.computeIfAbsent(year, y -> {
            Map<LocalDate, BankHoliday> days = new TreeMap<>();
            rules.orElseThrow().apply(y).forEach(holiday -> days.put(holiday.date(), holiday));
            return Map.copyOf(days);
        });
    }

    private void requireCovered(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!covers(date)) {
            String known = rules.isPresent()
                    ? " bank holidays are known from " + firstYear + " on (listed to " + lastListedYear
                            + ", worked out by the rules after); "
                    : " bank holidays are known for " + firstYear + "–" + lastListedYear + " only; ";
            throw new CalendarNotCoveredException(date, calendarName + known + date
                    + " is outside that. Add the year's bank holidays to " + whereToAdd + ".");
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
