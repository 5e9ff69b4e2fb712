package uk.lscb.casereview.core.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/** One bank holiday: the day off actually given (a substitute day where there is one) and its name. */
public record BankHoliday(LocalDate date, String name) {

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a bank holiday needs a name: " + date);
        }
    }
}
