package uk.lscb.casereview.core.people;

import java.util.Objects;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * A person on a platform: the platform (Teams, Slack, the local page …), their stable
 * id there (Teams: Entra object id; Slack: user id) and the display name shown beside their actions.
 * Identity and permissions always go by id, never by display name.
 */
public record UserRef(Platform platform, String id, String displayName) {
    public UserRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(id, "id");
        displayName = displayName == null || displayName.isBlank() ? id : displayName;
    }

    /** Whether this is {@code other}: the same platform and id, whatever names either shows. */
    public boolean isSamePerson(UserRef other) {
        return platform.equals(other.platform()) && id.equals(other.id());
    }

    /** The bot itself, as the author of its replies. */
    public static final UserRef BOT = new UserRef(Platform.BOT, "case-review-assistant", "Case Review Assistant");
}
