package uk.lscb.casereview.core.transcripts;

import java.util.List;
import uk.lscb.casereview.core.refs.ConversationKey;

/** The append-only record of every message of every conversation. */
public interface Transcripts {

    /**
     * Stores the entries. Idempotent: an entry whose (conversation, sequence) is already stored is
     * left as it is, so a retried turn never duplicates one.
     */
    void append(List<TranscriptEntry> entries);

    /** A conversation's entries in sequence order. */
    List<TranscriptEntry> ofConversation(ConversationKey conversation);

    /** A case's entries, in time order (then conversation and sequence). */
    List<TranscriptEntry> ofCase(String caseId);

    /** Links a conversation's entries with sequence numbers in [from, to] to a case. Idempotent. */
    void linkToCase(ConversationKey conversation, long from, long to, String caseId);
}
