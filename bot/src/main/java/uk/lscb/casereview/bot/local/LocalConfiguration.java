package uk.lscb.casereview.bot.local;

import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lscb.casereview.bot.access.People;

/**
 * Local mode's platform and test clock. Absent outside local mode, where the clock is the plain system
 * clock and Teams and Slack are the platforms.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "casereview.local-mode", havingValue = "true")
public class LocalConfiguration {

    /** Whether the test clock is on: local mode and {@code casereview.dev.clock-control} (default true). */
    static final String CLOCK_CONTROL = "${casereview.local-mode:false} and ${casereview.dev.clock-control:true}";

    @Bean
    LocalPlatform localPlatform(People people, Clock clock) {
        return new LocalPlatform(people, clock);
    }

    /**
     * Makes every {@link Clock} bean a {@link DevClock} at offset zero, so the one in use (the Europe/London
     * system clock, or a test's {@code @Primary} fixed clock) can be moved forward from the local page.
     * Wrapping, rather than a second clock bean, keeps a single clock that every service shares.
     */
    @Bean
    @ConditionalOnExpression(CLOCK_CONTROL)
    static BeanPostProcessor devClockInstaller() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof Clock clock && !(bean instanceof DevClock) ? new DevClock(clock) : bean;
            }
        };
    }
}
