package uk.lscb.casereview.core.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Europe/London, the zone every deadline and reminder is reckoned in: a deadline is a London
 * calendar date, and an event's date is the London date of its instant.
 */
public final class London {

    /** Europe/London: GMT in winter, BST (UTC+1) from the last Sunday of March to the last of October. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private London() {}

    /** The London calendar date of {@code instant}: 23:30 UTC on 31 March in BST is 1 April. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The instant of {@code time} on {@code date} in London. */
    public static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ZONE).toInstant();
    }

    /** The first instant of {@code date} in London (the clocks never change at midnight there). */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }
}
