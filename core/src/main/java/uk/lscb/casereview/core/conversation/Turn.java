package uk.lscb.casereview.core.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one turn: the new state, the replies to send, the effects to carry out, and, when
 * the person's message must not be stored (it may hold a name or a date of birth), why not: the
 * transcript then records only that an entry was refused and why.
 */
public record Turn(ConversationState state, List<Reply> replies, List<Effect> effects,
                   Optional<String> inboundRefusedBecause) {
    public Turn {
        Objects.requireNonNull(state, "state");
        replies = List.copyOf(replies);
        effects = List.copyOf(effects);
        Objects.requireNonNull(inboundRefusedBecause, "inboundRefusedBecause");
    }
}
