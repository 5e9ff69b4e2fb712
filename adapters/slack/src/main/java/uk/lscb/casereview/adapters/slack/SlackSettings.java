package uk.lscb.casereview.adapters.slack;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Slack: the bot token, the signing secret (HTTP mode), the app-level token (Socket
 * Mode) and the Web API's base URL (GovSlack and tests use another).
 *
 * @param botToken      {@code xoxb-…}, required
 * @param signingSecret required in HTTP mode: every request's signature is checked with it
 * @param appToken      {@code xapp-…}: when present, Socket Mode is used instead of HTTP
 * @param apiUrl        the Web API's base URL, ending in a slash
 */
public record SlackSettings(String botToken, Optional<String> signingSecret, Optional<String> appToken, String apiUrl) {
    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    public SlackSettings {
        if (botToken == null || botToken.isBlank()) {
            throw new IllegalArgumentException("SLACK_BOT_TOKEN is required for Slack");
        }
        signingSecret = Objects.requireNonNull(signingSecret, "signingSecret").filter(s -> !s.isBlank());
        appToken = Objects.requireNonNull(appToken, "appToken").filter(s -> !s.isBlank());
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    }

    /** HTTP mode: events arrive at {@code /slack/events}, signed with the signing secret. */
    public static SlackSettings http(String botToken, String signingSecret, String apiUrl) {
        return new SlackSettings(botToken, Optional.ofNullable(signingSecret), Optional.empty(), apiUrl);
    }

    /** From {@code SLACK_BOT_TOKEN}, {@code SLACK_SIGNING_SECRET}, {@code SLACK_APP_TOKEN}, {@code SLACK_API_URL}. */
    public static SlackSettings fromEnvironment(Map<String, String> env) {
        return new SlackSettings(env.get("SLACK_BOT_TOKEN"), Optional.ofNullable(env.get("SLACK_SIGNING_SECRET")),
                Optional.ofNullable(env.get("SLACK_APP_TOKEN")), env.get("SLACK_API_URL"));
    }

    public boolean socketMode() {
        return appToken.isPresent();
    }

    @Override
    public String toString() {
        // Never print the secrets.
        return "SlackSettings[socketMode=" + socketMode() + ", apiUrl=" + apiUrl + "]";
    }
}
