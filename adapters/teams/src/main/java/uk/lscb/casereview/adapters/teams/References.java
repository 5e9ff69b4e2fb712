package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.util.Optional;
import uk.lscb.casereview.core.platforms.Platform;

/** Conversation references as the opaque strings {@code Addresses} keeps, and Teams conversation ids. */
final class References {
    static final Platform PLATFORM = Platform.TEAMS;

    private References() {
    }

    static String write(ConversationReference reference) {
        return Serialization.toStringSilent(reference);
    }

    static Optional<ConversationReference> read(String value) {
        try {
            JsonNode node = Serialization.jsonToTree(value);
            return Optional.ofNullable(Serialization.treeToValue(node, ConversationReference.class));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** A channel's conversation id without the thread part Teams adds to replies (";messageid=…"). */
    static String channelId(String conversationId) {
        if (conversationId == null) {
            return "";
        }
        int thread = conversationId.indexOf(";messageid=");
        return thread < 0 ? conversationId : conversationId.substring(0, thread);
    }
}
