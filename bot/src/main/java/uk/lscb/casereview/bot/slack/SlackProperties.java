package uk.lscb.casereview.bot.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code casereview.slack.*}, from the environment by default (see application.yml).
 *
 * @param botToken      {@code SLACK_BOT_TOKEN} ({@code xoxb-…})
 * @param signingSecret {@code SLACK_SIGNING_SECRET}: required in HTTP mode
 * @param appToken      {@code SLACK_APP_TOKEN} ({@code xapp-…}): Socket Mode instead of HTTP
 * @param apiUrl        {@code SLACK_API_URL}: the Web API's base URL (GovSlack and tests use another)
 */
@ConfigurationProperties("casereview.slack")
public record SlackProperties(String botToken, String signingSecret, String appToken, String apiUrl) {

    @Override
    public String toString() {
        // Never print the secrets.
        return "SlackProperties[apiUrl=" + apiUrl + "]";
    }
}
