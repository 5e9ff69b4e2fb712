package uk.lscb.casereview.bot;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** 28 November 2026, noon in London: the clock every IT runs on. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneId.of("Europe/London"));

    @Bean
    @Primary
    Clock fixedClock() {
        return CLOCK;
    }
}
