package uk.lscb.casereview.bot.dashboard;

import java.util.Optional;
import org.springframework.core.env.PropertyResolver;
import uk.lscb.casereview.bot.config.Deployment;

/**
 * How the dashboard is reached: off (outside local mode without sign-in settings: every page is 404), in local mode
 * ({@code ?as=<identity>}, no sign-in), or behind the organisation's sign-in.
 */
public record Access(Mode mode, Optional<SignInSettings> signIn) {

    /** The three ways. */
    public enum Mode { OFF, LOCAL, SIGN_IN }

    static Access of(Deployment deployment, PropertyResolver environment) {
        Optional<SignInSettings> settings = SignInSettings.from(environment);
        if (deployment.localMode()) {
            return new Access(Mode.LOCAL, Optional.empty());
        }
        return settings.map(given -> new Access(Mode.SIGN_IN, Optional.of(given)))
                .orElseGet(() -> new Access(Mode.OFF, Optional.empty()));
    }
}
