package uk.lscb.casereview.bot.config;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides local mode before anything is bound: local mode is on when neither {@code MICROSOFT_APP_ID}
 * nor {@code SLACK_BOT_TOKEN} is set (nor {@code casereview.teams.app-id} or
 * {@code casereview.slack.bot-token}: see {@link Deployment}). {@code casereview.local-mode=false} turns it
 * off; it can never be forced on beside real credentials. In local mode the server binds to 127.0.0.1 unless
 * {@code server.address} (or {@code SERVER_ADDRESS}) says otherwise: the values added here are
 * defaults with the lowest precedence, so anything set elsewhere wins.
 */
public class LocalModeEnvironment implements EnvironmentPostProcessor, Ordered {
    static final String SOURCE = "casereview-local-mode";
    public static final String LOCAL_MODE = "casereview.local-mode";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // The casereview.* names cover the variables (application.yml defaults them from those) and a value
        // set on them directly: either way the platform checks tokens, so nobody may pick who they are.
        boolean credentials = Deployment.teamsConfigured(environment) || Deployment.slackConfigured(environment);
        String asked = environment.getProperty(LOCAL_MODE);
        boolean local = !credentials;
        if (asked != null && !asked.isBlank()) {
            if (!asked.equalsIgnoreCase("true") && !asked.equalsIgnoreCase("false")) {
                throw new InvalidConfigurationException(LOCAL_MODE, "'" + asked + "' must be true or false");
            }
            if (Boolean.parseBoolean(asked) && credentials) {
                throw new InvalidConfigurationException(LOCAL_MODE, "cannot be true when MICROSOFT_APP_ID or "
                        + "SLACK_BOT_TOKEN is set: local mode lets anyone choose who they are");
            }
            local = local && Boolean.parseBoolean(asked);
        }
        Map<String, Object> defaults = new HashMap<>();
        defaults.put(LOCAL_MODE, Boolean.toString(local));
        if (local) {
            defaults.put("server.address", "127.0.0.1");
        }
        environment.getPropertySources().remove(SOURCE);
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaults));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
