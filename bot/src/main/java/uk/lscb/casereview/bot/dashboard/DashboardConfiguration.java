package uk.lscb.casereview.bot.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import uk.lscb.casereview.bot.config.Deployment;

/** How the dashboard is reached ({@link Access}), read once at start; partial sign-in settings stop the start. */
@Configuration(proxyBeanMethods = false)
public class DashboardConfiguration {

    @Bean
    Access dashboardAccess(Deployment deployment, Environment environment) {
        return Access.of(deployment, environment);
    }
}
