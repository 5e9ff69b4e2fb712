package uk.lscb.casereview.core.refs;

import java.util.Objects;

/** Which conversation: the channel kind ({@code teams}, {@code slack}, {@code local}…) and its id there. */
public record ConversationKey(String channel, String id) {
    public ConversationKey {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(id, "id");
        if (channel.isBlank() || id.isBlank()) {
            throw new IllegalArgumentException("a conversation key needs a channel and an id");
        }
    }

    /** One string for stored ids: {@code channel:id}. */
    public String asString() {
        return channel + ":" + id;
    }
}
