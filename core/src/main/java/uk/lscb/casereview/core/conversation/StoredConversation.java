package uk.lscb.casereview.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.cases.Referral;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;

/**
 * A conversation as stored: its state, a version for optimistic concurrency, and an outbox of the
 * writes its last turn still owes (transcript entries, a referral to turn into a case), so that one
 * atomic write commits a turn and anything after it can be completed by whoever reads it next.
 *
 * @param version          0 for a conversation never stored; each write adds one
 * @param nextSequence     the sequence number the next transcript entry takes
 * @param referralStart    the sequence number at which the current referral began (its transcript
 *                         entries from there on are linked to its case)
 * @param outbox           transcript entries committed with the state but maybe not yet appended
 * @param pendingReferral  a submitted referral whose case may not exist yet
 * @param recentInbound    ids of the platform messages handled lately, newest last, to drop redeliveries
 * @param participant      who the conversation is with
 * @param undelivered      true when the replies of the last turn did not all reach the person (the platform refused
 *                         them or could not be reached), so their next message may answer something they never saw
 */
public record StoredConversation(ConversationKey key, long version, ConversationState state, long nextSequence,
                                 long referralStart, List<TranscriptEntry> outbox,
                                 Optional<Referral> pendingReferral, List<String> recentInbound,
                                 UserRef participant, boolean undelivered) {
    public static final int RECENT_INBOUND_KEPT = 50;

    public StoredConversation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        outbox = List.copyOf(outbox);
        Objects.requireNonNull(pendingReferral, "pendingReferral");
        recentInbound = List.copyOf(recentInbound);
        Objects.requireNonNull(participant, "participant");
    }

    public static StoredConversation fresh(ConversationKey key, ConversationState state, UserRef participant) {
        return new StoredConversation(key, 0, state, 1, 1, List.of(), Optional.empty(), List.of(), participant,
                false);
    }

    public boolean hasOutbox() {
        return !outbox.isEmpty() || pendingReferral.isPresent();
    }

    public StoredConversation outboxDone() {
        return new StoredConversation(key, version + 1, state, nextSequence, referralStart, List.of(),
                Optional.empty(), recentInbound, participant, undelivered);
    }

    /**
     * As stored, with its outbox (transcript entries only) carried out but not yet cleared in the store: the base of
     * the next turn, whose write (at this version) replaces the outbox with its own.
     */
    StoredConversation outboxCarriedOut() {
        return new StoredConversation(key, version, state, nextSequence, referralStart, List.of(), pendingReferral,
                recentInbound, participant, undelivered);
    }

    /** The next version after a turn, whose replies are yet to be sent (so not undelivered). */
    public StoredConversation after(ConversationState next, List<TranscriptEntry> entries, Optional<Referral> referral,
                                    Optional<String> inboundId, long newReferralStart, UserRef who) {
        List<String> recent = new ArrayList<>(recentInbound);
        inboundId.ifPresent(recent::add);
        while (recent.size() > RECENT_INBOUND_KEPT) {
            recent.remove(0);
        }
        return new StoredConversation(key, version + 1, next, nextSequence + entries.size(), newReferralStart,
                entries, referral, recent, who, false);
    }

    /**
     * The next version once the last turn's replies did not reach the person: {@code note} (saying so) joins the
     * outbox, after what it still holds.
     */
    public StoredConversation notDelivered(TranscriptEntry note) {
        List<TranscriptEntry> owed = new ArrayList<>(outbox);
        owed.add(note);
        return new StoredConversation(key, version + 1, state, nextSequence + 1, referralStart, owed, pendingReferral,
                recentInbound, participant, true);
    }
}
