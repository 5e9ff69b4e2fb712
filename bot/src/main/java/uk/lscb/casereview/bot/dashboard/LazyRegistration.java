package uk.lscb.casereview.bot.dashboard;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.OidcScopes;

/**
 * The one client registration, {@value #ID}, read from the provider's discovery document when it is first needed
 * (and again after a failure), so that the application starts while the provider is unreachable: only sign-in
 * waits for it.
 */
final class LazyRegistration implements ClientRegistrationRepository {
    static final String ID = "entra";
    private static final Logger LOG = LoggerFactory.getLogger(LazyRegistration.class);

    private final SignInSettings settings;
    private volatile ClientRegistration registration;

    LazyRegistration(SignInSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (registration == null) {
                try {
                    registration = ClientRegistrations.fromIssuerLocation(settings.issuer()).registrationId(ID)
                            .clientId(settings.clientId()).clientSecret(settings.clientSecret())
                            .scope(Set.of(OidcScopes.OPENID, OidcScopes.PROFILE))
                            .userNameAttributeName("sub").clientName("Microsoft").build();
                } catch (RuntimeException unreachable) {
                    LOG.warn("the sign-in provider {} could not be read: {}", settings.issuer(),
                            unreachable.getMessage());
                    return null;
                }
            }
            return registration;
        }
    }
}
