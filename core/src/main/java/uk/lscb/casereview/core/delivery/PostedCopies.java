package uk.lscb.casereview.core.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;

/**
 * What each platform has posted, apart from where it can post ({@link Addresses}): the copies of a case's
 * messages that must be changed later (the Chair's decision card, a deadline's reminders), each with the
 * platform's opaque reference to it, and the markers that say a notification was already posted somewhere, so
 * a retry posts only where it has not been. Both are stamped when remembered and forgotten by age
 * ({@link #forgetBefore}), long after the case they are about needs them.
 */
public interface PostedCopies {

    /**
     * One posted copy.
     *
     * @param kind      what it is a copy of, e.g. {@code card} or {@code reminder:SCOPING_MEETING}
     * @param where     the destination on that platform (a channel, a chat); one copy per destination, unless the
     *                  platform tells copies apart by adding the message's own id
     * @param reference the platform's opaque handle on the posted message (to replace it)
     */
    record Copy(CaseId caseId, String kind, Platform platform, String where, String reference) {
        public Copy {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(reference, "reference");
        }
    }

    /** The kind of the copies of a case's decision card. */
    String CARD = "card";

    /** The kind of the copies of the reminders of one deadline. */
    static String reminder(DeadlineKind kind) {
        return "reminder:" + kind.name();
    }

    /** Remembers a copy; one already remembered for the same case, kind, platform and destination is replaced. */
    void remember(Copy copy);

    /** The case's copies of this kind on this platform, in the order of their destinations. */
    List<Copy> copies(CaseId caseId, String kind, Platform platform);

    /** Remembers that the notification with this dedupe key was posted at this destination on this platform. */
    void markPosted(Platform platform, String dedupeKey, String where);

    /** True once {@link #markPosted} was called with these arguments (and not yet forgotten). */
    boolean wasPosted(Platform platform, String dedupeKey, String where);

    /**
     * Forgets this copy, the platform having said it no longer exists (deleted in the chat), unless another has been
     * remembered at its destination since (its reference is not this one's).
     */
    void forget(Copy copy);

    /** Forgets the copies and markers remembered before {@code cutoff}. @return how many were forgotten */
    int forgetBefore(Instant cutoff);
}
