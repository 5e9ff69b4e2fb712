package uk.lscb.casereview.bot.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The bearer token for the admin HTTP endpoints outside local mode ({@code CASEREVIEW_ADMIN_TOKEN}).
 * Compared in constant time; with no token configured every request is refused.
 */
public final class AdminToken {
    private final Optional<byte[]> token;

    public AdminToken(String configured) {
        this.token = configured == null || configured.isBlank() ? Optional.empty()
                : Optional.of(configured.strip().getBytes(StandardCharsets.UTF_8));
    }

    public boolean configured() {
        return token.isPresent();
    }

    /** True when the {@code Authorization} header carries exactly the configured token. */
    public boolean accepts(String authorization) {
        if (token.isEmpty() || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.get());
    }
}
