package uk.lscb.casereview.core.deadlines;

/** Who a reminder goes to. */
public enum Audience {
    /** The board's panel channel (no child details are ever posted there). */
    PANEL_CHANNEL,
    /** The board's Independent Chair. */
    CHAIR
}
