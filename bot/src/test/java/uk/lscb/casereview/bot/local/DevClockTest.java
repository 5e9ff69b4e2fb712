package uk.lscb.casereview.bot.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DevClockTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void startsAtItsBaseClockAndMovesForwardByCalendarDaysKeepingTheLondonTimeOfDay() {
        // 09:00 London on Saturday 24 October 2026 (summer time); the clocks go back on the 25th.
        DevClock clock = new DevClock(Clock.fixed(Instant.parse("2026-10-24T08:00:00Z"), LONDON));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-10-24T08:00:00Z"));
        assertThat(clock.advanceDays(2)).isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
        assertThat(clock.instant().atZone(LONDON).getHour()).isEqualTo(9);
        assertThat(clock.getZone()).isEqualTo(LONDON);
    }

    @Test
    void anotherZoneOfTheSameClockMovesWithIt() {
        DevClock clock = new DevClock(Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), LONDON));
        Clock utc = clock.withZone(ZoneOffset.UTC);
        clock.advanceDays(7);
        assertThat(utc.instant()).isEqualTo(Instant.parse("2026-12-05T12:00:00Z"));
    }

    @Test
    void neverGoesBack() {
        DevClock clock = new DevClock(Clock.systemUTC());
        assertThatThrownBy(() -> clock.advanceDays(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advanceDays(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
