package uk.lscb.casereview.bot.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with its base clock, moved forward by an offset that only grows: the local page's
 * test clock, for trying the reminders without waiting weeks. Dev-only; the offset is in memory, so a
 * restart puts the clock back to the base clock's time.
 */
public final class DevClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> offset;

    public DevClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private DevClock(Clock base, AtomicReference<Duration> offset) {
        this.base = Objects.requireNonNull(base, "base");
        this.offset = offset;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** The same test clock seen in another zone: advancing either advances both. */
    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new DevClock(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    /** How far ahead of the base clock this clock is. */
    public Duration offset() {
        return offset.get();
    }

    /**
     * Moves the clock forward by whole calendar days in its zone (so 09:00 stays 09:00 across a change
     * to or from summer time).
     *
     * @return the new time
     */
    public Instant advanceDays(int days) {
        if (days <= 0) {
            throw new IllegalArgumentException("the test clock only moves forward");
        }
        Duration moved = offset.updateAndGet(current -> {
            Instant now = base.instant().plus(current);
            Instant later = now.atZone(getZone()).plusDays(days).toInstant();
            return current.plus(Duration.between(now, later));
        });
        return base.instant().plus(moved);
    }
}
