package uk.lscb.casereview.core.refs;

import java.util.Objects;
import uk.lscb.casereview.core.platforms.Platform;

/** Which conversation: its platform and its id there. */
public record ConversationKey(Platform channel, String id) {
    public ConversationKey {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a conversation key needs an id");
        }
    }

    /** One string for stored ids: {@code channel:id}. */
    public String asString() {
        return channel.id() + ":" + id;
    }
}
