package uk.lscb.casereview.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.messages.Reply;

/**
 * The result of one turn: the new state, the replies to send, the effects to carry out, and what
 * of the person's message may be stored. Typed text is stored only as what it was understood to
 * be ({@code understoodAs}: an answer's canonical form or a command word); text that was not
 * understood is never stored, and when it may hold a name or a date of birth the person is told so
 * ({@code inboundRefusedBecause}).
 */
public record Turn(ConversationState state, List<Reply> replies, List<Effect> effects,
                   Optional<String> inboundRefusedBecause, Optional<String> understoodAs) {
    public Turn {
        Objects.requireNonNull(state, "state");
        replies = List.copyOf(replies);
        effects = List.copyOf(effects);
        Objects.requireNonNull(inboundRefusedBecause, "inboundRefusedBecause");
        Objects.requireNonNull(understoodAs, "understoodAs");
    }

    /** A turn whose typed text was not understood as an answer or a command (so it is not stored). */
    public Turn(ConversationState state, List<Reply> replies, List<Effect> effects,
                Optional<String> inboundRefusedBecause) {
        this(state, replies, effects, inboundRefusedBecause, Optional.empty());
    }

    /**
     * This turn with {@code reply} right after its first reply: after what the turn says first, before a question
     * asked again, which stays last.
     */
    public Turn withSecond(Reply reply) {
        List<Reply> more = new ArrayList<>(replies);
        more.add(Math.min(1, more.size()), reply);
        return new Turn(state, more, effects, inboundRefusedBecause, understoodAs);
    }

    /** This turn, with the typed text understood as {@code canonical}: what the transcript keeps of it. */
    public Turn understood(String canonical) {
        return new Turn(state, replies, effects, inboundRefusedBecause, Optional.of(canonical));
    }
}
