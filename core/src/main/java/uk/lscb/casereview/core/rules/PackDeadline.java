package uk.lscb.casereview.core.rules;

import java.time.LocalDate;
import java.util.Objects;
import uk.lscb.casereview.core.deadlines.WorkingDays;

/**
 * A deadline a rule pack declares: so many working days (England and Wales) after the day its date question
 * answers, that day being day 0, with the passage it comes from.
 *
 * @param id an upper-case name, stable across versions (what the assessment API returns)
 */
public record PackDeadline(String id, String label, int workingDays, Citation citation) {
    public PackDeadline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(citation, "citation");
        if (workingDays < 1) {
            throw new IllegalArgumentException("deadline " + id + " needs at least one working day");
        }
    }

    /** The due date: {@link #workingDays()} working days after {@code day0}. */
    public LocalDate due(LocalDate day0) {
        Objects.requireNonNull(day0, "day0");
        return WorkingDays.englandAndWales().plusWorkingDays(day0, workingDays);
    }
}
