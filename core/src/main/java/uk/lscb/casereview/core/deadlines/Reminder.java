package uk.lscb.casereview.core.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One reminder of a deadline.
 *
 * @param kind the deadline
 * @param due the deadline's due date
 * @param stage ahead of, on, or after the due date
 * @param daysFromDue the day it stands for, counted from the due date: −7, −2, 0, then 7, 14, …
 * @param date the London working day it is sent on: {@code due + daysFromDue}, moved back to the
 *     nearest working day on or before it
 * @param at the instant it is sent: 09:00 London time on {@link #date()}
 * @param audience who receives it
 * @param sequence its place, from 1, in the deadline's whole schedule; fixed for a given kind and
 *     due date, so (deadline, sequence) identifies a reminder across restarts and retries
 */
public record Reminder(
        DeadlineKind kind,
        LocalDate due,
        ReminderStage stage,
        int daysFromDue,
        LocalDate date,
        Instant at,
        Set<Audience> audience,
        int sequence) {

    public Reminder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(audience, "audience");
        if (audience.isEmpty()) {
            throw new IllegalArgumentException("a reminder needs an audience");
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence counts from 1: " + sequence);
        }
        // An EnumSet keeps the audience in declaration order, so equal reminders print alike.
        audience = Collections.unmodifiableSet(EnumSet.copyOf(audience));
    }
}
