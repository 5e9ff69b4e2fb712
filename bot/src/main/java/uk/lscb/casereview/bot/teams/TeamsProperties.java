package uk.lscb.casereview.bot.teams;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Azure Bot registration, under {@code casereview.teams.*} ({@code application.yml} fills them from
 * {@code MICROSOFT_APP_ID}, {@code MICROSOFT_APP_PASSWORD} and {@code MICROSOFT_APP_TENANT_ID}).
 * No app id: the Teams endpoint runs in local mode, checking no token.
 */
@ConfigurationProperties("casereview.teams")
public record TeamsProperties(String appId, String appPassword, String tenantId) {

    @Override
    public String toString() {
        return "TeamsProperties[appId=" + appId + ", appPassword=" + (appPassword == null || appPassword.isEmpty()
                ? "" : "***") + ", tenantId=" + tenantId + "]";
    }
}
