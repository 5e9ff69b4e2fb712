package uk.lscb.casereview.bot.dashboard;

import java.util.Optional;
import org.springframework.core.env.PropertyResolver;
import uk.lscb.casereview.bot.config.InvalidConfigurationException;

/**
 * The organisation's OpenID Connect provider for the dashboard's sign-in: {@code CASEREVIEW_OIDC_ISSUER} (or
 * {@code CASEREVIEW_OIDC_TENANT_ID}, for Microsoft Entra ID's {@code https://login.microsoftonline.com/<tenant>/v2.0}),
 * {@code CASEREVIEW_OIDC_CLIENT_ID} and {@code CASEREVIEW_OIDC_CLIENT_SECRET}. All or none: a part of them stops the
 * start naming what is missing, rather than leaving a dashboard that nobody can sign in to.
 */
public record SignInSettings(String issuer, String clientId, String clientSecret) {
    static final String ISSUER = "casereview.oidc.issuer";
    static final String TENANT = "casereview.oidc.tenant-id";
    static final String CLIENT_ID = "casereview.oidc.client-id";
    static final String CLIENT_SECRET = "casereview.oidc.client-secret";

    /** The settings, or empty when none is given. */
    public static Optional<SignInSettings> from(PropertyResolver environment) {
        String issuer = value(environment, ISSUER);
        String tenant = value(environment, TENANT);
        String clientId = value(environment, CLIENT_ID);
        String secret = value(environment, CLIENT_SECRET);
        if (issuer.isEmpty() && tenant.isEmpty() && clientId.isEmpty() && secret.isEmpty()) {
            return Optional.empty();
        }
        if (!issuer.isEmpty() && !tenant.isEmpty()) {
            throw new InvalidConfigurationException(ISSUER, "give CASEREVIEW_OIDC_ISSUER or CASEREVIEW_OIDC_TENANT_ID, "
                    + "not both");
        }
        if (issuer.isEmpty() && tenant.isEmpty()) {
            throw new InvalidConfigurationException(ISSUER, "is empty although a client id or secret is set: set "
                    + "CASEREVIEW_OIDC_ISSUER (or CASEREVIEW_OIDC_TENANT_ID) for the dashboard's sign-in");
        }
        if (!tenant.isEmpty() && !tenant.matches("[A-Za-z0-9.-]{1,100}")) {
            throw new InvalidConfigurationException(TENANT, "is not a tenant id or domain");
        }
        if (!issuer.isEmpty() && !issuer.startsWith("https://") && !issuer.startsWith("http://127.0.0.1:")
                && !issuer.startsWith("http://localhost:")) {
            throw new InvalidConfigurationException(ISSUER, "must be an https:// address");
        }
        if (clientId.isEmpty()) {
            throw new InvalidConfigurationException(CLIENT_ID, "is empty: set CASEREVIEW_OIDC_CLIENT_ID, the "
                    + "application (client) id of the dashboard's app registration");
        }
        if (secret.isEmpty()) {
            throw new InvalidConfigurationException(CLIENT_SECRET, "is empty: set CASEREVIEW_OIDC_CLIENT_SECRET");
        }
        String resolved = issuer.isEmpty() ? "https://login.microsoftonline.com/" + tenant + "/v2.0" : issuer;
        return Optional.of(new SignInSettings(resolved, clientId, secret));
    }

    private static String value(PropertyResolver environment, String name) {
        String value = environment.getProperty(name);
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        return "SignInSettings[issuer=" + issuer + ", clientId=" + clientId + "]";
    }
}
