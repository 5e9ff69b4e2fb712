package uk.lscb.casereview.core.transcripts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.ConversationKey;

/**
 * One message of a conversation, inbound or outbound: append-only, keyed by conversation and
 * sequence number. Typed text is stored only as what it was understood to be (an answer's
 * canonical form, a command); text that was not understood, or was refused as a possible name or
 * date of birth, is stored as a note of that and its length, never as its text.
 *
 * @param kind   for outbound entries the reply kind ({@code say}, {@code ask}, {@code summary},
 *               {@code recommendation}), or {@code undelivered} for a note that the replies before it did not
 *               reach the person; for inbound {@code text}, {@code button}, {@code unrecognised}, {@code refused},
 *               or {@code set aside} for a message not used as the replies before it had not reached the person
 * @param text   the typed text as understood, or the reply rendered as plain text, or the note
 * @param payload a button's payload, or a question id for an {@code ask}; empty otherwise
 * @param caseId the case the entry belongs to, once the referral has become one
 */
public record TranscriptEntry(ConversationKey conversation, long sequence, Instant at, Direction direction,
                              UserRef who, String kind, String text, Optional<String> payload,
                              Optional<String> caseId) {

    public enum Direction { INBOUND, OUTBOUND }

    public TranscriptEntry {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(caseId, "caseId");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1");
        }
    }

    public TranscriptEntry linkedTo(String id) {
        return new TranscriptEntry(conversation, sequence, at, direction, who, kind, text, payload, Optional.of(id));
    }
}
