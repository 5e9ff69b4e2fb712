package uk.lscb.casereview.core.conversation;

/** Where a conversation is. */
public enum Phase {
    /** Nothing asked yet. */
    NEW,
    /** A question is being asked. */
    ASKING,
    /** A date answer needs confirming (more than a year ago). */
    CONFIRMING,
    /** Two answers contradict each other; the person chooses which stands before going on. */
    RESOLVING,
    /** Every question is answered; the recommendation is shown and can be sent to the Chair. */
    REVIEWING,
    /** The referral has been sent to the Chair. */
    SUBMITTED,
    /** The person cancelled; nothing was sent. */
    CANCELLED
}
