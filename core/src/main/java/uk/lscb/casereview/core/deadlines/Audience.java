package uk.lscb.casereview.core.deadlines;

/** Who a reminder or a notice goes to. */
public enum Audience {
    /** The board's panel channel (no child details are ever posted there). */
    PANEL_CHANNEL,
    /** The board's Independent Chair. */
    CHAIR,
    /** The partnership's independent scrutineer(s), where configured: in their own chat only, never a channel. */
    SCRUTINEER
}
