package uk.lscb.casereview.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in a test that needs time to pass: it stands at {@link FixedClock}'s time until the test
 * moves it on ({@link #advance}), e.g. past a failed delivery's wait.
 */
@TestConfiguration(proxyBeanMethods = false)
public class HandClock {
    public static final Moving CLOCK = new Moving(FixedClock.CLOCK.instant(), FixedClock.CLOCK.getZone());

    /** A clock that moves only when told. */
    public static final class Moving extends Clock {
        private final AtomicReference<Instant> now;
        private final ZoneId zone;

        private Moving(Instant start, ZoneId zone) {
            this(new AtomicReference<>(start), zone);
        }

        /** A clock of its own, standing at {@code start} in Europe/London until moved. */
        public static Moving startingAt(Instant start) {
            return new Moving(start, FixedClock.CLOCK.getZone());
        }

        /** Moves the clock to a later time. @return the new time */
        public Instant moveTo(Instant later) {
            return now.updateAndGet(at -> {
                if (later.isBefore(at)) {
                    throw new IllegalArgumentException("the clock only moves forward: " + at + " to " + later);
                }
                return later;
            });
        }

        private Moving(AtomicReference<Instant> now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        /** Moves the clock on. @return the new time */
        public Instant advance(Duration by) {
            return now.updateAndGet(at -> at.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        /** The same clock seen in another zone: moving either moves both. */
        @Override
        public Clock withZone(ZoneId other) {
            return other.equals(zone) ? this : new Moving(now, other);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Bean
    @Primary
    Clock handClock() {
        return CLOCK;
    }
}
