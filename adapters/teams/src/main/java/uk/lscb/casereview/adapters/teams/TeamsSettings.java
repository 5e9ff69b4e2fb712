package uk.lscb.casereview.adapters.teams;

/**
 * The Azure Bot registration: app id, password and, for a single-tenant bot (what new registrations
 * are), its Entra tenant id. An empty app id is local mode: no token is checked, so it is never for
 * real cases.
 */
public record TeamsSettings(String appId, String appPassword, String tenantId) {
    public TeamsSettings {
        appId = appId == null ? "" : appId.trim();
        appPassword = appPassword == null ? "" : appPassword;
        tenantId = tenantId == null ? "" : tenantId.trim();
    }

    /** No registration: local mode. */
    public static TeamsSettings local() {
        return new TeamsSettings("", "", "");
    }

    public boolean localMode() {
        return appId.isEmpty();
    }

    public boolean singleTenant() {
        return !tenantId.isEmpty();
    }

    @Override
    public String toString() {
        return "TeamsSettings[appId=" + appId + ", appPassword=" + (appPassword.isEmpty() ? "" : "***")
                + ", tenantId=" + tenantId + "]";
    }
}
