package uk.lscb.casereview.bot.config;

import org.springframework.core.env.PropertyResolver;

/**
 * How this instance runs. In local mode (no Teams or Slack credentials) the local chat page and its
 * identity picker are on, and the transcript endpoints take {@code ?as=} instead of the admin token.
 *
 * <p>Which platforms are configured is read here once for every part of the application (local mode,
 * the Teams endpoint, the Slack app), so an environment variable and its Spring property always mean
 * the same thing: {@code MICROSOFT_APP_ID} or {@code casereview.teams.app-id}, {@code SLACK_BOT_TOKEN}
 * or {@code casereview.slack.bot-token}.
 */
public record Deployment(boolean localMode) {

    /** An Azure Bot app id is set: the Teams endpoint checks every request's token. */
    public static boolean teamsConfigured(PropertyResolver environment) {
        return present(environment, "MICROSOFT_APP_ID") || present(environment, "casereview.teams.app-id");
    }

    /** A Slack bot token is set: the Slack app is on. */
    public static boolean slackConfigured(PropertyResolver environment) {
        return present(environment, "SLACK_BOT_TOKEN") || present(environment, "casereview.slack.bot-token");
    }

    /**
     * The Teams endpoint exists in local mode (no token checked, loopback only) or when Teams is
     * configured; anywhere else it would take tokenless activities from anyone, so it does not exist.
     */
    public static boolean teamsEndpoint(PropertyResolver environment) {
        return teamsConfigured(environment)
                || Boolean.parseBoolean(environment.getProperty(LocalModeEnvironment.LOCAL_MODE, "true"));
    }

    private static boolean present(PropertyResolver environment, String name) {
        String value = environment.getProperty(name);
        return value != null && !value.isBlank();
    }
}
