package uk.lscb.casereview.core.deadlines;

/** Where a reminder stands relative to the due date. */
public enum ReminderStage {
    /** Before the due date (7 and 2 days ahead). */
    AHEAD,
    /** For the due date itself. */
    DUE,
    /** Every 7 days after the due date while the deadline is not done. */
    OVERDUE
}
